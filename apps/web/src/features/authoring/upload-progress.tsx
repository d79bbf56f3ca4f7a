import { Alert, Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FileUploadState } from './use-course-file-upload';

export interface UploadProgressProps {
  state: FileUploadState;
  onCancel: () => void;
}

/** Progress of an upload with a cancel button, or why it failed. */
export function UploadProgress({ state, onCancel }: UploadProgressProps) {
  const { t } = useTranslation();
  if (state.phase === 'failed') {
    return (
      <Alert color="red" variant="light" title={t('authoring.upload.failed')} role="alert">
        {state.message}
      </Alert>
    );
  }
  if (state.phase !== 'uploading') return null;
  const percent = state.fraction === null ? null : Math.round(state.fraction * 100);
  return (
    <Stack gap={6} maw={420}>
      <Progress
        value={percent ?? 100}
        striped={percent === null}
        animated={percent === null}
        aria-label={t('authoring.upload.progressLabel')}
      />
      <Group justify="space-between" gap="xs">
        <Text size="sm" c="dimmed">
          {percent === null ? t('authoring.upload.uploading') : t('authoring.upload.uploadingPercent', { percent })}
        </Text>
        <Button size="compact-sm" variant="default" onClick={onCancel}>
          {t('form.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
