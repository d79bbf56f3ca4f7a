/** Which version of which course: DRAFT_VERSION (0) for the working copy, else a publication. */
export interface CourseVersionKey {
  courseId: string;
  version: number;
}

export function courseVersionKey(key: CourseVersionKey): string {
  return `${key.courseId}@${key.version}`;
}
