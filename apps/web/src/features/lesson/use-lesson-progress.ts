import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { RecordLessonEndDocument, RecordLessonTimeDocument } from '../../gql/generated';
import { forgetMyLearningLists } from '../learning/my-learning-cache';
import { LessonTimeMeter } from './lesson-time-meter';

/** How often the time spent is reported while the lesson is on screen. */
export const REPORT_EVERY_MS = 30_000;

const INPUT_EVENTS = ['pointerdown', 'keydown', 'scroll', 'wheel', 'touchstart'] as const;

/**
 * A report sent while the page goes away (tab closed, app switched): `keepalive`
 * lets the request outlive the page, with the access token the auth link adds.
 */
const LEAVING = { fetchOptions: { keepalive: true } };

export type EndReport = 'idle' | 'saving' | 'saved' | 'failed';

export interface UseLessonProgressOptions {
  courseId: string;
  lessonId: string;
  /** Only an enrolled learner's progress is recorded (not an author's preview). */
  enabled: boolean;
}

/**
 * Records a learner's progress in one lesson: the time spent (every 30 s while
 * the page is visible, and when leaving it) and, through `reportEnd`, that the
 * learner reached the end, which may complete the lesson and the course.
 */
export function useLessonProgress({ courseId, lessonId, enabled }: UseLessonProgressOptions) {
  const [recordTime] = useMutation(RecordLessonTimeDocument, { update: forgetMyLearningLists });
  const [recordEnd] = useMutation(RecordLessonEndDocument, { update: forgetMyLearningLists });
  const [endReport, setEndReport] = useState<EndReport>('idle');
  const [courseCompletedNow, setCourseCompletedNow] = useState(false);
  const meterRef = useRef<LessonTimeMeter | null>(null);

  useEffect(() => {
    if (!enabled) return undefined;
    const meter = new LessonTimeMeter(Date.now, document.visibilityState === 'visible');
    meterRef.current = meter;

    const sendTime = (leaving: boolean) => {
      // Reading a PDF inside the iframe gives this page no input events.
      if (document.activeElement instanceof HTMLIFrameElement) meter.input();
      const secondsSpent = meter.take();
      if (secondsSpent < 1) return;
      recordTime({
        variables: { input: { courseId, lessonId, secondsSpent, reachedEnd: false } },
        context: leaving ? LEAVING : undefined,
      }).catch(() => {
        // Time is best effort: the seconds go with the next report.
        meter.giveBack(secondsSpent);
      });
    };
    const handleInput = () => {
      meter.input();
    };
    const handleVisibility = () => {
      const visible = document.visibilityState === 'visible';
      if (!visible) sendTime(true);
      meter.visibility(visible);
    };
    const handlePageHide = () => {
      sendTime(true);
    };

    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') sendTime(false);
    }, REPORT_EVERY_MS);
    for (const name of INPUT_EVENTS) window.addEventListener(name, handleInput, { passive: true, capture: true });
    document.addEventListener('visibilitychange', handleVisibility);
    window.addEventListener('pagehide', handlePageHide);
    return () => {
      window.clearInterval(timer);
      for (const name of INPUT_EVENTS) window.removeEventListener(name, handleInput, { capture: true });
      document.removeEventListener('visibilitychange', handleVisibility);
      window.removeEventListener('pagehide', handlePageHide);
      // Leaving the lesson inside the app (next lesson, back to the course).
      sendTime(true);
      meterRef.current = null;
    };
  }, [enabled, courseId, lessonId, recordTime]);

  /** The learner reached the end (scrolled to it, finished the document, opened the link). */
  const reportEnd = async () => {
    if (!enabled || endReport === 'saving' || endReport === 'saved') return;
    setEndReport('saving');
    const meter = meterRef.current;
    const secondsSpent = meter ? meter.take() : 0;
    try {
      const { data } = await recordEnd({
        variables: { input: { courseId, lessonId, secondsSpent, reachedEnd: true } },
      });
      setCourseCompletedNow(Boolean(data?.recordLessonProgress.courseCompletedNow));
      setEndReport('saved');
    } catch {
      meter?.giveBack(secondsSpent);
      setEndReport('failed');
    }
  };

  return { reportEnd, endReport, courseCompletedNow };
}
