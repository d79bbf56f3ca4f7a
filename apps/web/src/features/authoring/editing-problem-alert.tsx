import { Alert, Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../lib/use-error-message';
import { useCourseEditing } from './course-editing';

/**
 * Why the last change failed. On CONFLICT (the draft was changed elsewhere) the
 * way on is to load it again: what is typed in open forms stays.
 */
export function EditingProblemAlert() {
  const { t } = useTranslation();
  const describeError = useErrorMessage();
  const { problem, reload, dismissProblem } = useCourseEditing();
  const [reloading, setReloading] = useState(false);
  if (!problem) return null;

  const handleReload = async () => {
    setReloading(true);
    await reload();
    setReloading(false);
  };

  if (problem.kind === 'conflict') {
    return (
      <Alert color="orange" variant="light" role="alert" data-testid="editing-conflict">
        <Group justify="space-between" gap="sm">
          <Text size="sm" fw={600}>
            {t('authoring.editor.conflict')}
          </Text>
          <Button size="xs" color="orange.9" loading={reloading} onClick={() => void handleReload()}>
            {t('authoring.editor.reload')}
          </Button>
        </Group>
      </Alert>
    );
  }
  return (
    <Alert color="red" variant="light" role="alert" withCloseButton closeButtonLabel={t('form.close')} onClose={dismissProblem}>
      <Text size="sm">{describeError(problem.error)}</Text>
    </Alert>
  );
}
