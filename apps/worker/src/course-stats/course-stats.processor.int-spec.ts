import { Test, type TestingModule } from '@nestjs/testing';
import { AgencyRepository, CourseModuleRepository, CourseRepository, DatabaseSetup, DRAFT_VERSION, LessonRepository } from '@lentera/db';
import { JobQueue } from '@lentera/jobs';
import { eventually, isolatedConfig, type IsolatedConfig } from '@lentera/test-support';
import { WorkerModule } from '../worker.module';

describe('course.stats in the worker, on the real database and Redis', () => {
  let isolated: IsolatedConfig;
  let worker: TestingModule;

  beforeAll(async () => {
    isolated = isolatedConfig('course-stats');
    worker = await Test.createTestingModule({ imports: [WorkerModule.forRoot(isolated.config)] }).compile();
    worker.useLogger(false);
    await worker.init();
    await worker.get(DatabaseSetup).ensureIndexes();
  });

  afterAll(async () => {
    await worker?.close();
    await isolated?.cleanup();
  });

  it('counts the words of every lesson of the published version, without HTML, and stores the reading time', async () => {
    const agency = await worker.get(AgencyRepository).create({ code: 'PUSDIKLAT-Y', name: 'Pusdiklat Y', kind: 'central' });
    const courses = worker.get(CourseRepository);
    const course = await courses.create({
      agencyId: agency.id,
      title: 'Etika Pelayanan Publik',
      summary: 'Ringkasan',
      description: '',
      competencyType: 'sosial_kultural',
      level: 'dasar',
      jp: 2,
      language: 'id',
    });
    const draft = { courseId: course.id, version: DRAFT_VERSION };
    const [module] = await worker.get(CourseModuleRepository).createMany([{ ...draft, title: 'Modul 1', position: 0 }]);
    const words = (count: number) => Array.from({ length: count }, () => 'melayani').join(' ');
    const lessons = worker.get(LessonRepository);
    await lessons.createMany([
      { ...draft, moduleId: module.id, title: 'A', kind: 'text', position: 0, bodyHtml: `<p class="x">${words(250)}</p>` },
      { ...draft, moduleId: module.id, title: 'B', kind: 'text', position: 1, bodyHtml: `<h2>${words(10)}</h2><p>${words(150)}</p>` },
    ]);
    await courses.publish(course.id);
    // An edit after publication is in the draft only: learners do not read it yet.
    await lessons.createMany([{ ...draft, moduleId: module.id, title: 'C', kind: 'text', position: 2, bodyHtml: `<p>${words(500)}</p>` }]);

    await worker.get(JobQueue).enqueue('course.stats', { courseId: course.id });

    const stored = await eventually(
      () => worker.get(CourseRepository).findById(course.id),
      (found) => found?.stats !== null,
      'the worker to store statistics',
    );
    expect(stored?.stats).toMatchObject({ lessonCount: 2, wordCount: 410, readingMinutes: 3 });
  });

  it('fails a job for a course that does not exist once, without retry loops', async () => {
    const courseId = '0123456789abcdef01234567';
    await worker.get(JobQueue).enqueue('course.stats', { courseId });
    await eventually(() => worker.get(JobQueue).stateOf('course.stats', { courseId }), (state) => state === 'failed', 'the failure');
  });
});
