/** URL of a course outline page (route `/kursus/:courseId`). */
export function coursePath(courseId: string): string {
  return `/kursus/${encodeURIComponent(courseId)}`;
}
