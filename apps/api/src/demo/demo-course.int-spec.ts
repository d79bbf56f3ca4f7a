import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import {
  AgencyRepository,
  CourseCatalogueRepository,
  CourseModuleRepository,
  CourseRepository,
  DRAFT_VERSION,
  LessonRepository,
  UserRepository,
  type AgencyRecord,
} from '@lentera/db';
import { isolatedConfig, type IsolatedConfig } from '@lentera/test-support';
import { AppModule } from '../app.module';
import { demoAgency } from './demo-accounts';
import { DemoAccountsSeeder } from './demo-accounts.seeder';
import demoCourse from './demo-course.json';
import { DemoCourseSeeder } from './demo-course.seeder';

const lessonCount = demoCourse.modules.reduce((total, module) => total + module.lessons.length, 0);

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
    const bodies = await app.get(LessonRepository).findBodies({ courseId: course.id, version: course.publishedVersion });
    expect(bodies).toHaveLength(lessonCount);
    // A blank line in the article text starts a new paragraph.
    expect(bodies.every((body) => /^<p>[^<]+<\/p>(\n<p>[^<]+<\/p>)*$/.test(body))).toBe(true);
    expect(bodies.filter((body) => body.includes('</p>\n<p>')).length).toBeGreaterThan(0);
    expect(bodies).toContain(`<p>${demoCourse.modules[0].lessons[0].body}</p>`);
  });

  it('changes nothing when it runs again', async () => {
    const repository = app.get(CourseRepository);
    const before = (await repository.findByAgencyAndTitle(agency.id, demoCourse.title))!;
    await app.get(DemoCourseSeeder).seed(agency);
    const after = (await repository.findByAgencyAndTitle(agency.id, demoCourse.title))!;
    expect(after).toMatchObject({ id: before.id, revision: before.revision, publishedVersion: 1, lastPublishedAt: before.lastPublishedAt });
    expect(await app.get(CourseCatalogueRepository).count({})).toBe(1);
  });
});
