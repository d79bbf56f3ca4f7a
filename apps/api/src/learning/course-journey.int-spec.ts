import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { AgencyRepository, CourseCompletionRepository, UserRepository, type AgencyRole, type UserRecord } from '@lentera/db';
import { isolatedConfig, type IsolatedConfig } from '@lentera/test-support';
import { AppModule } from '../app.module';
import { SessionService } from '../auth/session.service';

/** JSON as supertest parsed it: loosely typed, as the test reads into responses freely. */
type Json = request.Response['body'];

const AUTHORING = 'id revision status modules { id title lessons { id title } }';

/**
 * Done-when #1 of issue 4, through GraphQL only: an instructor drafts a course, the agency admin
 * publishes it, a learner finds it by a word typed in another case and with an accent, enrols,
 * learns in order and completes it exactly once; a learner of another agency sees the shared
 * course but none of the first agency's drafts.
 */
describe('a course from draft to completion', () => {
  let isolated: IsolatedConfig;
  let app: INestApplication;
  let instructor: UserRecord;
  let admin: UserRecord;
  let learner: UserRecord;
  let otherLearner: UserRecord;

  async function as(user: UserRecord, query: string, variables: Record<string, unknown> = {}): Promise<Json> {
    const { token } = (await app.get(SessionService).start(user, {})).accessToken;
    const response = await request(app.getHttpServer()).post('/graphql').set('Authorization', `Bearer ${token}`).send({ query, variables });
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    return response.body.data;
  }

  beforeAll(async () => {
    isolated = isolatedConfig('journey');
    const module = await Test.createTestingModule({ imports: [AppModule.forRoot(isolated.config)] }).compile();
    app = module.createNestApplication({ logger: ['error'] });
    await app.init();
    const agencies = app.get(AgencyRepository);
    const agencyA = (await agencies.create({ code: 'BPSDM-KALBAR', name: 'BPSDM Provinsi Kalimantan Barat', kind: 'regional' })).id;
    const agencyB = (await agencies.create({ code: 'BPSDM-JATIM', name: 'BPSDM Provinsi Jawa Timur', kind: 'regional' })).id;
    const person = (label: string, agencyId: string, role: AgencyRole) =>
      app.get(UserRepository).create({ fullName: `Uji ${label}`, email: `${label}@uji.lentera.id`, memberships: [{ agencyId, role }] });
    instructor = await person('widyaiswara', agencyA, 'instructor');
    admin = await person('admin', agencyA, 'admin');
    learner = await person('asn-kalbar', agencyA, 'learner');
    otherLearner = await person('asn-jatim', agencyB, 'learner');
  });

  afterAll(async () => {
    await app?.close();
    await isolated?.cleanup();
  });

  it('is drafted, published, found, learned in order and completed exactly once', async () => {
    // The instructor drafts: two modules, five lessons.
    let draft = (
      await as(instructor, `mutation ($input: CreateCourseInput!) { createCourse(input: $input) { ${AUTHORING} agency { id } } }`, {
        input: {
          agencyId: (await app.get(AgencyRepository).findByCode('BPSDM-KALBAR'))!.id,
          title: 'Pelayanan Publik yang Prima',
          summary: 'Cara ASN memberi pelayanan publik yang cepat, ramah, dan tuntas.',
          competencyType: 'TEKNIS',
          level: 'DASAR',
          jp: 8,
        },
      })
    ).createCourse;
    expect(draft.status).toBe('DRAFT');
    for (const title of ['Dasar pelayanan', 'Praktik di daerah']) {
      draft = (await as(instructor, `mutation ($c: ID!, $r: Int!, $t: String!) { addModule(courseId: $c, revision: $r, title: $t) { ${AUTHORING} } }`, { c: draft.id, r: draft.revision, t: title })).addModule;
    }
    const lessons: Array<[number, Record<string, unknown>]> = [
      [0, { title: 'Apa itu pelayanan publik', kind: 'TEXT', bodyHtml: '<p>Pelayanan publik adalah ...</p>' }],
      [0, { title: 'Standar pelayanan', kind: 'TEXT', bodyHtml: '<p>Standar pelayanan memuat ...</p>', lockedUntilPreviousDone: true }],
      [0, { title: 'Maklumat pelayanan', kind: 'TEXT', bodyHtml: '<p>Maklumat adalah ...</p>' }],
      [1, { title: 'Mal Pelayanan Publik', kind: 'LINK', externalUrl: 'https://www.menpan.go.id' }],
      [1, { title: 'Refleksi', kind: 'TEXT', bodyHtml: '<p>Tuliskan satu perbaikan.</p>' }],
    ];
    for (const [moduleIndex, input] of lessons) {
      draft = (
        await as(instructor, `mutation ($c: ID!, $r: Int!, $m: ID!, $input: NewLessonInput!) { addLesson(courseId: $c, revision: $r, moduleId: $m, input: $input) { ${AUTHORING} } }`, {
          c: draft.id,
          r: draft.revision,
          m: draft.modules[moduleIndex].id,
          input,
        })
      ).addLesson;
    }
    expect(draft.modules.map((module: Json) => module.lessons.length)).toEqual([3, 2]);
    // A second draft of agency A that is never published.
    const secret = (
      await as(instructor, 'mutation ($input: CreateCourseInput!) { createCourse(input: $input) { id } }', {
        input: { agencyId: (await app.get(AgencyRepository).findByCode('BPSDM-KALBAR'))!.id, title: 'Pelayanan Publik: rancangan rahasia', summary: 'Rancangan yang belum siap untuk peserta.', competencyType: 'TEKNIS', level: 'DASAR', jp: 2 },
      })
    ).createCourse;

    // The agency admin publishes.
    expect((await as(admin, `mutation ($c: ID!, $r: Int!) { publishCourse(courseId: $c, revision: $r) { status } }`, { c: draft.id, r: draft.revision })).publishCourse.status).toBe('PUBLISHED');

    // The learner finds it by a word in another case and with an accent, and enrols.
    const search = `query ($s: String) { courses(filter: { search: $s }) { totalCount edges { node { id title } } } }`;
    const found = (await as(learner, search, { s: 'PELAYÀNAN' })).courses;
    expect(found.edges.map((edge: Json) => edge.node.id)).toEqual([draft.id]);
    const courseId = draft.id;
    expect((await as(learner, 'mutation ($c: ID!) { enrol(courseId: $c) { status } }', { c: courseId })).enrol.status).toBe('ACTIVE');

    // ... and learns in course order; the locked lesson opens once the one before it is done.
    const outline = (await as(learner, 'query ($c: ID!) { course(id: $c) { modules { lessons { id title myProgress { state locked } } } } }', { c: courseId })).course;
    const lessonIds: string[] = outline.modules.flatMap((module: Json) => module.lessons.map((lesson: Json) => lesson.id));
    expect(outline.modules[0].lessons[1].myProgress).toEqual({ state: 'NOT_STARTED', locked: true });
    const record = `mutation ($input: LessonProgressInput!) { recordLessonProgress(input: $input) { courseCompletedNow enrolment { status progress { percent } resumeLesson { id } } } }`;
    const completedNow: boolean[] = [];
    for (const [index, lessonId] of lessonIds.entries()) {
      const opened = (await as(learner, 'query ($c: ID!, $l: ID!) { lesson(courseId: $c, lessonId: $l) { lesson { id } nextLessonId } }', { c: courseId, l: lessonId })).lesson;
      expect(opened.nextLessonId).toBe(lessonIds[index + 1] ?? null);
      const result = (await as(learner, record, { input: { courseId, lessonId, secondsSpent: 90, reachedEnd: true } })).recordLessonProgress;
      completedNow.push(result.courseCompletedNow);
      expect(result.enrolment.progress.percent).toBe(((index + 1) * 100) / 5);
    }
    expect(completedNow).toEqual([false, false, false, false, true]);
    const repeat = (await as(learner, record, { input: { courseId, lessonId: lessonIds[4], secondsSpent: 10, reachedEnd: true } })).recordLessonProgress;
    expect(repeat).toMatchObject({ courseCompletedNow: false, enrolment: { status: 'COMPLETED' } });
    expect(await app.get(CourseCompletionRepository).countByCourse(courseId)).toBe(1);
    expect(await app.get(CourseCompletionRepository).findByUserAndCourse(learner.id, courseId)).toMatchObject({ jp: 8, courseTitle: 'Pelayanan Publik yang Prima' });
    const home = (await as(learner, '{ myEnrolments(group: COMPLETED) { edges { node { course { id } completedAt } } } }')).myEnrolments;
    expect(home.edges).toEqual([{ node: { course: { id: courseId }, completedAt: expect.any(String) } }]);

    // A learner of another agency sees the shared course, but none of agency A's drafts.
    const shared = (await as(otherLearner, search, { s: 'pelayanan' })).courses;
    expect(shared.edges.map((edge: Json) => edge.node.id)).toEqual([courseId]);
    expect((await as(otherLearner, 'query ($c: ID!) { course(id: $c) { id title } }', { c: courseId })).course).toEqual({ id: courseId, title: 'Pelayanan Publik yang Prima' });
    expect((await as(otherLearner, 'query ($c: ID!) { course(id: $c) { id } }', { c: secret.id })).course).toBeNull();
    expect((await as(otherLearner, 'query ($c: ID!) { authoringCourse(id: $c) { id } }', { c: secret.id })).authoringCourse).toBeNull();
    expect((await as(otherLearner, 'query ($c: ID!) { authoringCourse(id: $c) { id } }', { c: courseId })).authoringCourse).toBeNull();
    expect((await as(otherLearner, '{ courses { edges { node { id } } } }')).courses.edges).toEqual([{ node: { id: courseId } }]);
  });
});
