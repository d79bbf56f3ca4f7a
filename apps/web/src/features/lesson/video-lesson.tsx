import { Alert, Button, Group, Loader, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LessonViewQuery } from '../../gql/generated';
import type { WatchProgress, WatchedInterval } from '../player/video-player';
import { useDocumentPreviewRefresh } from './use-document-preview-refresh';

// The player (and hls.js, which it loads itself) is its own chunk: only video lessons download it.
const VideoPlayer = lazy(() => import('../player/video-player'));

type LessonVideo = NonNullable<LessonViewQuery['lesson']['video']>;
type VideoProgress = { videoPositionSeconds: number | null; watchedShare: number | null } | null;

/** Near the end, "resume" would only show the last frame: start again instead. */
const RESUME_UNLESS_LAST_SECONDS = 5;

export interface VideoLessonProps {
  video: LessonVideo | null;
  progress: VideoProgress;
  done: boolean;
  preventSkippingAhead: boolean;
  /** Only for an enrolled learner (an author's preview records nothing). */
  onWatchProgress?: (state: WatchProgress) => void;
}

interface Playable {
  playlistUrl: string;
  posterUrl: string | null;
  captions: LessonVideo['captions'];
  startAt: number;
  durationSeconds: number;
  watched: WatchedInterval[];
}

/**
 * What the player starts with, taken once when the video is ready: the lesson is asked for
 * again (polling, "done" unlocking the next lesson) and every answer signs the URLs anew,
 * which must not restart the video.
 */
function playableOf(video: LessonVideo, progress: VideoProgress, preventSkippingAhead: boolean): Playable | null {
  if (video.status !== 'READY' || !video.playlistUrl) return null;
  const duration = video.durationSeconds;
  // No-skip mode: what the learner watched so far is, by that rule, one stretch from the start.
  const watchedUntil = preventSkippingAhead ? Math.min(duration, (progress?.watchedShare ?? 0) * duration) : duration;
  let startAt = Math.min(progress?.videoPositionSeconds ?? 0, watchedUntil);
  if (startAt >= duration - RESUME_UNLESS_LAST_SECONDS) startAt = 0;
  return {
    playlistUrl: video.playlistUrl,
    posterUrl: video.posterUrl,
    captions: video.captions,
    startAt,
    durationSeconds: duration,
    watched: preventSkippingAhead && watchedUntil > 0 ? [{ start: 0, end: watchedUntil }] : [],
  };
}

/** A video lesson: the player once the video is transcoded, "being processed" until then. */
export function VideoLesson({ video, progress, done, preventSkippingAhead, onWatchProgress }: VideoLessonProps) {
  const { t } = useTranslation();
  const pending = video?.status === 'UPLOADED' || video?.status === 'PROCESSING';
  const refresh = useDocumentPreviewRefresh(pending);
  const [playable, setPlayable] = useState<Playable | null>(() => (video ? playableOf(video, progress, preventSkippingAhead) : null));
  // Became ready while the page was open (polling): latch it now.
  if (!playable && video?.status === 'READY') {
    const next = playableOf(video, progress, preventSkippingAhead);
    if (next) setPlayable(next);
  }

  if (playable) {
    const percent = Math.round((progress?.watchedShare ?? 0) * 100);
    return (
      <Stack gap="xs">
        <Suspense fallback={<Skeleton w="100%" style={{ aspectRatio: '16 / 9' }} radius="md" />}>
          <VideoPlayer
            playlistUrl={playable.playlistUrl}
            posterUrl={playable.posterUrl}
            captions={playable.captions}
            startAt={playable.startAt}
            durationSeconds={playable.durationSeconds}
            preventSkippingAhead={preventSkippingAhead}
            watched={playable.watched}
            onWatchProgress={onWatchProgress}
          />
        </Suspense>
        {onWatchProgress && (
          <Text size="sm" c="dimmed" data-testid="video-watched">
            {t('learning.lesson.video.watched', { percent })}
            {!done && ` · ${t('learning.lesson.video.doneHint')}`}
          </Text>
        )}
        {preventSkippingAhead && (
          <Text size="xs" c="dimmed">
            {t('learning.lesson.video.noSkip')}
          </Text>
        )}
      </Stack>
    );
  }
  if (pending) {
    return (
      <Paper withBorder radius="md" p="md" role="status">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          {!refresh.gaveUp && <Loader size="sm" mt={2} />}
          <Stack gap="xs">
            <Text fw={600}>{t('learning.lesson.video.processing')}</Text>
            <Text size="sm" c="dimmed">
              {t(refresh.gaveUp ? 'learning.lesson.video.processingStill' : 'learning.lesson.video.processingHint')}
            </Text>
            <Button variant="default" size="xs" onClick={() => void refresh.refresh()} loading={refresh.refreshing} style={{ alignSelf: 'flex-start' }}>
              {t('learning.lesson.video.refresh')}
            </Button>
          </Stack>
        </Group>
      </Paper>
    );
  }
  if (video?.status === 'FAILED') {
    return (
      <Alert color="yellow" variant="light" title={t('learning.lesson.video.failedTitle')}>
        <Text size="sm">{t('learning.lesson.video.failed')}</Text>
      </Alert>
    );
  }
  return <Text c="dimmed">{t('learning.lesson.video.missing')}</Text>;
}
