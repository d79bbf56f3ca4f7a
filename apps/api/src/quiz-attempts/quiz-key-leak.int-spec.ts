import type { INestApplication } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import {
  AgencyRepository,
  QuizAnswerRepository,
  QuizAttemptRepository,
  QuizGradingRepository,
  UserRepository,
  type AnswerValue,
  type AttemptQuestionValue,
  type QuizSettingsRecord,
  type UserRecord,
} from '@lentera/db';
import { CourseProgressService } from '@lentera/learning';
import { QuizGradingService } from '@lentera/quiz';
import { KEY_MARKERS, buildCourse, correctAnswerOf, isolatedConfig, oneOfEachType, type IsolatedConfig } from '@lentera/test-support';
import { AppModule } from '../app.module';
import { SessionService } from '../auth/session.service';

/*
 * THE LEAK TEST (issue 6, "answer keys never leave the server"). A quiz with one question of
 * every type, under each review policy that matters, walked through every query and mutation a
 * learner can call during and after an attempt. Every response (data and errors) is searched for
 * the samples' key markers, a `correct` key, and key fields with a value before the policy allows
 * them; once it allows them, the keys must be there (so the search can fail).
 */

type Json = request.Response['body'];

const REVIEW = `review { showsCorrectAnswers questions {
  questionId outcome points maxPoints correctOptionIds correctBoolean acceptedAnswers numericAnswer numericTolerance
  correctMatches { promptId choiceId } correctOrder feedback optionFeedback { optionId feedback } essayComment } }`;
const ATTEMPT = `id lessonId courseId number status startedAt deadline serverNow submittedAt submittedAutomatically layout maxPoints scorePoints percent passed
  questions { id position type prompt points options { id text } matchPrompts { id prompt } matchChoices { id text } orderItems { id text } }
  answers { questionId optionIds booleanValue text number matches { promptId choiceId } order savedAt }
  ${REVIEW}`;
const LESSON = `query ($c: ID!, $l: ID!) {
  lesson(courseId: $c, lessonId: $l) {
    moduleTitle bodyHtml externalUrl previousLessonId nextLessonId
    course { id title } lesson { id kind title myProgress { state locked } }
    quiz { questionCount totalPoints timeLimitMinutes maxAttempts attemptsUsed passingPercent opensAt closesAt scoring layout role review correctAnswers
      canStart cannotStartReason cannotStartReasonEn countedPercent passed inProgressAttempt { id status } attempts { id number status percent passed } }
  }
}`;
const OUTLINE = `query ($c: ID!) {
  course(id: $c) {
    id title
    modules { title lessons { id kind title myProgress { state locked timeSpentSeconds } } }
    myEnrolment { id status progress { percent doneRequired totalRequired } lessonProgress { lessonId title state } }
  }
}`;
const MY_ENROLMENTS = `{ myEnrolments(group: IN_PROGRESS) { totalCount edges { node { id status course { id title } resumeLesson { id title } } } } }`;
const START = `mutation ($c: ID!, $l: ID!) { startQuizAttempt(courseId: $c, lessonId: $l) { ${ATTEMPT} } }`;
const SAVE = `mutation ($a: ID!, $answers: [AnswerInput!]!) { saveQuizAnswers(attemptId: $a, answers: $answers) { attemptId saved late savedAt serverNow } }`;
const SUBMIT = `mutation ($a: ID!, $answers: [AnswerInput!]) { submitQuizAttempt(attemptId: $a, answers: $answers) { ${ATTEMPT} } }`;
const READ = `query ($a: ID!) { quizAttempt(attemptId: $a) { ${ATTEMPT} } }`;

/** Fields that carry a key: null until the policy shows correct answers. */
const KEY_FIELDS = ['correctOptionIds', 'correctBoolean', 'acceptedAnswers', 'numericAnswer', 'numericTolerance', 'correctMatches', 'correctOrder', 'feedback', 'optionFeedback'];
const MARKER_STRINGS = [KEY_MARKERS.accepted, 'Kunci Cadangan', KEY_MARKERS.feedback, KEY_MARKERS.optionFeedback, KEY_MARKERS.rubric, String(KEY_MARKERS.numeric)];
const MARKER_NUMBERS: number[] = [KEY_MARKERS.numeric, KEY_MARKERS.tolerance];
/** The samples' bank ids of matching pairs and ordering items (quiz-samples.ts). */
const PAIR_IDS = ['p1', 'p2', 'p3'];
/** Everything fake timers could replace except Date. */
const REAL_TIMERS: Extract<NonNullable<Parameters<typeof jest.useFakeTimers>[0]>, { doNotFake?: unknown }>['doNotFake'] = ['hrtime', 'nextTick', 'performance', 'queueMicrotask', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'];

interface Scan {
  /** The policy shows correct answers now. */
  keysAllowed: boolean;
  /** The response echoes answers the learner typed in, which may be the right ones. */
  ownAnswers?: boolean;
}

function walk(value: unknown, visit: (key: string, value: unknown, path: string) => void, path = ''): void {
  if (Array.isArray(value)) value.forEach((item, index) => walk(item, visit, `${path}[${index}]`));
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      visit(key, child, `${path}.${key}`);
      walk(child, visit, `${path}.${key}`);
    }
  }
}

// Each case walks a whole attempt (or two) through some forty calls.
jest.setTimeout(120_000);

describe('no answer key reaches a learner before the review policy allows it', () => {
  let isolated: IsolatedConfig;
  let app: INestApplication;
  let users: UserRepository;
  let agencyId: string;
  let people = 0;
  const tokens = new Map<string, string>();

  async function person(role: 'learner' | 'instructor' = 'learner'): Promise<UserRecord> {
    people += 1;
    return users.create({ fullName: `Peserta Bocor ${people}`, email: `bocor${people}@uji.lentera.id`, memberships: [{ agencyId, role }] });
  }

  async function call(user: UserRecord, query: string, variables: Record<string, unknown> = {}): Promise<Json> {
    let token = tokens.get(user.id);
    if (!token) {
      token = (await app.get(SessionService).start(user, {})).accessToken.token;
      tokens.set(user.id, token);
    }
    const response = await request(app.getHttpServer()).post('/graphql').set('Authorization', `Bearer ${token}`).send({ query, variables });
    expect(response.headers['cache-control']).toMatch(/no-store/);
    return response.body;
  }

  /** Calls, scans the whole response (data and errors), and answers it. */
  async function scanned(scan: Scan, user: UserRecord, query: string, variables: Record<string, unknown> = {}): Promise<Json> {
    const body = await call(user, query, variables);
    assertNoLeak(body, scan);
    return body;
  }

  function assertNoLeak(body: Json, scan: Scan): void {
    const leaks: string[] = [];
    const inOwnAnswers = (path: string) => scan.ownAnswers === true && /\.answers\[\d+\]/.test(path);
    walk(body, (key, value, path) => {
      if (key === 'correct') leaks.push(`${path}: a correct flag`);
      if (!scan.keysAllowed && KEY_FIELDS.includes(key) && value != null) leaks.push(`${path}: ${JSON.stringify(value)}`);
      if (inOwnAnswers(path)) return;
      if (typeof value === 'number' && !scan.keysAllowed && MARKER_NUMBERS.includes(value)) leaks.push(`${path}: ${value}`);
      if (typeof value === 'string' && !scan.keysAllowed && MARKER_STRINGS.some((marker) => value.includes(marker))) leaks.push(`${path}: ${value}`);
      // The rubric is the grader's, never the learner's, whatever the policy.
      if (typeof value === 'string' && value.includes(KEY_MARKERS.rubric)) leaks.push(`${path}: rubric ${value}`);
    });
    if (!scan.keysAllowed && !scan.ownAnswers) {
      const text = JSON.stringify(body);
      for (const marker of MARKER_STRINGS) if (text.includes(marker)) leaks.push(`somewhere: ${marker}`);
    }
    expect(leaks).toEqual([]);
  }

  /** What the learner is shown of ordering and matching questions never gives the answer away. */
  function assertShuffledHonestly(attempt: Json, stored: readonly AttemptQuestionValue[]): void {
    for (const question of attempt.questions) {
      const key = stored.find((candidate) => candidate.questionId === question.id)!;
      if (question.type === 'ORDERING') expect(question.orderItems.map((item: { id: string }) => item.id)).not.toEqual(key.correctOrder);
      if (question.type === 'MATCHING') {
        for (const choice of question.matchChoices) expect(PAIR_IDS).not.toContain(choice.id);
        expect(question.matchChoices.map((choice: { text: string }) => choice.text)).not.toEqual((key.matchPrompts ?? []).map((prompt) => key.matchChoices?.find((c) => c.choiceId === prompt.choiceId)?.text));
      }
    }
  }

  function grader(): QuizGradingService {
    try {
      return app.get(QuizGradingService, { strict: false });
    } catch {
      return new QuizGradingService(app.get(QuizAttemptRepository), app.get(QuizAnswerRepository), app.get(QuizGradingRepository), app.get(CourseProgressService, { strict: false }));
    }
  }

  async function storedQuestions(attemptId: string): Promise<AttemptQuestionValue[]> {
    return (await app.get(QuizAttemptRepository).findById(attemptId))!.questions;
  }

  function asInputs(answers: Array<[AttemptQuestionValue, AnswerValue]>) {
    return answers.map(([question, value]) => ({ questionId: question.questionId, ...value }));
  }

  /** Answers that score nothing (essay left out, so the attempt is graded at once). */
  function wrongAnswers(questions: readonly AttemptQuestionValue[]) {
    return asInputs(
      questions.flatMap((question): Array<[AttemptQuestionValue, AnswerValue]> => {
        switch (question.type) {
          case 'single_choice':
          case 'multiple_choice':
            return [[question, { optionIds: [question.options!.find((option) => !option.correct)!.optionId] }]];
          case 'true_false':
            return [[question, { booleanValue: !question.trueFalseAnswer }]];
          case 'short_answer':
            return [[question, { text: 'jawaban salah' }]];
          case 'numeric':
            return [[question, { number: 1 }]];
          case 'matching': {
            // Each prompt gets the choice of the next prompt: all wrong.
            const prompts = question.matchPrompts!;
            return [[question, { matches: prompts.map(({ promptId }, index) => ({ promptId, choiceId: prompts[(index + 1) % prompts.length].choiceId })) }]];
          }
          case 'ordering':
            return [[question, { order: [...question.correctOrder!].reverse() }]];
          case 'essay':
            return [];
        }
      }),
    );
  }

  function rightAnswers(questions: readonly AttemptQuestionValue[]) {
    return asInputs(questions.map((question) => [question, correctAnswerOf(question)]));
  }

  /** Answers of the right shape's neighbours: every one must be refused with a message that says nothing. */
  function malformedAnswers(questions: readonly AttemptQuestionValue[]): Array<Record<string, unknown>> {
    const byType = (type: AttemptQuestionValue['type']) => questions.find((question) => question.type === type)!;
    const single = byType('single_choice');
    const matching = byType('matching');
    const ordering = byType('ordering');
    return [
      { questionId: single.questionId, optionIds: ['tidak-ada'] },
      { questionId: single.questionId, optionIds: single.options!.map((option) => option.optionId) },
      { questionId: byType('multiple_choice').questionId, optionIds: ['m1', 'bukan-pilihan'] },
      { questionId: byType('short_answer').questionId, text: 'x'.repeat(600) },
      { questionId: matching.questionId, matches: [{ promptId: 'p1', choiceId: 'p1' }] },
      { questionId: matching.questionId, matches: [{ promptId: matching.matchPrompts![0].promptId, choiceId: matching.matchChoices![0].choiceId }, { promptId: matching.matchPrompts![0].promptId, choiceId: matching.matchChoices![1].choiceId }] },
      { questionId: ordering.questionId, order: [ordering.orderItems![0].itemId] },
      { questionId: ordering.questionId, order: ['o1', 'o2', 'o3', 'o4', 'o5'] },
      { questionId: 'soal-yang-tidak-ada', booleanValue: true },
    ];
  }

  async function quizCourse(settings: Partial<QuizSettingsRecord>) {
    const course = await buildCourse(app, { agencyId, modules: [[{ title: 'Pengantar', required: false }, { kind: 'quiz', title: 'Kuis semua jenis soal', quiz: { questions: oneOfEachType(), settings } }]] });
    return { courseId: course.id, lessonId: course.quizzes[0].lessonId };
  }

  /** Every read a learner has around a quiz, scanned. */
  async function readEverything(scan: Scan, learner: UserRecord, course: { courseId: string; lessonId: string }, attemptIds: readonly string[]) {
    const vars = { c: course.courseId, l: course.lessonId };
    const lesson = await scanned(scan, learner, LESSON, vars);
    expect(lesson.errors).toBeUndefined();
    expect((await scanned(scan, learner, OUTLINE, { c: course.courseId })).errors).toBeUndefined();
    expect((await scanned(scan, learner, MY_ENROLMENTS)).errors).toBeUndefined();
    const attempts = [];
    for (const attemptId of attemptIds) {
      const read = await scanned(scan, learner, READ, { a: attemptId });
      expect(read.errors).toBeUndefined();
      assertShuffledHonestly(read.data.quizAttempt, await storedQuestions(attemptId));
      attempts.push(read.data.quizAttempt);
    }
    return { overview: lesson.data.lesson.quiz, attempts };
  }

  /** Start, save wrong, right and malformed answers, submit: all scanned with keys not allowed. */
  async function takeQuiz(learner: UserRecord, course: { courseId: string; lessonId: string }, final: 'wrong' | 'right') {
    const hidden: Scan = { keysAllowed: false };
    const started = await scanned(hidden, learner, START, { c: course.courseId, l: course.lessonId });
    expect(started.errors).toBeUndefined();
    const attempt = started.data.startQuizAttempt;
    const questions = await storedQuestions(attempt.id);
    assertShuffledHonestly(attempt, questions);
    expect(attempt.questions.map((question: { type: string }) => question.type).sort()).toEqual(
      ['ESSAY', 'MATCHING', 'MULTIPLE_CHOICE', 'NUMERIC', 'ORDERING', 'SHORT_ANSWER', 'SINGLE_CHOICE', 'TRUE_FALSE'],
    );

    const wrong = await scanned(hidden, learner, SAVE, { a: attempt.id, answers: wrongAnswers(questions) });
    expect(wrong.data.saveQuizAnswers).toMatchObject({ late: false });
    // Saving the right answers (as a learner might by luck) echoes nothing but a count.
    const right = await scanned(hidden, learner, SAVE, { a: attempt.id, answers: rightAnswers(questions) });
    expect(right.data.saveQuizAnswers).toMatchObject({ saved: 8, late: false });
    for (const answer of malformedAnswers(questions)) {
      const refused = await scanned(hidden, learner, SAVE, { a: attempt.id, answers: [answer] });
      expect({ answer, codes: refused.errors?.map((error: { extensions: { code: string } }) => error.extensions.code) }).toEqual({ answer, codes: ['BAD_USER_INPUT'] });
      expect(refused.data).toBeNull();
    }
    // A value of the wrong GraphQL type is refused before any resolver runs.
    const typed = await scanned(hidden, learner, SAVE, { a: attempt.id, answers: [{ questionId: questions[0].questionId, number: 'empat puluh' }] });
    expect(typed.errors).toHaveLength(1);

    await readEverything({ keysAllowed: false, ownAnswers: true }, learner, course, [attempt.id]);
    const finalAnswers = final === 'right' ? rightAnswers(questions) : wrongAnswers(questions);
    const submitted = await scanned({ keysAllowed: false, ownAnswers: true }, learner, SUBMIT, { a: attempt.id, answers: final === 'right' ? finalAnswers : [...finalAnswers, { questionId: questions.find((q) => q.type === 'essay')!.questionId, text: '' }] });
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data.submitQuizAttempt).toMatchObject({ status: 'SUBMITTED', review: null, percent: null });
    // Once submitted by the learner, a save is refused; the refusal says nothing either.
    const late = await scanned(hidden, learner, SAVE, { a: attempt.id, answers: rightAnswers(questions) });
    expect(late.errors?.[0].extensions.code).toBe('CONFLICT');
    await readEverything({ keysAllowed: false, ownAnswers: true }, learner, course, [attempt.id]);
    await grader().grade(attempt.id);
    return { attemptId: attempt.id, questions };
  }

  /** The review after the policy allowed correct answers: the keys are really there. */
  function assertKeysShown(attempt: Json, questions: readonly AttemptQuestionValue[]): void {
    expect(attempt.review.showsCorrectAnswers).toBe(true);
    const text = JSON.stringify(attempt.review);
    expect(text).toContain(KEY_MARKERS.accepted);
    expect(text).toContain(KEY_MARKERS.feedback);
    expect(text).toContain(KEY_MARKERS.optionFeedback);
    expect(text).not.toContain(KEY_MARKERS.rubric);
    const reviewed = (type: AttemptQuestionValue['type']) => {
      const question = questions.find((candidate) => candidate.type === type)!;
      return attempt.review.questions.find((candidate: { questionId: string }) => candidate.questionId === question.questionId);
    };
    expect(reviewed('numeric')).toMatchObject({ numericAnswer: KEY_MARKERS.numeric, numericTolerance: KEY_MARKERS.tolerance });
    expect(reviewed('true_false').correctBoolean).toBe(true);
    expect(reviewed('ordering').correctOrder).toEqual(['o1', 'o2', 'o3', 'o4']);
    expect(reviewed('matching').correctMatches).toHaveLength(3);
    expect(reviewed('single_choice').correctOptionIds).toEqual(['s2']);
    expect([...reviewed('multiple_choice').correctOptionIds].sort()).toEqual(['m1', 'm2', 'm4']);
  }

  beforeAll(async () => {
    isolated = isolatedConfig('quiz_leak');
    const module = await Test.createTestingModule({ imports: [AppModule.forRoot(isolated.config)] }).compile();
    app = module.createNestApplication({ logger: ['error'] });
    await app.init();
    users = app.get(UserRepository);
    agencyId = (await app.get(AgencyRepository).create({ code: 'BPSDM-BOCOR', name: 'BPSDM Uji Kebocoran', kind: 'regional' })).id;
  });

  afterAll(async () => {
    await app?.close();
    await isolated?.cleanup();
  });

  async function enrolled(courseId: string): Promise<UserRecord> {
    const learner = await person();
    const body = await call(learner, 'mutation ($c: ID!) { enrol(courseId: $c) { id } }', { c: courseId });
    expect(body.errors).toBeUndefined();
    return learner;
  }

  it('NEVER: no review and no key, during, after submitting and after grading', async () => {
    const course = await quizCourse({ review: 'never', correctAnswers: 'never' });
    const learner = await enrolled(course.courseId);
    const { attemptId } = await takeQuiz(learner, course, 'right');
    const after = await readEverything({ keysAllowed: false, ownAnswers: true }, learner, course, [attemptId]);
    // The essay waits for its grade; the learner sees no review, only what grading established.
    expect(after.attempts[0]).toMatchObject({ status: 'AWAITING_GRADING', review: null, percent: null });
    expect(after.overview).toMatchObject({ attemptsUsed: 1, review: 'NEVER', correctAnswers: 'NEVER' });
  });

  it('AFTER_ATTEMPT review, AFTER_PASSING answers: outcomes without keys until the learner passes, then the keys', async () => {
    const course = await quizCourse({ review: 'after_attempt', correctAnswers: 'after_passing', passingPercent: 70 });
    const learner = await enrolled(course.courseId);
    const failed = await takeQuiz(learner, course, 'wrong');
    const afterFail = await readEverything({ keysAllowed: false }, learner, course, [failed.attemptId]);
    expect(afterFail.attempts[0]).toMatchObject({ status: 'GRADED', passed: false, review: { showsCorrectAnswers: false } });
    expect(afterFail.attempts[0].review.questions).toHaveLength(8);
    expect(afterFail.attempts[0].review.questions.map((question: { outcome: string }) => question.outcome)).not.toContain('CORRECT');

    const second = await takeQuiz(learner, course, 'right');
    const waiting = await readEverything({ keysAllowed: false, ownAnswers: true }, learner, course, [failed.attemptId, second.attemptId]);
    expect(waiting.attempts[1]).toMatchObject({ status: 'AWAITING_GRADING', review: { showsCorrectAnswers: false } });

    // The instructor grades the essay in full: the attempt passes, and the policy now shows the keys.
    const essay = second.questions.find((question) => question.type === 'essay')!;
    const grading = (await app.get(QuizGradingRepository).findByAttemptId(second.attemptId))!;
    const instructor = await person('instructor');
    await grader().applyEssayGrade({
      attemptId: second.attemptId,
      questionId: essay.questionId,
      gradingRevision: grading.revision,
      grade: { criteria: essay.rubric!.map(({ criterionId, points }) => ({ criterionId, points })), comment: 'Rencana yang jelas.', gradedBy: instructor.id, gradedAt: new Date() },
    });
    const shown = await readEverything({ keysAllowed: true, ownAnswers: true }, learner, course, [failed.attemptId, second.attemptId]);
    expect(shown.attempts[1]).toMatchObject({ status: 'GRADED', passed: true });
    assertKeysShown(shown.attempts[1], second.questions);
    assertKeysShown(shown.attempts[0], failed.questions);
    expect(shown.attempts[1].review.questions.find((question: { questionId: string }) => question.questionId === essay.questionId).essayComment).toBe('Rencana yang jelas.');
  });

  it('AFTER_CLOSE: nothing while the quiz is open, the keys once it closed', async () => {
    const closesAt = new Date(Date.now() + 5 * 60_000);
    const course = await quizCourse({ review: 'after_close', correctAnswers: 'after_close', closesAt });
    const learner = await enrolled(course.courseId);
    const { attemptId, questions } = await takeQuiz(learner, course, 'right');
    const open = await readEverything({ keysAllowed: false, ownAnswers: true }, learner, course, [attemptId]);
    expect(open.attempts[0]).toMatchObject({ review: null });

    // The API runs in this process: only its clock (Date) moves past the closing time, timers
    // and the drivers' monotonic clocks stay real. Five minutes on, the session is still valid.
    jest.useFakeTimers({ now: closesAt.getTime() + 1_000, advanceTimers: true, doNotFake: REAL_TIMERS });
    try {
      const closed = await readEverything({ keysAllowed: true, ownAnswers: true }, learner, course, [attemptId]);
      assertKeysShown(closed.attempts[0], questions);
    } finally {
      jest.useRealTimers();
    }
  });

  it("refuses a learner the author's and the grader's fields, with no data", async () => {
    const course = await quizCourse({});
    const learner = await enrolled(course.courseId);
    const hidden: Scan = { keysAllowed: false };
    const started = await scanned(hidden, learner, START, { c: course.courseId, l: course.lessonId });
    const attemptId = started.data.startQuizAttempt.id;
    const rootFields = new Set(Object.keys(app.get(GraphQLSchemaHost).schema.getQueryType()?.getFields() ?? {}));
    const authorOnly: Array<[string, string, Record<string, unknown>]> = [
      ['questionBank', 'query ($c: ID!) { questionBank(courseId: $c) { totalCount edges { node { id options { correct } acceptedAnswers numericAnswer } } } }', { c: course.courseId }],
      ['questionBankTags', 'query ($c: ID!) { questionBankTags(courseId: $c) { tag count } }', { c: course.courseId }],
      ['exportQuestionBank', 'query ($c: ID!) { exportQuestionBank(courseId: $c, format: JSON) }', { c: course.courseId }],
      ['gradedAttempt', 'query ($a: ID!) { gradedAttempt(attemptId: $a) { gradingRevision questions { acceptedAnswers numericAnswer correctOrder options { correct } } } }', { a: attemptId }],
      ['quizResults', 'query ($c: ID!, $l: ID!) { quizResults(courseId: $c, lessonId: $l) { totalCount } }', { c: course.courseId, l: course.lessonId }],
      ['essayGradingQueue', 'query ($c: ID!) { essayGradingQueue(courseId: $c) { totalCount } }', { c: course.courseId }],
    ];
    const tried = authorOnly.filter(([field]) => rootFields.has(field));
    // The bank's and the grader's queries are written alongside this feature; the ones present must refuse.
    for (const [field, query, variables] of tried) {
      const body = await scanned(hidden, learner, query, variables);
      expect({ field, codes: body.errors?.map((error: { extensions: { code: string } }) => error.extensions.code) }).toEqual({ field, codes: [expect.stringMatching(/^(FORBIDDEN|NOT_FOUND)$/)] });
      expect(body.data?.[field] ?? null).toBeNull();
    }
    expect(tried.length).toBeGreaterThan(0);
  });
});
