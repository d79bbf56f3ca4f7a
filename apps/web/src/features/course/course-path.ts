import { generatePath } from 'react-router';
import { PATHS } from '../../lib/paths';

/** URL of a course page (route `/kursus/:courseId`). */
export function coursePath(courseId: string): string {
  return generatePath(PATHS.course, { courseId });
}

/** URL of a lesson page (route `/kursus/:courseId/pelajaran/:lessonId`). */
export function lessonPath(courseId: string, lessonId: string): string {
  return generatePath(PATHS.lesson, { courseId, lessonId });
}
