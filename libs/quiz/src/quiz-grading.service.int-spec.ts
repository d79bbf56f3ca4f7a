import { Test, type TestingModule } from '@nestjs/testing';
import {
  AgencyRepository,
  CourseCompletionRepository,
  DatabaseModule,
  DatabaseSetup,
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
import { DomainError, ErrorCode } from '@lentera/errors';
import { JobsProducerModule } from '@lentera/jobs';
import { buildCourse, correctAnswerOf, isolatedConfig, oneOfEachType, type IsolatedConfig, type QuestionSpec } from '@lentera/test-support';
import { buildAttemptQuestions } from './build-attempt-questions';
import { QuizGradingService } from './quiz-grading.service';
import { QuizModule } from './quiz.module';

interface Quiz {
  courseId: string;
  lessonId: string;
  questionIds: string[];
}

/** Wrong (or partly right) answers whose points are known: see the 'partial credit' test. */
function wrongAnswerOf(question: AttemptQuestionValue): AnswerValue {
  const options = question.options ?? [];
  switch (question.type) {
    case 'single_choice':
      return { optionIds: [options.find((option) => !option.correct)!.optionId] };
    case 'multiple_choice':
      // Two of the three correct options, no wrong pick: 2/3 of the points.
      return { optionIds: options.filter((option) => option.correct).slice(0, 2).map((option) => option.optionId) };
    case 'true_false':
      return { booleanValue: !question.trueFalseAnswer };
    case 'short_answer':
      // Case, spaces, accents and a final full stop do not matter.
      return { text: '  KÚNCI   cadangan. ' };
    case 'numeric':
      // Within the tolerance (0.75).
      return { number: question.numericAnswer! + 0.5 };
    case 'matching': {
      const prompts = question.matchPrompts!;
      // The first prompt right, the other two swapped: 1/3.
      return {
        matches: [
          { promptId: prompts[0].promptId, choiceId: prompts[0].choiceId },
          { promptId: prompts[1].promptId, choiceId: prompts[2].choiceId },
          { promptId: prompts[2].promptId, choiceId: prompts[1].choiceId },
        ],
      };
    }
    case 'ordering': {
      // The first two swapped: two of four at their place.
      const [first, second, ...rest] = question.correctOrder!;
      return { order: [second, first, ...rest] };
    }
    case 'essay':
      return { text: 'Jawaban singkat.' };
  }
}

describe('QuizGradingService on the real database', () => {
  let isolated: IsolatedConfig;
  let module: TestingModule;
  let agencyId: string;
  let service: QuizGradingService;

  const attempts = () => module.get(QuizAttemptRepository);
  const answers = () => module.get(QuizAnswerRepository);
  const gradings = () => module.get(QuizGradingRepository);

  beforeAll(async () => {
    isolated = isolatedConfig('quiz-grading');
    // JobsProducerModule: a completed course queues its certificate.
    module = await Test.createTestingModule({ imports: [DatabaseModule.forRoot(isolated.config), JobsProducerModule.forRoot(isolated.config), QuizModule] }).compile();
    module.useLogger(false);
    await module.init();
    await module.get(DatabaseSetup).ensureIndexes();
    agencyId = (await module.get(AgencyRepository).create({ code: 'BPSDM-KUIS', name: 'BPSDM Kuis', kind: 'regional' })).id;
    service = module.get(QuizGradingService);
  });

  afterAll(async () => {
    await module?.close();
    await isolated?.cleanup();
  });

  /** A published course whose only lesson is a required quiz with these questions (passing at 70 %). */
  async function quizCourse(questions: QuestionSpec[]): Promise<Quiz> {
    const course = await buildCourse(module, { agencyId, modules: [[{ kind: 'quiz', title: 'Kuis Akhir', quiz: { questions } }]] });
    return { courseId: course.id, ...course.quizzes[0] };
  }

  /** A learner enrolled in the quiz's course. */
  async function learnerIn(quiz: Quiz): Promise<{ userId: string; enrolmentId: string }> {
    const user = await module.get(UserRepository).create({ fullName: 'Peserta Uji', memberships: [{ agencyId, role: 'learner' }] });
    const { enrolment } = await module.get(EnrolmentRepository).enrolOnce({ userId: user.id, courseId: quiz.courseId, agencyId, status: 'active', source: 'self' }, new Date());
    return { userId: user.id, enrolmentId: enrolment.id };
  }

  /** An attempt started the way the API starts one: the questions drawn from the bank and fixed. */
  async function startAttempt(quiz: Quiz, learner: { userId: string; enrolmentId: string }, options: { deadline?: Date; number?: number } = {}): Promise<QuizAttemptRecord> {
    const settings = { ...DEFAULT_QUIZ_SETTINGS, questionIds: quiz.questionIds };
    const bank = await module.get(QuestionRepository).findByIds(quiz.questionIds);
    const questions = buildAttemptQuestions(settings, bank);
    const startedAt = new Date(Date.now() - 60_000);
    const attempt = await attempts().createNumbered({
      agencyId,
      courseId: quiz.courseId,
      courseVersion: 1,
      lessonId: quiz.lessonId,
      userId: learner.userId,
      enrolmentId: learner.enrolmentId,
      assignmentId: null,
      number: options.number ?? 1,
      role: 'none',
      startedAt,
      deadline: options.deadline ?? null,
      passingPercent: settings.passingPercent,
      review: settings.review,
      correctAnswers: settings.correctAnswers,
      closesAt: null,
      questions,
      maxPoints: questions.reduce((sum, question) => sum + question.points, 0),
    });
    if (!attempt) throw new Error('attempt number taken');
    return attempt;
  }

  async function save(attempt: QuizAttemptRecord, answerOf: (question: AttemptQuestionValue) => AnswerValue, at = new Date(), late = false): Promise<void> {
    const saves = attempt.questions.map((question) => ({ questionId: question.questionId, value: answerOf(question) }));
    await answers().saveMany({ attemptId: attempt.id, userId: attempt.userId }, saves, late, at);
  }

  async function submitted(attempt: QuizAttemptRecord): Promise<void> {
    expect(await attempts().markSubmitted(attempt.id, new Date(), 'learner')).toBe(true);
  }

  const progressOf = async (quiz: Quiz, userId: string) =>
    (await module.get(LessonProgressRepository).findByLearnerCourse({ userId, courseId: quiz.courseId })).filter((row) => row.lessonId === quiz.lessonId);
  const completionOf = (quiz: Quiz, userId: string) => module.get(CourseCompletionRepository).findByUserAndCourse(userId, quiz.courseId);
  const nonEssays = () => oneOfEachType().filter(({ type }) => type !== 'essay');

  describe('an attempt with one question of every type but the essay (7 × 2 points)', () => {
    let quiz: Quiz;
    beforeAll(async () => {
      quiz = await quizCourse(nonEssays());
    });

    it('full marks: every question correct, 100 %, passed; the lesson and with it the course are done', async () => {
      const learner = await learnerIn(quiz);
      const attempt = await startAttempt(quiz, learner);
      await save(attempt, correctAnswerOf);
      await submitted(attempt);

      expect(await service.grade(attempt.id)).toEqual({ outcome: 'graded', graded: true });

      const grading = await gradings().findByAttemptId(attempt.id);
      expect(grading).toMatchObject({ status: 'graded', scorePoints: 14, maxPoints: 14, percent: 100, passed: true, revision: 1 });
      expect(grading!.results.map(({ outcome, points }) => ({ outcome, points }))).toEqual(attempt.questions.map(() => ({ outcome: 'correct', points: 2 })));
      expect(await attempts().findById(attempt.id)).toMatchObject({ status: 'graded', scorePoints: 14, percent: 100, passed: true, gradedAt: grading!.completedAt });
      expect(await progressOf(quiz, learner.userId)).toEqual([expect.objectContaining({ state: 'done' })]);
      expect(await completionOf(quiz, learner.userId)).not.toBeNull();
    });

    it('partial credit: wrong, partly right and tolerated answers give their points, 50 % is not a pass, the lesson is not done', async () => {
      const learner = await learnerIn(quiz);
      const attempt = await startAttempt(quiz, learner);
      await save(attempt, wrongAnswerOf);
      await submitted(attempt);

      expect(await service.grade(attempt.id)).toEqual({ outcome: 'graded', graded: true });

      const grading = await gradings().findByAttemptId(attempt.id);
      const byType = Object.fromEntries(
        attempt.questions.map((question, index) => [question.type, { outcome: grading!.results[index].outcome, points: grading!.results[index].points }]),
      );
      expect(byType).toEqual({
        single_choice: { outcome: 'incorrect', points: 0 },
        multiple_choice: { outcome: 'partial', points: 1.33 },
        true_false: { outcome: 'incorrect', points: 0 },
        short_answer: { outcome: 'correct', points: 2 },
        numeric: { outcome: 'correct', points: 2 },
        matching: { outcome: 'partial', points: 0.67 },
        ordering: { outcome: 'partial', points: 1 },
      });
      expect(grading).toMatchObject({ status: 'graded', scorePoints: 7, percent: 50, passed: false });
      expect(await attempts().findById(attempt.id)).toMatchObject({ status: 'graded', scorePoints: 7, percent: 50, passed: false });
      expect(await progressOf(quiz, learner.userId)).toEqual([]);
      expect(await completionOf(quiz, learner.userId)).toBeNull();
    });

    it('20 grade() calls at once: one grading row, one run says graded, the lesson and the course completed once', async () => {
      const learner = await learnerIn(quiz);
      const attempt = await startAttempt(quiz, learner);
      await save(attempt, correctAnswerOf);
      await submitted(attempt);
      const completions = jest.spyOn(module.get(CourseCompletionRepository), 'recordOnce');

      const results = await Promise.all(Array.from({ length: 20 }, () => service.grade(attempt.id)));

      expect(results.filter(({ graded }) => graded)).toHaveLength(1);
      expect(results.every(({ outcome }) => outcome === 'graded')).toBe(true);
      expect(await gradings().findByAttemptIds([attempt.id])).toHaveLength(1);
      expect(await attempts().findById(attempt.id)).toMatchObject({ status: 'graded', scorePoints: 14, percent: 100, passed: true });
      expect(await progressOf(quiz, learner.userId)).toEqual([expect.objectContaining({ state: 'done' })]);
      const created = await Promise.all(completions.mock.results.map((result) => result.value as Promise<{ created: boolean }>));
      expect(created.filter((result) => result.created)).toHaveLength(1);
      expect((await module.get(EnrolmentRepository).findById(learner.enrolmentId))?.status).toBe('completed');
      completions.mockRestore();
    });

    it('a repeated grade() repairs a run that stopped after storing the grading: the attempt gets its result, the lesson is done', async () => {
      const learner = await learnerIn(quiz);
      const attempt = await startAttempt(quiz, learner);
      await save(attempt, correctAnswerOf);
      await submitted(attempt);
      // What a worker killed right after the insert leaves: the grading, an attempt still `submitted`.
      const now = new Date();
      await gradings().recordOnce({
        attemptId: attempt.id,
        agencyId,
        courseId: quiz.courseId,
        lessonId: quiz.lessonId,
        userId: learner.userId,
        status: 'graded',
        results: [],
        scorePoints: 14,
        maxPoints: 14,
        percent: 100,
        passed: true,
        gradedAt: now,
        completedAt: now,
      });

      expect(await service.grade(attempt.id)).toEqual({ outcome: 'graded', graded: false });
      expect(await attempts().findById(attempt.id)).toMatchObject({ status: 'graded', scorePoints: 14, percent: 100, passed: true });
      expect(await progressOf(quiz, learner.userId)).toEqual([expect.objectContaining({ state: 'done' })]);
    });

    it('late answers (stored late) are not graded; the on-time answer to the same question is', async () => {
      const learner = await learnerIn(quiz);
      const deadline = new Date(Date.now() - 10_000);
      const attempt = await startAttempt(quiz, learner, { deadline });
      const [first] = attempt.questions;
      await answers().saveMany({ attemptId: attempt.id, userId: learner.userId }, [{ questionId: first.questionId, value: wrongAnswerOf(first) }], false, new Date(deadline.getTime() - 5_000));
      await save(attempt, correctAnswerOf, new Date(), true);
      expect(await attempts().markSubmitted(attempt.id, deadline, 'deadline')).toBe(true);

      expect(await service.grade(attempt.id)).toEqual({ outcome: 'graded', graded: true });

      const grading = await gradings().findByAttemptId(attempt.id);
      expect(grading).toMatchObject({ status: 'graded', scorePoints: 0, percent: 0, passed: false });
      expect(grading!.results[0]).toMatchObject({ questionId: first.questionId, outcome: 'incorrect', answer: wrongAnswerOf(first) });
      expect(grading!.results.slice(1).map(({ outcome }) => outcome)).toEqual(attempt.questions.slice(1).map(() => 'unanswered'));
    });

    it('answers saved after the deadline are not graded even when not marked late; one saved at the deadline is', async () => {
      const learner = await learnerIn(quiz);
      const deadline = new Date(Date.now() - 10_000);
      const attempt = await startAttempt(quiz, learner, { deadline });
      const [atDeadline, ...after] = attempt.questions;
      await answers().saveMany({ attemptId: attempt.id, userId: learner.userId }, [{ questionId: atDeadline.questionId, value: correctAnswerOf(atDeadline) }], false, deadline);
      await answers().saveMany(
        { attemptId: attempt.id, userId: learner.userId },
        after.map((question) => ({ questionId: question.questionId, value: correctAnswerOf(question) })),
        false,
        new Date(deadline.getTime() + 1),
      );
      await attempts().markSubmitted(attempt.id, deadline, 'deadline');

      await service.grade(attempt.id);

      const grading = await gradings().findByAttemptId(attempt.id);
      expect(grading).toMatchObject({ scorePoints: 2, maxPoints: 14 });
      expect(grading!.results.map(({ outcome }) => outcome)).toEqual(['correct', ...after.map(() => 'unanswered')]);
    });

    it('nothing to grade: an attempt still in progress, an unknown one', async () => {
      const learner = await learnerIn(quiz);
      const attempt = await startAttempt(quiz, learner);
      await save(attempt, correctAnswerOf);

      expect(await service.grade(attempt.id)).toEqual({ outcome: 'not_submitted', graded: false });
      expect(await service.grade('0123456789abcdef01234567')).toEqual({ outcome: 'missing', graded: false });
      expect(await service.grade('not-an-id')).toEqual({ outcome: 'missing', graded: false });
      expect(await gradings().findByAttemptId(attempt.id)).toBeNull();
      expect((await attempts().findById(attempt.id))?.status).toBe('in_progress');
    });

    it('submitAtDeadline: not before the deadline (beyond the grace), then as of the deadline, once', async () => {
      const learner = await learnerIn(quiz);
      const deadline = new Date(Date.now() + 60_000);
      const attempt = await startAttempt(quiz, learner, { deadline });

      expect(await service.submitAtDeadline(attempt.id, new Date())).toBe(false);
      expect((await attempts().findById(attempt.id))?.status).toBe('in_progress');
      // Within the grace (clocks a little apart): submitted, dated at the deadline.
      expect(await service.submitAtDeadline(attempt.id, new Date(deadline.getTime() - 1_500))).toBe(true);
      expect(await attempts().findById(attempt.id)).toMatchObject({ status: 'submitted', submittedAt: deadline, submittedBy: 'deadline' });
      expect(await service.submitAtDeadline(attempt.id, new Date(deadline.getTime() + 5_000))).toBe(false);
      expect(await service.submitAtDeadline('0123456789abcdef01234567', new Date())).toBe(false);
    });

    it('submitAtDeadline leaves an attempt without a deadline, and one the learner submitted, alone', async () => {
      const learner = await learnerIn(quiz);
      const open = await startAttempt(quiz, learner, { number: 1 });
      expect(await service.submitAtDeadline(open.id, new Date(Date.now() + 86_400_000))).toBe(false);
      const byLearner = await startAttempt(quiz, learner, { number: 2, deadline: new Date(Date.now() - 1_000) });
      await submitted(byLearner);
      expect(await service.submitAtDeadline(byLearner.id, new Date())).toBe(false);
      expect(await attempts().findById(byLearner.id)).toMatchObject({ status: 'submitted', submittedBy: 'learner' });
    });
  });

  describe('an essay (4 points, rubric of 2 + 2) with a single-choice question (2 points)', () => {
    let quiz: Quiz;
    beforeAll(async () => {
      quiz = await quizCourse([{ type: 'single_choice' }, { type: 'essay' }]);
    });

    it('waits for the instructor (awaiting grading, no percent), whose grade completes it and the lesson', async () => {
      const learner = await learnerIn(quiz);
      const attempt = await startAttempt(quiz, learner);
      await save(attempt, correctAnswerOf);
      await submitted(attempt);
      const essay = attempt.questions.find(({ type }) => type === 'essay')!;

      expect(await service.grade(attempt.id)).toEqual({ outcome: 'awaiting_grading', graded: true });
      const waiting = await gradings().findByAttemptId(attempt.id);
      expect(waiting).toMatchObject({ status: 'awaiting_grading', scorePoints: 2, maxPoints: 6, percent: null, passed: null, completedAt: null, revision: 1 });
      expect(waiting!.results.find(({ questionId }) => questionId === essay.questionId)).toMatchObject({ outcome: 'pending', points: null });
      expect(await attempts().findById(attempt.id)).toMatchObject({ status: 'awaiting_grading', scorePoints: 2, percent: null, passed: null });
      expect(await progressOf(quiz, learner.userId)).toEqual([]);
      // A repeated job changes nothing.
      expect(await service.grade(attempt.id)).toEqual({ outcome: 'awaiting_grading', graded: false });

      const instructorId = '0123456789abcdef01234567';
      const gradedAt = new Date();
      const graded = await service.applyEssayGrade({
        attemptId: attempt.id,
        questionId: essay.questionId,
        gradingRevision: 1,
        grade: { criteria: [{ criterionId: 'r1', points: 2 }, { criterionId: 'r2', points: 1 }], comment: ' Cukup jelas. ', gradedBy: instructorId, gradedAt },
      });

      expect(graded).toMatchObject({ status: 'graded', scorePoints: 5, percent: 83.33, passed: true, revision: 2, completedAt: gradedAt });
      expect(graded.results.find(({ questionId }) => questionId === essay.questionId)).toMatchObject({
        outcome: 'partial',
        points: 3,
        essay: { criteria: [{ criterionId: 'r1', points: 2 }, { criterionId: 'r2', points: 1 }], comment: 'Cukup jelas.', gradedBy: instructorId },
      });
      expect(await attempts().findById(attempt.id)).toMatchObject({ status: 'graded', scorePoints: 5, percent: 83.33, passed: true, gradedAt });
      expect(await progressOf(quiz, learner.userId)).toEqual([expect.objectContaining({ state: 'done' })]);
      expect(await completionOf(quiz, learner.userId)).not.toBeNull();
      // The worker running the job again afterwards does not put the older result back.
      expect(await service.grade(attempt.id)).toEqual({ outcome: 'graded', graded: false });
      expect(await attempts().findById(attempt.id)).toMatchObject({ status: 'graded', percent: 83.33 });
    });

    it('refuses a grade from an older view (CONFLICT), an unknown attempt or question (NOT_FOUND), a grade that does not fit (BAD_USER_INPUT)', async () => {
      const learner = await learnerIn(quiz);
      const attempt = await startAttempt(quiz, learner);
      await save(attempt, correctAnswerOf);
      await submitted(attempt);
      await service.grade(attempt.id);
      const essay = attempt.questions.find(({ type }) => type === 'essay')!;
      const grade = { criteria: [{ criterionId: 'r1', points: 1 }, { criterionId: 'r2', points: 1 }], gradedBy: '0123456789abcdef01234567', gradedAt: new Date() };
      const codeOf = (promise: Promise<unknown>) =>
        promise.then(
          () => 'resolved',
          (error: unknown) => (error instanceof DomainError ? error.code : String(error)),
        );

      await service.applyEssayGrade({ attemptId: attempt.id, questionId: essay.questionId, gradingRevision: 1, grade });
      expect(await codeOf(service.applyEssayGrade({ attemptId: attempt.id, questionId: essay.questionId, gradingRevision: 1, grade }))).toBe(ErrorCode.Conflict);
      expect(await codeOf(service.applyEssayGrade({ attemptId: '0123456789abcdef01234567', questionId: essay.questionId, gradingRevision: 2, grade }))).toBe(ErrorCode.NotFound);
      expect(await codeOf(service.applyEssayGrade({ attemptId: 'x', questionId: essay.questionId, gradingRevision: 2, grade }))).toBe(ErrorCode.NotFound);
      expect(await codeOf(service.applyEssayGrade({ attemptId: attempt.id, questionId: 'no-such-question', gradingRevision: 2, grade }))).toBe(ErrorCode.NotFound);
      const tooMany = { ...grade, criteria: [{ criterionId: 'r1', points: 3 }, { criterionId: 'r2', points: 1 }] };
      expect(await codeOf(service.applyEssayGrade({ attemptId: attempt.id, questionId: essay.questionId, gradingRevision: 2, grade: tooMany }))).toBe(ErrorCode.BadUserInput);
      // 4 of 6 points: 66.67 %, below the pass; regraded once more on the current revision.
      expect(await service.applyEssayGrade({ attemptId: attempt.id, questionId: essay.questionId, gradingRevision: 2, grade })).toMatchObject({
        status: 'graded',
        percent: 66.67,
        passed: false,
        revision: 3,
      });
      expect(await progressOf(quiz, learner.userId)).toEqual([]);
    });

    it('an essay not answered is 0 points at once: nothing waits for the instructor', async () => {
      const learner = await learnerIn(quiz);
      const attempt = await startAttempt(quiz, learner);
      await save(attempt, (question) => (question.type === 'essay' ? {} : correctAnswerOf(question)));
      await submitted(attempt);

      expect(await service.grade(attempt.id)).toEqual({ outcome: 'graded', graded: true });
      expect(await gradings().findByAttemptId(attempt.id)).toMatchObject({ status: 'graded', scorePoints: 2, percent: 33.33, passed: false });
    });
  });

  it('a passed quiz of a learner who left the course: the grade stands, the lesson cannot be completed (logged, not thrown)', async () => {
    const quiz = await quizCourse([{ type: 'true_false' }]);
    const learner = await learnerIn(quiz);
    const attempt = await startAttempt(quiz, learner);
    await save(attempt, correctAnswerOf);
    await submitted(attempt);
    await module.get(EnrolmentRepository).leave(learner.enrolmentId, new Date());

    expect(await service.grade(attempt.id)).toEqual({ outcome: 'graded', graded: true });
    expect(await attempts().findById(attempt.id)).toMatchObject({ status: 'graded', percent: 100, passed: true });
    expect(await progressOf(quiz, learner.userId)).toEqual([]);
  });
});
