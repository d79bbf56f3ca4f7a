import demoCourse from './demo-course.json';

/** A demo-course.json lesson: a text lesson's body, or the demo quiz it is (see demo-quizzes.ts). */
export interface DemoLesson {
  title: string;
  body?: string;
  quiz?: string;
  /** Default true. */
  required?: boolean;
}

export interface DemoModule {
  title: string;
  /** The seed article (shared/seeds) the module was written from. */
  source?: string;
  lessons: DemoLesson[];
}

/** The outline of demo-course.json, typed (each JSON lesson has only some of the fields). */
export const demoModules: DemoModule[] = demoCourse.modules;
export const demoLessonCount = demoModules.reduce((total, module) => total + module.lessons.length, 0);
