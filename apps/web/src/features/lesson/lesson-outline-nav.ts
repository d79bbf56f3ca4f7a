import type { CourseOutlineProgressFragment } from '../../gql/generated';
import { orderedModules } from '../learning/course-outline-list';
import type { NavLesson } from './lesson-nav';

/** The previous/next lesson of the outline by id, with its title and whether it is still locked. */
export function navLesson(modules: CourseOutlineProgressFragment['modules'], lessonId: string | null): NavLesson | null {
  if (!lessonId) return null;
  for (const module of orderedModules(modules)) {
    const lesson = module.lessons.find((candidate) => candidate.id === lessonId);
    if (lesson) {
      const locked = Boolean(lesson.myProgress?.locked && lesson.myProgress.state !== 'DONE');
      return { id: lesson.id, title: lesson.title, locked };
    }
  }
  return null;
}
