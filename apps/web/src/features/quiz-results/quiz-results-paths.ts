import { generatePath } from 'react-router';
import { PATHS } from '../../lib/paths';

/** The course's quiz lessons with links to their results (`/mengajar/kursus/:courseId/kuis`). */
export function courseQuizzesPath(courseId: string): string {
  return generatePath(PATHS.courseQuizzes, { courseId });
}

/** One quiz's attempts (`/mengajar/kursus/:courseId/kuis/:lessonId/hasil`). */
export function quizResultsPath(courseId: string, lessonId: string): string {
  return generatePath(PATHS.quizResults, { courseId, lessonId });
}

/** One attempt as its graders see it (`/mengajar/kursus/:courseId/percobaan/:attemptId`). */
export function quizAttemptPath(courseId: string, attemptId: string): string {
  return generatePath(PATHS.quizAttempt, { courseId, attemptId });
}

/** The course's essays waiting for a grade (`/mengajar/kursus/:courseId/penilaian-esai`). */
export function essayGradingPath(courseId: string): string {
  return generatePath(PATHS.essayGrading, { courseId });
}

/** Pre-test vs post-test (`/mengajar/kursus/:courseId/peningkatan-belajar`). */
export function learningGainPath(courseId: string): string {
  return generatePath(PATHS.learningGain, { courseId });
}
