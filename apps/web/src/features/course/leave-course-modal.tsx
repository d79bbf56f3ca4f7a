import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../lib/use-error-message';

export interface LeaveCourseModalProps {
  opened: boolean;
  leaving: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
}

/** "Leave this course?": the learner confirms, knowing their progress is kept. */
export function LeaveCourseModal({ opened, leaving, error, onConfirm, onClose }: LeaveCourseModalProps) {
  const { t } = useTranslation();
  const describeError = useErrorMessage();

  return (
    <Modal opened={opened} onClose={onClose} title={t('learning.enrolment.leaveTitle')} centered>
      <Stack gap="md">
        <Text size="sm">{t('learning.enrolment.leaveDescription')}</Text>
        {error !== undefined && (
          <Alert color="red" variant="light">
            {describeError(error)}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('form.cancel')}
          </Button>
          <Button color="red" loading={leaving} onClick={onConfirm}>
            {t('learning.enrolment.leaveConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
