import { generatePath } from 'react-router';
import { PATHS } from '../../lib/paths';

/** URL of a course's editor (route `/mengajar/kursus/:courseId`). */
export function authoringCoursePath(courseId: string): string {
  return generatePath(PATHS.authoringCourse, { courseId });
}

/** URL of a course's enrolments (route `/mengajar/kursus/:courseId/peserta`). */
export function courseEnrolmentsPath(courseId: string): string {
  return generatePath(PATHS.courseEnrolments, { courseId });
}
