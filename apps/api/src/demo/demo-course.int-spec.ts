import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import {
  AgencyRepository,
  CourseCatalogueRepository,
  CourseModuleRepository,
  CourseRepository,
  DRAFT_VERSION,
  LessonRepository,
  QuestionRepository,
  UserRepository,
  type AgencyRecord,
} from '@lentera/db';
import { buildAttemptQuestions, checkQuestionContent, questionShortfalls } from '@lentera/quiz';
import { isolatedConfig, type IsolatedConfig } from '@lentera/test-support';
import { AppModule } from '../app.module';
import { checkedQuizSettings } from '../quiz-bank/quiz-settings.checks';
import { demoAgency } from './demo-accounts';
import { DemoAccountsSeeder } from './demo-accounts.seeder';
import demoCourse from './demo-course.json';
import { DemoCourseSeeder } from './demo-course.seeder';
import { DemoQuizSeeder } from './demo-quiz.seeder';
import { demoLessonCount as lessonCount, demoModules } from './demo-outline';
import { demoQuestions } from './demo-quizzes';

describe('the demo course seed, on the real database', () => {
  let isolated: IsolatedConfig;
  let app: INestApplication;
  let agency: AgencyRecord;

  beforeAll(async () => {
    isolated = isolatedConfig('demo-course');
    const module = await Test.createTestingModule({ imports: [AppModule.forRoot(isolated.config)] }).compile();
    app = module.createNestApplication({ logger: ['error'] });
    await app.init();
    agency = await app.get(AgencyRepository).create(demoAgency);
    await app.get(DemoAccountsSeeder).seed(agency);
  });

  afterAll(async () => {
    await app?.close();
    await isolated?.cleanup();
  });

  it('completes a seed that was interrupted half-way through the outline, and publishes version 1', async () => {
    // What a seed killed after its second module left behind: a draft with part of its outline.
    const instructor = await app.get(UserRepository).findByEmail('instruktur@demo.lentera.id');
    const interrupted = await app.get(CourseRepository).create({
      agencyId: agency.id,
      createdBy: instructor!.id,
      title: demoCourse.title,
      summary: demoCourse.summary,
      competencyType: 'manajerial',
      level: 'dasar',
      jp: demoCourse.jp,
      estimatedMinutes: demoCourse.estimatedMinutes,
      tags: demoCourse.tags,
      learningOutcomes: demoCourse.learningOutcomes,
    });
    await app.get(CourseModuleRepository).createMany(
      demoCourse.modules.slice(0, 2).map((module, position) => ({ courseId: interrupted.id, version: DRAFT_VERSION, title: module.title, position })),
    );

    const course = await app.get(DemoCourseSeeder).seed(agency);
    expect(course.id).toBe(interrupted.id);
    expect(course).toMatchObject({ status: 'published', publishedVersion: 1, enrolmentPolicy: 'open' });

    const lessons = app.get(LessonRepository);
    const modules = await app.get(CourseModuleRepository).findByCourseVersions([{ courseId: course.id, version: 1 }]);
    expect(modules.map((module) => module.title)).toEqual(demoCourse.modules.map((module) => module.title));
    expect(await lessons.countInVersion({ courseId: course.id, version: 1 })).toBe(lessonCount);
    expect(await lessons.countInVersion({ courseId: course.id, version: DRAFT_VERSION })).toBe(lessonCount);
  });

  it('builds the course like an instructor would: paragraphs of escaped text, the demo instructor, what the learner gets', async () => {
    const course = (await app.get(CourseRepository).findByAgencyAndTitle(agency.id, demoCourse.title))!;
    const instructor = await app.get(UserRepository).findByEmail('instruktur@demo.lentera.id');
    expect(course.live).toMatchObject({ title: demoCourse.title, instructorIds: [instructor!.id], enrolmentPolicy: 'open', estimatedMinutes: demoCourse.estimatedMinutes });
    expect(course.live?.learningOutcomes.length).toBeGreaterThanOrEqual(3);
    expect(course.live?.tags.length).toBeGreaterThan(0);
    expect(course.publishedAt).not.toBeNull();
    const allBodies = await app.get(LessonRepository).findBodies({ courseId: course.id, version: course.publishedVersion });
    expect(allBodies).toHaveLength(lessonCount);
    // Quiz lessons have no body.
    const bodies = allBodies.filter((body) => body !== '');
    expect(bodies).toHaveLength(lessonCount - 3);
    // A blank line in the article text starts a new paragraph.
    expect(bodies.every((body) => /^<p>[^<]+<\/p>(\n<p>[^<]+<\/p>)*$/.test(body))).toBe(true);
    expect(bodies.filter((body) => body.includes('</p>\n<p>')).length).toBeGreaterThan(0);
    expect(bodies).toContain(`<p>${demoModules[1].lessons[0].body}</p>`);
  });

  it('publishes a pre-test first, and a post-test and a reflection essay last, over a valid bank', async () => {
    const course = (await app.get(CourseRepository).findByAgencyAndTitle(agency.id, demoCourse.title))!;
    const lessons = await app.get(LessonRepository).findContentByCourseVersions([{ courseId: course.id, version: course.publishedVersion }]);
    const modules = await app.get(CourseModuleRepository).findByCourseVersions([{ courseId: course.id, version: course.publishedVersion }]);
    const order = (lesson: (typeof lessons)[number]) => modules.findIndex((module) => module.id === lesson.moduleId) * 100 + lesson.position;
    const quizzes = lessons.filter((lesson) => lesson.kind === 'quiz').sort((a, b) => order(a) - order(b));
    expect(quizzes.map((lesson) => [lesson.quiz?.role, lesson.required])).toEqual([['pre_test', true], ['post_test', true], ['none', false]]);
    expect(order(quizzes[0])).toBe(Math.min(...lessons.map(order)));
    expect(quizzes[0].quiz).toMatchObject({ passingPercent: 0, maxAttempts: 1, review: 'never', correctAnswers: 'never' });
    expect(quizzes[1].quiz).toMatchObject({ passingPercent: 70, timeLimitMinutes: 15, review: 'after_attempt', correctAnswers: 'after_passing' });
    // The locked-lesson rule would keep a learner from the post-test until every lesson is done.
    expect(lessons.every((lesson) => !lesson.lockedUntilPreviousDone)).toBe(true);

    const bank = await app.get(QuestionRepository).findByCourse(course.id);
    expect(bank.map((question) => question.key).sort()).toEqual(demoQuestions.map((question) => question.key).sort());
    expect(new Set(bank.map((question) => question.type))).toEqual(
      new Set(['single_choice', 'multiple_choice', 'true_false', 'short_answer', 'numeric', 'matching', 'ordering', 'essay']),
    );
    for (const question of bank) expect({ key: question.key, problems: checkQuestionContent(question) }).toEqual({ key: question.key, problems: [] });
    // Option ids were made for the bank, not written in the seed.
    expect(bank.flatMap((question) => question.options.map((option) => option.optionId)).every((id) => id.length >= 8)).toBe(true);
    for (const lesson of quizzes) {
      expect(checkedQuizSettings(lesson.quiz!)).toEqual(lesson.quiz);
      expect(questionShortfalls(lesson.quiz!, bank)).toEqual([]);
      expect(buildAttemptQuestions(lesson.quiz!, bank).length).toBe(lesson.quiz!.questionIds.length);
    }
    const [pre, post, reflection] = quizzes.map((lesson) => bank.filter((question) => lesson.quiz!.questionIds.includes(question.id)));
    expect(pre.map((question) => question.type)).not.toContain('essay');
    expect(post.map((question) => question.id)).toEqual(pre.map((question) => question.id));
    expect(reflection.map((question) => question.type)).toEqual(['essay']);
  });

  it('changes nothing when it runs again', async () => {
    const repository = app.get(CourseRepository);
    const before = (await repository.findByAgencyAndTitle(agency.id, demoCourse.title))!;
    await app.get(DemoCourseSeeder).seed(agency);
    const after = (await repository.findByAgencyAndTitle(agency.id, demoCourse.title))!;
    expect(after).toMatchObject({ id: before.id, revision: before.revision, publishedVersion: 1, lastPublishedAt: before.lastPublishedAt });
    expect(await app.get(CourseCatalogueRepository).count({})).toBe(1);
    expect(await app.get(QuestionRepository).countByCourse(before.id)).toBe(demoQuestions.length);
  });

  it('adds or changes no question when the quiz seed runs again, as an interrupted seed does', async () => {
    const course = (await app.get(CourseRepository).findByAgencyAndTitle(agency.id, demoCourse.title))!;
    const questions = app.get(QuestionRepository);
    const before = await questions.findByCourse(course.id);
    await Promise.all([app.get(DemoQuizSeeder).seed(course), app.get(DemoQuizSeeder).seed(course)]);
    expect(await questions.findByCourse(course.id)).toEqual(before);
  });
});
