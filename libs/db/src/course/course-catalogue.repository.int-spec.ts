import { Test, type TestingModule } from '@nestjs/testing';
import { isolatedConfig, type IsolatedConfig } from '@lentera/test-support';
import { AgencyRepository } from '../agency/agency.repository';
import { DatabaseModule } from '../connection/database.module';
import { DatabaseSetup } from '../connection/database-setup';
import { grantAgencyScope } from '../tenancy/agency-scope';
import {
  CourseCatalogueRepository,
  cataloguePositionOf,
  catalogueOrders,
  searchWords,
  type CatalogueOrder,
  type CataloguePosition,
  type LiveCourseRecord,
} from './course-catalogue.repository';
import { CourseRepository } from './course.repository';

describe('CourseCatalogueRepository on the real database', () => {
  let isolated: IsolatedConfig;
  let module: TestingModule;
  let catalogue: CourseCatalogueRepository;
  let courses: CourseRepository;
  let agencyId: string;
  const publishedIds: string[] = [];
  let draftId: string;
  let archivedId: string;

  beforeAll(async () => {
    isolated = isolatedConfig('catalogue-repo');
    module = await Test.createTestingModule({ imports: [DatabaseModule.forRoot(isolated.config)] }).compile();
    await module.init();
    await module.get(DatabaseSetup).ensureIndexes();
    catalogue = module.get(CourseCatalogueRepository);
    courses = module.get(CourseRepository);
    agencyId = (await module.get(AgencyRepository).create({ code: 'bpsdm-x', name: 'BPSDM X', kind: 'regional' })).id;

    const sameInstant = new Date('2026-01-01T00:00:00Z');
    for (let index = 0; index < 23; index += 1) {
      // Every third course shares an instant and every course shares its title with two others,
      // so each order's _id tie-breaker must do its job.
      const course = await newCourse(`Kursus ${index % 8}`);
      await courses.publish(course.id, index % 3 === 0 ? sameInstant : new Date(Date.UTC(2026, 1, index + 1)));
      publishedIds.push(course.id);
    }
    draftId = (await newCourse('Draf rahasia')).id;
    archivedId = (await newCourse('Diarsipkan')).id;
    await courses.publish(archivedId, new Date());
    await courses.archive(grantAgencyScope(agencyId), archivedId, new Date());
  });

  afterAll(async () => {
    await module?.close();
    await isolated?.cleanup();
  });

  function newCourse(title: string) {
    return courses.create({ agencyId, title, summary: `Ringkasan ${title}`, competencyType: 'teknis', level: 'dasar', jp: 2 });
  }

  it.each(catalogueOrders)('pages through published courses in %s order, each exactly once, drafts and archived never', async (order) => {
    const seen: LiveCourseRecord[] = [];
    let after: CataloguePosition | undefined;
    for (;;) {
      const page = await catalogue.list({ filter: {}, order, limit: 5, after });
      seen.push(...page);
      if (page.length < 5) break;
      after = cataloguePositionOf(page[page.length - 1], order);
    }
    expect(seen.map((course) => course.id).sort()).toEqual([...publishedIds].sort());
    expect(seen.map((course) => course.id)).toEqual((await catalogue.list({ filter: {}, order, limit: 50 })).map((course) => course.id));
    expect(seen.map((course) => keyOf(course, order))).toEqual(seen.map((course) => keyOf(course, order)).sort(compareKeys(order)));
    expect(await catalogue.count({})).toBe(23);
  });

  it('refuses to continue one order from a position of another', async () => {
    const [first] = await catalogue.list({ filter: {}, order: 'newest', limit: 1 });
    await expect(catalogue.list({ filter: {}, order: 'title', limit: 1, after: cataloguePositionOf(first, 'newest') })).rejects.toThrow(/cannot continue/);
  });

  it('finds courses with a live version by id (published and archived), never drafts', async () => {
    expect(await catalogue.findLiveById(draftId)).toBeNull();
    expect(await catalogue.findLiveById(archivedId)).toMatchObject({ status: 'archived', title: 'Diarsipkan', publishedVersion: 1 });
    const found = await catalogue.findLiveByIds([publishedIds[0], draftId, archivedId, '0123456789abcdef01234567']);
    expect(found.map((course) => course.id).sort()).toEqual([publishedIds[0], archivedId].sort());
    expect(found.find((course) => course.id === publishedIds[0])).toMatchObject({ status: 'published', titleSort: 'kursus 0', enrolmentCount: 0 });
    expect(await catalogue.findLiveByIds([])).toEqual([]);
  });

  it('counts published courses per agency, leaving out drafts and archived courses', async () => {
    expect(await catalogue.countPublishedByAgency()).toEqual([{ agencyId, publishedCourseCount: publishedIds.length }]);
  });

  it('splits search input into normalized words', () => {
    expect(searchWords('  PELAYÀNAN   publik-Prima pelayanan ')).toEqual(['pelayanan', 'publik', 'prima']);
    expect(searchWords('.* ( )')).toEqual([]);
    expect(searchWords(undefined)).toEqual([]);
  });
});

function keyOf(course: LiveCourseRecord, order: CatalogueOrder): [string | number, string] {
  const position = cataloguePositionOf(course, order);
  switch (position.order) {
    case 'newest':
      return [position.publishedAt.getTime(), position.id];
    case 'popular':
      return [position.enrolmentCount, position.id];
    case 'title':
      return [position.titleSort, position.id];
  }
}

/** The order each sort promises: newest and popular descending, title ascending; the id breaks ties the same way. */
function compareKeys(order: CatalogueOrder) {
  const direction = order === 'title' ? 1 : -1;
  return (a: [string | number, string], b: [string | number, string]) => direction * (compare(a[0], b[0]) || compare(a[1], b[1]));
}

function compare(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
