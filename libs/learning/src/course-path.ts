import type { CourseModuleRecord, LessonRecord } from '@lentera/db';

/** The lessons a learner walks through, in course order (module by module), and which are done. */
export interface CoursePath {
  lessons: readonly LessonRecord[];
  doneLessonIds: ReadonlySet<string>;
}

/** A version's lessons in course order: by module position, then lesson position. */
export function lessonsInCourseOrder(modules: readonly CourseModuleRecord[], lessons: readonly LessonRecord[]): LessonRecord[] {
  const modulePosition = new Map(modules.map((module) => [module.id, module.position]));
  return lessons
    .filter((lesson) => modulePosition.has(lesson.moduleId))
    .sort((a, b) => (modulePosition.get(a.moduleId) ?? 0) - (modulePosition.get(b.moduleId) ?? 0) || a.position - b.position);
}

/**
 * A lesson marked lockedUntilPreviousDone opens once the lesson before it in course order is
 * done. A lesson already done stays open (its rules may have changed since).
 */
export function isLessonLocked(path: CoursePath, lessonId: string): boolean {
  const index = path.lessons.findIndex((lesson) => lesson.id === lessonId);
  if (index <= 0) return false;
  const lesson = path.lessons[index];
  return lesson.lockedUntilPreviousDone && !path.doneLessonIds.has(lesson.id) && !path.doneLessonIds.has(path.lessons[index - 1].id);
}

/** The lesson before `lessonId` in course order, if any. */
export function previousLesson(path: CoursePath, lessonId: string): LessonRecord | null {
  const index = path.lessons.findIndex((lesson) => lesson.id === lessonId);
  return index > 0 ? path.lessons[index - 1] : null;
}

/**
 * The lessons that count toward completion: the required ones. A course whose lessons are all
 * optional would otherwise be complete before anything was done, so then every lesson counts.
 */
export function countedLessons(lessons: readonly LessonRecord[]): readonly LessonRecord[] {
  const required = lessons.filter((lesson) => lesson.required);
  return required.length > 0 ? required : lessons;
}

export interface RequiredProgress {
  doneRequired: number;
  totalRequired: number;
}

export function requiredProgress(path: CoursePath): RequiredProgress {
  const counted = countedLessons(path.lessons);
  return { doneRequired: counted.filter((lesson) => path.doneLessonIds.has(lesson.id)).length, totalRequired: counted.length };
}

/** Every counted lesson done (a course without lessons is never complete). */
export function isCourseComplete(progress: RequiredProgress): boolean {
  return progress.totalRequired > 0 && progress.doneRequired >= progress.totalRequired;
}

export function progressPercent(progress: RequiredProgress): number {
  if (progress.totalRequired === 0) return 0;
  return Math.min(100, Math.floor((progress.doneRequired * 100) / progress.totalRequired));
}

/**
 * What "continue" opens: the lesson last worked on if it is not done; else the first lesson
 * after it that is not done; else the first lesson not done; else (all done) the lesson last
 * worked on, or the first lesson. Null for a course without lessons.
 */
export function resumeLesson(path: CoursePath, lastLessonId: string | null): LessonRecord | null {
  const notDone = (lesson: LessonRecord) => !path.doneLessonIds.has(lesson.id);
  const lastIndex = lastLessonId ? path.lessons.findIndex((lesson) => lesson.id === lastLessonId) : -1;
  const last = lastIndex >= 0 ? path.lessons[lastIndex] : null;
  if (last && notDone(last)) return last;
  return (
    (last ? path.lessons.slice(lastIndex + 1).find(notDone) : undefined) ??
    path.lessons.find(notDone) ??
    last ??
    path.lessons[0] ??
    null
  );
}
