import { Test, type TestingModule } from '@nestjs/testing';
import {
  AgencyRepository,
  DatabaseSetup,
  DEFAULT_QUIZ_SETTINGS,
  EnrolmentRepository,
  LessonProgressRepository,
  QuestionRepository,
  QuizAnswerRepository,
  QuizAttemptRepository,
  QuizGradingRepository,
  UserRepository,
  type AttemptQuestionValue,
  type QuizAttemptRecord,
} from '@lentera/db';
import { JobQueue } from '@lentera/jobs';
import { buildAttemptQuestions, DEADLINE_GRACE_MS } from '@lentera/quiz';
import { buildCourse, correctAnswerOf, eventually, isolatedConfig, oneOfEachType, type IsolatedConfig } from '@lentera/test-support';
import { WorkerModule } from '../worker.module';
import { PendingQuizRequeue } from './pending-quiz-requeue';
import { QuizDeadlineProcessor } from './quiz-deadline.processor';
import { QuizGradeProcessor } from './quiz-grade.processor';

const UNKNOWN_ID = '0123456789abcdef01234567';

describe('quiz.grade and quiz.deadline in the worker, on the real database and Redis', () => {
  let isolated: IsolatedConfig;
  let worker: TestingModule;
  let agencyId: string;
  let quiz: { courseId: string; lessonId: string; questionIds: string[] };
  let grades: jest.SpyInstance;
  let deadlines: jest.SpyInstance;

  const attempts = () => worker.get(QuizAttemptRepository);
  const gradings = () => worker.get(QuizGradingRepository);
  const queue = () => worker.get(JobQueue);
  const runsOf = (spy: jest.SpyInstance, attemptId: string) => spy.mock.calls.filter(([payload]) => payload.attemptId === attemptId).length;
  const attemptOf = (attemptId: string) => attempts().findById(attemptId);
  const gradedOf = (attemptId: string, timeoutMs = 15_000) =>
    eventually(() => attemptOf(attemptId), (attempt) => attempt?.status === 'graded', `attempt ${attemptId} to be graded`, timeoutMs);

  beforeAll(async () => {
    isolated = isolatedConfig('quiz-grade');
    worker = await Test.createTestingModule({ imports: [WorkerModule.forRoot(isolated.config)] }).compile();
    worker.useLogger(false);
    grades = jest.spyOn(worker.get(QuizGradeProcessor, { strict: false }), 'handle');
    deadlines = jest.spyOn(worker.get(QuizDeadlineProcessor, { strict: false }), 'handle');
    await worker.init();
    await worker.get(DatabaseSetup).ensureIndexes();
    agencyId = (await worker.get(AgencyRepository).create({ code: 'BPSDM-KUIS-W', name: 'BPSDM Kuis', kind: 'regional' })).id;
    const questions = oneOfEachType().filter(({ type }) => type !== 'essay');
    const course = await buildCourse(worker, { agencyId, modules: [[{ kind: 'quiz', title: 'Kuis', quiz: { questions } }]] });
    quiz = { courseId: course.id, ...course.quizzes[0] };
  });

  afterAll(async () => {
    await worker?.close();
    await isolated?.cleanup();
  });

  /** A learner enrolled in the course, with an attempt started as the API starts one (7 questions × 2 points). */
  async function startAttempt(deadline: Date | null = null): Promise<QuizAttemptRecord> {
    const user = await worker.get(UserRepository).create({ fullName: 'Peserta Uji', memberships: [{ agencyId, role: 'learner' }] });
    const { enrolment } = await worker.get(EnrolmentRepository).enrolOnce({ userId: user.id, courseId: quiz.courseId, agencyId, status: 'active', source: 'self' }, new Date());
    const questions = buildAttemptQuestions({ ...DEFAULT_QUIZ_SETTINGS, questionIds: quiz.questionIds }, await worker.get(QuestionRepository).findByIds(quiz.questionIds));
    const attempt = await attempts().createNumbered({
      agencyId,
      courseId: quiz.courseId,
      courseVersion: 1,
      lessonId: quiz.lessonId,
      userId: user.id,
      enrolmentId: enrolment.id,
      assignmentId: null,
      number: 1,
      role: 'none',
      startedAt: new Date(),
      deadline,
      passingPercent: 70,
      review: 'after_attempt',
      correctAnswers: 'after_passing',
      closesAt: null,
      questions,
      maxPoints: 14,
    });
    return attempt!;
  }

  /** Full-marks answers to these questions, saved on time (or late) at `at`. */
  async function answer(attempt: QuizAttemptRecord, questions: readonly AttemptQuestionValue[], { late = false, at = new Date() } = {}): Promise<void> {
    const saves = questions.map((question) => ({ questionId: question.questionId, value: correctAnswerOf(question) }));
    await worker.get(QuizAnswerRepository).saveMany({ attemptId: attempt.id, userId: attempt.userId }, saves, late, at);
  }

  describe('quiz.grade', () => {
    it('grades a submitted attempt and completes the lesson it passed', async () => {
      const attempt = await startAttempt();
      await answer(attempt, attempt.questions);
      await attempts().markSubmitted(attempt.id, new Date(), 'learner');

      await queue().enqueue('quiz.grade', { attemptId: attempt.id });

      expect(await gradedOf(attempt.id)).toMatchObject({ scorePoints: 14, percent: 100, passed: true });
      const progress = await worker.get(LessonProgressRepository).findByLearnerCourse({ userId: attempt.userId, courseId: quiz.courseId });
      expect(progress).toEqual([expect.objectContaining({ lessonId: quiz.lessonId, state: 'done' })]);
      await expect(grades.mock.results.at(-1)?.value).resolves.toEqual({ status: 'graded', graded: true });
    });

    it('twenty enqueues at once (twenty submits) grade once', async () => {
      const attempt = await startAttempt();
      await answer(attempt, attempt.questions.slice(0, 3));
      await attempts().markSubmitted(attempt.id, new Date(), 'learner');

      await Promise.all(Array.from({ length: 20 }, () => queue().enqueue('quiz.grade', { attemptId: attempt.id })));

      expect(await gradedOf(attempt.id)).toMatchObject({ scorePoints: 6, percent: 42.86, passed: false });
      expect(await gradings().findByAttemptIds([attempt.id])).toHaveLength(1);
      // Jobs enqueued after the first finished (its id was free again) find the grading: still one.
      await new Promise((resolve) => setTimeout(resolve, 500));
      const results = await Promise.all(grades.mock.results.filter((_result, index) => grades.mock.calls[index][0].attemptId === attempt.id).map((result) => result.value));
      expect(results.filter((result: { graded: boolean }) => result.graded)).toHaveLength(1);
    });

    it('an attempt still in progress: the job ends without grading, and once submitted a new job grades it', async () => {
      const attempt = await startAttempt();
      await answer(attempt, attempt.questions);

      await queue().enqueue('quiz.grade', { attemptId: attempt.id });
      await eventually(async () => runsOf(grades, attempt.id), (runs) => runs === 1, 'the grade job to run');
      await eventually(() => queue().stateOf('quiz.grade', { attemptId: attempt.id }), (state) => state === 'unknown', 'the job to be done and removed');
      expect(await attemptOf(attempt.id)).toMatchObject({ status: 'in_progress' });
      expect(await gradings().findByAttemptId(attempt.id)).toBeNull();

      await attempts().markSubmitted(attempt.id, new Date(), 'learner');
      await queue().enqueue('quiz.grade', { attemptId: attempt.id });
      expect(await gradedOf(attempt.id)).toMatchObject({ percent: 100 });
    });

    it('an attempt that does not exist fails the job once, without retries', async () => {
      await queue().enqueue('quiz.grade', { attemptId: UNKNOWN_ID });
      // A failed quiz job is removed (the attempt says what is left to do): gone after one run,
      // and still one run after the first retry would have come (backoff 2 s).
      await eventually(async () => runsOf(grades, UNKNOWN_ID), (runs) => runs === 1, 'the job to run');
      await eventually(() => queue().stateOf('quiz.grade', { attemptId: UNKNOWN_ID }), (state) => state === 'unknown', 'the failed job to be removed');
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      expect(runsOf(grades, UNKNOWN_ID)).toBe(1);
    });
  });

  describe('quiz.deadline', () => {
    it('submits an attempt the learner left at its deadline, dated at the deadline, and grades it; late answers do not count', async () => {
      const deadline = new Date(Date.now() + 1_500);
      const attempt = await startAttempt(deadline);
      const [first, second] = attempt.questions;
      await answer(attempt, [first]);
      await queue().enqueue('quiz.deadline', { attemptId: attempt.id }, { delayMs: deadline.getTime() + DEADLINE_GRACE_MS - Date.now() });
      // What the API does with an answer after the deadline: kept, marked late.
      await new Promise((resolve) => setTimeout(resolve, deadline.getTime() - Date.now() + 100));
      await answer(attempt, [second], { late: true });

      const graded = await gradedOf(attempt.id);
      expect(graded).toMatchObject({ submittedAt: deadline, submittedBy: 'deadline', scorePoints: 2, percent: 14.29, passed: false });
      const grading = await gradings().findByAttemptId(attempt.id);
      expect(grading!.results.map(({ outcome }) => outcome)).toEqual(['correct', ...attempt.questions.slice(1).map(() => 'unanswered')]);
      // Not before the deadline: the job was delayed to it.
      expect(deadlines.mock.calls.filter(([payload]) => payload.attemptId === attempt.id)).toHaveLength(1);
    });

    it('run early (clocks apart): it throws, is retried with backoff, and submits once the deadline is near', async () => {
      const deadline = new Date(Date.now() + 4_000);
      const attempt = await startAttempt(deadline);

      await queue().enqueue('quiz.deadline', { attemptId: attempt.id });

      expect(await gradedOf(attempt.id, 20_000)).toMatchObject({ submittedAt: deadline, submittedBy: 'deadline', percent: 0 });
      expect(runsOf(deadlines, attempt.id)).toBeGreaterThanOrEqual(2);
      await expect(deadlines.mock.results[deadlines.mock.calls.findIndex(([payload]) => payload.attemptId === attempt.id)].value).rejects.toThrow(/ms ahead/);
    });

    it('an attempt the learner submitted: nothing to submit, the grading is asked for again (a lost enqueue is repaired)', async () => {
      const attempt = await startAttempt(new Date(Date.now() - 1_000));
      await answer(attempt, attempt.questions, { at: new Date(Date.now() - 5_000) });
      await attempts().markSubmitted(attempt.id, new Date(Date.now() - 2_000), 'learner');

      await queue().enqueue('quiz.deadline', { attemptId: attempt.id });

      expect(await gradedOf(attempt.id)).toMatchObject({ submittedBy: 'learner', percent: 100 });
    });

    it('an attempt that does not exist fails the job once, without retries', async () => {
      await queue().enqueue('quiz.deadline', { attemptId: UNKNOWN_ID });
      await eventually(async () => runsOf(deadlines, UNKNOWN_ID), (runs) => runs === 1, 'the job to run');
      await eventually(() => queue().stateOf('quiz.deadline', { attemptId: UNKNOWN_ID }), (state) => state === 'unknown', 'the failed job to be removed');
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      expect(runsOf(deadlines, UNKNOWN_ID)).toBe(1);
    });
  });

  it('on start-up, queues the deadline of attempts left in progress past it and the grading of submitted attempts', async () => {
    // As if the API could not reach Redis, or the queue lost its data: the records say what is to do.
    const overdue = await startAttempt(new Date(Date.now() - 60_000));
    await answer(overdue, overdue.questions, { at: new Date(Date.now() - 90_000) });
    const submitted = await startAttempt();
    await answer(submitted, submitted.questions.slice(0, 1));
    await attempts().markSubmitted(submitted.id, new Date(), 'learner');
    const running = await startAttempt(new Date(Date.now() + 3_600_000));

    await worker.get(PendingQuizRequeue).onApplicationBootstrap();

    expect(await gradedOf(overdue.id)).toMatchObject({ submittedBy: 'deadline', percent: 100 });
    expect(await gradedOf(submitted.id)).toMatchObject({ submittedBy: 'learner', scorePoints: 2 });
    expect(await attemptOf(running.id)).toMatchObject({ status: 'in_progress' });
    expect(runsOf(deadlines, running.id)).toBe(0);
  });
});
