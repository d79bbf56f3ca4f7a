import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import {
  AgencyRepository,
  CourseAssignmentRepository,
  CourseRepository,
  EnrolmentRepository,
  LessonProgressRepository,
  LessonRepository,
  QuestionRepository,
  QuizAnswerRepository,
  QuizAttemptRepository,
  UserRepository,
  type AgencyRole,
  type AnswerValue,
  type AttemptQuestionValue,
  type QuizAttemptRecord,
  type QuizSettingsRecord,
  type UserRecord,
} from '@lentera/db';
import { QuizGradingService, buildAttemptQuestions } from '@lentera/quiz';
import { buildCourse, correctAnswerOf, isolatedConfig, testAgencyScope, type IsolatedConfig, type QuestionSpec } from '@lentera/test-support';
import { AppModule } from '../app.module';
import { graphqlClient, type Json } from '../testing/graphql-client';

const SUMMARY_FIELDS = 'id lessonId number status startedAt submittedAt submittedAutomatically maxPoints scorePoints percent passed';
const RESULTS = `query ($courseId: ID!, $lessonId: ID!, $status: QuizAttemptStatus, $first: Int, $after: String) {
  quizResults(courseId: $courseId, lessonId: $lessonId, status: $status, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { attempt { ${SUMMARY_FIELDS} } learner { id fullName workUnit } } }
  }
}`;
const SUMMARY = `query ($courseId: ID!, $lessonId: ID!) {
  quizResultsSummary(courseId: $courseId, lessonId: $lessonId) { attempts learners inProgress awaitingGrading graded averagePercent passRate }
}`;
const ANSWER_FIELDS = 'questionId optionIds booleanValue text number matches { promptId choiceId } order savedAt';
const GRADED_ATTEMPT = `
  attempt { ${SUMMARY_FIELDS} }
  learner { id fullName }
  lessonTitle gradingRevision
  questions {
    questionId position type prompt maxPoints outcome points
    answer { ${ANSWER_FIELDS} } lateAnswer { ${ANSWER_FIELDS} }
    options { id text correct feedback }
    matchPrompts { id prompt } matchChoices { id text } correctMatches { promptId choiceId }
    orderItems { id text } correctOrder trueFalseAnswer acceptedAnswers numericAnswer numericTolerance
    rubric { id title points } essayScores { criterionId points } essayComment
  }`;
const GRADED = `query ($attemptId: ID!) { gradedAttempt(attemptId: $attemptId) { ${GRADED_ATTEMPT} } }`;
const QUEUE = `query ($courseId: ID!, $first: Int, $after: String) {
  essayGradingQueue(courseId: $courseId, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${GRADED_ATTEMPT} } } }
}`;
const GRADE_ESSAY = `mutation ($attemptId: ID!, $questionId: ID!, $gradingRevision: Int!, $input: EssayGradeInput!) {
  gradeEssay(attemptId: $attemptId, questionId: $questionId, gradingRevision: $gradingRevision, input: $input) { ${GRADED_ATTEMPT} }
}`;
const GAIN_FIELDS = 'learners preTaken postTaken averagePre averagePost averageGain averageNormalizedGain';
const GAIN = `query ($courseId: ID!) {
  learningGain(courseId: $courseId) {
    courseId preTestLessonId postTestLessonId preTestTitle postTestTitle
    course { ${GAIN_FIELDS} }
    classes { assignmentId label labelEn summary { ${GAIN_FIELDS} } }
  }
}`;
const GAIN_LEARNERS = `query ($courseId: ID!, $assignmentId: ID, $first: Int, $after: String) {
  learningGainLearners(courseId: $courseId, assignmentId: $assignmentId, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { learner { id fullName } assignmentId pre post gain } }
  }
}`;

interface Learner {
  user: UserRecord;
  enrolmentId: string;
  assignmentId: string | null;
}

/** Ten true/false questions of one point each: k right answers score k × 10 %. */
const tenTrueFalse = (): QuestionSpec[] => Array.from({ length: 10 }, (_, index) => ({ type: 'true_false', prompt: `Pernyataan uji ${index + 1}.`, trueFalseAnswer: index % 2 === 0, points: 1 }));

describe('quiz results, essay grading and learning gain over GraphQL', () => {
  let isolated: IsolatedConfig;
  let app: INestApplication;
  let users: UserRepository;
  let agencyA: string;
  let agencyB: string;
  let adminA: UserRecord;
  let instructorA: UserRecord;
  let adminB: UserRecord;
  let people = 0;

  const attempts = () => app.get(QuizAttemptRepository);
  const grading = () => app.get(QuizGradingService, { strict: false });

  async function person(agencyId: string, role: AgencyRole = 'learner', profile: { fullName?: string; workUnit?: string } = {}): Promise<UserRecord> {
    people += 1;
    return users.create({ fullName: profile.fullName ?? `Peserta Kuis ${people}`, email: `kuis${people}@uji.lentera.id`, workUnit: profile.workUnit, memberships: [{ agencyId, role }] });
  }

  const { ok, refused } = graphqlClient(() => app);
  /** The error code of a call that must fail. */
  const refusedCode = async (user: UserRecord, query: string, variables: Record<string, unknown> = {}): Promise<string> =>
    (await refused(user, query, variables)).extensions.code;

  async function selfEnrolled(courseId: string, fullName?: string): Promise<Learner> {
    const user = await person(agencyA, 'learner', { fullName });
    const { enrolment } = await app.get(EnrolmentRepository).enrolOnce({ userId: user.id, courseId, agencyId: agencyA, status: 'active', source: 'self' }, new Date());
    return { user, enrolmentId: enrolment.id, assignmentId: null };
  }

  /** A class: an assignment of the course and its learners enrolled through it. */
  async function assignedClass(courseId: string, target: { workUnit?: string }, size: number): Promise<{ assignmentId: string; learners: Learner[] }> {
    const scope = testAgencyScope(agencyA);
    const assignment = await app.get(CourseAssignmentRepository).create(scope, {
      courseId,
      createdBy: adminA.id,
      targetKind: target.workUnit ? 'work_unit' : 'people',
      workUnit: target.workUnit ?? null,
    });
    const members = [];
    for (let index = 0; index < size; index += 1) members.push(await person(agencyA, 'learner', { workUnit: target.workUnit }));
    await app.get(EnrolmentRepository).insertAssigned(scope, courseId, members.map((user) => user.id), { assignmentId: assignment.id, assignedBy: adminA.id, dueAt: null }, new Date());
    const enrolments = await app.get(EnrolmentRepository).findByCourseAndUsers(scope, courseId, members.map((user) => user.id));
    return {
      assignmentId: assignment.id,
      learners: members.map((user) => ({ user, enrolmentId: enrolments.find((row) => row.userId === user.id)!.id, assignmentId: assignment.id })),
    };
  }

  async function settingsOf(courseId: string, lessonId: string): Promise<QuizSettingsRecord> {
    const course = (await app.get(CourseRepository).findById(courseId))!;
    return (await app.get(LessonRepository).findContent({ courseId, version: course.publishedVersion }, lessonId))!.quiz!;
  }

  /** An attempt started as the API starts one: the questions drawn from the bank and fixed. */
  async function start(courseId: string, lessonId: string, learner: Learner): Promise<QuizAttemptRecord> {
    const settings = await settingsOf(courseId, lessonId);
    const questions = buildAttemptQuestions(settings, await app.get(QuestionRepository).findByIds(settings.questionIds));
    const previous = await attempts().findByLearnerLesson(learner.user.id, lessonId);
    const attempt = await attempts().createNumbered({
      agencyId: agencyA,
      courseId,
      courseVersion: 1,
      lessonId,
      userId: learner.user.id,
      enrolmentId: learner.enrolmentId,
      assignmentId: learner.assignmentId,
      number: previous.length + 1,
      role: settings.role,
      startedAt: new Date(Date.now() - 60_000),
      deadline: null,
      passingPercent: settings.passingPercent,
      review: settings.review,
      correctAnswers: settings.correctAnswers,
      closesAt: null,
      questions,
      maxPoints: questions.reduce((sum, question) => sum + question.points, 0),
    });
    return attempt!;
  }

  async function answerAndSubmit(attempt: QuizAttemptRecord, answers: Array<{ questionId: string; value: AnswerValue }>): Promise<void> {
    await app.get(QuizAnswerRepository).saveMany({ attemptId: attempt.id, userId: attempt.userId }, answers, false, new Date(Date.now() - 1_000));
    expect(await attempts().markSubmitted(attempt.id, new Date(), 'learner')).toBe(true);
  }

  /** One attempt of a ten-question true/false quiz, `right` of them right, submitted and graded (right × 10 %). */
  async function scored(courseId: string, lessonId: string, learner: Learner, right: number): Promise<QuizAttemptRecord> {
    const attempt = await start(courseId, lessonId, learner);
    const answers = attempt.questions.map((question, index) => ({ questionId: question.questionId, value: { booleanValue: index < right ? question.trueFalseAnswer : !question.trueFalseAnswer } }));
    await answerAndSubmit(attempt, answers);
    expect((await grading().grade(attempt.id)).outcome).toBe('graded');
    return (await attempts().findById(attempt.id))!;
  }

  beforeAll(async () => {
    isolated = isolatedConfig('quiz-results');
    const module = await Test.createTestingModule({ imports: [AppModule.forRoot(isolated.config)] }).compile();
    app = module.createNestApplication({ logger: ['error'] });
    await app.init();
    users = app.get(UserRepository);
    const agencies = app.get(AgencyRepository);
    agencyA = (await agencies.create({ code: 'BPSDM-HASIL-A', name: 'BPSDM Hasil A', kind: 'regional' })).id;
    agencyB = (await agencies.create({ code: 'BPSDM-HASIL-B', name: 'BPSDM Hasil B', kind: 'regional' })).id;
    adminA = await person(agencyA, 'admin');
    instructorA = await person(agencyA, 'instructor');
    adminB = await person(agencyB, 'admin');
  });

  afterAll(async () => {
    await app?.close();
    await isolated?.cleanup();
  });

  describe('results of one quiz', () => {
    let courseId: string;
    let lessonId: string;
    let learners: Learner[];

    beforeAll(async () => {
      const course = await buildCourse(app, { agencyId: agencyA, modules: [[{ kind: 'quiz', title: 'Kuis Bab 1', quiz: { questions: tenTrueFalse(), settings: { passingPercent: 70 } } }]] });
      courseId = course.id;
      lessonId = course.quizzes[0].lessonId;
      learners = [await selfEnrolled(courseId, 'Ani'), await selfEnrolled(courseId, 'Budi'), await selfEnrolled(courseId, 'Citra')];
      // Ani: 60 % then 80 % (HIGHEST counts 80: passed). Budi: 50 %, then an attempt in progress. Citra: in progress.
      await scored(courseId, lessonId, learners[0], 6);
      await scored(courseId, lessonId, learners[0], 8);
      await scored(courseId, lessonId, learners[1], 5);
      await start(courseId, lessonId, learners[1]);
      await start(courseId, lessonId, learners[2]);
    });

    it('sums up the quiz: counts per status, the mean of the counted scores and the share of learners who passed', async () => {
      const { quizResultsSummary } = await ok(instructorA, SUMMARY, { courseId, lessonId });
      // Counted: Ani 80 (passed), Budi 50 (not); Citra has no graded attempt. (80 + 50) / 2 = 65; 1 of 2 passed.
      expect(quizResultsSummary).toEqual({ attempts: 5, learners: 3, inProgress: 2, awaitingGrading: 0, graded: 3, averagePercent: 65, passRate: 0.5 });
    });

    it('lists every attempt in start order with its learner, page by page, and filters by status', async () => {
      const first = (await ok(adminA, RESULTS, { courseId, lessonId, first: 2 })).quizResults;
      expect(first.totalCount).toBe(5);
      expect(first.pageInfo.hasNextPage).toBe(true);
      expect(first.edges.map((edge: Json) => [edge.node.learner.fullName, edge.node.attempt.number, edge.node.attempt.percent, edge.node.attempt.passed])).toEqual([
        ['Ani', 1, 60, false],
        ['Ani', 2, 80, true],
      ]);
      expect(first.edges[0].node.attempt).toMatchObject({ status: 'GRADED', maxPoints: 10, scorePoints: 6, submittedAutomatically: false, lessonId });
      const second = (await ok(adminA, RESULTS, { courseId, lessonId, first: 2, after: first.pageInfo.endCursor })).quizResults;
      expect(second.edges.map((edge: Json) => [edge.node.learner.fullName, edge.node.attempt.status])).toEqual([
        ['Budi', 'GRADED'],
        ['Budi', 'IN_PROGRESS'],
      ]);
      const third = (await ok(adminA, RESULTS, { courseId, lessonId, first: 2, after: second.pageInfo.endCursor })).quizResults;
      expect(third.edges.map((edge: Json) => edge.node.learner.fullName)).toEqual(['Citra']);
      expect(third.pageInfo.hasNextPage).toBe(false);

      const graded = (await ok(instructorA, RESULTS, { courseId, lessonId, status: 'GRADED', first: 10 })).quizResults;
      expect(graded.totalCount).toBe(3);
      expect(graded.edges.every((edge: Json) => edge.node.attempt.status === 'GRADED')).toBe(true);
    });

    it('refuses learners and other agencies, and checks its arguments', async () => {
      const learner = learners[0].user;
      for (const user of [learner, adminB]) {
        expect(await refusedCode(user, RESULTS, { courseId, lessonId })).toBe('FORBIDDEN');
        expect(await refusedCode(user, SUMMARY, { courseId, lessonId })).toBe('FORBIDDEN');
        expect(await refusedCode(user, QUEUE, { courseId })).toBe('FORBIDDEN');
        expect(await refusedCode(user, GAIN, { courseId })).toBe('FORBIDDEN');
        expect(await refusedCode(user, GAIN_LEARNERS, { courseId })).toBe('FORBIDDEN');
      }
      const [attempt] = await attempts().findByLearnerLesson(learner.id, lessonId);
      expect(await refusedCode(learner, GRADED, { attemptId: attempt.id })).toBe('FORBIDDEN');
      expect(await refusedCode(adminB, GRADED, { attemptId: attempt.id })).toBe('FORBIDDEN');
      expect(await refusedCode(adminA, RESULTS, { courseId: '0123456789abcdef01234567', lessonId })).toBe('NOT_FOUND');
      expect(await refusedCode(adminA, RESULTS, { courseId, lessonId: '0123456789abcdef01234567' })).toBe('NOT_FOUND');
      expect(await refusedCode(adminA, RESULTS, { courseId, lessonId, first: 101 })).toBe('BAD_USER_INPUT');
      expect(await refusedCode(adminA, RESULTS, { courseId, lessonId, after: 'bukan-kursor' })).toBe('BAD_USER_INPUT');
      expect(await refusedCode(adminA, GRADED, { attemptId: 'bukan-id' })).toBe('BAD_USER_INPUT');
      expect(await refusedCode(adminA, GRADED, { attemptId: '0123456789abcdef01234567' })).toBe('NOT_FOUND');
    });
  });

  describe('an essay graded against its rubric', () => {
    let courseId: string;
    let lessonId: string;
    let learner: Learner;
    let attempt: QuizAttemptRecord;
    let essay: AttemptQuestionValue;
    let choice: AttemptQuestionValue;

    beforeAll(async () => {
      // 2 points of single choice + a 4-point essay (rubric: r1 2, r2 2); passing at 70 %.
      const course = await buildCourse(app, {
        agencyId: agencyA,
        modules: [[{ kind: 'quiz', title: 'Kuis Esai', quiz: { questions: [{ type: 'single_choice' }, { type: 'essay' }], settings: { passingPercent: 70 } } }, { title: 'Penutup' }]],
      });
      courseId = course.id;
      lessonId = course.quizzes[0].lessonId;
      learner = await selfEnrolled(courseId, 'Dewi');
      attempt = await start(courseId, lessonId, learner);
      choice = attempt.questions.find((question) => question.type === 'single_choice')!;
      essay = attempt.questions.find((question) => question.type === 'essay')!;
      await answerAndSubmit(attempt, [
        { questionId: choice.questionId, value: correctAnswerOf(choice) },
        { questionId: essay.questionId, value: correctAnswerOf(essay) },
      ]);
      // After the deadline: kept for the graders, never graded.
      const wrong = choice.options!.find((option) => !option.correct)!;
      await app.get(QuizAnswerRepository).saveMany({ attemptId: attempt.id, userId: learner.user.id }, [{ questionId: choice.questionId, value: { optionIds: [wrong.optionId] } }], true, new Date());
      expect((await grading().grade(attempt.id)).outcome).toBe('awaiting_grading');
    });

    it('puts the attempt in the queue with the keys, the graded and the late answer', async () => {
      const queue = (await ok(instructorA, QUEUE, { courseId })).essayGradingQueue;
      expect(queue.totalCount).toBe(1);
      const node = queue.edges[0].node;
      expect(node).toMatchObject({ lessonTitle: 'Kuis Esai', gradingRevision: 1, learner: { id: learner.user.id, fullName: 'Dewi' } });
      expect(node.attempt).toMatchObject({ id: attempt.id, status: 'AWAITING_GRADING', scorePoints: 2, percent: null, passed: null, maxPoints: 6 });
      const [shownChoice, shownEssay] = [choice, essay].map((question) => node.questions.find((row: Json) => row.questionId === question.questionId));
      expect(shownChoice).toMatchObject({ type: 'SINGLE_CHOICE', outcome: 'CORRECT', points: 2, maxPoints: 2 });
      expect(shownChoice.options.filter((option: Json) => option.correct).map((option: Json) => option.id)).toEqual(correctAnswerOf(choice).optionIds);
      expect(shownChoice.answer.optionIds).toEqual(correctAnswerOf(choice).optionIds);
      expect(shownChoice.lateAnswer.optionIds).toEqual([choice.options!.find((option) => !option.correct)!.optionId]);
      expect(shownEssay).toMatchObject({ type: 'ESSAY', outcome: 'PENDING', points: null, maxPoints: 4, lateAnswer: null, essayScores: [], essayComment: null });
      expect(shownEssay.answer.text).toBe(correctAnswerOf(essay).text);
      expect(shownEssay.rubric.map((criterion: Json) => [criterion.id, criterion.points])).toEqual([
        ['r1', 2],
        ['r2', 2],
      ]);
      expect(await refusedCode(learner.user, GRADE_ESSAY, { attemptId: attempt.id, questionId: essay.questionId, gradingRevision: 1, input: { criteria: [] } })).toBe('FORBIDDEN');
    });

    it('refuses scores outside the rubric, grades, completes the lesson, and refuses a grade from an older view', async () => {
      const grade = (gradingRevision: number, criteria: Array<{ criterionId: string; points: number }>, comment?: string) => ({
        attemptId: attempt.id,
        questionId: essay.questionId,
        gradingRevision,
        input: { criteria, comment },
      });
      expect(await refusedCode(instructorA, GRADE_ESSAY, grade(1, [{ criterionId: 'r1', points: 3 }, { criterionId: 'r2', points: 1 }]))).toBe('BAD_USER_INPUT');
      expect(await refusedCode(instructorA, GRADE_ESSAY, grade(1, [{ criterionId: 'r1', points: -1 }, { criterionId: 'r2', points: 1 }]))).toBe('BAD_USER_INPUT');
      expect(await refusedCode(instructorA, GRADE_ESSAY, grade(1, [{ criterionId: 'r1', points: 2 }]))).toBe('BAD_USER_INPUT');
      expect(await refusedCode(adminB, GRADE_ESSAY, grade(1, [{ criterionId: 'r1', points: 2 }, { criterionId: 'r2', points: 0.5 }]))).toBe('FORBIDDEN');

      // 2 + 2 + 0.5 = 4.5 of 6 = 75 %: passed.
      const graded = (await ok(instructorA, GRADE_ESSAY, grade(1, [{ criterionId: 'r1', points: 2 }, { criterionId: 'r2', points: 0.5 }], 'Relevan, kurang jelas.'))).gradeEssay;
      expect(graded.attempt).toMatchObject({ status: 'GRADED', scorePoints: 4.5, percent: 75, passed: true });
      expect(graded.gradingRevision).toBe(2);
      const shownEssay = graded.questions.find((row: Json) => row.questionId === essay.questionId);
      expect(shownEssay).toMatchObject({ outcome: 'PARTIAL', points: 2.5, essayComment: 'Relevan, kurang jelas.' });
      expect(shownEssay.essayScores).toEqual([
        { criterionId: 'r1', points: 2 },
        { criterionId: 'r2', points: 0.5 },
      ]);
      expect(await refusedCode(instructorA, GRADE_ESSAY, grade(1, [{ criterionId: 'r1', points: 0 }, { criterionId: 'r2', points: 0 }]))).toBe('CONFLICT');

      const progress = await app.get(LessonProgressRepository).findByLearnerCourse({ userId: learner.user.id, courseId });
      expect(progress.find((row) => row.lessonId === lessonId)?.state).toBe('done');
      expect((await ok(instructorA, QUEUE, { courseId })).essayGradingQueue.totalCount).toBe(0);
      expect((await ok(adminA, GRADED, { attemptId: attempt.id })).gradedAttempt.attempt.percent).toBe(75);
    });
  });

  describe('learning gain of a course with a pre-test and a post-test', () => {
    let courseId: string;
    let preTestId: string;
    let postTestId: string;
    let classA: { assignmentId: string; learners: Learner[] };
    let classB: { assignmentId: string; learners: Learner[] };
    let self: Learner[];

    beforeAll(async () => {
      const course = await buildCourse(app, {
        agencyId: agencyA,
        modules: [
          [{ kind: 'quiz', title: 'Pre-test', quiz: { questions: tenTrueFalse(), settings: { role: 'pre_test', passingPercent: 0 } } }],
          [{ title: 'Materi' }],
          [{ kind: 'quiz', title: 'Post-test', quiz: { questions: tenTrueFalse(), settings: { role: 'post_test', passingPercent: 70, scoring: 'highest' } } }],
        ],
      });
      courseId = course.id;
      [preTestId, postTestId] = course.quizzes.map((quiz) => quiz.lessonId);
      classA = await assignedClass(courseId, { workUnit: 'Bidang Anggaran' }, 2);
      classB = await assignedClass(courseId, {}, 2);
      self = [await selfEnrolled(courseId), await selfEnrolled(courseId)];
      const test = async (learner: Learner, lessonId: string, ...scores: number[]) => {
        for (const score of scores) await scored(courseId, lessonId, learner, score / 10);
      };
      // Class A: 40 (retaken: 90, the first counts) → 80; 60 → 70, 90 (highest counts: 90).
      await test(classA.learners[0], preTestId, 40, 90);
      await test(classA.learners[0], postTestId, 80);
      await test(classA.learners[1], preTestId, 60);
      await test(classA.learners[1], postTestId, 70, 90);
      // Class B: 100 → 90 (no normalized gain from 100); 50 and no post-test yet (an attempt in progress does not count).
      await test(classB.learners[0], preTestId, 100);
      await test(classB.learners[0], postTestId, 90);
      await test(classB.learners[1], preTestId, 50);
      await start(courseId, postTestId, classB.learners[1]);
      // Self-enrolled: 20 → 60; the post-test only (70).
      await test(self[0], preTestId, 20);
      await test(self[0], postTestId, 60);
      await test(self[1], postTestId, 70);
    });

    it('averages per course and per class over the learners with both scores', async () => {
      const report = (await ok(instructorA, GAIN, { courseId })).learningGain;
      expect(report).toMatchObject({ courseId, preTestLessonId: preTestId, postTestLessonId: postTestId, preTestTitle: 'Pre-test', postTestTitle: 'Post-test' });
      // Both: A1 40→80, A2 60→90, B1 100→90, S1 20→60. Pre (40+60+100+20)/4 = 55, post (80+90+90+60)/4 = 80, gain 25;
      // normalized (40/60 + 30/40 + 40/80) / 3 = (0.6667 + 0.75 + 0.5) / 3 = 0.6389 (B1 left out: pre 100).
      expect(report.course).toEqual({ learners: 4, preTaken: 5, postTaken: 5, averagePre: 55, averagePost: 80, averageGain: 25, averageNormalizedGain: 0.6389 });
      expect(report.classes.map((entry: Json) => entry.assignmentId)).toEqual([classA.assignmentId, classB.assignmentId, null]);
      const [a, b, selfClass] = report.classes;
      expect(a.label).toMatch(/^Penugasan Bidang Anggaran · \d{1,2} \p{L}+ \d{4}$/u);
      expect(a.labelEn).toMatch(/^Assignment Bidang Anggaran · \d{1,2} \p{L}+ \d{4}$/u);
      expect(b.label).toMatch(/^Penugasan peserta pilihan · /);
      expect(selfClass).toMatchObject({ label: 'Mendaftar sendiri', labelEn: 'Self-enrolled' });
      // A: (40+60)/2 = 50 → (80+90)/2 = 85, gain 35, normalized (0.6667 + 0.75) / 2 = 0.7083.
      expect(a.summary).toEqual({ learners: 2, preTaken: 2, postTaken: 2, averagePre: 50, averagePost: 85, averageGain: 35, averageNormalizedGain: 0.7083 });
      expect(b.summary).toEqual({ learners: 1, preTaken: 2, postTaken: 1, averagePre: 100, averagePost: 90, averageGain: -10, averageNormalizedGain: null });
      expect(selfClass.summary).toEqual({ learners: 1, preTaken: 1, postTaken: 2, averagePre: 20, averagePost: 60, averageGain: 40, averageNormalizedGain: 0.5 });
    });

    it('lists each learner with a score, page by page, and one class at a time', async () => {
      const expected = new Map<string, [number | null, number | null, number | null]>([
        [classA.learners[0].user.id, [40, 80, 40]],
        [classA.learners[1].user.id, [60, 90, 30]],
        [classB.learners[0].user.id, [100, 90, -10]],
        [classB.learners[1].user.id, [50, null, null]],
        [self[0].user.id, [20, 60, 40]],
        [self[1].user.id, [null, 70, null]],
      ]);
      const first = (await ok(adminA, GAIN_LEARNERS, { courseId, first: 4 })).learningGainLearners;
      expect(first.totalCount).toBe(6);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const second = (await ok(adminA, GAIN_LEARNERS, { courseId, first: 4, after: first.pageInfo.endCursor })).learningGainLearners;
      expect(second.pageInfo.hasNextPage).toBe(false);
      const rows = [...first.edges, ...second.edges].map((edge: Json) => edge.node);
      expect(rows).toHaveLength(6);
      for (const row of rows) expect([row.pre, row.post, row.gain]).toEqual(expected.get(row.learner.id));
      expect(new Set(rows.map((row: Json) => row.learner.id)).size).toBe(6);

      const onlyA = (await ok(instructorA, GAIN_LEARNERS, { courseId, assignmentId: classA.assignmentId })).learningGainLearners;
      expect(onlyA.totalCount).toBe(2);
      expect(onlyA.edges.every((edge: Json) => edge.node.assignmentId === classA.assignmentId)).toBe(true);
    });

    it('reports an empty gain for a course without a pre-test or post-test', async () => {
      const course = await buildCourse(app, { agencyId: agencyA, modules: [[{ title: 'Materi saja' }]] });
      const report = (await ok(adminA, GAIN, { courseId: course.id })).learningGain;
      expect(report).toMatchObject({ preTestLessonId: null, postTestLessonId: null, classes: [] });
      expect(report.course).toEqual({ learners: 0, preTaken: 0, postTaken: 0, averagePre: null, averagePost: null, averageGain: null, averageNormalizedGain: null });
    });
  });
});
