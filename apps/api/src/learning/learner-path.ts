import type { LessonProgressRecord } from '@lentera/db';
import type { CoursePath } from '@lentera/learning';
import type { CourseOutline, Loaders } from '../graphql/loaders';

/** A learner's way through one published version of a course: its outline and their progress in it. */
export interface LearnerPath extends CoursePath {
  outline: CourseOutline;
  progressByLessonId: ReadonlyMap<string, LessonProgressRecord>;
}

// Every lesson of a 600-lesson outline asks for the same path: build it once per loaded pair.
const built = new WeakMap<CourseOutline, WeakMap<LessonProgressRecord[], LearnerPath>>();

/** Through the request's DataLoaders: two batched reads for any number of lessons and enrolments. */
export async function loadLearnerPath(loaders: Loaders, userId: string, courseId: string, version: number): Promise<LearnerPath> {
  const [outline, rows] = await Promise.all([
    loaders.outlineByCourseVersion.load({ courseId, version }),
    loaders.progressByLearnerCourse.load({ userId, courseId }),
  ]);
  const byRows = built.get(outline) ?? new WeakMap<LessonProgressRecord[], LearnerPath>();
  built.set(outline, byRows);
  let path = byRows.get(rows);
  if (!path) {
    path = {
      outline,
      lessons: outline.lessons,
      progressByLessonId: new Map(rows.map((row) => [row.lessonId, row])),
      doneLessonIds: new Set(rows.filter((row) => row.state === 'done').map((row) => row.lessonId)),
    };
    byRows.set(rows, path);
  }
  return path;
}
