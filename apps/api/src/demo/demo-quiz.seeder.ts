import { Injectable } from '@nestjs/common';
import { DRAFT_VERSION, LessonRepository, QuestionRepository, isDuplicateKeyError, type CourseRecord } from '@lentera/db';
import { withContentIds } from '@lentera/quiz';
import { demoModules } from './demo-outline';
import { demoQuestions, demoQuizzes, type DemoQuizKey } from './demo-quizzes';

/** The quiz each demo-course.json quiz lesson is, by its title (titles of quiz lessons are unique there). */
const quizOfLesson = new Map<string, DemoQuizKey>(
  demoModules.flatMap((module) => module.lessons.flatMap((lesson) => (lesson.quiz ? [[lesson.title, lesson.quiz as DemoQuizKey] as const] : []))),
);

/**
 * The demo course's question bank and the settings of its draft quiz lessons (pre-test,
 * post-test, reflection), before the course is published. Questions are found by their key
 * first, so a second run (or a second API instance) adds none; settings are replaced whole.
 */
@Injectable()
export class DemoQuizSeeder {
  constructor(
    private readonly questions: QuestionRepository,
    private readonly lessons: LessonRepository,
  ) {}

  async seed(course: Pick<CourseRecord, 'id' | 'agencyId'>): Promise<void> {
    const idsByKey = await this.ensureBank(course);
    const draft = await this.lessons.findContentByCourseVersions([{ courseId: course.id, version: DRAFT_VERSION }]);
    for (const lesson of draft) {
      const key = lesson.kind === 'quiz' ? quizOfLesson.get(lesson.title) : undefined;
      if (!key) continue;
      const quiz = demoQuizzes[key];
      if (!quiz) throw new Error(`demo-course.json names the unknown demo quiz "${key}" (see demo-quizzes.ts)`);
      const { questionKeys, settings } = quiz;
      await this.lessons.setDraftQuiz(course.id, lesson.id, { ...settings, questionIds: questionKeys.map((questionKey) => idsByKey.get(questionKey)!) });
    }
  }

  /** Every demo question in the course's bank; the question id of each key. */
  private async ensureBank(course: Pick<CourseRecord, 'id' | 'agencyId'>): Promise<Map<string, string>> {
    const keys = demoQuestions.map((question) => question.key);
    const existing = new Set((await this.questions.findByKeys(course.id, keys)).map((question) => question.key));
    for (const question of demoQuestions.filter(({ key }) => !existing.has(key))) {
      try {
        await this.questions.create({ courseId: course.id, agencyId: course.agencyId, key: question.key, ...withContentIds(question.content) });
      } catch (error) {
        // The unique (courseId, key): another instance wrote this question first.
        if (!isDuplicateKeyError(error)) throw error;
      }
    }
    const stored = await this.questions.findByKeys(course.id, keys);
    return new Map(stored.map((question) => [question.key, question.id]));
  }
}
