import { Alert, Button, Group, Paper, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RetryVideoDocument } from '../../../gql/generated';
import type { AuthoringVideoFieldsFragment } from '../../../gql/generated';
import { currentLanguage } from '../../../i18n/i18n';
import { useErrorMessage } from '../../../lib/use-error-message';
import { VideoCaptions } from './video-captions';
import { formatBytes, formatDuration, formatRenditions } from './video-format';
import { VideoPreview } from './video-preview';
import { VideoStatusBadge } from './video-status-badge';

export interface VideoStatusPanelProps {
  video: AuthoringVideoFieldsFragment;
  disabled?: boolean;
  onCaptionAdded: () => Promise<void>;
}

/** Where a lesson's video stands (uploaded, processed, ready, failed) and what came out of it. */
export function VideoStatusPanel({ video, disabled, onCaptionAdded }: VideoStatusPanelProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const describeError = useErrorMessage();
  const [retryVideo, { loading: retrying }] = useMutation(RetryVideoDocument);
  const [retryError, setRetryError] = useState<unknown>(null);

  const handleRetry = async () => {
    setRetryError(null);
    try {
      await retryVideo({ variables: { videoId: video.id } });
    } catch (error) {
      setRetryError(error);
    }
  };

  const reason = language === 'en' ? (video.errorEn ?? video.error) : video.error;

  return (
    <Paper withBorder radius="sm" p="sm">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
          <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
            {video.fileName}{' '}
            <Text span c="dimmed" inherit>
              ({formatBytes(video.sizeBytes, language)})
            </Text>
          </Text>
          <VideoStatusBadge status={video.status} progressPercent={video.progressPercent} />
        </Group>

        {video.status === 'UPLOADED' && (
          <Text size="sm" c="dimmed" role="status">
            {t('authoring.video.waiting')}
          </Text>
        )}
        {video.status === 'PROCESSING' && (
          <Stack gap={4} role="status">
            <Progress value={video.progressPercent} animated aria-label={t('authoring.video.processingLabel')} />
            <Text size="sm" c="dimmed">
              {t('authoring.video.processing', { percent: video.progressPercent })}
            </Text>
          </Stack>
        )}
        {video.status === 'FAILED' && (
          <Alert color="red" variant="light" role="status" title={t('authoring.video.failed')}>
            {reason && <Text size="sm">{reason}</Text>}
            {!disabled && (
              <Button size="xs" mt="xs" variant="light" color="red" loading={retrying} onClick={() => void handleRetry()}>
                {t('authoring.video.retry')}
              </Button>
            )}
          </Alert>
        )}
        {retryError !== null && (
          <Alert color="red" variant="light" role="alert">
            {describeError(retryError)}
          </Alert>
        )}

        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="xs" verticalSpacing={4}>
          {video.durationSeconds > 0 && <Fact label={t('authoring.video.duration')}>{formatDuration(video.durationSeconds)}</Fact>}
          {video.width > 0 && video.height > 0 && (
            <Fact label={t('authoring.video.resolution')}>
              {video.width}×{video.height}
            </Fact>
          )}
          {video.renditions.length > 0 && <Fact label={t('authoring.video.renditions')}>{formatRenditions(video.renditions)}</Fact>}
        </SimpleGrid>

        {video.status === 'READY' && <VideoPreview video={video} />}
        {video.status !== 'FAILED' && <VideoCaptions video={video} disabled={disabled} onCaptionAdded={onCaptionAdded} />}
      </Stack>
    </Paper>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </div>
  );
}
