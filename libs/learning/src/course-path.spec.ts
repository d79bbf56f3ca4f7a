import type { CourseModuleRecord, LessonRecord } from '@lentera/db';
import {
  isCourseComplete,
  isLessonLocked,
  lessonsInCourseOrder,
  progressPercent,
  requiredProgress,
  resumeLesson,
  type CoursePath,
} from './course-path';

function buildModule(id: string, position: number): CourseModuleRecord {
  return { id, courseId: 'c', version: 1, title: `Modul ${id}`, position };
}

function buildLesson(id: string, moduleId: string, position: number, rules: Partial<LessonRecord> = {}): LessonRecord {
  return {
    id,
    courseId: 'c',
    version: 1,
    moduleId,
    title: `Pelajaran ${id}`,
    kind: 'text',
    position,
    required: true,
    lockedUntilPreviousDone: false,
    estimatedMinutes: null,
    ...rules,
  };
}

const lessons = lessonsInCourseOrder(
  [buildModule('m2', 1), buildModule('m1', 0)],
  [buildLesson('c', 'm2', 0), buildLesson('b', 'm1', 1, { lockedUntilPreviousDone: true }), buildLesson('a', 'm1', 0), buildLesson('d', 'm2', 1, { required: false })],
);
const pathWith = (...done: string[]): CoursePath => ({ lessons, doneLessonIds: new Set(done) });

describe('a learner\'s path through a course', () => {
  it('orders lessons module by module, and drops lessons of unknown modules', () => {
    expect(lessons.map((lesson) => lesson.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(lessonsInCourseOrder([buildModule('m1', 0)], [buildLesson('x', 'gone', 0)])).toEqual([]);
  });

  it('locks a lesson until the one before it is done, and never a done one', () => {
    expect(isLessonLocked(pathWith(), 'a')).toBe(false);
    expect(isLessonLocked(pathWith(), 'b')).toBe(true);
    expect(isLessonLocked(pathWith('a'), 'b')).toBe(false);
    expect(isLessonLocked(pathWith('b'), 'b')).toBe(false);
    expect(isLessonLocked(pathWith(), 'c')).toBe(false);
  });

  it('counts required lessons only; all of them when none is required', () => {
    expect(requiredProgress(pathWith('a', 'd'))).toEqual({ doneRequired: 1, totalRequired: 3 });
    expect(isCourseComplete(requiredProgress(pathWith('a', 'b', 'c')))).toBe(true);
    expect(progressPercent({ doneRequired: 2, totalRequired: 3 })).toBe(66);
    const optional = [buildLesson('o', 'm1', 0, { required: false })];
    expect(requiredProgress({ lessons: optional, doneLessonIds: new Set() })).toEqual({ doneRequired: 0, totalRequired: 1 });
    expect(isCourseComplete({ doneRequired: 0, totalRequired: 0 })).toBe(false);
    expect(progressPercent({ doneRequired: 0, totalRequired: 0 })).toBe(0);
  });

  it.each([
    ['nothing done, never started: the first lesson', [], null, 'a'],
    ['the last lesson worked on, when it is not done', ['a'], 'c', 'c'],
    ['the first not-done lesson after the last one worked on', ['a', 'b'], 'b', 'c'],
    ['else the first not-done lesson anywhere', ['b', 'c', 'd'], 'd', 'a'],
    ['all done: the last lesson worked on', ['a', 'b', 'c', 'd'], 'c', 'c'],
    ['all done, the last lesson was removed: the first lesson', ['a', 'b', 'c', 'd'], 'gone', 'a'],
  ])('resumes at %s', (_rule, done, last, expected) => {
    expect(resumeLesson(pathWith(...(done as string[])), last as string | null)?.id).toBe(expected);
  });

  it('has nothing to resume in a course without lessons', () => {
    expect(resumeLesson({ lessons: [], doneLessonIds: new Set() }, null)).toBeNull();
  });
});
