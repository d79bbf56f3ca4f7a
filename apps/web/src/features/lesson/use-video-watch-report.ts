import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { LessonViewDocument, RecordVideoWatchDocument } from '../../gql/generated';
import type { WatchProgress } from '../player/video-player';
import { intervalsToReport, watchedSeconds } from '../player/watched-intervals';
import { forgetMyLearningLists } from '../learning/my-learning-cache';
import { MAX_REPORT_SECONDS } from './lesson-time-meter';

/**
 * A report sent while the page goes away (tab closed, app switched): `keepalive` lets the
 * request outlive the page, with the access token the auth link adds (as use-lesson-progress does).
 */
const LEAVING = { fetchOptions: { keepalive: true } };

export interface UseVideoWatchReportOptions {
  courseId: string;
  lessonId: string;
  /** Only an enrolled learner's watching is recorded (not an author's preview). */
  enabled: boolean;
}

const roundCentis = (seconds: number) => Math.round(seconds * 100) / 100;

/**
 * Records a learner's watching of a video lesson with `recordVideoWatch`: every few seconds
 * while playing, on pause, at the end and when leaving (what the player reports through
 * `handleWatchProgress`). The time spent is the wall time since the last successful report,
 * counted from the lesson opening and while playing (a video left paused over lunch is not study
 * time), at most 600 s a report. The API merges the intervals and marks the lesson done at 90 %.
 */
export function useVideoWatchReport({ courseId, lessonId, enabled }: UseVideoWatchReportOptions) {
  const client = useApolloClient();
  const [recordWatch] = useMutation(RecordVideoWatchDocument, { update: forgetMyLearningLists });
  const [courseCompletedNow, setCourseCompletedNow] = useState(false);
  const clock = useRef<{ unsentMs: number; countingSince: number | null } | null>(null);
  const inFlight = useRef(false);
  const lastSent = useRef('');
  const doneSeen = useRef(false);

  useEffect(() => {
    // Time on the lesson counts from its opening (reading the title, starting the video).
    if (enabled) clock.current = { unsentMs: 0, countingSince: Date.now() };
  }, [enabled]);

  const handleWatchProgress = useCallback(
    (state: WatchProgress) => {
      if (!enabled) return;
      const now = Date.now();
      clock.current ??= { unsentMs: 0, countingSince: now };
      const meter = clock.current;
      if (state.reason === 'play') {
        meter.countingSince ??= now;
        return;
      }
      if (state.reason === 'seek') return;
      const leaving = state.reason === 'leaving';
      if (state.reason === 'playing' && inFlight.current) return;

      const watched = intervalsToReport(state.watched).map((interval) => ({ start: roundCentis(interval.start), end: roundCentis(interval.end) }));
      const positionSeconds = roundCentis(Math.max(0, state.positionSeconds));
      const key = `${positionSeconds}|${roundCentis(watchedSeconds(watched))}`;
      const elapsedMs = meter.unsentMs + (meter.countingSince === null ? 0 : now - meter.countingSince);
      // Nothing new to say (left right after opening, paused twice).
      if (key === lastSent.current && elapsedMs < 1000) return;

      const secondsSpent = Math.min(MAX_REPORT_SECONDS, Math.floor(elapsedMs / 1000));
      meter.unsentMs = secondsSpent >= MAX_REPORT_SECONDS ? 0 : elapsedMs - secondsSpent * 1000;
      if (meter.countingSince !== null) meter.countingSince = state.reason === 'pause' || state.reason === 'ended' ? null : now;
      lastSent.current = key;
      inFlight.current = true;

      recordWatch({
        variables: { input: { courseId, lessonId, secondsSpent, positionSeconds, watched } },
        context: leaving ? LEAVING : undefined,
      })
        .then(({ data }) => {
          const result = data?.recordVideoWatch;
          if (!result) return;
          if (result.courseCompletedNow) setCourseCompletedNow(true);
          if (result.lesson.myProgress?.state === 'DONE' && !doneSeen.current) {
            doneSeen.current = true;
            // Done may unlock the next lesson: the outline and "next" come with the lesson.
            if (!leaving) client.refetchQueries({ include: [LessonViewDocument] }).catch(() => undefined);
          }
        })
        .catch(() => {
          // Best effort: the seconds go with the next report, and so do the intervals (all of them, every time).
          meter.unsentMs = Math.min(meter.unsentMs + secondsSpent * 1000, MAX_REPORT_SECONDS * 1000);
          lastSent.current = '';
        })
        .finally(() => {
          inFlight.current = false;
        });
    },
    [enabled, courseId, lessonId, recordWatch, client],
  );

  return { handleWatchProgress, courseCompletedNow };
}
