import { Test, type TestingModule } from '@nestjs/testing';
import { ConfigModule, loadConfig, type AppConfig } from '@lentera/config';
import {
  AgencyRepository,
  CourseCompletionRepository,
  DatabaseModule,
  DEFAULT_QUIZ_SETTINGS,
  EnrolmentRepository,
  LessonProgressRepository,
  QuestionRepository,
  QuizAnswerRepository,
  QuizAttemptRepository,
  QuizGradingRepository,
  UserRepository,
  type AnswerValue,
  type AttemptQuestionValue,
  type QuizAttemptRecord,
} from '@lentera/db';
import { JobQueue, JobsProducerModule } from '@lentera/jobs';
import { buildAttemptQuestions } from '@lentera/quiz';
import {
  buildCourse,
  correctAnswerOf,
  eventually,
  graphqlAs,
  oneOfEachType,
  signInThroughApi,
  startLenteraApp,
  startStack,
  type RunningStack,
} from '@lentera/test-support';

const DEMO_AGENCY = 'BPSDM-KALBAR';
/** Seven questions of 2 points, one of each type but the essay (graded by the worker alone). */
const QUESTIONS = oneOfEachType().filter(({ type }) => type !== 'essay');
const MAX_POINTS = 14;
/** The percent of 0..7 questions right (2 of 14 points each), rounded to two decimals. */
const PERCENT_BY_RIGHT = [0, 14.29, 28.57, 42.86, 57.14, 71.43, 85.71, 100];

const ATTEMPT = 'id number status deadline submittedAt submittedAutomatically maxPoints scorePoints percent passed answers { questionId savedAt }';
const ENROL = 'mutation ($c: ID!) { enrol(courseId: $c) { id status } }';
const START = `mutation ($c: ID!, $l: ID!) { startQuizAttempt(courseId: $c, lessonId: $l) { ${ATTEMPT} } }`;
const SAVE = 'mutation ($a: ID!, $answers: [AnswerInput!]!) { saveQuizAnswers(attemptId: $a, answers: $answers) { saved late savedAt } }';
const SUBMIT = `mutation ($a: ID!) { submitQuizAttempt(attemptId: $a) { ${ATTEMPT} } }`;
const READ = `query ($a: ID!) { quizAttempt(attemptId: $a) { ${ATTEMPT} } }`;

interface AttemptView {
  id: string;
  status: string;
  deadline: string | null;
  submittedAt: string | null;
  submittedAutomatically: boolean;
  maxPoints: number;
  scorePoints: number | null;
  percent: number | null;
  passed: boolean | null;
  answers: Array<{ questionId: string; savedAt: string }>;
}

interface Quiz {
  courseId: string;
  lessonId: string;
  questionIds: string[];
}

/**
 * Grading in the worker, through the built API and worker processes (done-when of issue 6):
 * twenty parallel submits grade once, a learner who closes the tab is submitted at the deadline
 * and graded without the answer that came after it, and a worker killed in the middle of
 * grading hundreds of attempts loses none of them and grades none twice.
 */
describe('quiz grading in the worker', () => {
  let stack: RunningStack;
  let db: TestingModule;
  let agencyId: string;

  const attempts = () => db.get(QuizAttemptRepository);
  const gradings = () => db.get(QuizGradingRepository);

  /** A published course in the demo agency whose only lesson is a required quiz over QUESTIONS. */
  async function quizCourse(title: string, settings: Partial<typeof DEFAULT_QUIZ_SETTINGS> = {}): Promise<Quiz> {
    const course = await buildCourse(db, { agencyId, title, modules: [[{ kind: 'quiz', title: 'Kuis Akhir', quiz: { questions: QUESTIONS, settings } }]] });
    return { courseId: course.id, ...course.quizzes[0] };
  }

  /** The attempt as the server fixed it, keys included (the test needs them to answer right). */
  const fixedQuestions = async (attemptId: string) => (await attempts().findById(attemptId))!.questions;
  const answerInputs = (questions: readonly AttemptQuestionValue[]) => questions.map((question) => ({ questionId: question.questionId, ...correctAnswerOf(question) }));

  beforeAll(async () => {
    stack = await startStack('e2e-quiz-grading');
    const config: AppConfig = {
      ...loadConfig({ ...process.env, ...stack.env }),
      mongodbUri: stack.isolated.config.mongodbUri,
      queuePrefix: stack.isolated.config.queuePrefix,
    };
    db = await Test.createTestingModule({
      imports: [ConfigModule.forRoot(config), DatabaseModule.forRoot(config), JobsProducerModule.forRoot(config)],
    }).compile();
    db.useLogger(false);
    await db.init();
    const agency = await eventually(() => db.get(AgencyRepository).findByCode(DEMO_AGENCY), (found) => found !== null, 'the demo agency the API seeds', 10_000);
    agencyId = agency!.id;
  });

  afterAll(async () => {
    await db?.close();
    await stack?.stop();
  });

  it('twenty parallel submits of one attempt: graded once, the lesson done once, the course completed once', async () => {
    const quiz = await quizCourse('Kuis Serentak');
    const { token } = await signInThroughApi(stack.baseUrl, 'asn1@demo.lentera.id');
    const call = <T>(query: string, variables: Record<string, unknown>) => graphqlAs<T>(stack.baseUrl, token, query, variables);
    await call(ENROL, { c: quiz.courseId });
    const { startQuizAttempt: started } = await call<{ startQuizAttempt: AttemptView }>(START, { c: quiz.courseId, l: quiz.lessonId });
    expect(started).toMatchObject({ status: 'IN_PROGRESS', deadline: null, maxPoints: MAX_POINTS });
    const questions = await fixedQuestions(started.id);
    expect(await call<{ saveQuizAnswers: { saved: number; late: boolean } }>(SAVE, { a: started.id, answers: answerInputs(questions) })).toEqual({
      saveQuizAnswers: expect.objectContaining({ saved: 7, late: false }),
    });

    const submits = await Promise.all(Array.from({ length: 20 }, () => call<{ submitQuizAttempt: AttemptView }>(SUBMIT, { a: started.id })));

    expect(new Set(submits.map(({ submitQuizAttempt }) => submitQuizAttempt.id))).toEqual(new Set([started.id]));
    const graded = await eventually(
      () => call<{ quizAttempt: AttemptView }>(READ, { a: started.id }),
      ({ quizAttempt }) => quizAttempt.status === 'GRADED',
      'the worker to grade the attempt',
      30_000,
    );
    expect(graded.quizAttempt).toMatchObject({ submittedAutomatically: false, scorePoints: MAX_POINTS, percent: 100, passed: true });
    expect(await gradings().findByAttemptIds([started.id])).toHaveLength(1);
    const user = (await db.get(UserRepository).findByEmail('asn1@demo.lentera.id'))!;
    const progress = await db.get(LessonProgressRepository).findByLearnerCourse({ userId: user.id, courseId: quiz.courseId });
    expect(progress).toEqual([expect.objectContaining({ lessonId: quiz.lessonId, state: 'done' })]);
    expect(await db.get(CourseCompletionRepository).countByCourse(quiz.courseId)).toBe(1);
    expect((await db.get(EnrolmentRepository).findByUserAndCourse(user.id, quiz.courseId))?.status).toBe('completed');
  }, 90_000);

  it('a learner who closes the tab is submitted at the deadline and graded; an answer after the deadline is kept late, not graded', async () => {
    const closesAt = new Date(Date.now() + 8_000);
    const quiz = await quizCourse('Kuis Berbatas Waktu', { closesAt });
    const { token } = await signInThroughApi(stack.baseUrl, 'asn2@demo.lentera.id');
    const call = <T>(query: string, variables: Record<string, unknown>) => graphqlAs<T>(stack.baseUrl, token, query, variables);
    await call(ENROL, { c: quiz.courseId });
    const { startQuizAttempt: started } = await call<{ startQuizAttempt: AttemptView }>(START, { c: quiz.courseId, l: quiz.lessonId });
    expect(new Date(started.deadline!).getTime()).toBe(closesAt.getTime());
    const [first, second] = await fixedQuestions(started.id);
    const onTime = await call<{ saveQuizAnswers: { late: boolean } }>(SAVE, { a: started.id, answers: answerInputs([first]) });
    expect(onTime.saveQuizAnswers.late).toBe(false);

    // The tab is closed: nobody submits. Just after the deadline (before the job, at +2 s) an answer still arrives.
    await new Promise((resolve) => setTimeout(resolve, closesAt.getTime() - Date.now() + 300));
    const late = await call<{ saveQuizAnswers: { saved: number; late: boolean } }>(SAVE, { a: started.id, answers: answerInputs([second]) });
    expect(late.saveQuizAnswers).toMatchObject({ saved: 1, late: true });

    const graded = await eventually(
      () => call<{ quizAttempt: AttemptView }>(READ, { a: started.id }),
      ({ quizAttempt }) => quizAttempt.status === 'GRADED',
      'the deadline job to submit the attempt and the worker to grade it',
      30_000,
    );
    expect(graded.quizAttempt).toMatchObject({ submittedAutomatically: true, scorePoints: 2, maxPoints: MAX_POINTS, percent: 14.29, passed: false });
    expect(new Date(graded.quizAttempt.submittedAt!).getTime()).toBe(closesAt.getTime());
    expect(graded.quizAttempt.answers.map(({ questionId }) => questionId)).toEqual([first.questionId]);
    const grading = await gradings().findByAttemptId(started.id);
    expect(grading!.results.find(({ questionId }) => questionId === second.questionId)).toMatchObject({ outcome: 'unanswered', points: 0, answer: {} });
    // Kept for the graders, as a late answer.
    const kept = await db.get(QuizAnswerRepository).findByAttempt(started.id, true);
    expect(kept).toEqual([expect.objectContaining({ questionId: second.questionId, late: true })]);
  }, 90_000);

  describe('a worker killed while grading 300 attempts', () => {
    const COUNT = 300;
    const SETUP_BATCH = 10;
    let quiz: Quiz;
    let submitted: Array<{ attempt: QuizAttemptRecord; right: number }>;

    /** A learner who took the quiz 300 times (no attempt limit): attempt i has i % 8 questions right, the others unanswered. */
    beforeAll(async () => {
      quiz = await quizCourse('Kuis Berulang');
      const user = (await db.get(UserRepository).findByEmail('asn1@demo.lentera.id'))!;
      const { enrolment } = await db.get(EnrolmentRepository).enrolOnce({ userId: user.id, courseId: quiz.courseId, agencyId, status: 'active', source: 'self' }, new Date());
      const settings = { ...DEFAULT_QUIZ_SETTINGS, questionIds: quiz.questionIds };
      const bank = await db.get(QuestionRepository).findByIds(quiz.questionIds);
      const submitOne = async (number: number) => {
        const questions = buildAttemptQuestions(settings, bank);
        const attempt = await attempts().createNumbered({
          agencyId,
          courseId: quiz.courseId,
          courseVersion: 1,
          lessonId: quiz.lessonId,
          userId: user.id,
          enrolmentId: enrolment.id,
          assignmentId: null,
          number,
          role: 'none',
          startedAt: new Date(),
          deadline: null,
          passingPercent: settings.passingPercent,
          review: settings.review,
          correctAnswers: settings.correctAnswers,
          closesAt: null,
          questions,
          maxPoints: MAX_POINTS,
        });
        const right = number % 8;
        const saves = questions.slice(0, right).map((question) => ({ questionId: question.questionId, value: correctAnswerOf(question) as AnswerValue }));
        await db.get(QuizAnswerRepository).saveMany({ attemptId: attempt!.id, userId: user.id }, saves, false, new Date());
        await attempts().markSubmitted(attempt!.id, new Date(), 'learner');
        return { attempt: attempt!, right };
      };
      submitted = [];
      // In batches: one by one, 300 attempts take minutes on FerretDB.
      for (let first = 1; first <= COUNT; first += SETUP_BATCH) {
        const numbers = Array.from({ length: Math.min(SETUP_BATCH, COUNT - first + 1) }, (_unused, index) => first + index);
        submitted.push(...(await Promise.all(numbers.map(submitOne))));
      }
    }, 240_000);

    it('loses nothing: the next worker grades every attempt, each exactly once, with the right score', async () => {
      const gradedCount = async () => (await attempts().countByStatus(quiz.courseId, quiz.lessonId)).graded;
      // What the API's submits do, all at once.
      await Promise.all(submitted.map(({ attempt }) => db.get(JobQueue).enqueue('quiz.grade', { attemptId: attempt.id })));
      await eventually(gradedCount, (count) => count >= 10, 'the worker to start grading', 30_000);

      stack.worker.child.kill('SIGKILL');
      await stack.worker.exited;
      const atKill = await gradedCount();
      // Killed in the middle: some graded, many not.
      expect(atKill).toBeLessThan(COUNT);

      stack.worker = startLenteraApp('worker', stack.env);
      // Jobs the dead worker held run again once their lock ran out (BullMQ's 30 s) and the stalled check hands them on.
      await eventually(gradedCount, (count) => count === COUNT, `all ${COUNT} attempts to be graded (${atKill} were when the worker was killed)`, 150_000).catch(
        (error: Error) => {
          throw new Error(`${error.message}\n--- worker output ---\n${stack.worker.output()}`, { cause: error });
        },
      );

      const ids = submitted.map(({ attempt }) => attempt.id);
      const rows = await gradings().findByAttemptIds(ids);
      expect(rows).toHaveLength(COUNT);
      expect(new Set(rows.map(({ attemptId }) => attemptId)).size).toBe(COUNT);
      const gradingOf = new Map(rows.map((row) => [row.attemptId, row]));
      const stored = new Map((await attempts().findSummariesByIds(ids)).map((attempt) => [attempt.id, attempt]));
      const wrong = submitted.filter(({ attempt, right }) => {
        const grading = gradingOf.get(attempt.id)!;
        const summary = stored.get(attempt.id)!;
        const expectedPoints = 2 * right;
        const percent = PERCENT_BY_RIGHT[right];
        return (
          grading.scorePoints !== expectedPoints ||
          grading.percent !== percent ||
          summary.status !== 'graded' ||
          summary.scorePoints !== expectedPoints ||
          summary.percent !== percent ||
          summary.passed !== percent >= 70
        );
      });
      expect(wrong.map(({ attempt }) => attempt.number)).toEqual([]);
      const user = (await db.get(UserRepository).findByEmail('asn1@demo.lentera.id'))!;
      const progress = await db.get(LessonProgressRepository).findByLearnerCourse({ userId: user.id, courseId: quiz.courseId });
      expect(progress).toEqual([expect.objectContaining({ state: 'done' })]);
    }, 240_000);
  });
});
