import { Test, type TestingModule } from '@nestjs/testing';
import { AgencyRepository, CourseModuleRepository, CourseRepository, DatabaseSetup, LessonRepository } from '@lentera/db';
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

  it('counts the words of every lesson and stores the reading time on the course', async () => {
    const agency = await worker.get(AgencyRepository).create({ code: 'PUSDIKLAT-Y', name: 'Pusdiklat Y', kind: 'central' });
    const course = await worker.get(CourseRepository).create({
      agencyId: agency.id,
      title: 'Etika Pelayanan Publik',
      summary: 'Ringkasan',
      description: '',
      competencyType: 'sosial_kultural',
      level: 'dasar',
      jp: 2,
      language: 'id',
    });
    const [module] = await worker.get(CourseModuleRepository).createMany([{ courseId: course.id, title: 'Modul 1', position: 0 }]);
    const words = (count: number) => Array.from({ length: count }, () => 'melayani').join(' ');
    await worker.get(LessonRepository).createMany([
      { courseId: course.id, moduleId: module.id, title: 'A', kind: 'text', position: 0, body: words(250) },
      { courseId: course.id, moduleId: module.id, title: 'B', kind: 'text', position: 1, body: words(160) },
    ]);

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
