import { Test, type TestingModule } from '@nestjs/testing';
import { isolatedConfig, type IsolatedConfig } from '@lentera/test-support';
import { AgencyRepository } from '../agency/agency.repository';
import { DatabaseModule } from '../connection/database.module';
import { DatabaseSetup } from '../connection/database-setup';
import { CourseRepository, type CatalogueKey, type CourseRecord } from './course.repository';

describe('CourseRepository on the real database', () => {
  let isolated: IsolatedConfig;
  let module: TestingModule;
  let courses: CourseRepository;
  let agencyId: string;

  beforeAll(async () => {
    isolated = isolatedConfig('course-repo');
    module = await Test.createTestingModule({ imports: [DatabaseModule.forRoot(isolated.config)] }).compile();
    await module.init();
    await module.get(DatabaseSetup).ensureIndexes();
    courses = module.get(CourseRepository);
    agencyId = (await module.get(AgencyRepository).create({ code: 'bpsdm-x', name: 'BPSDM X', kind: 'regional' })).id;
  });

  afterAll(async () => {
    await module?.close();
    await isolated?.cleanup();
  });

  function newCourse(title: string) {
    return courses.create({
      agencyId,
      title,
      summary: `Ringkasan ${title}`,
      description: '',
      competencyType: 'teknis',
      level: 'dasar',
      jp: 2,
      language: 'id',
    });
  }

  it('pages through published courses newest first, each exactly once, drafts never', async () => {
    const sameInstant = new Date('2026-01-01T00:00:00Z');
    const published: CourseRecord[] = [];
    for (let index = 0; index < 23; index += 1) {
      const course = await newCourse(`Kursus ${index}`);
      // Several share a publication instant, so the _id tie-breaker must do its job.
      await courses.publish(course.id, index % 3 === 0 ? sameInstant : new Date(Date.UTC(2026, 1, index + 1)));
      published.push(course);
    }
    await newCourse('Draf rahasia');

    const seen: string[] = [];
    let after: CatalogueKey | undefined;
    for (;;) {
      const page = await courses.listPublished(5, after);
      seen.push(...page.map((course) => course.id));
      if (page.length < 5) break;
      const last = page[page.length - 1];
      after = { publishedAt: last.publishedAt!, id: last.id };
    }

    expect(seen).toHaveLength(23);
    expect(new Set(seen)).toEqual(new Set(published.map((course) => course.id)));
    expect(await courses.countPublished()).toBe(23);

    const all = await courses.listPublished(50);
    const order = all.map((course) => [course.publishedAt!.getTime(), course.id] as const);
    const sorted = [...order].sort((a, b) => b[0] - a[0] || (a[1] < b[1] ? 1 : -1));
    expect(order).toEqual(sorted);
  });

  it('finds a published course by id but not a draft', async () => {
    const draft = await newCourse('Draf');
    expect(await courses.findPublishedById(draft.id)).toBeNull();
    await courses.publish(draft.id, new Date());
    expect((await courses.findPublishedById(draft.id))?.title).toBe('Draf');
  });
});
