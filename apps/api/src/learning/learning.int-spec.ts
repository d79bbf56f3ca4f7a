import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import {
  AgencyRepository,
  CourseAssetRepository,
  CourseCompletionRepository,
  CourseRepository,
  EnrolmentRepository,
  LessonProgressRepository,
  UserRepository,
  type AgencyRole,
  type UserRecord,
} from '@lentera/db';
import { buildCourse, isolatedConfig, testAgencyScope, validNip, type CourseSpec, type IsolatedConfig } from '@lentera/test-support';
import { JobQueue } from '@lentera/jobs';
import { AppModule } from '../app.module';
import { graphqlClient, type Json } from '../testing/graphql-client';

const ENROLMENT = `
  id status source dueAt overdue requestedAt enrolledAt leftAt completedAt lastActivityAt
  progress { doneRequired totalRequired percent timeSpentSeconds }
  resumeLesson { id }
  learner { id fullName nip }
  course { id title }`;

const ENROL = `mutation ($courseId: ID!) { enrol(courseId: $courseId) { ${ENROLMENT} } }`;
const LEAVE = `mutation ($courseId: ID!) { leaveCourse(courseId: $courseId) { ${ENROLMENT} } }`;
const DECIDE = `mutation ($id: ID!, $approve: Boolean!) { decideEnrolment(enrolmentId: $id, approve: $approve) { ${ENROLMENT} } }`;
const RECORD = `mutation ($input: LessonProgressInput!) {
  recordLessonProgress(input: $input) {
    courseCompletedNow
    lesson { id myProgress { state timeSpentSeconds startedAt completedAt locked } }
    enrolment { ${ENROLMENT} }
  }
}`;
const LESSON = `query ($courseId: ID!, $lessonId: ID!) {
  lesson(courseId: $courseId, lessonId: $lessonId) {
    moduleTitle bodyHtml externalUrl previousLessonId nextLessonId
    document { url downloadUrl fileName mediaType sizeBytes viewableInBrowser previewStatus previewUrl }
    course { id title }
    lesson { id kind myProgress { state locked } }
  }
}`;
const COURSE_PROGRESS = `query ($id: ID!) {
  course(id: $id) {
    myEnrolment { ${ENROLMENT} lessonProgress { lessonId title moduleTitle state timeSpentSeconds completedAt } }
    modules { lessons { id myProgress { state timeSpentSeconds locked } } }
  }
}`;
const MY_ENROLMENTS = `query ($group: MyLearningGroup!, $first: Int!, $after: String) {
  myEnrolments(group: $group, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id status course { id } dueAt resumeLesson { id } } }
  }
}`;
const COURSE_ENROLMENTS = `query ($courseId: ID!, $status: EnrolmentStatus, $overdueOnly: Boolean, $search: String, $first: Int, $after: String) {
  courseEnrolments(courseId: $courseId, status: $status, overdueOnly: $overdueOnly, search: $search, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id status overdue learner { id fullName nip workUnit } progress { percent } lessonProgress { lessonId state } } }
  }
}`;
const OVERDUE = `query ($agencyId: ID!, $first: Int, $after: String) {
  overdueEnrolments(agencyId: $agencyId, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id overdue dueAt learner { id } } }
  }
}`;
const ASSIGN = `mutation ($input: AssignCourseInput!) {
  assignCourse(input: $input) { assignmentId enrolled alreadyEnrolled problems { value message } }
}`;

/** JSON as supertest parsed it: loosely typed, as the tests read into responses freely. */
describe('learning over GraphQL: enrolment, progress, completion, learner home, admin views', () => {
  let isolated: IsolatedConfig;
  let app: INestApplication;
  let users: UserRepository;
  let agencyA: string;
  let agencyB: string;
  let adminA: UserRecord;
  let instructorA: UserRecord;
  let adminB: UserRecord;
  let people = 0;

  async function person(agencyId: string, role: AgencyRole = 'learner', profile: { workUnit?: string; nip?: string; fullName?: string } = {}): Promise<UserRecord> {
    people += 1;
    return users.create({
      fullName: profile.fullName ?? `Peserta Uji ${people}`,
      email: `orang${people}@uji.lentera.id`,
      nip: profile.nip,
      workUnit: profile.workUnit,
      memberships: [{ agencyId, role }],
    });
  }

  const { bearer, gql, ok, refused } = graphqlClient(() => app);

  async function post(user: UserRecord | null, query: string, variables: Record<string, unknown>) {
    let call = request(app.getHttpServer()).post('/graphql').send({ query, variables });
    if (user) call = call.set('Authorization', await bearer(user));
    return call;
  }


  const course = (spec: Partial<CourseSpec> & Pick<CourseSpec, 'modules'>) => buildCourse(app, { agencyId: agencyA, ...spec });
  const report = (courseId: string, lessonId: string, secondsSpent = 30, reachedEnd = true) => ({ input: { courseId, lessonId, secondsSpent, reachedEnd } });

  beforeAll(async () => {
    isolated = isolatedConfig('learning');
    const module = await Test.createTestingModule({ imports: [AppModule.forRoot(isolated.config)] }).compile();
    app = module.createNestApplication({ logger: ['error'] });
    await app.init();
    users = app.get(UserRepository);
    const agencies = app.get(AgencyRepository);
    agencyA = (await agencies.create({ code: 'BPSDM-UJI-A', name: 'BPSDM Uji A', kind: 'regional' })).id;
    agencyB = (await agencies.create({ code: 'BPSDM-UJI-B', name: 'BPSDM Uji B', kind: 'regional' })).id;
    adminA = await person(agencyA, 'admin');
    instructorA = await person(agencyA, 'instructor');
    adminB = await person(agencyB, 'admin');
  });

  afterAll(async () => {
    await app?.close();
    await isolated?.cleanup();
  });

  describe('enrolment', () => {
    it('enrols on an open course once, however often and however parallel the calls', async () => {
      const { id } = await course({ modules: [[{}, {}]] });
      const learner = await person(agencyA);
      const first = (await ok(learner, ENROL, { courseId: id })).enrol;
      expect(first).toMatchObject({ status: 'ACTIVE', source: 'SELF', course: { id }, learner: { id: learner.id }, progress: { doneRequired: 0, totalRequired: 2, percent: 0 } });
      expect(first.enrolledAt).toEqual(expect.any(String));
      expect((await ok(learner, ENROL, { courseId: id })).enrol.id).toBe(first.id);

      const parallelCourse = await course({ modules: [[{}]] });
      const racer = await person(agencyB);
      const results = await Promise.all(Array.from({ length: 20 }, () => gql(racer, ENROL, { courseId: parallelCourse.id })));
      expect(results.flatMap((body) => body.errors ?? [])).toEqual([]);
      expect(new Set(results.map((body) => body.data!.enrol.id)).size).toBe(1);
      const listed = (await ok(adminA, COURSE_ENROLMENTS, { courseId: parallelCourse.id })).courseEnrolments;
      expect(listed.totalCount).toBe(1);
      expect((await app.get(CourseRepository).findById(parallelCourse.id))?.enrolmentCount).toBe(1);
      expect((await app.get(CourseRepository).findById(id))?.enrolmentCount).toBe(1);
    });

    it('asks for approval on an approval course; admins of its agency decide', async () => {
      const { id, lessonIds } = await course({ enrolmentPolicy: 'approval', modules: [[{}]] });
      const learner = await person(agencyB);
      const pending = (await ok(learner, ENROL, { courseId: id })).enrol;
      expect(pending).toMatchObject({ status: 'PENDING', enrolledAt: null, requestedAt: expect.any(String) });
      expect((await ok(learner, ENROL, { courseId: id })).enrol.id).toBe(pending.id);
      expect((await ok(learner, MY_ENROLMENTS, { group: 'PENDING', first: 5 })).myEnrolments.edges.map((edge: Json) => edge.node.id)).toEqual([pending.id]);
      expect((await refused(learner, LESSON, { courseId: id, lessonId: lessonIds[0] })).extensions.code).toBe('FORBIDDEN');
      expect((await ok(adminA, COURSE_ENROLMENTS, { courseId: id, status: 'PENDING' })).courseEnrolments.totalCount).toBe(1);

      expect((await refused(adminB, DECIDE, { id: pending.id, approve: true })).extensions.code).toBe('FORBIDDEN');
      expect((await refused(instructorA, DECIDE, { id: pending.id, approve: true })).extensions.code).toBe('FORBIDDEN');
      expect((await app.get(CourseRepository).findById(id))?.enrolmentCount).toBe(0);
      const approved = (await ok(adminA, DECIDE, { id: pending.id, approve: true })).decideEnrolment;
      expect(approved).toMatchObject({ id: pending.id, status: 'ACTIVE', enrolledAt: expect.any(String) });
      expect((await ok(adminA, DECIDE, { id: pending.id, approve: true })).decideEnrolment.status).toBe('ACTIVE');
      expect((await app.get(CourseRepository).findById(id))?.enrolmentCount).toBe(1);
      await ok(learner, LESSON, { courseId: id, lessonId: lessonIds[0] });

      const declined = await person(agencyA);
      const request = (await ok(declined, ENROL, { courseId: id })).enrol;
      expect((await ok(adminA, DECIDE, { id: request.id, approve: false })).decideEnrolment.status).toBe('REJECTED');
      expect((await refused(adminA, DECIDE, { id: approved.id, approve: false })).extensions.code).toBe('BAD_USER_INPUT');
      // A declined learner may ask again.
      expect((await ok(declined, ENROL, { courseId: id })).enrol).toMatchObject({ id: request.id, status: 'PENDING' });
      expect((await refused(adminA, DECIDE, { id: '0123456789abcdef01234567', approve: true })).extensions.code).toBe('NOT_FOUND');
    });

    it('refuses self-enrolment in an assigned-only course, and enrolment in archived or draft courses', async () => {
      const assigned = await course({ enrolmentPolicy: 'assigned', modules: [[{}]] });
      const learner = await person(agencyA);
      const error = await refused(learner, ENROL, { courseId: assigned.id });
      expect(error).toMatchObject({
        message: 'Kursus ini hanya untuk peserta yang ditugaskan oleh admin instansi.',
        extensions: { code: 'FORBIDDEN', messageEn: 'This course is only for learners assigned by the agency admin.' },
      });

      const archived = await course({ modules: [[{}]] });
      await app.get(CourseRepository).archive(testAgencyScope(agencyA), archived.id, new Date());
      expect((await refused(learner, ENROL, { courseId: archived.id })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'archived' });
      const draft = await course({ modules: [[{}]], publish: false });
      expect((await refused(learner, ENROL, { courseId: draft.id })).extensions.code).toBe('NOT_FOUND');
      expect((await refused(learner, ENROL, { courseId: 'nope' })).extensions.code).toBe('BAD_USER_INPUT');
      expect(await app.get(EnrolmentRepository).findByUserAndCourse(learner.id, assigned.id)).toBeNull();
    });

    it('lets a learner leave a self-enrolled course and come back with the progress kept', async () => {
      const { id, lessonIds } = await course({ modules: [[{}, {}]] });
      const learner = await person(agencyA);
      await ok(learner, ENROL, { courseId: id });
      await ok(learner, RECORD, report(id, lessonIds[0], 120));
      const left = (await ok(learner, LEAVE, { courseId: id })).leaveCourse;
      expect(left).toMatchObject({ status: 'LEFT', leftAt: expect.any(String) });
      expect((await ok(learner, LEAVE, { courseId: id })).leaveCourse.status).toBe('LEFT');
      expect((await refused(learner, RECORD, report(id, lessonIds[1]))).extensions.code).toBe('FORBIDDEN');

      const back = (await ok(learner, ENROL, { courseId: id })).enrol;
      expect(back).toMatchObject({ id: left.id, status: 'ACTIVE', leftAt: null, progress: { doneRequired: 1, totalRequired: 2, percent: 50, timeSpentSeconds: 120 } });
      expect(back.resumeLesson.id).toBe(lessonIds[1]);
      // Coming back is not a new learner for the "most popular" count.
      expect((await app.get(CourseRepository).findById(id))?.enrolmentCount).toBe(1);
      expect((await refused(await person(agencyA), LEAVE, { courseId: id })).extensions.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('progress and completion', () => {
    it('refuses a locked lesson until the one before it is done', async () => {
      const { id, lessonIds } = await course({ modules: [[{}], [{ lockedUntilPreviousDone: true }]] });
      const learner = await person(agencyA);
      await ok(learner, ENROL, { courseId: id });
      const outline = (await ok(learner, COURSE_PROGRESS, { id })).course;
      expect(outline.modules.flatMap((module: Json) => module.lessons.map((lesson: Json) => lesson.myProgress.locked))).toEqual([false, true]);

      const locked = await refused(learner, RECORD, report(id, lessonIds[1]));
      expect(locked.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'locked' });
      expect(locked.message).toMatch(/terkunci/);
      expect((await refused(learner, LESSON, { courseId: id, lessonId: lessonIds[1] })).extensions.reason).toBe('locked');
      // An instructor of the agency previews any lesson, locked or not.
      expect((await ok(instructorA, LESSON, { courseId: id, lessonId: lessonIds[1] })).lesson.lesson.id).toBe(lessonIds[1]);

      await ok(learner, RECORD, report(id, lessonIds[0], 10, false));
      expect((await refused(learner, RECORD, report(id, lessonIds[1]))).extensions.reason).toBe('locked');
      await ok(learner, RECORD, report(id, lessonIds[0], 10, true));
      const opened = (await ok(learner, LESSON, { courseId: id, lessonId: lessonIds[1] })).lesson;
      expect(opened).toMatchObject({ previousLessonId: lessonIds[0], nextLessonId: null, lesson: { myProgress: { state: 'NOT_STARTED', locked: false } } });
    });

    it('accumulates time spent per lesson and per enrolment', async () => {
      const { id, lessonIds } = await course({ modules: [[{}, {}]] });
      const learner = await person(agencyA);
      await ok(learner, ENROL, { courseId: id });
      const first = (await ok(learner, RECORD, report(id, lessonIds[0], 100, false))).recordLessonProgress;
      expect(first.lesson.myProgress).toMatchObject({ state: 'IN_PROGRESS', timeSpentSeconds: 100, startedAt: expect.any(String), completedAt: null });
      await ok(learner, RECORD, report(id, lessonIds[0], 250, false));
      const done = (await ok(learner, RECORD, report(id, lessonIds[0], 0, true))).recordLessonProgress;
      expect(done.lesson.myProgress).toMatchObject({ state: 'DONE', timeSpentSeconds: 350, completedAt: expect.any(String) });
      // Reading a done lesson again adds time, and it stays done.
      const again = (await ok(learner, RECORD, report(id, lessonIds[0], 600, false))).recordLessonProgress;
      expect(again.lesson.myProgress).toMatchObject({ state: 'DONE', timeSpentSeconds: 950, completedAt: done.lesson.myProgress.completedAt });
      await ok(learner, RECORD, report(id, lessonIds[1], 50, false));
      const enrolment = (await ok(learner, COURSE_PROGRESS, { id })).course.myEnrolment;
      expect(enrolment.progress).toEqual({ doneRequired: 1, totalRequired: 2, percent: 50, timeSpentSeconds: 1000 });
      expect(enrolment.lessonProgress).toEqual([
        { lessonId: lessonIds[0], title: 'Pelajaran 1.1', moduleTitle: 'Modul 1', state: 'DONE', timeSpentSeconds: 950, completedAt: expect.any(String) },
        { lessonId: lessonIds[1], title: 'Pelajaran 1.2', moduleTitle: 'Modul 1', state: 'IN_PROGRESS', timeSpentSeconds: 50, completedAt: null },
      ]);
    });

    it('completes the course exactly once, when every required lesson is done', async () => {
      const { id, lessonIds } = await course({ jp: 6, modules: [[{}, { required: false }], [{ kind: 'link', externalUrl: 'https://lan.go.id' }]] });
      const learner = await person(agencyA);
      await ok(learner, ENROL, { courseId: id });
      expect((await ok(learner, RECORD, report(id, lessonIds[0]))).recordLessonProgress.courseCompletedNow).toBe(false);
      const finished = (await ok(learner, RECORD, report(id, lessonIds[2]))).recordLessonProgress;
      expect(finished.courseCompletedNow).toBe(true);
      expect(finished.enrolment).toMatchObject({ status: 'COMPLETED', completedAt: expect.any(String), progress: { doneRequired: 2, totalRequired: 2, percent: 100 } });
      // Coming back to a lesson of a completed course is fine; the completion is not repeated.
      expect((await ok(learner, RECORD, report(id, lessonIds[1]))).recordLessonProgress.courseCompletedNow).toBe(false);
      expect((await ok(learner, RECORD, report(id, lessonIds[2]))).recordLessonProgress).toMatchObject({ courseCompletedNow: false, enrolment: { status: 'COMPLETED' } });
      const completion = await app.get(CourseCompletionRepository).findByUserAndCourse(learner.id, id);
      expect(completion).toMatchObject({ jp: 6, competencyType: 'teknis', courseTitle: 'Kursus Uji', agencyId: agencyA });
      expect(await app.get(CourseCompletionRepository).countByCourse(id)).toBe(1);
      expect((await refused(learner, LEAVE, { courseId: id })).extensions.reason).toBe('completed');
    });

    it('records one completion when twenty final reports arrive at once', async () => {
      const { id, lessonIds } = await course({ modules: [[{}, {}]] });
      const learner = await person(agencyA);
      await ok(learner, ENROL, { courseId: id });
      await ok(learner, RECORD, report(id, lessonIds[0]));
      const results = await Promise.all(Array.from({ length: 20 }, () => gql(learner, RECORD, report(id, lessonIds[1], 5))));
      expect(results.flatMap((body) => body.errors ?? [])).toEqual([]);
      expect(results.filter((body) => body.data!.recordLessonProgress.courseCompletedNow)).toHaveLength(1);
      expect(await app.get(CourseCompletionRepository).countByCourse(id)).toBe(1);
      // The one completion queued its certificate for the worker (one job: its id is the completion's).
      const completion = await app.get(CourseCompletionRepository).findByUserAndCourse(learner.id, id);
      expect(await app.get(JobQueue).stateOf('certificate.issue', { completionId: completion!.id })).toBe('waiting');
      const rows = await app.get(LessonProgressRepository).findByLearnerCourse({ userId: learner.id, courseId: id });
      expect(rows).toHaveLength(2);
      // FerretDB v1 applies parallel `$inc`s to one row without locking it, so some of the time
      // of simultaneous reports can be lost (MongoDB adds all 100 s). What counts is the one completion.
      expect(rows.find((row) => row.lessonId === lessonIds[1])?.timeSpentSeconds).toBeGreaterThanOrEqual(5);
      expect((await app.get(EnrolmentRepository).findByUserAndCourse(learner.id, id))?.status).toBe('completed');
    });

    it('resumes where the learner left off', async () => {
      const { id, lessonIds } = await course({ modules: [[{}, {}], [{}, {}]] });
      const learner = await person(agencyA);
      const resume = async () => (await ok(learner, COURSE_PROGRESS, { id })).course.myEnrolment.resumeLesson?.id;
      expect((await ok(learner, COURSE_PROGRESS, { id })).course.myEnrolment).toBeNull();
      await ok(learner, ENROL, { courseId: id });
      expect(await resume()).toBe(lessonIds[0]);
      await ok(learner, RECORD, report(id, lessonIds[2], 10, false));
      expect(await resume()).toBe(lessonIds[2]);
      await ok(learner, RECORD, report(id, lessonIds[2]));
      expect(await resume()).toBe(lessonIds[3]);
      await ok(learner, RECORD, report(id, lessonIds[3]));
      expect(await resume()).toBe(lessonIds[0]);
      await ok(learner, RECORD, report(id, lessonIds[0]));
      await ok(learner, RECORD, report(id, lessonIds[1]));
      expect(await resume()).toBe(lessonIds[1]);
    });

    it('refuses bad reports with clear errors and writes nothing', async () => {
      const { id, lessonIds } = await course({ modules: [[{}, { kind: 'video' }, { kind: 'quiz' }]] });
      const other = await course({ modules: [[{}]] });
      const learner = await person(agencyA);
      await ok(learner, ENROL, { courseId: id });
      const cases: Array<[Record<string, unknown>, string, RegExp]> = [
        [report(id, lessonIds[0], 601), 'BAD_USER_INPUT', /antara 0 dan 600 detik/],
        [report(id, lessonIds[0], -1), 'BAD_USER_INPUT', /antara 0 dan 600 detik/],
        [report(id, other.lessonIds[0]), 'NOT_FOUND', /Pelajaran ini tidak ada/],
        [report(id, 'bukan-id'), 'BAD_USER_INPUT', /ID pelajaran tidak valid/],
        [report(other.id, other.lessonIds[0]), 'FORBIDDEN', /belum terdaftar/],
        [report(id, lessonIds[1]), 'BAD_USER_INPUT', /^Pelajaran video selesai setelah ditonton/],
        [report(id, lessonIds[2]), 'BAD_USER_INPUT', /kuis/],
      ];
      for (const [variables, code, message] of cases) {
        const error = await refused(learner, RECORD, variables);
        expect(error.extensions.code).toBe(code);
        expect(error.message).toMatch(message);
      }
      // Not an Int: refused by GraphQL itself, before any resolver runs.
      const fraction = await post(learner, RECORD, { input: { courseId: id, lessonId: lessonIds[0], secondsSpent: 1.5, reachedEnd: true } });
      expect(fraction.status).toBe(400);
      expect(fraction.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(await app.get(LessonProgressRepository).findByLearnerCourse({ userId: learner.id, courseId: id })).toEqual([]);
      expect(await app.get(EnrolmentRepository).findByUserAndCourse(learner.id, id)).toMatchObject({ timeSpentSeconds: 0, lastLessonId: null });
      // Visiting a video or quiz lesson still counts the time.
      expect((await ok(learner, RECORD, report(id, lessonIds[1], 40, false))).recordLessonProgress.lesson.myProgress.state).toBe('IN_PROGRESS');
    });
  });

  describe('lesson content', () => {
    it('shows text, documents (download only when allowed) and links to enrolled learners', async () => {
      const pdf = { fileName: 'Modul Pelayanan.pdf', mediaType: 'application/pdf', sizeBytes: 2048 };
      const docx = { fileName: 'Lembar Kerja.docx', mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', sizeBytes: 4096 };
      const { id, lessonIds } = await course({
        modules: [
          [{ bodyHtml: '<p>Halo ASN</p>' }, { kind: 'document', document: pdf, allowDownload: true }],
          [{ kind: 'document', document: docx }, { kind: 'link', externalUrl: 'https://lan.go.id/belajar' }],
        ],
      });
      const learner = await person(agencyB);
      expect((await refused(learner, LESSON, { courseId: id, lessonId: lessonIds[0] })).extensions.code).toBe('FORBIDDEN');
      await ok(learner, ENROL, { courseId: id });
      const view = async (lessonId: string) => (await ok(learner, LESSON, { courseId: id, lessonId })).lesson;

      expect(await view(lessonIds[0])).toMatchObject({ moduleTitle: 'Modul 1', bodyHtml: '<p>Halo ASN</p>', document: null, externalUrl: null, previousLessonId: null, nextLessonId: lessonIds[1], course: { id } });
      const withDownload = await view(lessonIds[1]);
      expect(withDownload).toMatchObject({
        bodyHtml: null,
        document: { fileName: pdf.fileName, mediaType: pdf.mediaType, sizeBytes: 2048, viewableInBrowser: true, previewStatus: 'NONE', previewUrl: null },
      });
      expect(withDownload.document.url).toMatch(/^\/files\/[0-9a-f]{24}\?exp=\d+&sig=[\w-]+$/);
      expect(withDownload.document.downloadUrl).toMatch(/&download=1$/);
      const office = await view(lessonIds[2]);
      expect(office).toMatchObject({ moduleTitle: 'Modul 2', previousLessonId: lessonIds[1], document: { downloadUrl: null, viewableInBrowser: false } });
      // The office file is shown through the PDF the worker makes of it, once that is ready.
      const officeAssetId = /^\/files\/([0-9a-f]{24})\?/.exec(office.document.url)![1];
      const assets = app.get(CourseAssetRepository);
      await assets.setPreview(officeAssetId, { status: 'pending' });
      expect((await view(lessonIds[2])).document).toMatchObject({ previewStatus: 'PENDING', previewUrl: null });
      await assets.setPreview(officeAssetId, { status: 'ready', storagePath: `course-files/${id}/${officeAssetId}.preview.pdf`, sizeBytes: 1000 });
      const ready = (await view(lessonIds[2])).document;
      expect(ready).toMatchObject({ previewStatus: 'READY', viewableInBrowser: false, downloadUrl: null });
      expect(ready.previewUrl).toMatch(new RegExp(`^/files/${officeAssetId}\\?exp=\\d+&sig=[\\w-]+&variant=preview$`));
      await assets.setPreview(officeAssetId, { status: 'failed', error: { id: 'Rusak.', en: 'Damaged.' } });
      expect((await view(lessonIds[2])).document).toMatchObject({ previewStatus: 'FAILED', previewUrl: null });
      expect(await view(lessonIds[3])).toMatchObject({ externalUrl: 'https://lan.go.id/belajar', nextLessonId: null, lesson: { kind: 'LINK' } });

      expect((await refused(learner, LESSON, { courseId: id, lessonId: '0123456789abcdef01234567' })).extensions.code).toBe('NOT_FOUND');
      expect((await refused(adminB, LESSON, { courseId: id, lessonId: lessonIds[0] })).extensions.code).toBe('FORBIDDEN');
      const draft = await course({ modules: [[{}]], publish: false });
      expect((await refused(instructorA, LESSON, { courseId: draft.id, lessonId: draft.lessonIds[0] })).extensions.code).toBe('NOT_FOUND');
    });
  });

  describe('learner home', () => {
    it('groups the learner\'s courses: in progress, assigned, completed, pending', async () => {
      const learner = await person(agencyA, 'learner', { workUnit: 'Bidang Rumah' });
      const started = await course({ modules: [[{}, {}]] });
      const untouched = await course({ modules: [[{}]] });
      const done = await course({ modules: [[{}]] });
      const waiting = await course({ enrolmentPolicy: 'approval', modules: [[{}]] });
      const assignedLater = await course({ enrolmentPolicy: 'assigned', modules: [[{}]] });
      const assignedSoon = await course({ enrolmentPolicy: 'assigned', modules: [[{}]] });
      for (const { id } of [untouched, started, done, waiting]) await ok(learner, ENROL, { courseId: id });
      await ok(learner, RECORD, report(started.id, started.lessonIds[0], 5, false));
      await ok(learner, RECORD, report(done.id, done.lessonIds[0]));
      const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
      await ok(adminA, ASSIGN, { input: { courseId: assignedLater.id, userIds: [learner.id], dueAt: inDays(30) } });
      await ok(adminA, ASSIGN, { input: { courseId: assignedSoon.id, userIds: [learner.id], dueAt: inDays(7) } });

      const group = async (name: string, first = 10, after?: string) => (await ok(learner, MY_ENROLMENTS, { group: name, first, after })).myEnrolments;
      const courseIds = (connection: Json) => connection.edges.map((edge: Json) => edge.node.course.id);
      // Latest activity first; a self-enrolled course counts before it is started.
      expect(courseIds(await group('IN_PROGRESS'))).toEqual([started.id, untouched.id]);
      expect(courseIds(await group('ASSIGNED'))).toEqual([assignedSoon.id, assignedLater.id]);
      expect(courseIds(await group('COMPLETED'))).toEqual([done.id]);
      expect(courseIds(await group('PENDING'))).toEqual([waiting.id]);
      expect((await group('IN_PROGRESS')).edges[0].node.resumeLesson.id).toBe(started.lessonIds[0]);

      // Started assigned courses also show among those in progress.
      await ok(learner, RECORD, report(assignedLater.id, assignedLater.lessonIds[0], 5, false));
      expect(courseIds(await group('IN_PROGRESS'))).toEqual([assignedLater.id, started.id, untouched.id]);

      const page1 = await group('IN_PROGRESS', 2);
      expect(page1).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
      const page2 = await group('IN_PROGRESS', 2, page1.pageInfo.endCursor);
      expect(courseIds(page2)).toEqual([untouched.id]);
      expect(page2.pageInfo.hasNextPage).toBe(false);
      expect((await refused(learner, MY_ENROLMENTS, { group: 'COMPLETED', first: 2, after: page1.pageInfo.endCursor })).extensions.code).toBe('BAD_USER_INPUT');
      expect((await refused(null, MY_ENROLMENTS, { group: 'COMPLETED', first: 2 })).extensions.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('instructor and admin views', () => {
    it('lists a course\'s learners with their progress for its agency, searchable by name and NIP', async () => {
      const { id, lessonIds } = await course({ modules: [[{}, {}]] });
      const siti = await person(agencyA, 'learner', { fullName: 'Siti Aminah', nip: validNip(11, 2) });
      const budi = await person(agencyB, 'learner', { fullName: 'Budi Santoso', nip: validNip(12) });
      await ok(siti, ENROL, { courseId: id });
      await ok(budi, ENROL, { courseId: id });
      await ok(budi, RECORD, report(id, lessonIds[0]));

      for (const viewer of [adminA, instructorA]) {
        const all = (await ok(viewer, COURSE_ENROLMENTS, { courseId: id })).courseEnrolments;
        expect(all.totalCount).toBe(2);
        expect(all.edges.map((edge: Json) => edge.node.learner.fullName)).toEqual(['Siti Aminah', 'Budi Santoso']);
        expect(all.edges[1].node).toMatchObject({ progress: { percent: 50 }, lessonProgress: [{ lessonId: lessonIds[0], state: 'DONE' }, { lessonId: lessonIds[1], state: 'NOT_STARTED' }] });
      }
      const byName = (await ok(adminA, COURSE_ENROLMENTS, { courseId: id, search: 'AMÍNAH' })).courseEnrolments;
      expect(byName.edges.map((edge: Json) => edge.node.learner.id)).toEqual([siti.id]);
      const byNip = (await ok(adminA, COURSE_ENROLMENTS, { courseId: id, search: budi.nip!.slice(0, 8) })).courseEnrolments;
      expect(byNip).toMatchObject({ totalCount: 1, edges: [{ node: { learner: { nip: budi.nip } } }] });
      expect((await ok(adminA, COURSE_ENROLMENTS, { courseId: id, search: 'tidak ada' })).courseEnrolments.totalCount).toBe(0);

      const page = (await ok(adminA, COURSE_ENROLMENTS, { courseId: id, first: 1 })).courseEnrolments;
      expect(page.pageInfo.hasNextPage).toBe(true);
      const next = (await ok(adminA, COURSE_ENROLMENTS, { courseId: id, first: 1, after: page.pageInfo.endCursor })).courseEnrolments;
      expect(next.edges.map((edge: Json) => edge.node.learner.id)).toEqual([budi.id]);

      for (const outsider of [adminB, budi]) expect((await refused(outsider, COURSE_ENROLMENTS, { courseId: id })).extensions.code).toBe('FORBIDDEN');
      expect((await refused(adminA, COURSE_ENROLMENTS, { courseId: '0123456789abcdef01234567' })).extensions.code).toBe('NOT_FOUND');
    });

    it('lists overdue assignments for the agency\'s admins, most overdue first', async () => {
      const { id } = await course({ enrolmentPolicy: 'assigned', modules: [[{}]] });
      const late = await person(agencyA);
      const later = await person(agencyA);
      const onTime = await person(agencyA);
      const dueIn = async (user: UserRecord, ms: number) => ok(adminA, ASSIGN, { input: { courseId: id, userIds: [user.id], dueAt: new Date(Date.now() + ms).toISOString() } });
      await dueIn(late, 1_000);
      await dueIn(later, 1_500);
      await dueIn(onTime, 86_400_000);
      // Time passes: two due dates are now behind us.
      await new Promise((resolve) => setTimeout(resolve, 2_000));

      const overdue = (await ok(adminA, OVERDUE, { agencyId: agencyA, first: 1 })).overdueEnrolments;
      expect(overdue).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true }, edges: [{ node: { overdue: true, learner: { id: late.id } } }] });
      const rest = (await ok(adminA, OVERDUE, { agencyId: agencyA, first: 5, after: overdue.pageInfo.endCursor })).overdueEnrolments;
      expect(rest.edges.map((edge: Json) => edge.node.learner.id)).toEqual([later.id]);
      const overdueInCourse = (await ok(instructorA, COURSE_ENROLMENTS, { courseId: id, overdueOnly: true })).courseEnrolments;
      expect(overdueInCourse.edges.map((edge: Json) => edge.node.learner.id)).toEqual([late.id, later.id]);
      expect((await ok(instructorA, COURSE_ENROLMENTS, { courseId: id, overdueOnly: true, status: 'COMPLETED' })).courseEnrolments.totalCount).toBe(0);

      expect((await refused(adminB, OVERDUE, { agencyId: agencyA })).extensions.code).toBe('FORBIDDEN');
      expect((await refused(instructorA, OVERDUE, { agencyId: agencyA })).extensions.code).toBe('FORBIDDEN');
      expect((await ok(adminB, OVERDUE, { agencyId: agencyB })).overdueEnrolments.totalCount).toBe(0);
    });
  });

  describe('assignments', () => {
    it('assigns people by id; those already enrolled keep their enrolment', async () => {
      const { id } = await course({ modules: [[{}]] });
      const selfEnrolled = await person(agencyA);
      const newcomer = await person(agencyA);
      const outsider = await person(agencyB);
      await ok(selfEnrolled, ENROL, { courseId: id });
      const dueAt = new Date(Date.now() + 14 * 86_400_000).toISOString();
      const result = (await ok(adminA, ASSIGN, { input: { courseId: id, userIds: [selfEnrolled.id, newcomer.id, outsider.id, 'xyz'], dueAt } })).assignCourse;
      expect(result).toMatchObject({ assignmentId: expect.any(String), enrolled: 1, alreadyEnrolled: 1 });
      expect(result.problems.map((problem: Json) => problem.value).sort()).toEqual([outsider.id, 'xyz'].sort());

      const enrolments = app.get(EnrolmentRepository);
      expect(await enrolments.findByUserAndCourse(newcomer.id, id)).toMatchObject({ status: 'active', source: 'assignment', assignmentId: result.assignmentId, dueAt: new Date(dueAt) });
      // The self-enrolled learner keeps their enrolment, and gets the due date they had not.
      expect(await enrolments.findByUserAndCourse(selfEnrolled.id, id)).toMatchObject({ source: 'self', dueAt: new Date(dueAt) });
      expect(await enrolments.findByUserAndCourse(outsider.id, id)).toBeNull();
      expect((await app.get(CourseRepository).findById(id))?.enrolmentCount).toBe(2);
      expect((await refused(newcomer, LEAVE, { courseId: id })).extensions.reason).toBe('assigned');

      const again = (await ok(adminA, ASSIGN, { input: { courseId: id, userIds: [newcomer.id] } })).assignCourse;
      expect(again).toMatchObject({ enrolled: 0, alreadyEnrolled: 1, problems: [] });
    });

    it('assigns a work unit (exact name, any case) and lists the agency\'s work units', async () => {
      const { id } = await course({ enrolmentPolicy: 'assigned', modules: [[{}]] });
      const inUnit = [await person(agencyA, 'learner', { workUnit: 'Bidang Diklat Teknis' }), await person(agencyA, 'learner', { workUnit: 'bidang diklat teknis' })];
      await person(agencyA, 'learner', { workUnit: 'Bidang Diklat Teknis Lanjutan' });
      await person(agencyB, 'learner', { workUnit: 'Bidang Diklat Teknis' });
      const result = (await ok(adminA, ASSIGN, { input: { courseId: id, workUnit: '  BIDANG DIKLAT TEKNIS ' } })).assignCourse;
      expect(result).toMatchObject({ enrolled: 2, alreadyEnrolled: 0, problems: [] });
      const listed = (await ok(adminA, COURSE_ENROLMENTS, { courseId: id })).courseEnrolments;
      expect(listed.edges.map((edge: Json) => edge.node.learner.id).sort()).toEqual(inUnit.map((user) => user.id).sort());

      const units = (await ok(adminA, `query ($a: ID!) { agencyWorkUnits(agencyId: $a) }`, { a: agencyA })).agencyWorkUnits;
      expect(units).toEqual(expect.arrayContaining(['Bidang Diklat Teknis', 'Bidang Diklat Teknis Lanjutan']));
      expect(units.filter((unit: string) => unit.toLowerCase() === 'bidang diklat teknis')).toHaveLength(1);
      expect((await refused(adminA, ASSIGN, { input: { courseId: id, workUnit: 'Tidak Ada' } })).extensions.code).toBe('BAD_USER_INPUT');
    });

    it("lists a course's classes newest first, to its agency's instructors and admins", async () => {
      const { id } = await course({ modules: [[{}]] });
      const other = await course({ modules: [[{}]] });
      const learners = [await person(agencyA, 'learner', { workUnit: 'Bidang Kelas Satu' }), await person(agencyA)];
      const dueAt = new Date(Date.now() + 7 * 86_400_000).toISOString();
      const byUnit = (await ok(adminA, ASSIGN, { input: { courseId: id, workUnit: 'Bidang Kelas Satu', dueAt } })).assignCourse;
      const byPeople = (await ok(adminA, ASSIGN, { input: { courseId: id, userIds: learners.map((learner) => learner.id) } })).assignCourse;
      await ok(adminA, ASSIGN, { input: { courseId: other.id, userIds: [learners[1].id] } });

      const CLASSES = 'query ($c: ID!) { courseAssignments(courseId: $c) { id courseId targetKind workUnit dueAt enrolled alreadyEnrolled createdAt } }';
      const listed = (await ok(instructorA, CLASSES, { c: id })).courseAssignments;
      expect(listed).toEqual([
        { id: byPeople.assignmentId, courseId: id, targetKind: 'PEOPLE', workUnit: null, dueAt: null, enrolled: 1, alreadyEnrolled: 1, createdAt: expect.any(String) },
        { id: byUnit.assignmentId, courseId: id, targetKind: 'WORK_UNIT', workUnit: 'Bidang Kelas Satu', dueAt, enrolled: 1, alreadyEnrolled: 0, createdAt: expect.any(String) },
      ]);
      expect((await ok(adminA, CLASSES, { c: other.id })).courseAssignments).toHaveLength(1);
      expect((await refused(adminB, CLASSES, { c: id })).extensions.code).toBe('FORBIDDEN');
      expect((await refused(learners[0], CLASSES, { c: id })).extensions.code).toBe('FORBIDDEN');
      expect((await refused(adminA, CLASSES, { c: 'bukan-id' })).extensions.code).toBe('BAD_USER_INPUT');
    });

    it('assigns by NIP, reporting wrong and unknown NIPs', async () => {
      const { id } = await course({ enrolmentPolicy: 'assigned', modules: [[{}]] });
      const first = await person(agencyA, 'learner', { nip: validNip(101) });
      const second = await person(agencyA, 'learner', { nip: validNip(102, 2) });
      const elsewhere = await person(agencyB, 'learner', { nip: validNip(103) });
      const spaced = `${second.nip!.slice(0, 8)} ${second.nip!.slice(8, 14)} ${second.nip!.slice(14, 15)} ${second.nip!.slice(15)}`;
      const nips = [first.nip!, spaced, elsewhere.nip!, validNip(104), '12345', '199013452015031001', first.nip!];
      const result = (await ok(adminA, ASSIGN, { input: { courseId: id, nips } })).assignCourse;
      expect(result).toMatchObject({ enrolled: 2, alreadyEnrolled: 0 });
      expect(result.problems).toEqual([
        { value: '12345', message: expect.stringMatching(/18 digit/) },
        { value: '199013452015031001', message: expect.any(String) },
        { value: elsewhere.nip, message: 'NIP ini tidak terdaftar di instansi pemilik kursus.' },
        { value: validNip(104), message: 'NIP ini tidak terdaftar di instansi pemilik kursus.' },
      ]);
      expect(await app.get(EnrolmentRepository).findByUserAndCourse(second.id, id)).toMatchObject({ status: 'active', source: 'assignment' });
    });

    it('refuses bad assignments clearly', async () => {
      const { id } = await course({ modules: [[{}]] });
      const learner = await person(agencyA);
      const draft = await course({ modules: [[{}]], publish: false });
      // Short values: 5001 real NIPs would not fit the request body limit.
      const tooMany = Array.from({ length: 5001 }, (_, index) => String(index));
      const cases: Array<[UserRecord, Record<string, unknown>, string]> = [
        [adminA, { courseId: id }, 'BAD_USER_INPUT'],
        [adminA, { courseId: id, userIds: [learner.id], workUnit: 'Bidang' }, 'BAD_USER_INPUT'],
        [adminA, { courseId: id, nips: [] }, 'BAD_USER_INPUT'],
        [adminA, { courseId: id, nips: tooMany }, 'BAD_USER_INPUT'],
        [adminA, { courseId: id, userIds: [learner.id], dueAt: new Date(Date.now() - 1000).toISOString() }, 'BAD_USER_INPUT'],
        [adminA, { courseId: draft.id, userIds: [learner.id] }, 'BAD_USER_INPUT'],
        [adminA, { courseId: '0123456789abcdef01234567', userIds: [learner.id] }, 'NOT_FOUND'],
        [adminB, { courseId: id, userIds: [learner.id] }, 'FORBIDDEN'],
        [instructorA, { courseId: id, userIds: [learner.id] }, 'FORBIDDEN'],
      ];
      for (const [caller, input, code] of cases) expect((await refused(caller, ASSIGN, { input })).extensions.code).toBe(code);
      expect(await app.get(EnrolmentRepository).findByUserAndCourse(learner.id, id)).toBeNull();
    });
  });
});
