// `npm run bench -- grade [--no-build]` (tools/bench.mjs starts the services and runs this).
// GRADE_BENCH_ATTEMPTS (default 5000) sets how many attempts are graded.
//
// Set-up, not timed: a published course with one 20-question auto-graded quiz (every type but
// essay), GRADE_BENCH_LEARNERS learners (default 100) written through the repositories with access
// tokens minted as the API's AccessTokenService does, each enrolled, and N attempts in progress
// spread over them, written straight to the database with the questions buildAttemptQuestions
// draws (the API opens one attempt per learner and quiz at a time; many learners each with many
// attempts keep enrolments, sessions and progress small, which FerretDB v1 on SQLite scans on
// every lesson completion: the figures are about grading, not those scans). Each attempt's
// full-marks answers are prepared from its questions.
//   (a) through the queue: every attempt submitted over HTTP (submitQuizAttempt with its answers,
//       SUBMIT_CONCURRENCY at a time) to the built API, the built worker grading them (quiz.grade),
//       until Redis has no quiz.grade job left (polling the database would load the very database
//       being measured); the database then confirms all N graded with full marks;
//   (b) baseline: the same N attempts reset (answers and gradings deleted, back to in progress),
//       then in this one process, as many at once as the worker runs quiz.grade jobs, the same
//       database work with direct writes: the answers checked and stored, the attempt marked
//       submitted, QuizGradingService.grade. No HTTP, no GraphQL, no queue, no second process.
// ratio = throughput (a) / throughput (b): the share of the direct rate the path through the API
// and the queue delivers. gradeOnlyRatio compares (a) with grading alone (the answers already
// stored), a harder figure: on FerretDB storing 20 answers costs about as much as grading them.
// The last line is one JSON object.
import { createHmac } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
// First: @nestjs/testing loads reflect-metadata, which the built libraries' decorators need.
import { Test, type TestingModule } from '@nestjs/testing';
import {
  AgencyRepository,
  DEFAULT_QUIZ_SETTINGS,
  DatabaseModule,
  DatabaseSetup,
  EnrolmentRepository,
  QuestionRepository,
  QuizAttemptRepository,
  QuizAnswerRepository,
  QuizGradingRepository,
  SessionRepository,
  UserRepository,
  type AnswerValue,
  type QuestionType,
} from '@lentera/db';
import { JobQueue, JobsProducerModule, contractOf } from '@lentera/jobs';
import { QuizGradingService, QuizModule, buildAttemptQuestions, checkAnswer } from '@lentera/quiz';
import { buildCourse } from '../support/course-builder';
import { health } from '../support/http';
import { freePort, repoRoot, startLenteraApp, type RunningProcess } from '../support/processes';
import { correctAnswerOf, type QuestionSpec } from '../support/quiz-samples';
import { eventually, isolatedConfig } from '../support/test-config';

const GOAL = 0.8;
const QUESTIONS = 20;
const SUBMIT_CONCURRENCY = Number(process.env.GRADE_BENCH_CONCURRENCY ?? 16);
const SETUP_CONCURRENCY = SUBMIT_CONCURRENCY;
// The baseline grades as many at once as the worker does, so (a) and (b) differ only in the path.
const GRADE_CONCURRENCY = contractOf('quiz.grade').worker?.concurrency ?? 16;
const GRADING_TIMEOUT_MS = 30 * 60_000;
const TOKEN_TTL_SECONDS = 4 * 3600;
const REQUEST_TIMEOUT_MS = 5 * 60_000;
const PROGRESS_MS = 60_000;

const LEARNERS = Number(process.env.GRADE_BENCH_LEARNERS ?? 100);
const QUIZ_SETTINGS = { maxAttempts: null, timeLimitMinutes: null, passingPercent: 70 } as const;

const AUTO_GRADED: QuestionType[] = ['single_choice', 'multiple_choice', 'true_false', 'short_answer', 'numeric', 'matching', 'ordering'];

interface Learner {
  userId: string;
  enrolmentId: string;
  token: string;
}

interface PreparedAttempt {
  attemptId: string;
  token: string;
  answers: AnswerInput[];
}

type AnswerInput = AnswerValue & { questionId: string };

function attemptsFromEnvironment(): number {
  const raw = process.env.GRADE_BENCH_ATTEMPTS ?? '5000';
  const attempts = Number(raw);
  if (!Number.isInteger(attempts) || attempts < 1) throw new Error(`GRADE_BENCH_ATTEMPTS must be a whole number ≥ 1 (got "${raw}")`);
  return attempts;
}

/** A signed HS256 token with the claims AccessTokenService.issue writes (sub = user, sid = session). */
function accessToken(secret: string, userId: string, sessionId: string): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const unsigned = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode({ sid: sessionId, sub: userId, iat: now, exp: now + TOKEN_TTL_SECONDS })}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}

/** Submits retried because the API answered SERVICE_UNAVAILABLE (FerretDB gave up waiting for its write lock). */
let retriedCalls = 0;

/**
 * A GraphQL call whose errors fail the bench. Not the test helper: under load a submit may take
 * longer than its 20-second limit, and a slow answer is a figure here, not a failure. Like the
 * web app, it tries again after SERVICE_UNAVAILABLE (up to 5 times, 0.2 s apart, then doubling).
 */
async function graphqlAs<T>(baseUrl: string, token: string, query: string, variables: Record<string, unknown>): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const body = (await response.json()) as { data?: T; errors?: Array<{ extensions?: { code?: string } }> };
    const unavailable = body.errors?.every((error) => error.extensions?.code === 'SERVICE_UNAVAILABLE');
    if (unavailable && attempt < 5) {
      retriedCalls += 1;
      await new Promise((resolve) => setTimeout(resolve, 200 * 2 ** attempt));
      continue;
    }
    if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
    return body.data as T;
  }
}

/** Runs `task` over `items`, `concurrency` at a time, keeping the order of the results. */
async function inPool<T, R>(items: readonly T[], concurrency: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, lane));
  return results;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, (index + 1) * size));
}

/**
 * Prints every PROGRESS_MS how far a phase is and its rate over the last interval (a long run
 * shows whether it slows as the data grows); returns the function that stops it.
 */
function reportProgress(label: string, total: number, done: () => Promise<number> | number): () => void {
  const started = performance.now();
  let last = { at: started, done: 0 };
  const timer = setInterval(() => {
    void Promise.resolve(done()).then((count) => {
      const now = performance.now();
      const rate = (count - last.done) / ((now - last.at) / 1000);
      console.log(`  ${label}: ${count}/${total} after ${round1((now - started) / 1000)} s (${round1(rate)}/s over the last ${round1((now - last.at) / 1000)} s)`);
      last = { at: now, done: count };
    }, () => undefined);
  }, PROGRESS_MS);
  return () => clearInterval(timer);
}

const percentile = (sorted: readonly number[], share: number) => sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)];
const round1 = (value: number) => Math.round(value * 10) / 10;
const round2 = (value: number) => Math.round(value * 100) / 100;
const round3 = (value: number) => Math.round(value * 1000) / 1000;

/** Twenty questions, every auto-graded type about as often, in a fixed order. */
function quizQuestions(): QuestionSpec[] {
  return Array.from({ length: QUESTIONS }, (_, index) => ({ type: AUTO_GRADED[index % AUTO_GRADED.length], tags: ['bench'] }));
}

async function main(): Promise<void> {
  const attempts = attemptsFromEnvironment();
  const isolated = isolatedConfig('bench-grade');
  const { config } = isolated;
  const processes: RunningProcess[] = [];
  const dataDir = join(repoRoot, '.lentera', 'bench-data', config.queuePrefix);
  let context: TestingModule | null = null;
  try {
    context = await Test.createTestingModule({
      imports: [DatabaseModule.forRoot(config), JobsProducerModule.forRoot(config), QuizModule],
    }).compile();
    context.useLogger(false);
    await context.init();
    await context.get(DatabaseSetup).ensureIndexes();

    const port = await freePort();
    const baseUrl = `http://localhost:${port}`;
    const env = {
      MONGODB_URI: config.mongodbUri,
      REDIS_URL: config.redisUrl,
      QUEUE_PREFIX: config.queuePrefix,
      AUTH_SECRET: config.auth.secret,
      PORT: String(port),
      PUBLIC_URL: baseUrl,
      SEED_DEMO: 'false',
      DATA_DIR: dataDir,
      // info: the start-up line below is how the bench knows the worker is ready.
      LOG_LEVEL: 'info',
    };
    const api = startLenteraApp('api', { ...env, LOG_LEVEL: 'error' });
    const worker = startLenteraApp('worker', env);
    processes.push(api, worker);
    await eventually(() => health(baseUrl), (answer) => answer.status === 200, `the API at ${baseUrl} to be healthy`, 60_000).catch((error: Error) => {
      throw new Error(`${error.message}\n--- api output ---\n${api.output().slice(-4000)}`);
    });
    await eventually(async () => worker.output(), (output) => output.includes('Lentera worker running') || worker.child.exitCode !== null, 'the worker to start', 60_000);
    if (worker.child.exitCode !== null) throw new Error(`the worker stopped:\n${worker.output()}`);

    console.log(`• set-up: a ${QUESTIONS}-question quiz, ${LEARNERS} learners and ${attempts} attempts in progress (not timed)…`);
    const setupStarted = performance.now();
    const agency = await context.get(AgencyRepository).create({ code: `BENCH-${config.queuePrefix}`.slice(0, 40), name: 'BPSDM Uji Beban', kind: 'regional' });
    const course = await buildCourse(context, {
      agencyId: agency.id,
      title: 'Kursus Uji Beban Penilaian',
      modules: [[{ kind: 'quiz', title: 'Kuis 20 soal', quiz: { questions: quizQuestions(), settings: QUIZ_SETTINGS } }]],
    });
    const lessonId = course.quizzes[0].lessonId;
    const learners = await createLearners(context, config.auth.secret, agency.id, course.id, Math.min(LEARNERS, attempts));
    console.log(`  ${learners.length} learners enrolled after ${round1((performance.now() - setupStarted) / 1000)} s`);
    const prepared = await openAttempts(context, { agencyId: agency.id, courseId: course.id, lessonId, questionIds: course.quizzes[0].questionIds }, learners, attempts);
    const attemptIds = prepared.map((attempt) => attempt.attemptId);
    console.log(`  ready in ${round1((performance.now() - setupStarted) / 1000)} s`);

    // (a) HTTP submit → stored answers → quiz.grade → the worker, until all are graded.
    const attemptsRepository = context.get(QuizAttemptRepository);
    const graded = async () => (await attemptsRepository.countByStatus(course.id, lessonId)).graded;
    const jobs = context.get(JobQueue);
    const latencies: number[] = [];
    const queueStarted = performance.now();
    const stopQueueProgress = reportProgress('(a) graded', attempts, async () => latencies.length - (await jobs.countUnfinished('quiz.grade')));
    await inPool(prepared, SUBMIT_CONCURRENCY, async (attempt) => {
      const sent = performance.now();
      const data = await graphqlAs<{ submitQuizAttempt: { status: string } }>(
        baseUrl,
        attempt.token,
        'mutation ($id: ID!, $answers: [AnswerInput!]) { submitQuizAttempt(attemptId: $id, answers: $answers) { id status } }',
        { id: attempt.attemptId, answers: attempt.answers },
      );
      latencies.push(performance.now() - sent);
      if (data.submitQuizAttempt.status === 'IN_PROGRESS') throw new Error(`attempt ${attempt.attemptId} is still in progress after its submit`);
    });
    const submittedSeconds = (performance.now() - queueStarted) / 1000;
    await eventually(() => jobs.countUnfinished('quiz.grade'), (left) => left === 0 || worker.child.exitCode !== null, `the worker to grade ${attempts} attempts`, GRADING_TIMEOUT_MS);
    stopQueueProgress();
    if (worker.child.exitCode !== null) throw new Error(`the worker stopped:\n${worker.output().slice(-4000)}`);
    const queueSeconds = (performance.now() - queueStarted) / 1000;
    if ((await graded()) !== attempts) throw new Error('the queue emptied with attempts not graded');
    await expectAllPassed(context, attemptIds);

    // (b) the same attempts again, here: reset, then the same writes straight to the database.
    await worker.stop();
    const gradings = context.get(QuizGradingRepository);
    const answerRows = context.get(QuizAnswerRepository);
    const reset = async () => {
      for (const ids of chunks(attemptIds, 1000)) {
        await gradings.deleteByAttemptIds(ids);
        await answerRows.deleteByAttempts(ids);
        await attemptsRepository.resetToInProgress(ids);
      }
      if ((await attemptsRepository.countByStatus(course.id, lessonId)).in_progress !== attempts) throw new Error('the reset left attempts that are not in progress');
    };
    await reset();
    const grading = context.get(QuizGradingService);
    const submitDirectly = async (attempt: PreparedAttempt) => {
      const record = await attemptsRepository.findById(attempt.attemptId);
      if (!record) throw new Error(`attempt ${attempt.attemptId} is gone`);
      const byId = new Map(record.questions.map((question) => [question.questionId, question]));
      const saves = attempt.answers.map(({ questionId, ...value }) => ({ questionId, value: checkAnswer(byId.get(questionId)!, value) }));
      const now = new Date();
      await answerRows.saveMany({ attemptId: record.id, userId: record.userId }, saves, false, now);
      await attemptsRepository.markSubmitted(record.id, now, 'learner');
    };
    const gradeDirectly = async (attemptId: string) => {
      const result = await grading.grade(attemptId);
      if (result.outcome !== 'graded') throw new Error(`the baseline could not grade attempt ${attemptId}: ${result.outcome}`);
    };
    const directStarted = performance.now();
    let directDone = 0;
    const stopDirectProgress = reportProgress('(b) graded', attempts, () => directDone);
    await inPool(prepared, GRADE_CONCURRENCY, async (attempt) => {
      await submitDirectly(attempt);
      await gradeDirectly(attempt.attemptId);
      directDone += 1;
    });
    stopDirectProgress();
    const directSeconds = (performance.now() - directStarted) / 1000;
    if ((await graded()) !== attempts) throw new Error('the baseline left attempts ungraded');
    await expectAllPassed(context, attemptIds);

    // (b') grading alone: the answers stored and the attempts submitted beforehand, not timed.
    await reset();
    await inPool(prepared, GRADE_CONCURRENCY, submitDirectly);
    const gradeOnlyStarted = performance.now();
    let gradeOnlyDone = 0;
    const stopGradeOnlyProgress = reportProgress("(b') graded", attempts, () => gradeOnlyDone);
    await inPool(attemptIds, GRADE_CONCURRENCY, async (attemptId) => {
      await gradeDirectly(attemptId);
      gradeOnlyDone += 1;
    });
    stopGradeOnlyProgress();
    const gradeOnlySeconds = (performance.now() - gradeOnlyStarted) / 1000;
    await expectAllPassed(context, attemptIds);

    const queueRate = attempts / queueSeconds;
    const directRate = attempts / directSeconds;
    const gradeOnlyRate = attempts / gradeOnlySeconds;
    const sorted = [...latencies].sort((a, b) => a - b);
    console.log(
      `(a) queue: ${attempts} submitted over HTTP in ${round2(submittedSeconds)} s, all graded after ${round2(queueSeconds)} s → ${round1(queueRate)} attempts/s;` +
        ` submit latency p50 ${round1(percentile(sorted, 0.5))} ms, p95 ${round1(percentile(sorted, 0.95))} ms`,
    );
    console.log(`(b) direct: ${attempts} answers stored, submitted and graded in one process (${GRADE_CONCURRENCY} at once) in ${round2(directSeconds)} s → ${round1(directRate)} attempts/s`);
    console.log(`(b') grading alone: ${attempts} graded in one process in ${round2(gradeOnlySeconds)} s → ${round1(gradeOnlyRate)} attempts/s (gradeOnlyRatio ${round3(queueRate / gradeOnlyRate)})`);
    console.log(`ratio (a)/(b) ${round3(queueRate / directRate)} (goal ≥ ${GOAL})`);
    console.log(
      JSON.stringify({
        bench: 'grade',
        ratio: round3(queueRate / directRate),
        goal: GOAL,
        attemptsPerSecond: round1(queueRate),
        baselineAttemptsPerSecond: round1(directRate),
        gradeOnlyAttemptsPerSecond: round1(gradeOnlyRate),
        gradeOnlyRatio: round3(queueRate / gradeOnlyRate),
        attempts,
        learners: Math.min(LEARNERS, attempts),
        questions: QUESTIONS,
        queueSeconds: round2(queueSeconds),
        submitSeconds: round2(submittedSeconds),
        baselineSeconds: round2(directSeconds),
        gradeOnlySeconds: round2(gradeOnlySeconds),
        submitP50Ms: round1(percentile(sorted, 0.5)),
        submitP95Ms: round1(percentile(sorted, 0.95)),
        submitConcurrency: SUBMIT_CONCURRENCY,
        retriedSubmits: retriedCalls,
        gradeConcurrency: GRADE_CONCURRENCY,
      }),
    );
  } catch (error) {
    // What the API and the worker logged (warnings and errors) says why; pino writes asynchronously.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    for (const running of processes) console.error(`--- ${running.name} output ---\n${running.output().slice(-6000)}`);
    throw error;
  } finally {
    await Promise.all(processes.map((running) => running.stop()));
    await context?.close();
    await isolated.cleanup();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/**
 * N learners of the agency, each with a session and an access token the API accepts (signed like
 * AccessTokenService.issue: no sign-in, whose password hashing would dominate the set-up), and
 * enrolled in the course.
 */
async function createLearners(context: TestingModule, secret: string, agencyId: string, courseId: string, count: number): Promise<Learner[]> {
  const users = context.get(UserRepository);
  const sessions = context.get(SessionRepository);
  const enrolments = context.get(EnrolmentRepository);
  const now = new Date();
  return inPool(Array.from({ length: count }, (_, index) => index), SETUP_CONCURRENCY, async (index) => {
    const user = await users.create({
      fullName: `Peserta Uji ${index + 1}`,
      email: `peserta${index + 1}@bench.lentera.id`,
      memberships: [{ agencyId, role: 'learner' }],
    });
    const session = await sessions.create({ userId: user.id, expiresAt: new Date(now.getTime() + TOKEN_TTL_SECONDS * 1000) });
    const { enrolment } = await enrolments.enrolOnce({ userId: user.id, courseId, agencyId, status: 'active', source: 'self' }, now);
    return { userId: user.id, enrolmentId: enrolment.id, token: accessToken(secret, user.id, session.id) };
  });
}

/**
 * `count` attempts in progress, spread over the learners (attempt n of a learner is number n),
 * written as startQuizAttempt writes them, and their full-marks answers from the questions drawn.
 */
async function openAttempts(
  context: TestingModule,
  quiz: { agencyId: string; courseId: string; lessonId: string; questionIds: string[] },
  learners: readonly Learner[],
  count: number,
): Promise<PreparedAttempt[]> {
  const attempts = context.get(QuizAttemptRepository);
  const bank = await context.get(QuestionRepository).findByIds(quiz.questionIds);
  const settings = { ...DEFAULT_QUIZ_SETTINGS, ...QUIZ_SETTINGS, questionIds: quiz.questionIds };
  const startedAt = new Date();
  return inPool(Array.from({ length: count }, (_, index) => index), SETUP_CONCURRENCY, async (index) => {
    const learner = learners[index % learners.length];
    const questions = buildAttemptQuestions(settings, bank);
    const attempt = await attempts.createNumbered({
      agencyId: quiz.agencyId,
      courseId: quiz.courseId,
      courseVersion: 1,
      lessonId: quiz.lessonId,
      userId: learner.userId,
      enrolmentId: learner.enrolmentId,
      assignmentId: null,
      number: Math.floor(index / learners.length) + 1,
      role: settings.role,
      startedAt,
      deadline: null,
      passingPercent: settings.passingPercent,
      review: settings.review,
      correctAnswers: settings.correctAnswers,
      closesAt: null,
      questions,
      maxPoints: questions.reduce((sum, question) => sum + question.points, 0),
    });
    if (!attempt) throw new Error(`attempt ${index} could not be written`);
    return {
      attemptId: attempt.id,
      token: learner.token,
      answers: attempt.questions.map((question) => ({ questionId: question.questionId, ...correctAnswerOf(question) })),
    };
  });
}

/** Both paths must have graded the same thing: every attempt full marks, so passed. */
async function expectAllPassed(context: TestingModule, attemptIds: readonly string[]): Promise<void> {
  const attempts = context.get(QuizAttemptRepository);
  for (const ids of chunks(attemptIds, 1000)) {
    const failed = (await attempts.findSummariesByIds(ids)).filter((attempt) => attempt.status !== 'graded' || attempt.percent !== 100);
    if (failed.length) throw new Error(`${failed.length} attempts were not graded with full marks, e.g. ${JSON.stringify(failed[0])}`);
  }
}

main().catch((error: unknown) => {
  console.error(`✖ ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
