import { Skeleton } from '@mantine/core';
import { Suspense, lazy } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuthoringVideoFieldsFragment } from '../../../gql/generated';

// The player (and hls.js, which it imports on demand) is the learner's: its own chunk.
const VideoPlayer = lazy(() => import('../../player/video-player'));

export interface VideoPreviewProps {
  video: AuthoringVideoFieldsFragment;
}

/** A READY video as learners will see it (seeking is free here). */
export function VideoPreview({ video }: VideoPreviewProps) {
  const { t } = useTranslation();
  if (!video.playlistUrl) return null;
  return (
    <Suspense fallback={<Skeleton style={{ aspectRatio: '16 / 9' }} radius="sm" aria-label={t('authoring.video.previewLoading')} />}>
      <VideoPlayer playlistUrl={video.playlistUrl} posterUrl={video.posterUrl} captions={video.captions} />
    </Suspense>
  );
}
