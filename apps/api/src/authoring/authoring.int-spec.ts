import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import {
  AgencyRepository,
  CourseAssetRepository,
  CourseRepository,
  EnrolmentRepository,
  UserRepository,
  type AgencyRole,
  type CourseAssetKind,
  type UserRecord,
} from '@lentera/db';
import { isolatedConfig, type IsolatedConfig } from '@lentera/test-support';
import { AppModule } from '../app.module';
import { SessionService } from '../auth/session.service';

const COURSE_FIELDS = `
  id revision status title summary jp tags learningOutcomes enrolmentPolicy hasUnpublishedChanges enrolledCount
  publishedAt lastPublishedAt archivedAt updatedAt
  agency { code }
  instructors { id fullName }
  coverImage { id kind url }
  modules { id title position lessons { id title kind position required bodyHtml externalUrl allowDownload document { id kind fileName url } } }`;

const mutations = {
  create: `mutation ($input: CreateCourseInput!) { createCourse(input: $input) { ${COURSE_FIELDS} } }`,
  details: `mutation ($c: ID!, $r: Int!, $input: CourseDetailsInput!) { updateCourseDetails(courseId: $c, revision: $r, input: $input) { ${COURSE_FIELDS} } }`,
  addModule: `mutation ($c: ID!, $r: Int!, $t: String!) { addModule(courseId: $c, revision: $r, title: $t) { ${COURSE_FIELDS} } }`,
  renameModule: `mutation ($c: ID!, $r: Int!, $m: ID!, $t: String!) { renameModule(courseId: $c, revision: $r, moduleId: $m, title: $t) { ${COURSE_FIELDS} } }`,
  removeModule: `mutation ($c: ID!, $r: Int!, $m: ID!) { removeModule(courseId: $c, revision: $r, moduleId: $m) { ${COURSE_FIELDS} } }`,
  addLesson: `mutation ($c: ID!, $r: Int!, $m: ID!, $input: NewLessonInput!) { addLesson(courseId: $c, revision: $r, moduleId: $m, input: $input) { ${COURSE_FIELDS} } }`,
  updateLesson: `mutation ($c: ID!, $r: Int!, $l: ID!, $input: LessonChangesInput!) { updateLesson(courseId: $c, revision: $r, lessonId: $l, input: $input) { ${COURSE_FIELDS} } }`,
  removeLesson: `mutation ($c: ID!, $r: Int!, $l: ID!) { removeLesson(courseId: $c, revision: $r, lessonId: $l) { ${COURSE_FIELDS} } }`,
  reorder: `mutation ($c: ID!, $r: Int!, $modules: [ModuleOrderInput!]!) { reorderCourse(courseId: $c, revision: $r, modules: $modules) { ${COURSE_FIELDS} } }`,
  publish: `mutation ($c: ID!, $r: Int!) { publishCourse(courseId: $c, revision: $r) { ${COURSE_FIELDS} } }`,
  archive: `mutation ($c: ID!) { archiveCourse(courseId: $c) { ${COURSE_FIELDS} } }`,
  delete: `mutation ($c: ID!) { deleteCourse(courseId: $c) }`,
};
const authoringCourseQuery = `query ($id: ID!) { authoringCourse(id: $id) { ${COURSE_FIELDS} } }`;
const publishedCourseQuery = `query ($id: ID!) { course(id: $id) { id title status modules { id title lessons { id title } } } }`;

interface Lesson {
  id: string;
  title: string;
  kind: string;
  position: number;
  bodyHtml: string;
  externalUrl: string | null;
  document: { id: string; kind: string; fileName: string; url: string } | null;
}
interface Module {
  id: string;
  title: string;
  position: number;
  lessons: Lesson[];
}
interface AuthoringCourse {
  id: string;
  revision: number;
  status: string;
  title: string;
  hasUnpublishedChanges: boolean;
  instructors: Array<{ id: string; fullName: string }>;
  coverImage: { id: string; kind: string; url: string } | null;
  modules: Module[];
  [field: string]: unknown;
}

describe('course authoring over GraphQL, on the real database', () => {
  let isolated: IsolatedConfig;
  let app: INestApplication;
  let agencyA: string;
  let agencyB: string;
  const tokens: Record<'instructor' | 'admin' | 'learner' | 'otherInstructor' | 'otherAdmin', string> = {
    instructor: '',
    admin: '',
    learner: '',
    otherInstructor: '',
    otherAdmin: '',
  };
  const people: Partial<Record<keyof typeof tokens, UserRecord>> = {};

  async function call(token: string, query: string, variables: Record<string, unknown> = {}) {
    const response = await request(app.getHttpServer()).post('/graphql').set('Authorization', `Bearer ${token}`).send({ query, variables });
    expect(response.status).toBe(200);
    return response.body as { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions: { code: string; messageEn?: string } }> };
  }

  /** The mutation's course, failing the test with the errors when there are any. */
  async function edit(token: string, query: string, variables: Record<string, unknown>): Promise<AuthoringCourse> {
    const body = await call(token, query, variables);
    expect(body.errors).toBeUndefined();
    return Object.values(body.data ?? {})[0] as AuthoringCourse;
  }

  async function errorOf(token: string, query: string, variables: Record<string, unknown>) {
    const body = await call(token, query, variables);
    expect(body.errors).toHaveLength(1);
    expect(Object.values(body.data ?? {}).every((value) => value === null)).toBe(true);
    return body.errors![0];
  }

  async function authoringCourse(token: string, id: string): Promise<AuthoringCourse | null> {
    const body = await call(token, authoringCourseQuery, { id });
    expect(body.errors).toBeUndefined();
    return body.data!.authoringCourse as AuthoringCourse | null;
  }

  async function newPerson(label: string, agencyId: string, role: AgencyRole): Promise<{ user: UserRecord; token: string }> {
    const user = await app.get(UserRepository).create({
      fullName: `Uji ${label}`,
      email: `${label}@uji.lentera.id`,
      memberships: [{ agencyId, role }],
      position: role === 'instructor' ? 'Widyaiswara Ahli Muda' : undefined,
    });
    return { user, token: (await app.get(SessionService).start(user, {})).accessToken.token };
  }

  async function newDraft(title = 'Pelayanan Publik Prima'): Promise<AuthoringCourse> {
    return edit(tokens.instructor, mutations.create, {
      input: { agencyId: agencyA, title, summary: 'Dasar-dasar pelayanan publik yang prima bagi ASN.', competencyType: 'TEKNIS', level: 'DASAR', jp: 4 },
    });
  }

  /** A draft with two modules: three text lessons in the first, two in the second. */
  async function draftWithOutline(title?: string): Promise<AuthoringCourse> {
    let course = await newDraft(title);
    course = await edit(tokens.instructor, mutations.addModule, { c: course.id, r: course.revision, t: 'Modul 1: Konsep' });
    course = await edit(tokens.instructor, mutations.addModule, { c: course.id, r: course.revision, t: 'Modul 2: Praktik' });
    const [first, second] = course.modules;
    for (const [moduleId, lessonTitle] of [
      [first.id, 'Pengertian pelayanan publik'],
      [first.id, 'Standar pelayanan'],
      [first.id, 'Maklumat pelayanan'],
      [second.id, 'Studi kasus Pontianak'],
      [second.id, 'Rencana aksi'],
    ]) {
      course = await edit(tokens.instructor, mutations.addLesson, {
        c: course.id,
        r: course.revision,
        m: moduleId,
        input: { title: lessonTitle, kind: 'TEXT', bodyHtml: `<p>${lessonTitle}</p>` },
      });
    }
    return course;
  }

  async function newAsset(courseId: string, kind: CourseAssetKind, agencyId = agencyA) {
    return app.get(CourseAssetRepository).create({
      courseId,
      agencyId,
      kind,
      fileName: kind === 'image' ? 'sampul.png' : 'modul.pdf',
      mediaType: kind === 'image' ? 'image/png' : 'application/pdf',
      sizeBytes: 1234,
      sha256: '0'.repeat(64),
      storagePath: `course-files/${courseId}/x`,
      uploadedBy: people.instructor!.id,
    });
  }

  const outlineOf = (course: AuthoringCourse) => course.modules.map((module) => [module.title, module.lessons.map((lesson) => lesson.title)]);

  beforeAll(async () => {
    isolated = isolatedConfig('authoring');
    const module = await Test.createTestingModule({ imports: [AppModule.forRoot(isolated.config)] }).compile();
    app = module.createNestApplication({ logger: ['error'] });
    await app.init();
    const agencies = app.get(AgencyRepository);
    agencyA = (await agencies.create({ code: 'BPSDM-UJI-A', name: 'BPSDM Uji A', kind: 'regional' })).id;
    agencyB = (await agencies.create({ code: 'BPSDM-UJI-B', name: 'BPSDM Uji B', kind: 'regional' })).id;
    const roles = {
      instructor: [agencyA, 'instructor'],
      admin: [agencyA, 'admin'],
      learner: [agencyA, 'learner'],
      otherInstructor: [agencyB, 'instructor'],
      otherAdmin: [agencyB, 'admin'],
    } as const;
    for (const [caller, [agencyId, role]] of Object.entries(roles) as Array<[keyof typeof tokens, readonly [string, AgencyRole]]>) {
      const person = await newPerson(caller.toLowerCase(), agencyId, role);
      tokens[caller] = person.token;
      people[caller] = person.user;
    }
  });

  afterAll(async () => {
    await app?.close();
    await isolated?.cleanup();
  });

  it('lets an instructor draft a course with two modules and five lessons, then rename and reorder them', async () => {
    const created = await newDraft();
    expect(created).toMatchObject({ status: 'DRAFT', revision: 1, hasUnpublishedChanges: true, enrolledCount: 0, modules: [], agency: { code: 'BPSDM-UJI-A' } });
    expect(created.instructors).toEqual([{ id: people.instructor!.id, fullName: 'Uji instructor' }]);

    let course = await draftWithOutline();
    expect(course.revision).toBe(8);
    expect(outlineOf(course)).toEqual([
      ['Modul 1: Konsep', ['Pengertian pelayanan publik', 'Standar pelayanan', 'Maklumat pelayanan']],
      ['Modul 2: Praktik', ['Studi kasus Pontianak', 'Rencana aksi']],
    ]);

    const [first, second] = course.modules;
    course = await edit(tokens.instructor, mutations.renameModule, { c: course.id, r: course.revision, m: first.id, t: 'Modul 1: Konsep Dasar' });
    expect(course.modules[0].title).toBe('Modul 1: Konsep Dasar');

    // The second module first; "Maklumat pelayanan" moves into it, and its lessons swap.
    const [a, b, c] = first.lessons;
    const [d, e] = second.lessons;
    course = await edit(tokens.instructor, mutations.reorder, {
      c: course.id,
      r: course.revision,
      modules: [
        { moduleId: second.id, lessonIds: [e.id, c.id, d.id] },
        { moduleId: first.id, lessonIds: [b.id, a.id] },
      ],
    });
    expect(course.revision).toBe(10);
    expect(outlineOf(course)).toEqual([
      ['Modul 2: Praktik', ['Rencana aksi', 'Maklumat pelayanan', 'Studi kasus Pontianak']],
      ['Modul 1: Konsep Dasar', ['Standar pelayanan', 'Pengertian pelayanan publik']],
    ]);
    expect(course.modules.map((module) => module.position)).toEqual([0, 1]);
    expect(course.modules[0].lessons.map((lesson) => lesson.position)).toEqual([0, 1, 2]);
    // Stored, not just answered: a fresh read agrees.
    expect(outlineOf((await authoringCourse(tokens.instructor, course.id))!)).toEqual(outlineOf(course));

    course = await edit(tokens.instructor, mutations.removeLesson, { c: course.id, r: course.revision, l: c.id });
    expect(course.modules[0].lessons.map((lesson) => [lesson.title, lesson.position])).toEqual([
      ['Rencana aksi', 0],
      ['Studi kasus Pontianak', 1],
    ]);
    course = await edit(tokens.instructor, mutations.removeModule, { c: course.id, r: course.revision, m: second.id });
    expect(outlineOf(course)).toEqual([['Modul 1: Konsep Dasar', ['Standar pelayanan', 'Pengertian pelayanan publik']]]);
    expect(course.modules[0].position).toBe(0);
  });

  it('refuses an edit from a stale revision with CONFLICT and changes nothing', async () => {
    const course = await draftWithOutline();
    const stale = course.revision - 1;
    const error = await errorOf(tokens.instructor, mutations.addModule, { c: course.id, r: stale, t: 'Modul basi' });
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', messageEn: 'This course was changed by someone else. Reload and try again.' });
    expect(error.message).toBe('Kursus ini sudah diubah orang lain. Muat ulang lalu coba lagi.');
    const lesson = course.modules[0].lessons[0];
    for (const [query, variables] of [
      [mutations.details, { c: course.id, r: stale, input: { title: 'Judul basi' } }],
      [mutations.updateLesson, { c: course.id, r: stale, l: lesson.id, input: { title: 'Pelajaran basi' } }],
      [mutations.removeLesson, { c: course.id, r: stale, l: lesson.id }],
      [mutations.removeModule, { c: course.id, r: stale, m: course.modules[0].id }],
      [mutations.reorder, { c: course.id, r: stale, modules: [...course.modules].reverse().map((module) => ({ moduleId: module.id, lessonIds: module.lessons.map((l) => l.id) })) }],
    ] as const) {
      expect((await errorOf(tokens.instructor, query, variables)).extensions.code).toBe('CONFLICT');
    }
    const after = (await authoringCourse(tokens.instructor, course.id))!;
    expect(after.revision).toBe(course.revision);
    expect(outlineOf(after)).toEqual(outlineOf(course));
    expect(after.title).toBe(course.title);
  });

  it('refuses a reorder that names a missing, extra or repeated lesson with CONFLICT and changes nothing', async () => {
    const course = await draftWithOutline();
    const [first, second] = course.modules;
    const ids = (module: Module) => module.lessons.map((lesson) => lesson.id);
    const orders = [
      [{ moduleId: first.id, lessonIds: ids(first) }, { moduleId: second.id, lessonIds: ids(second).slice(1) }],
      [{ moduleId: first.id, lessonIds: [...ids(first), '0123456789abcdef01234567'] }, { moduleId: second.id, lessonIds: ids(second) }],
      [{ moduleId: first.id, lessonIds: [...ids(first), ids(second)[0]] }, { moduleId: second.id, lessonIds: ids(second) }],
      [{ moduleId: first.id, lessonIds: [...ids(first), ...ids(second)] }],
    ];
    for (const modules of orders) {
      const error = await errorOf(tokens.instructor, mutations.reorder, { c: course.id, r: course.revision, modules });
      expect(error.extensions.code).toBe('CONFLICT');
    }
    const after = (await authoringCourse(tokens.instructor, course.id))!;
    expect(after.revision).toBe(course.revision);
    expect(outlineOf(after)).toEqual(outlineOf(course));
  });

  it('publishes through an agency admin only; later edits go to the draft until it is published again', async () => {
    let course = await draftWithOutline('Etika Pelayanan');
    const refused = await errorOf(tokens.instructor, mutations.publish, { c: course.id, r: course.revision });
    expect(refused.extensions.code).toBe('FORBIDDEN');
    expect((await call(tokens.learner, publishedCourseQuery, { id: course.id })).data?.course).toBeNull();

    course = await edit(tokens.admin, mutations.publish, { c: course.id, r: course.revision });
    expect(course).toMatchObject({ status: 'PUBLISHED', hasUnpublishedChanges: false, revision: 8 });
    expect(course.publishedAt).toEqual(course.lastPublishedAt);
    const published = (await call(tokens.learner, publishedCourseQuery, { id: course.id })).data?.course as { title: string; modules: Module[] };
    expect(published.title).toBe('Etika Pelayanan');
    const publishedOutline = published.modules.map((module) => [module.id, module.title, module.lessons.map((lesson) => [lesson.id, lesson.title])]);
    expect(publishedOutline.map(([, title]) => title)).toEqual(['Modul 1: Konsep', 'Modul 2: Praktik']);
    // The published version keeps the stable ids of the draft's modules and lessons.
    expect(publishedOutline.map(([id]) => id)).toEqual(course.modules.map((module) => module.id));

    // Editing the published course: the draft changes, learners still see version 1.
    course = await edit(tokens.instructor, mutations.details, { c: course.id, r: course.revision, input: { title: 'Etika Pelayanan Publik' } });
    course = await edit(tokens.instructor, mutations.addModule, { c: course.id, r: course.revision, t: 'Modul 3: Refleksi' });
    course = await edit(tokens.instructor, mutations.updateLesson, { c: course.id, r: course.revision, l: course.modules[0].lessons[0].id, input: { title: 'Apa itu pelayanan publik' } });
    expect(course).toMatchObject({ status: 'PUBLISHED', hasUnpublishedChanges: true, title: 'Etika Pelayanan Publik' });
    const unchanged = (await call(tokens.learner, publishedCourseQuery, { id: course.id })).data?.course as { title: string; modules: Module[] };
    expect(unchanged.title).toBe('Etika Pelayanan');
    expect(unchanged.modules.map((module) => [module.id, module.title, module.lessons.map((lesson) => [lesson.id, lesson.title])])).toEqual(publishedOutline);

    expect((await errorOf(tokens.admin, mutations.publish, { c: course.id, r: course.revision - 1 })).extensions.code).toBe('CONFLICT');
    course = await edit(tokens.admin, mutations.publish, { c: course.id, r: course.revision });
    expect(course.hasUnpublishedChanges).toBe(false);
    const republished = (await call(tokens.learner, publishedCourseQuery, { id: course.id })).data?.course as { title: string; modules: Module[] };
    expect(republished.title).toBe('Etika Pelayanan Publik');
    expect(republished.modules.map((module) => module.title)).toEqual(['Modul 1: Konsep', 'Modul 2: Praktik', 'Modul 3: Refleksi']);
    expect(republished.modules[0].lessons[0]).toEqual({ id: course.modules[0].lessons[0].id, title: 'Apa itu pelayanan publik' });
    // Publishing the same revision again (a retried request) changes nothing.
    const again = await edit(tokens.admin, mutations.publish, { c: course.id, r: course.revision });
    expect(again.lastPublishedAt).toEqual(course.lastPublishedAt);
  });

  it('does not publish a course without lessons, or a document lesson without its document', async () => {
    let course = await newDraft('Kursus kosong');
    expect((await errorOf(tokens.admin, mutations.publish, { c: course.id, r: course.revision })).extensions.code).toBe('BAD_USER_INPUT');
    course = await edit(tokens.instructor, mutations.addModule, { c: course.id, r: course.revision, t: 'Modul' });
    course = await edit(tokens.instructor, mutations.addLesson, { c: course.id, r: course.revision, m: course.modules[0].id, input: { title: 'Materi PDF', kind: 'DOCUMENT' } });
    const missing = await errorOf(tokens.admin, mutations.publish, { c: course.id, r: course.revision });
    expect(missing).toMatchObject({ message: 'Pelajaran "Materi PDF" belum memiliki dokumen.', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it("shows authors where an office document's PDF preview stands, on the lesson and by the asset's id", async () => {
    const course = await draftWithOutline('Pratinjau Dokumen');
    const otherCourse = await newDraft('Kursus lain untuk pratinjau');
    const assets = app.get(CourseAssetRepository);
    const office = await assets.create({
      courseId: course.id,
      agencyId: agencyA,
      kind: 'document',
      fileName: 'Lembar Kerja.docx',
      mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      sizeBytes: 4096,
      sha256: '0'.repeat(64),
      storagePath: `course-files/${course.id}/y`,
      uploadedBy: people.instructor!.id,
      preview: { status: 'pending' },
    });
    const pdf = await newAsset(course.id, 'document');
    const foreign = await newAsset(otherCourse.id, 'document');
    const ASSET = `query ($c: ID!, $a: ID!) {
      authoringCourse(id: $c) { asset(id: $a) { id fileName previewStatus previewUrl previewError previewErrorEn } }
    }`;
    const assetOf = async (token: string, assetId: string, courseId = course.id) => {
      const body = await call(token, ASSET, { c: courseId, a: assetId });
      expect(body.errors).toBeUndefined();
      return (body.data!.authoringCourse as { asset: Record<string, unknown> | null } | null)?.asset;
    };

    expect(await assetOf(tokens.instructor, office.id)).toEqual({
      id: office.id,
      fileName: 'Lembar Kerja.docx',
      previewStatus: 'PENDING',
      previewUrl: null,
      previewError: null,
      previewErrorEn: null,
    });
    expect(await assetOf(tokens.instructor, pdf.id)).toMatchObject({ previewStatus: 'NONE', previewUrl: null });
    await assets.setPreview(office.id, { status: 'ready', storagePath: `course-files/${course.id}/y.preview.pdf`, sizeBytes: 900 });
    expect((await assetOf(tokens.instructor, office.id))?.previewUrl).toMatch(new RegExp(`^/files/${office.id}\\?exp=\\d+&sig=[\\w-]+&variant=preview$`));
    await assets.setPreview(office.id, { status: 'failed', error: { id: 'Berkas rusak.', en: 'The file is damaged.' } });
    expect(await assetOf(tokens.instructor, office.id)).toMatchObject({ previewStatus: 'FAILED', previewError: 'Berkas rusak.', previewErrorEn: 'The file is damaged.' });

    // Only the course's own files, and only for those who may author it.
    expect(await assetOf(tokens.instructor, foreign.id)).toBeNull();
    expect(await assetOf(tokens.instructor, 'bukan-id')).toBeNull();
    expect(await assetOf(tokens.otherInstructor, office.id)).toBeUndefined();

    // The lesson's document says the same.
    const withLesson = await edit(tokens.instructor, mutations.addLesson, {
      c: course.id,
      r: course.revision,
      m: course.modules[1].id,
      input: { title: 'Lembar kerja', kind: 'DOCUMENT', documentId: office.id, allowDownload: true },
    });
    const body = await call(tokens.instructor, `query ($id: ID!) { authoringCourse(id: $id) { modules { lessons { document { id previewStatus previewError } } } } }`, { id: withLesson.id });
    const documents = (body.data!.authoringCourse as { modules: Array<{ lessons: Array<{ document: { id: string } | null }> }> }).modules.flatMap((module) =>
      module.lessons.flatMap((lesson) => (lesson.document ? [lesson.document] : [])),
    );
    expect(documents).toEqual([{ id: office.id, previewStatus: 'FAILED', previewError: 'Berkas rusak.' }]);
  });

  it('stores lesson HTML sanitized, and checks documents, covers, links and instructors', async () => {
    let course = await draftWithOutline('Keamanan Konten');
    const lessonId = course.modules[0].lessons[0].id;
    const image = await newAsset(course.id, 'image');
    course = await edit(tokens.instructor, mutations.updateLesson, {
      c: course.id,
      r: course.revision,
      l: lessonId,
      input: {
        bodyHtml: `<p onclick="alert(1)" style="color:red">Aman</p><script>alert(document.cookie)</script><a href="javascript:alert(1)">x</a><iframe src="https://jahat.example"></iframe><img src="/files/${image.id}?exp=1&sig=lama" alt="bagan">`,
      },
    });
    const body = course.modules[0].lessons[0].bodyHtml;
    expect(body).not.toMatch(/script|onclick|style=|javascript:|iframe|sig=lama/i);
    expect(body).toMatch(/^<p>Aman<\/p><a rel="noopener noreferrer">x<\/a><img src="\/files\/[0-9a-f]{24}\?exp=\d+&amp;sig=[\w-]+" alt="bagan" \/>$/);

    // Documents: a DOCUMENT of this course only.
    const otherCourse = await newDraft('Kursus lain');
    const foreignDocument = await newAsset(otherCourse.id, 'document');
    const document = await newAsset(course.id, 'document');
    const moduleId = course.modules[1].id;
    const newDocumentLesson = (documentId: string) => ({ c: course.id, r: course.revision, m: moduleId, input: { title: 'Bahan bacaan', kind: 'DOCUMENT', documentId, allowDownload: true } });
    for (const documentId of [foreignDocument.id, image.id, '0123456789abcdef01234567']) {
      expect((await errorOf(tokens.instructor, mutations.addLesson, newDocumentLesson(documentId))).extensions.code).toBe('BAD_USER_INPUT');
    }
    course = await edit(tokens.instructor, mutations.addLesson, newDocumentLesson(document.id));
    const documentLesson = course.modules[1].lessons.at(-1)!;
    expect(documentLesson).toMatchObject({ kind: 'DOCUMENT', allowDownload: true, document: { id: document.id, kind: 'DOCUMENT', fileName: 'modul.pdf' } });
    expect(documentLesson.document!.url).toMatch(new RegExp(`^/files/${document.id}\\?exp=\\d+&sig=`));

    // Links: http(s) only.
    for (const externalUrl of ['javascript:alert(1)', 'file:///etc/passwd', 'bukan alamat']) {
      const error = await errorOf(tokens.instructor, mutations.addLesson, { c: course.id, r: course.revision, m: moduleId, input: { title: 'Tautan', kind: 'LINK', externalUrl } });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', messageEn: 'The link address must start with http:// or https://.' });
    }
    course = await edit(tokens.instructor, mutations.addLesson, { c: course.id, r: course.revision, m: moduleId, input: { title: 'Tautan', kind: 'LINK', externalUrl: 'https://jdih.bkn.go.id' } });
    expect(course.modules[1].lessons.at(-1)!.externalUrl).toBe('https://jdih.bkn.go.id/');

    // Cover: an IMAGE of this course; null removes it.
    expect((await errorOf(tokens.instructor, mutations.details, { c: course.id, r: course.revision, input: { coverImageId: document.id } })).extensions.code).toBe('BAD_USER_INPUT');
    course = await edit(tokens.instructor, mutations.details, { c: course.id, r: course.revision, input: { coverImageId: image.id } });
    expect(course.coverImage).toMatchObject({ id: image.id, kind: 'IMAGE', url: expect.stringMatching(/^\/files\//) });
    course = await edit(tokens.instructor, mutations.details, { c: course.id, r: course.revision, input: { coverImageId: null } });
    expect(course.coverImage).toBeNull();

    // Instructors: people who teach for the agency (instructors or admins), at least one.
    for (const instructorIds of [[people.learner!.id], [people.otherInstructor!.id], [], ['bukan-id']]) {
      expect((await errorOf(tokens.instructor, mutations.details, { c: course.id, r: course.revision, input: { instructorIds } })).extensions.code).toBe('BAD_USER_INPUT');
    }
    course = await edit(tokens.instructor, mutations.details, { c: course.id, r: course.revision, input: { instructorIds: [people.instructor!.id, people.admin!.id] } });
    expect(course.instructors.map((person) => person.id)).toEqual([people.instructor!.id, people.admin!.id]);

    // Plain input rules.
    const invalid = [
      { jp: 0 },
      { jp: 201 },
      { title: '  ' },
      { title: 'x'.repeat(201) },
      { tags: Array.from({ length: 21 }, (_, index) => `tag${index}`) },
      { language: 'Bahasa Indonesia' },
    ];
    for (const input of invalid) {
      expect((await errorOf(tokens.instructor, mutations.details, { c: course.id, r: course.revision, input })).extensions.code).toBe('BAD_USER_INPUT');
    }
    expect((await errorOf(tokens.instructor, mutations.addModule, { c: course.id, r: course.revision, t: ' ' })).extensions.code).toBe('BAD_USER_INPUT');
    expect((await errorOf(tokens.instructor, mutations.addModule, { c: 'bukan-id', r: 1, t: 'Modul' })).extensions.code).toBe('BAD_USER_INPUT');
    expect((await authoringCourse(tokens.instructor, course.id))!.revision).toBe(course.revision);
  });

  it('refuses edits of an archived course, and deletes only a course nobody enrolled in', async () => {
    let course = await draftWithOutline('Untuk diarsipkan');
    course = await edit(tokens.admin, mutations.publish, { c: course.id, r: course.revision });
    await app.get(EnrolmentRepository).enrolOnce({ userId: people.learner!.id, courseId: course.id, agencyId: agencyA, status: 'active', source: 'self' }, new Date());

    const refused = await errorOf(tokens.admin, mutations.delete, { c: course.id });
    expect(refused).toMatchObject({ message: 'Kursus ini sudah diikuti peserta; arsipkan saja.', extensions: { code: 'CONFLICT', messageEn: 'People have enrolled in this course; archive it instead.' } });
    expect((await errorOf(tokens.instructor, mutations.archive, { c: course.id })).extensions.code).toBe('FORBIDDEN');

    course = await edit(tokens.admin, mutations.archive, { c: course.id });
    expect(course).toMatchObject({ status: 'ARCHIVED', archivedAt: expect.any(String) });
    const archivedEdit = await errorOf(tokens.instructor, mutations.addModule, { c: course.id, r: course.revision, t: 'Modul baru' });
    expect(archivedEdit).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', messageEn: 'This course is archived and can no longer be changed.' } });
    expect((await errorOf(tokens.instructor, mutations.details, { c: course.id, r: course.revision, input: { title: 'Baru' } })).extensions.code).toBe('BAD_USER_INPUT');
    expect((await errorOf(tokens.admin, mutations.publish, { c: course.id, r: course.revision })).extensions.code).toBe('BAD_USER_INPUT');
    // Enrolled learners still reach the archived course's published version.
    expect((await call(tokens.learner, publishedCourseQuery, { id: course.id })).data?.course).toMatchObject({ status: 'ARCHIVED' });

    const unused = await draftWithOutline('Untuk dihapus');
    await newAsset(unused.id, 'document');
    expect((await errorOf(tokens.instructor, mutations.delete, { c: unused.id })).extensions.code).toBe('FORBIDDEN');
    expect((await call(tokens.admin, mutations.delete, { c: unused.id })).data).toEqual({ deleteCourse: true });
    expect(await authoringCourse(tokens.admin, unused.id)).toBeNull();
    expect(await app.get(CourseRepository).findById(unused.id)).toBeNull();
  });

  it("keeps an agency's drafts from other agencies: null to read, FORBIDDEN to change", async () => {
    const course = await draftWithOutline('Draf rahasia');
    for (const token of [tokens.otherAdmin, tokens.otherInstructor, tokens.learner]) {
      expect(await authoringCourse(token, course.id)).toBeNull();
    }
    expect(await authoringCourse(tokens.otherAdmin, '0123456789abcdef01234567')).toBeNull();
    const attempts: Array<[string, Record<string, unknown>]> = [
      [mutations.details, { c: course.id, r: course.revision, input: { title: 'Diambil alih' } }],
      [mutations.addModule, { c: course.id, r: course.revision, t: 'Modul asing' }],
      [mutations.removeLesson, { c: course.id, r: course.revision, l: course.modules[0].lessons[0].id }],
      [mutations.publish, { c: course.id, r: course.revision }],
      [mutations.archive, { c: course.id }],
      [mutations.delete, { c: course.id }],
    ];
    for (const [query, variables] of attempts) {
      for (const token of [tokens.otherAdmin, tokens.otherInstructor]) expect((await errorOf(token, query, variables)).extensions.code).toBe('FORBIDDEN');
    }
    expect((await errorOf(tokens.learner, mutations.addModule, { c: course.id, r: course.revision, t: 'Modul' })).extensions.code).toBe('FORBIDDEN');
    const create = { input: { agencyId: agencyA, title: 'Kursus asing', summary: 'Ringkasan kursus asing', competencyType: 'TEKNIS', level: 'DASAR', jp: 1 } };
    expect((await errorOf(tokens.otherInstructor, mutations.create, create)).extensions.code).toBe('FORBIDDEN');
    const list = `query ($a: ID!) { authoringCourses(agencyId: $a) { totalCount } }`;
    expect((await errorOf(tokens.otherAdmin, list, { a: agencyA })).extensions.code).toBe('FORBIDDEN');
    expect((await authoringCourse(tokens.instructor, course.id))!.revision).toBe(course.revision);
  });

  it("lists an agency's courses newest first, by status, a page at a time", async () => {
    const drafts = [await newDraft('Daftar 1'), await newDraft('Daftar 2'), await newDraft('Daftar 3')];
    const list = `query ($a: ID!, $s: CourseStatus, $after: String) {
      authoringCourses(agencyId: $a, status: $s, first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id title status } } }
    }`;
    const first = (await call(tokens.instructor, list, { a: agencyA, s: 'DRAFT' })).data!.authoringCourses as {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string };
      edges: Array<{ node: { id: string; title: string; status: string } }>;
    };
    expect(first.edges.map((edge) => edge.node.title)).toEqual(['Daftar 3', 'Daftar 2']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await call(tokens.instructor, list, { a: agencyA, s: 'DRAFT', after: first.pageInfo.endCursor })).data!.authoringCourses as typeof first;
    expect(second.edges[0].node.id).toBe(drafts[0].id);
    expect(second.totalCount).toBe(first.totalCount);
    const published = (await call(tokens.admin, list, { a: agencyA, s: 'PUBLISHED' })).data!.authoringCourses as typeof first;
    expect(published.edges.every((edge) => edge.node.status === 'PUBLISHED')).toBe(true);
    expect((await call(tokens.otherAdmin, list, { a: agencyB })).data!.authoringCourses).toMatchObject({ totalCount: 0 });
  });
});
