import { generatePath } from 'react-router';
import { PATHS } from '../../lib/paths';

/** URL of an attempt's screen (route `/kursus/:courseId/pelajaran/:lessonId/kuis/:attemptId`): taking it, then its result. */
export function quizAttemptPath(courseId: string, lessonId: string, attemptId: string): string {
  return generatePath(PATHS.learnerQuizAttempt, { courseId, lessonId, attemptId });
}
