import { Alert, Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RestApiError } from '../../../lib/api-error';
import { useErrorMessage } from '../../../lib/use-error-message';
import { currentLanguage } from '../../../i18n/i18n';
import { VideoTooLargeError } from './use-video-upload';
import type { VideoUploadState } from './use-video-upload';
import { formatBytes, formatSpeed } from './video-format';
import { MAX_VIDEO_BYTES } from './video-upload';

export interface VideoUploadProgressProps {
  state: VideoUploadState;
  onPause: () => void;
  onResume: () => void;
  onCancel: () => void;
  onDismiss: () => void;
}

/** A video upload under way: percent, bytes, speed, Pause/Continue and Cancel; or why it failed. */
export function VideoUploadProgress({ state, onPause, onResume, onCancel, onDismiss }: VideoUploadProgressProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const describeError = useErrorMessage();

  if (state.phase === 'idle') return null;
  if (state.phase === 'failed') {
    const tooLarge =
      state.error instanceof VideoTooLargeError ||
      (state.error instanceof RestApiError && state.error.status === 413 && !state.error.details.message);
    return (
      <Alert
        color="red"
        variant="light"
        role="alert"
        title={t('authoring.video.uploadFailed', { fileName: state.fileName })}
        withCloseButton
        closeButtonLabel={t('form.close')}
        onClose={onDismiss}
      >
        {tooLarge ? t('authoring.video.tooLarge', { size: formatBytes(MAX_VIDEO_BYTES, language) }) : describeError(state.error)}
      </Alert>
    );
  }

  const percent = state.bytesTotal > 0 ? Math.floor((state.bytesSent / state.bytesTotal) * 100) : 0;
  const checking = state.phase === 'uploading' && state.bytesTotal > 0 && state.bytesSent >= state.bytesTotal;
  const paused = state.phase === 'paused';
  const status = checking
    ? t('authoring.video.checking')
    : paused
      ? state.interrupted
        ? t('authoring.video.interrupted')
        : t('authoring.video.paused')
      : state.resumed
        ? t('authoring.video.resuming')
        : t('authoring.video.uploading');

  return (
    <Stack gap={6} role="group" aria-label={t('authoring.video.uploadOf', { fileName: state.fileName })}>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
          {state.fileName}
        </Text>
        <Text size="sm" fw={600} aria-hidden>
          {percent}%
        </Text>
      </Group>
      <Progress
        value={percent}
        color={paused ? 'gray' : undefined}
        striped={checking}
        animated={checking || (!paused && percent < 100)}
        aria-label={t('authoring.upload.progressLabel')}
        aria-valuetext={`${percent}%`}
      />
      <Text size="sm" c="dimmed" role="status">
        {status} ·{' '}
        {t('authoring.video.bytes', {
          sent: formatBytes(state.bytesSent, language),
          total: formatBytes(state.bytesTotal, language),
        })}
        {state.phase === 'uploading' && state.bytesPerSecond !== null && !checking && ` · ${formatSpeed(state.bytesPerSecond, language)}`}
      </Text>
      <Group gap="xs">
        {paused ? (
          <Button size="compact-sm" variant="light" onClick={onResume}>
            {t('authoring.video.resume')}
          </Button>
        ) : (
          <Button size="compact-sm" variant="light" onClick={onPause} disabled={checking}>
            {t('authoring.video.pause')}
          </Button>
        )}
        <Button size="compact-sm" variant="default" onClick={onCancel} disabled={checking}>
          {t('form.cancel')}
        </Button>
      </Group>
      <Text size="xs" c="dimmed">
        {t('authoring.video.resumeHint')}
      </Text>
    </Stack>
  );
}

