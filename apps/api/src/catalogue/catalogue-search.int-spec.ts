import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import {
  AgencyRepository,
  CourseModuleRepository,
  CourseRepository,
  DRAFT_VERSION,
  LessonRepository,
  UserRepository,
  normalizeForSearch,
  type CompetencyType,
  type CourseLevel,
  type CourseRecord,
} from '@lentera/db';
import { isolatedConfig, testAgencyScope, type IsolatedConfig } from '@lentera/test-support';
import { AppModule } from '../app.module';
import { SessionService } from '../auth/session.service';

const coursesQuery = `
  query Catalogue($first: Int!, $after: String, $filter: CatalogueFilter, $sort: CatalogueSort!) {
    courses(first: $first, after: $after, filter: $filter, sort: $sort) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id title } }
    }
  }`;

const courseQuery = `
  query Course($id: ID!) {
    course(id: $id) {
      id title summary description status publishedAt enrolledCount jp estimatedMinutes level competencyType
      tags language learningOutcomes enrolmentPolicy coverImageUrl
      agency { code }
      instructors { id fullName position }
      modules { id title position lessons { id title kind position required lockedUntilPreviousDone estimatedMinutes } }
    }
  }`;

interface CourseSpec {
  title: string;
  summary: string;
  description?: string;
  competencyType: CompetencyType;
  level: CourseLevel;
  jp: number;
  agency: 'A' | 'B';
  publishedAt: string;
  enrolments?: number;
}

/** Published courses; several share an instant, a title or an enrolment count, so the tie-breakers are exercised. */
const published: CourseSpec[] = [
  { title: 'Pelayanan Publik Prima', summary: 'Standar pelayanan bagi ASN', competencyType: 'teknis', level: 'dasar', jp: 4, agency: 'A', publishedAt: '2026-01-05', enrolments: 3 },
  { title: 'Manajemen Kinerja', summary: 'Sasaran kinerja pegawai dan pelayanan', competencyType: 'manajerial', level: 'menengah', jp: 8, agency: 'A', publishedAt: '2026-01-04', enrolments: 1 },
  {
    title: 'Etika di Tempat Kerja',
    summary: 'Keberagaman dan sikap',
    description: 'Bagian dari pelayanan publik yang baik.',
    competencyType: 'sosial_kultural',
    level: 'lanjut',
    jp: 12,
    agency: 'B',
    publishedAt: '2026-01-03',
    enrolments: 3,
  },
  { title: 'Diklat Kepemimpinan', summary: 'Kepemimpinan pengawas (PKP)', competencyType: 'manajerial', level: 'lanjut', jp: 20, agency: 'B', publishedAt: '2026-01-02', enrolments: 1 },
  { title: 'Éducation Numérique', summary: 'Literasi digital', competencyType: 'teknis', level: 'dasar', jp: 2, agency: 'B', publishedAt: '2026-01-02' },
  { title: 'Kursus Sama', summary: 'Kembar satu', competencyType: 'teknis', level: 'dasar', jp: 1, agency: 'A', publishedAt: '2026-01-01' },
  { title: 'Kursus Sama', summary: 'Kembar dua', competencyType: 'teknis', level: 'dasar', jp: 1, agency: 'A', publishedAt: '2026-01-01' },
  { title: 'kursus sama', summary: 'Kembar tiga', competencyType: 'teknis', level: 'dasar', jp: 1, agency: 'A', publishedAt: '2026-01-01' },
];

describe('catalogue search, filters, orders and cursors over GraphQL', () => {
  let isolated: IsolatedConfig;
  let app: INestApplication;
  let courses: CourseRepository;
  const agencyIds: Record<'A' | 'B', string> = { A: '', B: '' };
  /** What the catalogue should list, with the keys of each order. */
  const listed: Array<{ id: string; title: string; publishedAt: number; enrolments: number }> = [];
  const byTitle = new Map<string, string>();
  let draft: CourseRecord;
  let archived: CourseRecord;
  let outlined: CourseRecord;
  let instructorId: string;

  const graphql = (query: string, variables: Record<string, unknown> = {}, token?: string) => {
    const call = request(app.getHttpServer()).post('/graphql').send({ query, variables });
    return token ? call.set('Authorization', `Bearer ${token}`) : call;
  };

  const list = async (variables: Record<string, unknown>) => {
    const response = await graphql(coursesQuery, { first: 50, sort: 'NEWEST', ...variables });
    expect(response.body.errors).toBeUndefined();
    return response.body.data.courses as {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: Array<{ cursor: string; node: { id: string; title: string } }>;
    };
  };
  const titlesFor = async (filter: Record<string, unknown>) => (await list({ filter })).edges.map((edge) => edge.node.title).sort();

  beforeAll(async () => {
    isolated = isolatedConfig('catalogue-search');
    const module = await Test.createTestingModule({ imports: [AppModule.forRoot(isolated.config)] }).compile();
    app = module.createNestApplication({ logger: ['error'] });
    await app.init();
    courses = app.get(CourseRepository);
    const agencies = app.get(AgencyRepository);
    agencyIds.A = (await agencies.create({ code: 'BPSDM-A', name: 'BPSDM A', kind: 'regional' })).id;
    agencyIds.B = (await agencies.create({ code: 'PUSDIKLAT-B', name: 'Pusdiklat B', kind: 'central' })).id;
    instructorId = (await app.get(UserRepository).create({ fullName: 'Dra. Widya Iswara', position: 'Widyaiswara Ahli Madya' })).id;

    for (const spec of published) {
      const course = await courses.create({ agencyId: agencyIds[spec.agency], ...spec, description: spec.description ?? '' });
      await courses.publish(course.id, new Date(spec.publishedAt));
      listed.push({ id: course.id, title: spec.title, publishedAt: Date.parse(spec.publishedAt), enrolments: spec.enrolments ?? 0 });
      byTitle.set(spec.title, course.id);
    }

    draft = await courses.create({ agencyId: agencyIds.A, title: 'Pelayanan Publik Draf', summary: 'Belum terbit', competencyType: 'teknis', level: 'dasar', jp: 4 });
    archived = await courses.create({ agencyId: agencyIds.A, title: 'Pelayanan Publik Lama', summary: 'Sudah diarsipkan', competencyType: 'teknis', level: 'dasar', jp: 4 });
    await courses.publish(archived.id, new Date('2026-01-06'));
    await courses.archive(testAgencyScope(agencyIds.A), archived.id, new Date('2026-01-07'));

    // A published course whose draft then changed: the catalogue shows and searches the published details only.
    const edited = byTitle.get('Manajemen Kinerja')!;
    const current = (await courses.findById(edited))!;
    await courses.updateDetails(testAgencyScope(agencyIds.A), edited, current.revision, { title: 'Manajemen Rahasia', summary: 'Belum terbit' });

    outlined = await createOutlinedCourse();
    // Listed too; it is the newest course.
    listed.push({ id: outlined.id, title: outlined.title, publishedAt: Date.parse('2026-02-01'), enrolments: 0 });
  });

  afterAll(async () => {
    await app?.close();
    await isolated?.cleanup();
  });

  async function createOutlinedCourse(): Promise<CourseRecord> {
    const course = await courses.create({
      agencyId: agencyIds.B,
      createdBy: instructorId,
      title: 'Kursus Lengkap',
      summary: 'Dengan modul dan pelajaran',
      description: 'Deskripsi panjang',
      competencyType: 'teknis',
      level: 'menengah',
      jp: 3,
      estimatedMinutes: 135,
      tags: ['digital', 'layanan'],
      learningOutcomes: ['Memahami layanan digital', 'Menyusun rencana'],
      enrolmentPolicy: 'approval',
      coverImageId: '0123456789abcdef01234567',
    });
    const [first, second] = await app.get(CourseModuleRepository).createMany([
      { courseId: course.id, version: DRAFT_VERSION, title: 'Modul 1', position: 0 },
      { courseId: course.id, version: DRAFT_VERSION, title: 'Modul 2', position: 1 },
    ]);
    await app.get(LessonRepository).createMany([
      { courseId: course.id, version: DRAFT_VERSION, moduleId: first.id, title: 'Pengantar', kind: 'text', position: 0, estimatedMinutes: 10 },
      { courseId: course.id, version: DRAFT_VERSION, moduleId: first.id, title: 'Bacaan', kind: 'document', position: 1, required: false },
      { courseId: course.id, version: DRAFT_VERSION, moduleId: second.id, title: 'Tautan', kind: 'link', position: 0, lockedUntilPreviousDone: true },
    ]);
    return courses.publish(course.id, new Date('2026-02-01'));
  }

  /** Every page of one order, `first` at a time: the ids in the order served, and the total each page reported. */
  async function pageThrough(sort: string, first: number, filter?: Record<string, unknown>) {
    const ids: string[] = [];
    const totals = new Set<number>();
    let after: string | null = null;
    do {
      const page = await list({ first, after, sort, filter });
      totals.add(page.totalCount);
      ids.push(...page.edges.map((edge) => edge.node.id));
      expect(page.edges.length).toBeLessThanOrEqual(first);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    return { ids, totals: [...totals] };
  }

  describe('search', () => {
    it('matches words of the title and summary in any case and with any accents', async () => {
      expect(await titlesFor({ search: 'PELAYÀNAN publik' })).toEqual(['Pelayanan Publik Prima']);
      expect(await titlesFor({ search: 'numerique' })).toEqual(['Éducation Numérique']);
      expect(await titlesFor({ search: 'DIGITAL' })).toEqual(['Éducation Numérique']);
    });

    it('needs every word (AND), and ignores words only in the description', async () => {
      expect(await titlesFor({ search: 'pelayanan' })).toEqual(['Manajemen Kinerja', 'Pelayanan Publik Prima']);
      expect(await titlesFor({ search: 'pelayanan kinerja' })).toEqual(['Manajemen Kinerja']);
      expect(await titlesFor({ search: 'pelayanan tidakada' })).toEqual([]);
      // "Etika di Tempat Kerja" has "pelayanan publik" only in its description.
      expect(await titlesFor({ search: 'etika pelayanan' })).toEqual([]);
    });

    it('matches the start of a word, not the middle', async () => {
      expect(await titlesFor({ search: 'dik' })).toEqual(['Diklat Kepemimpinan']);
      expect(await titlesFor({ search: 'pimpin' })).toEqual([]);
      expect(await titlesFor({ search: 'pkp' })).toEqual(['Diklat Kepemimpinan']);
      expect(await titlesFor({ search: 'pelayanan-publik' })).toEqual(['Pelayanan Publik Prima']);
      expect(await titlesFor({ search: '  .*  ' })).toHaveLength(listed.length);
    });

    it('searches the published details, not later draft edits, and never drafts or archived courses', async () => {
      expect(await titlesFor({ search: 'rahasia' })).toEqual([]);
      expect(await titlesFor({ search: 'manajemen' })).toEqual(['Manajemen Kinerja']);
      expect(await titlesFor({ search: 'draf' })).toEqual([]);
      expect(await titlesFor({ search: 'lama' })).toEqual([]);
    });

    it('counts the matches, not the catalogue', async () => {
      expect((await list({ filter: { search: 'pelayanan' }, first: 1 })).totalCount).toBe(2);
    });
  });

  describe('filters', () => {
    it('by competency type, agency, level and JP range, alone and together', async () => {
      expect(await titlesFor({ competencyType: 'MANAJERIAL' })).toEqual(['Diklat Kepemimpinan', 'Manajemen Kinerja']);
      expect(await titlesFor({ agencyId: agencyIds.B })).toEqual(['Diklat Kepemimpinan', 'Etika di Tempat Kerja', 'Kursus Lengkap', 'Éducation Numérique']);
      expect(await titlesFor({ level: 'LANJUT' })).toEqual(['Diklat Kepemimpinan', 'Etika di Tempat Kerja']);
      expect(await titlesFor({ jpMin: 8 })).toEqual(['Diklat Kepemimpinan', 'Etika di Tempat Kerja', 'Manajemen Kinerja']);
      expect(await titlesFor({ jpMax: 2 })).toEqual(['Kursus Sama', 'Kursus Sama', 'kursus sama', 'Éducation Numérique']);
      expect(await titlesFor({ jpMin: 4, jpMax: 12 })).toEqual(['Etika di Tempat Kerja', 'Manajemen Kinerja', 'Pelayanan Publik Prima']);
      expect(await titlesFor({ jpMin: 4, jpMax: 4 })).toEqual(['Pelayanan Publik Prima']);
      expect(await titlesFor({ competencyType: 'TEKNIS', agencyId: agencyIds.B, level: 'DASAR' })).toEqual(['Éducation Numérique']);
      expect(await titlesFor({ search: 'kepemimpinan', agencyId: agencyIds.A })).toEqual([]);
      expect(await titlesFor({ agencyId: '0123456789abcdef01234567' })).toEqual([]);
      expect((await list({ filter: { agencyId: agencyIds.A } })).totalCount).toBe(5);
    });
  });

  describe('orders and cursors', () => {
    const expected = {
      NEWEST: () => [...listed].sort((a, b) => b.publishedAt - a.publishedAt || (a.id < b.id ? 1 : -1)).map((course) => course.id),
      POPULAR: () => [...listed].sort((a, b) => b.enrolments - a.enrolments || (a.id < b.id ? 1 : -1)).map((course) => course.id),
      TITLE: () =>
        [...listed]
          .sort((a, b) => cmp(normalizeForSearch(a.title), normalizeForSearch(b.title)) || cmp(a.id, b.id))
          .map((course) => course.id),
    };

    it.each(['NEWEST', 'TITLE'] as const)('%s: pages of 2 list every course once, in order, ties included', async (sort) => {
      const { ids, totals } = await pageThrough(sort, 2);
      expect(ids).toEqual(expected[sort]());
      expect(new Set(ids).size).toBe(listed.length);
      expect(totals).toEqual([listed.length]);
      for (const size of [1, 3]) expect((await pageThrough(sort, size)).ids).toEqual(expected[sort]());
    });

    it('TITLE ignores case and accents ("Éducation" sorts under e)', async () => {
      const titles = (await list({ sort: 'TITLE' })).edges.map((edge) => edge.node.title);
      expect(titles.slice(0, 3)).toEqual(['Diklat Kepemimpinan', 'Éducation Numérique', 'Etika di Tempat Kerja']);
    });

    it('POPULAR: most enrolled first, ties by id, every course once', async () => {
      await enrolLearners();
      const { ids, totals } = await pageThrough('POPULAR', 2);
      expect(ids).toEqual(expected.POPULAR());
      expect(totals).toEqual([listed.length]);
      const top = (await list({ sort: 'POPULAR', first: 1 })).edges[0].node.id;
      const { data } = (await graphql(courseQuery, { id: top })).body;
      expect(data.course.enrolledCount).toBe(3);
    });

    it('pages a filtered list with the same filter', async () => {
      const { ids, totals } = await pageThrough('TITLE', 1, { competencyType: 'TEKNIS', jpMax: 3 });
      expect(ids).toHaveLength(5);
      expect(totals).toEqual([5]);
      expect(new Set(ids).size).toBe(5);
    });
  });

  describe('agencies of the catalogue', () => {
    const agenciesQuery = '{ catalogueAgencies { agency { id code name } publishedCourseCount } }';

    it('lists the agencies with published courses, with their counts, by name; drafts and archived courses do not count', async () => {
      const agencies = app.get(AgencyRepository);
      // Named to sort first if they were listed: one with only a draft, one with only an archived course.
      const draftOnly = await agencies.create({ code: 'AKADEMI-C', name: 'Akademi C', kind: 'training_provider' });
      await courses.create({ agencyId: draftOnly.id, title: 'Hanya Draf', summary: 'Belum terbit', competencyType: 'teknis', level: 'dasar', jp: 2 });
      const archivedOnly = await agencies.create({ code: 'BADAN-D', name: 'badan D', kind: 'central' });
      const old = await courses.create({ agencyId: archivedOnly.id, title: 'Hanya Arsip', summary: 'Sudah lama', competencyType: 'teknis', level: 'dasar', jp: 2 });
      await courses.publish(old.id, new Date('2026-01-01'));
      await courses.archive(testAgencyScope(archivedOnly.id), old.id, new Date('2026-01-02'));

      const response = await graphql(agenciesQuery);
      expect(response.body.errors).toBeUndefined();
      // Agency A also has a draft and an archived course: 5, not 7.
      expect(response.body.data.catalogueAgencies).toEqual([
        { agency: { id: agencyIds.A, code: 'BPSDM-A', name: 'BPSDM A' }, publishedCourseCount: 5 },
        { agency: { id: agencyIds.B, code: 'PUSDIKLAT-B', name: 'Pusdiklat B' }, publishedCourseCount: 4 },
      ]);
      // Each count is what the agency filter lists.
      for (const { agency, publishedCourseCount } of response.body.data.catalogueAgencies as Array<{ agency: { id: string }; publishedCourseCount: number }>) {
        expect((await list({ filter: { agencyId: agency.id } })).totalCount).toBe(publishedCourseCount);
      }
    });
  });

  describe('one course', () => {
    it('shows a published course with everything the course page needs', async () => {
      const response = await graphql(courseQuery, { id: outlined.id });
      expect(response.body.errors).toBeUndefined();
      const course = response.body.data.course;
      expect(course).toMatchObject({
        id: outlined.id,
        title: 'Kursus Lengkap',
        description: 'Deskripsi panjang',
        status: 'PUBLISHED',
        publishedAt: '2026-02-01T00:00:00.000Z',
        enrolledCount: 0,
        jp: 3,
        estimatedMinutes: 135,
        level: 'MENENGAH',
        competencyType: 'TEKNIS',
        tags: ['digital', 'layanan'],
        language: 'id',
        learningOutcomes: ['Memahami layanan digital', 'Menyusun rencana'],
        enrolmentPolicy: 'APPROVAL',
        agency: { code: 'PUSDIKLAT-B' },
        instructors: [{ id: instructorId, fullName: 'Dra. Widya Iswara', position: 'Widyaiswara Ahli Madya' }],
      });
      expect(course.coverImageUrl).toMatch(/^\/files\/0123456789abcdef01234567\?exp=\d+&sig=[\w-]+$/);
      expect(course.modules.map((module: { title: string }) => module.title)).toEqual(['Modul 1', 'Modul 2']);
      expect(course.modules[0].lessons).toEqual([
        { id: expect.any(String), title: 'Pengantar', kind: 'TEXT', position: 0, required: true, lockedUntilPreviousDone: false, estimatedMinutes: 10 },
        { id: expect.any(String), title: 'Bacaan', kind: 'DOCUMENT', position: 1, required: false, lockedUntilPreviousDone: false, estimatedMinutes: null },
      ]);
      expect(course.modules[1].lessons).toEqual([
        { id: expect.any(String), title: 'Tautan', kind: 'LINK', position: 0, required: true, lockedUntilPreviousDone: true, estimatedMinutes: null },
      ]);
    });

    it('shows the published details of a course whose draft changed since', async () => {
      const { data } = (await graphql(courseQuery, { id: byTitle.get('Manajemen Kinerja') })).body;
      expect(data.course).toMatchObject({ title: 'Manajemen Kinerja', summary: 'Sasaran kinerja pegawai dan pelayanan', coverImageUrl: null, instructors: [] });
    });

    it('is null for a draft and ARCHIVED for an archived course', async () => {
      expect((await graphql(courseQuery, { id: draft.id })).body).toEqual({ data: { course: null } });
      const { data } = (await graphql(courseQuery, { id: archived.id })).body;
      expect(data.course).toMatchObject({ title: 'Pelayanan Publik Lama', status: 'ARCHIVED' });
    });

    it('never lists drafts or archived courses', async () => {
      const ids = (await pageThrough('NEWEST', 50)).ids;
      expect(ids).not.toContain(draft.id);
      expect(ids).not.toContain(archived.id);
    });
  });

  describe('bad input', () => {
    const errorOf = async (variables: Record<string, unknown>) => {
      const response = await graphql(coursesQuery, { first: 5, sort: 'NEWEST', ...variables });
      expect(response.status).toBe(200);
      expect(response.body.data).toBeNull();
      return response.body.errors[0] as { message: string; extensions: { code: string; messageEn: string } };
    };

    it('refuses a cursor that is not one, or one of another order', async () => {
      expect((await errorOf({ after: 'bukan-cursor' })).extensions.code).toBe('BAD_USER_INPUT');
      const newest = (await list({ first: 1, sort: 'NEWEST' })).pageInfo.endCursor;
      const wrongOrder = await errorOf({ after: newest, sort: 'TITLE' });
      expect(wrongOrder.extensions).toMatchObject({ code: 'BAD_USER_INPUT', messageEn: expect.stringMatching(/another sort order/) });
      expect(wrongOrder.message).toMatch(/urutan lain/);
      const forged = Buffer.from(JSON.stringify({ s: 'popular', k: 'banyak', i: listed[0].id })).toString('base64url');
      expect((await errorOf({ after: forged, sort: 'POPULAR' })).extensions.code).toBe('BAD_USER_INPUT');
    });

    it('refuses jpMin above jpMax, negative JP, a long search and a bad agency id', async () => {
      const range = await errorOf({ filter: { jpMin: 10, jpMax: 2 } });
      expect(range.extensions).toMatchObject({ code: 'BAD_USER_INPUT', messageEn: 'The minimum JP (10) cannot be greater than the maximum JP (2).' });
      expect((await errorOf({ filter: { jpMin: -1 } })).extensions.code).toBe('BAD_USER_INPUT');
      const long = await errorOf({ filter: { search: 'a'.repeat(101) } });
      expect(long.extensions).toMatchObject({ code: 'BAD_USER_INPUT', messageEn: 'Search words can be at most 100 characters.' });
      expect((await list({ filter: { search: 'a'.repeat(100) } })).totalCount).toBe(0);
      const agency = await errorOf({ filter: { agencyId: 'bukan-id' } });
      expect(agency.extensions).toMatchObject({ code: 'BAD_USER_INPUT', messageEn: 'The agency id in the filter is not valid.' });
    });
  });

  /** Gives the courses the enrolment counts of their spec, through the real enrolment path. */
  async function enrolLearners(): Promise<void> {
    const most = Math.max(...listed.map((course) => course.enrolments));
    const tokens: string[] = [];
    for (let index = 0; index < most; index += 1) {
      const learner = await app.get(UserRepository).create({ fullName: `Peserta ${index}`, memberships: [{ agencyId: agencyIds.A, role: 'learner' }] });
      tokens.push((await app.get(SessionService).start(learner, {})).accessToken.token);
    }
    for (const course of listed) {
      for (const token of tokens.slice(0, course.enrolments)) {
        const response = await graphql('mutation ($id: ID!) { enrol(courseId: $id) { status } }', { id: course.id }, token);
        expect(response.body).toEqual({ data: { enrol: { status: 'ACTIVE' } } });
      }
    }
  }
});

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
