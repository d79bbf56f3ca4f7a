import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { CertificateIssuingService } from '@lentera/certificates';
import { AgencyRepository, CourseAssetRepository, EnrolmentRepository, ExternalActivityRepository, QuizAnswerRepository, QuizAttemptRepository, UserRepository, type AgencyRole, type UserRecord } from '@lentera/db';
import { QuizGradingService } from '@lentera/quiz';
import { buildCourse, buildPdf, isolatedConfig, type IsolatedConfig, type QuestionSpec } from '@lentera/test-support';
import { AppModule } from '../app.module';
import { PasswordHasher } from './password-hasher';
import { PasswordResetService } from './password-reset.service';
import { REFRESH_COOKIE } from './refresh-cookie';
import { SessionService } from './session.service';
import { actorOf } from './actor';
import { AgencyAccess } from './agency-access';
import { Permission } from './permissions';

/**
 * Every query and mutation the API has, called by every kind of caller. The list of fields
 * comes from the schema itself: a new operation without a row below fails this test, so
 * nobody has to remember to cover it.
 */

type Caller = 'anonymous' | 'learner' | 'instructor' | 'admin' | 'otherAgencyAdmin' | 'superAdmin';
type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN';

interface World {
  agencyA: string;
  agencyB: string;
  /** A learner of agency A: the private record other agencies must not reach. */
  personInA: UserRecord;
  courseId: string;
  caller: Caller;
  callerUser: UserRecord | null;
  unique: string;
}

interface Operation {
  query: string;
  variables?: Record<string, unknown>;
  cookie?: string;
}

interface Case {
  operation: (world: World) => Promise<Operation> | Operation;
  expected: Record<Caller, Outcome>;
}

const callers: Caller[] = ['anonymous', 'learner', 'instructor', 'admin', 'otherAgencyAdmin', 'superAdmin'];
const everyone: Record<Caller, Outcome> = { anonymous: 'ok', learner: 'ok', instructor: 'ok', admin: 'ok', otherAgencyAdmin: 'ok', superAdmin: 'ok' };
const signedIn: Record<Caller, Outcome> = { ...everyone, anonymous: 'UNAUTHENTICATED' };
const superAdminOnly: Record<Caller, Outcome> = {
  anonymous: 'UNAUTHENTICATED',
  learner: 'FORBIDDEN',
  instructor: 'FORBIDDEN',
  admin: 'FORBIDDEN',
  otherAgencyAdmin: 'FORBIDDEN',
  superAdmin: 'ok',
};
/** Agency A's private data: its admins and the super admin, nobody from agency B. */
const agencyAAdmins: Record<Caller, Outcome> = { ...superAdminOnly, admin: 'ok' };

const PASSWORD = 'Kata-sandi-uji-2026';

describe('authorization over every query and mutation', () => {
  let isolated: IsolatedConfig;
  let app: INestApplication;
  let users: UserRepository;
  let passwordHash: string;
  let base: Omit<World, 'caller' | 'callerUser' | 'unique'>;

  const cases: Record<string, Case> = {
    // ---- public catalogue
    courses: { operation: () => ({ query: '{ courses { totalCount } }' }), expected: everyone },
    course: { operation: (world) => ({ query: 'query ($id: ID!) { course(id: $id) { id } }', variables: { id: world.courseId } }), expected: everyone },
    catalogueAgencies: { operation: () => ({ query: '{ catalogueAgencies { agency { id name } publishedCourseCount } }' }), expected: everyone },
    // ---- public certificate verification (rate-limited per address, far above this test's six calls)
    verifyCertificate: { operation: () => ({ query: '{ verifyCertificate(code: "0000-0000-0000") { verdict code } }' }), expected: everyone },
    // ---- identity
    me: { operation: () => ({ query: '{ me { id } }' }), expected: everyone },
    signIn: {
      operation: async (world) => {
        const person = await newUser(`signin-${world.unique}`, []);
        return {
          query: 'mutation ($input: SignInInput!) { signIn(input: $input) { accessToken } }',
          variables: { input: { identifier: person.email, password: PASSWORD } },
        };
      },
      expected: everyone,
    },
    refreshSession: {
      operation: async (world) => {
        const owner = world.callerUser ?? (await newUser(`refresh-${world.unique}`, []));
        const issued = await app.get(SessionService).start(owner, {});
        return { query: 'mutation { refreshSession { accessToken } }', cookie: `${REFRESH_COOKIE}=${issued.refreshToken}` };
      },
      expected: everyone,
    },
    signOut: { operation: () => ({ query: 'mutation { signOut }' }), expected: everyone },
    signOutEverywhere: { operation: () => ({ query: 'mutation { signOutEverywhere }' }), expected: signedIn },
    changePassword: {
      operation: () => ({
        query: 'mutation ($input: ChangePasswordInput!) { changePassword(input: $input) { accessToken } }',
        variables: { input: { currentPassword: PASSWORD, newPassword: 'Sandi-baru-yang-panjang-1' } },
      }),
      expected: signedIn,
    },
    resetPassword: {
      operation: async (world) => {
        const person = await newUser(`reset-${world.unique}`, [{ agencyId: world.agencyA, role: 'learner' }]);
        const admin = await newUser(`reset-admin-${world.unique}`, [{ agencyId: world.agencyA, role: 'admin' }]);
        const actor = actorOf(admin, 'n/a');
        const scope = app.get(AgencyAccess).scope(actor, Permission.ManagePeople, world.agencyA);
        const link = await app.get(PasswordResetService).issue(actor, scope, person.id);
        const token = new URL(link.url).searchParams.get('token');
        return {
          query: 'mutation ($input: ResetPasswordInput!) { resetPassword(input: $input) }',
          variables: { input: { token, newPassword: 'Sandi-baru-yang-panjang-2' } },
        };
      },
      expected: everyone,
    },
    updateMyProfile: {
      operation: () => ({
        query: 'mutation ($input: UpdateProfileInput!) { updateMyProfile(input: $input) { id } }',
        variables: { input: { workUnit: 'Bidang Diklat' } },
      }),
      expected: signedIn,
    },
    // ---- agencies
    agencies: { operation: () => ({ query: '{ agencies { totalCount } }' }), expected: signedIn },
    createAgency: {
      operation: (world) => ({
        query: 'mutation ($input: CreateAgencyInput!) { createAgency(input: $input) { id } }',
        variables: { input: { code: `AG-${world.unique}`, name: 'Pusdiklat Uji', kind: 'CENTRAL' } },
      }),
      expected: superAdminOnly,
    },
    // ---- agency A's people: private to its admins
    agencyUsers: {
      operation: (world) => ({ query: 'query ($a: ID!) { agencyUsers(agencyId: $a) { totalCount } }', variables: { a: world.agencyA } }),
      expected: agencyAAdmins,
    },
    createUser: {
      operation: (world) => ({
        query: 'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
        variables: { input: { agencyId: world.agencyA, fullName: 'Peserta Baru', email: `baru-${world.unique}@contoh.go.id`, roles: ['LEARNER'] } },
      }),
      expected: agencyAAdmins,
    },
    setMemberRoles: {
      operation: (world) => ({
        query: 'mutation ($a: ID!, $u: ID!) { setMemberRoles(agencyId: $a, userId: $u, roles: [LEARNER]) { id } }',
        variables: { a: world.agencyA, u: world.personInA.id },
      }),
      expected: agencyAAdmins,
    },
    issuePasswordReset: {
      operation: (world) => ({
        query: 'mutation ($a: ID!, $u: ID!) { issuePasswordReset(agencyId: $a, userId: $u) { url } }',
        variables: { a: world.agencyA, u: world.personInA.id },
      }),
      expected: agencyAAdmins,
    },
    // ---- authoring: agency A's drafts are its instructors' and admins'; publishing, archiving, deleting its admins'.
    // Every change gets a fresh draft (revision 1, one module, one lesson), so no call sees another's effects.
    authoringCourses: {
      operation: (world) => ({ query: 'query ($a: ID!) { authoringCourses(agencyId: $a) { totalCount } }', variables: { a: world.agencyA } }),
      expected: { ...agencyAAdmins, instructor: 'ok' },
    },
    // Any signed-in person may ask; a course they may not author answers null, as an unknown one does.
    authoringCourse: {
      operation: (world) => ({ query: 'query ($id: ID!) { authoringCourse(id: $id) { id } }', variables: { id: world.courseId } }),
      expected: signedIn,
    },
    createCourse: {
      operation: (world) => ({
        query: 'mutation ($input: CreateCourseInput!) { createCourse(input: $input) { id } }',
        variables: { input: { agencyId: world.agencyA, title: 'Kursus Uji Akses', summary: 'Ringkasan kursus uji akses.', competencyType: 'TEKNIS', level: 'DASAR', jp: 2 } },
      }),
      expected: { ...agencyAAdmins, instructor: 'ok' },
    },
    updateCourseDetails: {
      operation: async (world) => ({
        query: 'mutation ($c: ID!) { updateCourseDetails(courseId: $c, revision: 1, input: { title: "Judul Baru Uji" }) { id } }',
        variables: { c: (await buildCourse(app, { agencyId: world.agencyA, modules: [[{}]], publish: false })).id },
      }),
      expected: { ...agencyAAdmins, instructor: 'ok' },
    },
    addModule: {
      operation: async (world) => ({
        query: 'mutation ($c: ID!) { addModule(courseId: $c, revision: 1, title: "Modul Uji") { id } }',
        variables: { c: (await buildCourse(app, { agencyId: world.agencyA, modules: [[{}]], publish: false })).id },
      }),
      expected: { ...agencyAAdmins, instructor: 'ok' },
    },
    renameModule: {
      operation: async (world) => {
        const course = await buildCourse(app, { agencyId: world.agencyA, modules: [[{}]], publish: false });
        return { query: 'mutation ($c: ID!, $m: ID!) { renameModule(courseId: $c, revision: 1, moduleId: $m, title: "Modul") { id } }', variables: { c: course.id, m: course.moduleIds[0] } };
      },
      expected: { ...agencyAAdmins, instructor: 'ok' },
    },
    removeModule: {
      operation: async (world) => {
        const course = await buildCourse(app, { agencyId: world.agencyA, modules: [[{}]], publish: false });
        return { query: 'mutation ($c: ID!, $m: ID!) { removeModule(courseId: $c, revision: 1, moduleId: $m) { id } }', variables: { c: course.id, m: course.moduleIds[0] } };
      },
      expected: { ...agencyAAdmins, instructor: 'ok' },
    },
    addLesson: {
      operation: async (world) => {
        const course = await buildCourse(app, { agencyId: world.agencyA, modules: [[{}]], publish: false });
        return {
          query: 'mutation ($c: ID!, $m: ID!) { addLesson(courseId: $c, revision: 1, moduleId: $m, input: { title: "Pelajaran", kind: TEXT, bodyHtml: "<p>x</p>" }) { id } }',
          variables: { c: course.id, m: course.moduleIds[0] },
        };
      },
      expected: { ...agencyAAdmins, instructor: 'ok' },
    },
    updateLesson: {
      operation: async (world) => {
        const course = await buildCourse(app, { agencyId: world.agencyA, modules: [[{}]], publish: false });
        return { query: 'mutation ($c: ID!, $l: ID!) { updateLesson(courseId: $c, revision: 1, lessonId: $l, input: { required: false }) { id } }', variables: { c: course.id, l: course.lessonIds[0] } };
      },
      expected: { ...agencyAAdmins, instructor: 'ok' },
    },
    removeLesson: {
      operation: async (world) => {
        const course = await buildCourse(app, { agencyId: world.agencyA, modules: [[{}]], publish: false });
        return { query: 'mutation ($c: ID!, $l: ID!) { removeLesson(courseId: $c, revision: 1, lessonId: $l) { id } }', variables: { c: course.id, l: course.lessonIds[0] } };
      },
      expected: { ...agencyAAdmins, instructor: 'ok' },
    },
    reorderCourse: {
      operation: async (world) => {
        const course = await buildCourse(app, { agencyId: world.agencyA, modules: [[{}, {}]], publish: false });
        return {
          query: 'mutation ($c: ID!, $o: [ModuleOrderInput!]!) { reorderCourse(courseId: $c, revision: 1, modules: $o) { id } }',
          variables: { c: course.id, o: [{ moduleId: course.moduleIds[0], lessonIds: [...course.lessonIds].reverse() }] },
        };
      },
      expected: { ...agencyAAdmins, instructor: 'ok' },
    },
    publishCourse: {
      operation: async (world) => ({
        query: 'mutation ($c: ID!) { publishCourse(courseId: $c, revision: 1) { id } }',
        variables: { c: (await buildCourse(app, { agencyId: world.agencyA, modules: [[{}]], publish: false })).id },
      }),
      expected: agencyAAdmins,
    },
    archiveCourse: {
      operation: async (world) => ({
        query: 'mutation ($c: ID!) { archiveCourse(courseId: $c) { id } }',
        variables: { c: (await buildCourse(app, { agencyId: world.agencyA, modules: [[{}]] })).id },
      }),
      expected: agencyAAdmins,
    },
    deleteCourse: {
      operation: async (world) => ({
        query: 'mutation ($c: ID!) { deleteCourse(courseId: $c) }',
        variables: { c: (await buildCourse(app, { agencyId: world.agencyA, modules: [[{}]], publish: false })).id },
      }),
      expected: agencyAAdmins,
    },
    // ---- videos: agency A's authors' (instructors and admins)
    video: {
      operation: async (world) => ({ query: 'query ($v: ID!) { video(id: $v) { status } }', variables: { v: (await videoOf(world, 'ready')).id } }),
      expected: { ...agencyAAdmins, instructor: 'ok' },
    },
    retryVideo: {
      operation: async (world) => ({ query: 'mutation ($v: ID!) { retryVideo(videoId: $v) { status } }', variables: { v: (await videoOf(world, 'failed')).id } }),
      expected: { ...agencyAAdmins, instructor: 'ok' },
    },
    removeVideoCaption: {
      operation: async (world) => ({
        query: 'mutation ($v: ID!) { removeVideoCaption(videoId: $v, language: "id") { status } }',
        variables: { v: (await videoOf(world, 'ready')).id },
      }),
      expected: { ...agencyAAdmins, instructor: 'ok' },
    },
    // ---- bulk onboarding: agency A's imports are private to its admins
    userImports: {
      operation: (world) => ({ query: 'query ($a: ID!) { userImports(agencyId: $a) { id } }', variables: { a: world.agencyA } }),
      expected: agencyAAdmins,
    },
    // Any signed-in person may ask; an import they may not see answers null, as an unknown one does.
    userImport: { operation: () => ({ query: '{ userImport(id: "0123456789abcdef01234567") { id } }' }), expected: signedIn },
    // ---- learning: anyone signed in enrols in a shared published course and learns in it; a course's
    // learners are its agency's instructors' and admins'; assigning, deciding and overdue lists its admins'.
    enrol: {
      operation: async (world) => ({
        query: 'mutation ($c: ID!) { enrol(courseId: $c) { id } }',
        variables: { c: (await buildCourse(app, { agencyId: world.agencyA, modules: [[{}]] })).id },
      }),
      expected: signedIn,
    },
    leaveCourse: {
      operation: async (world) => {
        const course = await buildCourse(app, { agencyId: world.agencyA, modules: [[{}]] });
        if (world.callerUser) await enrolAs(world.callerUser, course.id);
        return { query: 'mutation ($c: ID!) { leaveCourse(courseId: $c) { id } }', variables: { c: course.id } };
      },
      expected: signedIn,
    },
    recordLessonProgress: {
      operation: async (world) => {
        const course = await buildCourse(app, { agencyId: world.agencyA, modules: [[{}]] });
        if (world.callerUser) await enrolAs(world.callerUser, course.id);
        return {
          query: 'mutation ($input: LessonProgressInput!) { recordLessonProgress(input: $input) { courseCompletedNow } }',
          variables: { input: { courseId: course.id, lessonId: course.lessonIds[0], secondsSpent: 30, reachedEnd: true } },
        };
      },
      expected: signedIn,
    },
    recordVideoWatch: {
      operation: async (world) => {
        const course = await buildCourse(app, { agencyId: world.agencyA, modules: [[{ kind: 'video', video: { durationSeconds: 60 } }]] });
        if (world.callerUser) await enrolAs(world.callerUser, course.id);
        return {
          query: 'mutation ($input: VideoWatchInput!) { recordVideoWatch(input: $input) { watchedShare } }',
          variables: { input: { courseId: course.id, lessonId: course.lessonIds[0], secondsSpent: 10, positionSeconds: 10, watched: [{ start: 0, end: 10 }] } },
        };
      },
      expected: signedIn,
    },
    // Enrolled learners read lessons; instructors and admins of the course's agency preview them.
    lesson: {
      operation: async (world) => {
        const course = await buildCourse(app, { agencyId: world.agencyA, modules: [[{}]] });
        return { query: 'query ($c: ID!, $l: ID!) { lesson(courseId: $c, lessonId: $l) { moduleTitle } }', variables: { c: course.id, l: course.lessonIds[0] } };
      },
      expected: { ...agencyAAdmins, instructor: 'ok' },
    },
    myEnrolments: { operation: () => ({ query: '{ myEnrolments(group: IN_PROGRESS) { totalCount } }' }), expected: signedIn },
    courseEnrolments: {
      operation: (world) => ({ query: 'query ($c: ID!) { courseEnrolments(courseId: $c) { totalCount } }', variables: { c: world.courseId } }),
      expected: { ...agencyAAdmins, instructor: 'ok' },
    },
    overdueEnrolments: {
      operation: (world) => ({ query: 'query ($a: ID!) { overdueEnrolments(agencyId: $a) { totalCount } }', variables: { a: world.agencyA } }),
      expected: agencyAAdmins,
    },
    courseAssignments: {
      operation: (world) => ({ query: 'query ($c: ID!) { courseAssignments(courseId: $c) { id } }', variables: { c: world.courseId } }),
      expected: { ...agencyAAdmins, instructor: 'ok' },
    },
    agencyWorkUnits: {
      operation: (world) => ({ query: 'query ($a: ID!) { agencyWorkUnits(agencyId: $a) }', variables: { a: world.agencyA } }),
      expected: agencyAAdmins,
    },
    assignCourse: {
      operation: async (world) => ({
        query: 'mutation ($input: AssignCourseInput!) { assignCourse(input: $input) { enrolled } }',
        variables: { input: { courseId: (await buildCourse(app, { agencyId: world.agencyA, modules: [[{}]] })).id, userIds: [world.personInA.id] } },
      }),
      expected: agencyAAdmins,
    },
    decideEnrolment: {
      operation: async (world) => {
        const course = await buildCourse(app, { agencyId: world.agencyA, enrolmentPolicy: 'approval', modules: [[{}]] });
        const requestId = await enrolAs(await newUser(`request-${world.unique}`, [{ agencyId: world.agencyA, role: 'learner' }]), course.id);
        return { query: 'mutation ($e: ID!) { decideEnrolment(enrolmentId: $e, approve: true) { id } }', variables: { e: requestId } };
      },
      expected: agencyAAdmins,
    },
    // ---- quizzes: the bank and settings are the course's authors'; attempts are the learner's own;
    // results and learning gain need ReadLearnerProgress, graded attempts and essays GradeQuizzes.
    questionBank: {
      operation: (world) => ({ query: 'query ($c: ID!) { questionBank(courseId: $c) { totalCount } }', variables: { c: world.courseId } }),
      expected: { ...agencyAAdmins, instructor: 'ok' },
    },
    bankQuestions: {
      operation: (world) => ({ query: 'query ($c: ID!, $ids: [ID!]!) { bankQuestions(courseId: $c, ids: $ids) { id } }', variables: { c: world.courseId, ids: [] } }),
      expected: { ...agencyAAdmins, instructor: 'ok' },
    },
    questionBankTags: {
      operation: (world) => ({ query: 'query ($c: ID!) { questionBankTags(courseId: $c) { tag count } }', variables: { c: world.courseId } }),
      expected: { ...agencyAAdmins, instructor: 'ok' },
    },
    exportQuestionBank: {
      operation: (world) => ({ query: 'query ($c: ID!) { exportQuestionBank(courseId: $c, format: JSON) }', variables: { c: world.courseId } }),
      expected: { ...agencyAAdmins, instructor: 'ok' },
    },
    createQuestion: {
      operation: async (world) => ({
        query: 'mutation ($c: ID!) { createQuestion(courseId: $c, input: { type: TRUE_FALSE, prompt: "Uji akses?", points: 1, trueFalseAnswer: true }) { id } }',
        variables: { c: (await quizCourse(world, false)).id },
      }),
      expected: { ...agencyAAdmins, instructor: 'ok' },
    },
    updateQuestion: {
      operation: async (world) => ({
        query: 'mutation ($q: ID!) { updateQuestion(questionId: $q, revision: 1, input: { type: TRUE_FALSE, prompt: "Diubah?", points: 1, trueFalseAnswer: false }) { id } }',
        variables: { q: (await quizCourse(world, false)).quizzes[0].questionIds[0] },
      }),
      expected: { ...agencyAAdmins, instructor: 'ok' },
    },
    deleteQuestion: {
      operation: async (world) => ({
        query: 'mutation ($q: ID!) { deleteQuestion(questionId: $q) }',
        variables: { q: (await quizCourse(world, false)).quizzes[0].questionIds[0] },
      }),
      expected: { ...agencyAAdmins, instructor: 'ok' },
    },
    importQuestionBank: {
      operation: async (world) => ({
        query: 'mutation ($c: ID!, $t: String!) { importQuestionBank(courseId: $c, format: JSON, content: $t) { created } }',
        variables: {
          c: (await quizCourse(world, false)).id,
          t: JSON.stringify({ format: 'lentera-question-bank', version: 1, questions: [{ type: 'true_false', prompt: `Impor ${world.unique}?`, answer: true }] }),
        },
      }),
      expected: { ...agencyAAdmins, instructor: 'ok' },
    },
    updateQuizSettings: {
      operation: async (world) => {
        const course = await quizCourse(world, false);
        return {
          query: `mutation ($c: ID!, $l: ID!) { updateQuizSettings(courseId: $c, revision: 1, lessonId: $l, input: {
            selection: FIXED, questionIds: [], draws: [], shuffleQuestions: false, shuffleOptions: true, layout: ONE_PER_PAGE,
            passingPercent: 70, scoring: HIGHEST, review: AFTER_ATTEMPT, correctAnswers: AFTER_PASSING, role: NONE }) { id } }`,
          variables: { c: course.id, l: course.lessonIds[0] },
        };
      },
      expected: { ...agencyAAdmins, instructor: 'ok' },
    },
    startQuizAttempt: {
      operation: async (world) => {
        const course = await quizCourse(world, true);
        if (world.callerUser) await enrolAs(world.callerUser, course.id);
        return { query: 'mutation ($c: ID!, $l: ID!) { startQuizAttempt(courseId: $c, lessonId: $l) { id } }', variables: { c: course.id, l: course.lessonIds[0] } };
      },
      expected: signedIn,
    },
    saveQuizAnswers: {
      operation: async (world) => ({ query: 'mutation ($a: ID!) { saveQuizAnswers(attemptId: $a, answers: []) { saved } }', variables: { a: await ownAttempt(world) } }),
      expected: signedIn,
    },
    submitQuizAttempt: {
      operation: async (world) => ({ query: 'mutation ($a: ID!) { submitQuizAttempt(attemptId: $a) { id } }', variables: { a: await ownAttempt(world) } }),
      expected: signedIn,
    },
    quizAttempt: {
      operation: async (world) => ({ query: 'query ($a: ID!) { quizAttempt(attemptId: $a) { id } }', variables: { a: await ownAttempt(world) } }),
      expected: signedIn,
    },
    quizResults: {
      operation: async (world) => {
        const course = await quizCourse(world, true);
        return { query: 'query ($c: ID!, $l: ID!) { quizResults(courseId: $c, lessonId: $l) { totalCount } }', variables: { c: course.id, l: course.lessonIds[0] } };
      },
      expected: { ...agencyAAdmins, instructor: 'ok' },
    },
    quizResultsSummary: {
      operation: async (world) => {
        const course = await quizCourse(world, true);
        return { query: 'query ($c: ID!, $l: ID!) { quizResultsSummary(courseId: $c, lessonId: $l) { attempts } }', variables: { c: course.id, l: course.lessonIds[0] } };
      },
      expected: { ...agencyAAdmins, instructor: 'ok' },
    },
    learningGain: {
      operation: (world) => ({ query: 'query ($c: ID!) { learningGain(courseId: $c) { course { learners } } }', variables: { c: world.courseId } }),
      expected: { ...agencyAAdmins, instructor: 'ok' },
    },
    learningGainLearners: {
      operation: (world) => ({ query: 'query ($c: ID!) { learningGainLearners(courseId: $c) { totalCount } }', variables: { c: world.courseId } }),
      expected: { ...agencyAAdmins, instructor: 'ok' },
    },
    essayGradingQueue: {
      operation: (world) => ({ query: 'query ($c: ID!) { essayGradingQueue(courseId: $c) { totalCount } }', variables: { c: world.courseId } }),
      expected: { ...agencyAAdmins, instructor: 'ok' },
    },
    gradedAttempt: {
      operation: async (world) => ({ query: 'query ($a: ID!) { gradedAttempt(attemptId: $a) { gradingRevision } }', variables: { a: await essayAwaitingGrade(world) } }),
      expected: { ...agencyAAdmins, instructor: 'ok' },
    },
    gradeEssay: {
      operation: async (world) => {
        const attemptId = await essayAwaitingGrade(world);
        const essay = (await app.get(QuizAttemptRepository).findById(attemptId))?.questions[0];
        return {
          query: 'mutation ($a: ID!, $q: ID!, $i: EssayGradeInput!) { gradeEssay(attemptId: $a, questionId: $q, gradingRevision: 1, input: $i) { gradingRevision } }',
          variables: { a: attemptId, q: essay?.questionId, i: { criteria: (essay?.rubric ?? []).map((criterion) => ({ criterionId: criterion.criterionId, points: 1 })) } },
        };
      },
      expected: { ...agencyAAdmins, instructor: 'ok' },
    },
    // ---- certificates: a learner reads their own; IssueCertificates in the certificate's or the
    // course's agency reads the agency's, issues, revokes and re-issues; template, keys and audit log too.
    myCertificates: { operation: () => ({ query: '{ myCertificates { id } }' }), expected: signedIn },
    certificate: {
      operation: async (world) => ({ query: 'query ($id: ID!) { certificate(id: $id) { id } }', variables: { id: await certificateInA(world, false) } }),
      expected: agencyAAdmins,
    },
    agencyCertificates: {
      operation: (world) => ({ query: 'query ($a: ID!) { agencyCertificates(agencyId: $a) { totalCount } }', variables: { a: world.agencyA } }),
      expected: agencyAAdmins,
    },
    issueCertificates: {
      operation: async (world) => {
        const course = await buildCourse(app, { agencyId: world.agencyA, modules: [[{}]] });
        const learner = await newUser(`issue-${world.unique}`, [{ agencyId: world.agencyA, role: 'learner' }]);
        await app.get(EnrolmentRepository).enrolOnce({ userId: learner.id, courseId: course.id, agencyId: world.agencyA, status: 'active', source: 'self' }, new Date());
        return { query: 'mutation ($c: ID!, $u: [ID!]) { issueCertificates(courseId: $c, userIds: $u) { claimed } }', variables: { c: course.id, u: [learner.id] } };
      },
      expected: agencyAAdmins,
    },
    revokeCertificate: {
      operation: async (world) => ({
        query: 'mutation ($id: ID!) { revokeCertificate(id: $id, reason: "Uji otorisasi pencabutan") { status } }',
        variables: { id: await certificateInA(world, true) },
      }),
      expected: agencyAAdmins,
    },
    reissueCertificate: {
      operation: async (world) => ({
        query: 'mutation ($id: ID!) { reissueCertificate(id: $id, reason: "Uji otorisasi penerbitan ulang") { status } }',
        variables: { id: await certificateInA(world, true) },
      }),
      expected: agencyAAdmins,
    },
    certificateTemplate: {
      operation: (world) => ({ query: 'query ($a: ID!) { certificateTemplate(agencyId: $a) { sampleNumber } }', variables: { a: world.agencyA } }),
      expected: agencyAAdmins,
    },
    updateCertificateTemplate: {
      operation: (world) => ({
        query: `mutation ($a: ID!) { updateCertificateTemplate(agencyId: $a, input: {
          heading: "SERTIFIKAT", language: ID, numberFormat: "{agencyCode}/{year}/{sequence:5}", signatories: [] }) { sampleNumber } }`,
        variables: { a: world.agencyA },
      }),
      expected: agencyAAdmins,
    },
    signingKeys: {
      operation: (world) => ({ query: 'query ($a: ID!) { signingKeys(agencyId: $a) { keyId } }', variables: { a: world.agencyA } }),
      expected: agencyAAdmins,
    },
    rotateSigningKey: {
      operation: (world) => ({ query: 'mutation ($a: ID!) { rotateSigningKey(agencyId: $a, reason: "Uji otorisasi rotasi") { keyId } }', variables: { a: world.agencyA } }),
      expected: agencyAAdmins,
    },
    certificateAuditLog: {
      operation: (world) => ({ query: 'query ($a: ID!) { certificateAuditLog(agencyId: $a) { intact } }', variables: { a: world.agencyA } }),
      expected: agencyAAdmins,
    },
    // ---- JP ledger: a learner's own ledger and claims (signed in; someone in no agency has nobody
    // to review a claim); ManageJp in the agency for its review queue, policy and report
    myJpLedger: { operation: () => ({ query: '{ myJpLedger { totalJp targetJp } }' }), expected: signedIn },
    myExternalActivities: { operation: () => ({ query: '{ myExternalActivities { id } }' }), expected: signedIn },
    recordExternalActivity: {
      operation: async (world) => ({
        query: `mutation ($u: String!) { recordExternalActivity(input: { kind: SEMINAR, title: "Seminar uji", organizer: "LAN RI",
          startDate: "2026-01-05T00:00:00.000Z", endDate: "2026-01-05T00:00:00.000Z", jp: 2, competencyType: TEKNIS, uploadId: $u }) { id } }`,
        variables: { u: await evidenceUploadOf(world) },
      }),
      expected: { ...signedIn, superAdmin: 'FORBIDDEN' },
    },
    externalActivityQueue: {
      operation: (world) => ({ query: 'query ($a: ID!) { externalActivityQueue(agencyId: $a) { totalCount } }', variables: { a: world.agencyA } }),
      expected: agencyAAdmins,
    },
    reviewExternalActivity: {
      operation: async (world) => ({
        query: 'mutation ($id: ID!) { reviewExternalActivity(id: $id, approve: true) { status } }',
        variables: { id: await externalActivityInA(world) },
      }),
      expected: agencyAAdmins,
    },
    jpPolicy: {
      operation: (world) => ({ query: 'query ($a: ID!) { jpPolicy(agencyId: $a) { minutesPerJp } }', variables: { a: world.agencyA } }),
      expected: agencyAAdmins,
    },
    updateJpPolicy: {
      operation: (world) => ({
        query: 'mutation ($a: ID!) { updateJpPolicy(agencyId: $a, input: { minutesPerJp: 45, yearlyTargetPns: 20, yearlyTargetPppk: 20 }) { minutesPerJp } }',
        variables: { a: world.agencyA },
      }),
      expected: agencyAAdmins,
    },
    agencyJpReport: {
      operation: (world) => ({ query: 'query ($a: ID!) { agencyJpReport(agencyId: $a) { year } }', variables: { a: world.agencyA } }),
      expected: agencyAAdmins,
    },
  };

  /** An evidence upload of the caller (any id for an anonymous caller, who is refused first). */
  async function evidenceUploadOf(world: World): Promise<string> {
    if (!world.callerUser) return '0'.repeat(32);
    const { token } = (await app.get(SessionService).start(world.callerUser, {})).accessToken;
    const response = await request(app.getHttpServer())
      .post('/jp-ledger/evidence')
      .set('Authorization', `Bearer ${token}`)
      .set('Content-Type', 'application/octet-stream')
      .set('X-File-Name', 'bukti.pdf')
      .send(buildPdf('Bukti uji otorisasi'));
    return response.body.uploadId;
  }

  /** A pending external activity of a new learner of agency A. */
  async function externalActivityInA(world: World): Promise<string> {
    const learner = await newUser(`jp-${world.unique}`, [{ agencyId: world.agencyA, role: 'learner' }]);
    const activity = await app.get(ExternalActivityRepository).create({
      userId: learner.id,
      agencyId: world.agencyA,
      kind: 'seminar',
      title: 'Seminar uji otorisasi',
      organizer: 'LAN RI',
      startDate: new Date('2026-01-05T00:00:00Z'),
      endDate: new Date('2026-01-05T00:00:00Z'),
      jp: 2,
      competencyType: 'teknis',
      evidence: { path: `jp-evidence/${learner.id}/authz`, fileName: 'bukti.pdf', mediaType: 'application/pdf', sizeBytes: 1 },
      uploadId: `authz-${world.unique}`,
    });
    return activity.id;
  }

  /** A certificate of a new learner of agency A in a new course of A: pending, or issued as the worker leaves it. */
  async function certificateInA(world: World, issued: boolean): Promise<string> {
    const course = await buildCourse(app, { agencyId: world.agencyA, modules: [[{}]] });
    const learner = await newUser(`certified-${world.unique}`, [{ agencyId: world.agencyA, role: 'learner' }]);
    const issuing = app.get(CertificateIssuingService, { strict: false });
    const claim = { agencyId: world.agencyA, courseId: course.id, userId: learner.id, completionId: null, assignmentId: null, replacesId: null, requestedBy: null };
    const certificate = await issuing.claim({ ...claim, source: 'manual', issueKey: `manual:${learner.id}:${course.id}` });
    if (issued) await issuing.finish(certificate.id);
    return certificate.id;
  }

  /** A video of a draft course of agency A, ready (as the worker leaves it) or failed. */
  async function videoOf(world: World, status: 'ready' | 'failed'): Promise<{ id: string }> {
    const course = await buildCourse(app, { agencyId: world.agencyA, modules: [[{}]], publish: false });
    const assets = app.get(CourseAssetRepository);
    const video = await assets.create({
      courseId: course.id,
      agencyId: world.agencyA,
      kind: 'video',
      fileName: 'video.mp4',
      mediaType: 'video/mp4',
      sizeBytes: 1_000,
      sha256: '0'.repeat(64),
      storagePath: `videos/${course.id}/source`,
      uploadedBy: world.personInA.id,
      video: { durationSeconds: 60, width: 640, height: 360, hasAudio: false },
    });
    if (status === 'failed') {
      await assets.failVideo(video.id, { id: 'Berkas rusak.', en: 'Broken file.' });
    } else {
      await assets.claimVideo(video.id, 'authz');
      await assets.publishVideo(video.id, 'authz', { outputPath: `videos/${video.id}/hls-authz`, renditions: [] });
    }
    return video;
  }

  /** A course of agency A with one quiz lesson (a true/false question unless told), published or a draft. */
  function quizCourse(world: World, publish: boolean, questions: QuestionSpec[] = [{ type: 'true_false' }]) {
    return buildCourse(app, { agencyId: world.agencyA, modules: [[{ kind: 'quiz', quiz: { questions } }]], publish });
  }

  /** An attempt the caller started themselves (any id for an anonymous caller, who is refused first). */
  async function ownAttempt(world: World): Promise<string> {
    if (!world.callerUser) return '0123456789abcdef01234567';
    const course = await quizCourse(world, true);
    await enrolAs(world.callerUser, course.id);
    return startAttemptAs(world.callerUser, course.id, course.lessonIds[0]);
  }

  /** A learner of agency A's essay, submitted and graded by the worker's service: waiting for its grade. */
  async function essayAwaitingGrade(world: World): Promise<string> {
    const course = await quizCourse(world, true, [{ type: 'essay' }]);
    const learner = await newUser(`essay-${world.unique}`, [{ agencyId: world.agencyA, role: 'learner' }]);
    await enrolAs(learner, course.id);
    const attemptId = await startAttemptAs(learner, course.id, course.lessonIds[0]);
    const attempts = app.get(QuizAttemptRepository);
    const questionId = (await attempts.findById(attemptId))?.questions[0].questionId ?? '';
    await app.get(QuizAnswerRepository).saveMany({ attemptId, userId: learner.id }, [{ questionId, value: { text: 'Jawaban esai uji.' } }], false, new Date());
    await attempts.markSubmitted(attemptId, new Date(), 'learner');
    await app.get(QuizGradingService, { strict: false }).grade(attemptId);
    return attemptId;
  }

  async function startAttemptAs(user: UserRecord, courseId: string, lessonId: string): Promise<string> {
    const { token } = (await app.get(SessionService).start(user, {})).accessToken;
    const response = await request(app.getHttpServer())
      .post('/graphql')
      .set('Authorization', `Bearer ${token}`)
      .send({ query: 'mutation ($c: ID!, $l: ID!) { startQuizAttempt(courseId: $c, lessonId: $l) { id } }', variables: { c: courseId, l: lessonId } });
    return response.body.data.startQuizAttempt.id;
  }

  /** Enrols `user` through the API (as they would themselves); the enrolment id. */
  async function enrolAs(user: UserRecord, courseId: string): Promise<string> {
    const { token } = (await app.get(SessionService).start(user, {})).accessToken;
    const response = await request(app.getHttpServer())
      .post('/graphql')
      .set('Authorization', `Bearer ${token}`)
      .send({ query: 'mutation ($c: ID!) { enrol(courseId: $c) { id } }', variables: { c: courseId } });
    return response.body.data.enrol.id;
  }

  async function newUser(label: string, memberships: Array<{ agencyId: string; role: AgencyRole }>, isSuperAdmin = false): Promise<UserRecord> {
    return users.create({ fullName: `Uji ${label}`, email: `${label}@uji.lentera.id`, passwordHash, memberships, isSuperAdmin });
  }

  /** A fresh person holding the caller's role, so one call's side effects never leak into another. */
  async function userFor(caller: Caller, unique: string): Promise<UserRecord | null> {
    switch (caller) {
      case 'anonymous':
        return null;
      case 'learner':
      case 'instructor':
      case 'admin':
        return newUser(`${caller}-${unique}`, [{ agencyId: base.agencyA, role: caller }]);
      case 'otherAgencyAdmin':
        return newUser(`other-${unique}`, [{ agencyId: base.agencyB, role: 'admin' }]);
      case 'superAdmin':
        return newUser(`super-${unique}`, [], true);
    }
  }

  beforeAll(async () => {
    isolated = isolatedConfig('authz', { SEED_DEMO: 'true' });
    const module = await Test.createTestingModule({ imports: [AppModule.forRoot(isolated.config)] }).compile();
    app = module.createNestApplication({ logger: ['error'] });
    await app.init();
    users = app.get(UserRepository);
    passwordHash = await app.get(PasswordHasher).hash(PASSWORD);
    const agencies = app.get(AgencyRepository);
    const agencyA = (await agencies.findByCode('BPSDM-KALBAR'))!.id;
    const agencyB = (await agencies.create({ code: 'BPSDM-JATIM', name: 'BPSDM Provinsi Jawa Timur', kind: 'regional' })).id;
    const personInA = (await users.findByEmail('asn1@demo.lentera.id'))!;
    const catalogue = await request(app.getHttpServer()).post('/graphql').send({ query: '{ courses { edges { node { id } } } }' });
    base = { agencyA, agencyB, personInA, courseId: catalogue.body.data.courses.edges[0].node.id };
  });

  afterAll(async () => {
    await app?.close();
    await isolated?.cleanup();
  });

  it('has a row for every query and mutation in the schema, and none for fields that are gone', () => {
    const schema = app.get(GraphQLSchemaHost).schema;
    const rootFields = [schema.getQueryType(), schema.getMutationType()].flatMap((type) => Object.keys(type?.getFields() ?? {}));
    expect(rootFields.filter((field) => !cases[field])).toEqual([]);
    expect(Object.keys(cases).filter((field) => !rootFields.includes(field))).toEqual([]);
  });

  describe.each(Object.keys(cases))('%s', (field) => {
    it.each(callers)('as %s', async (caller) => {
      const unique = randomBytes(4).toString('hex');
      const callerUser = await userFor(caller, unique);
      const operation = await cases[field].operation({ ...base, caller, callerUser, unique });
      let call = request(app.getHttpServer()).post('/graphql').send({ query: operation.query, variables: operation.variables ?? {} });
      if (callerUser) call = call.set('Authorization', `Bearer ${(await app.get(SessionService).start(callerUser, {})).accessToken.token}`);
      if (operation.cookie) call = call.set('Cookie', operation.cookie);
      const response = await call;

      const expected = cases[field].expected[caller];
      if (expected === 'ok') {
        expect(response.body.errors).toBeUndefined();
        expect(response.body.data[field]).toBeDefined();
      } else {
        expect(response.body.errors?.map((error: { extensions: { code: string } }) => error.extensions.code)).toEqual([expected]);
        // A denied call returns no data at all, not even a partial object.
        expect(response.body.data?.[field] ?? null).toBeNull();
      }
    });
  });
});
