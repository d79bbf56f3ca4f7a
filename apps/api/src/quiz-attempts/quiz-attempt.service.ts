import { Injectable, Logger } from '@nestjs/common';
import {
  LessonRepository,
  QuestionRepository,
  QuizAnswerRepository,
  QuizAttemptRepository,
  isValidId,
  type AnswerSave,
  type QuizAttemptRecord,
  type QuizAttemptSummaryRecord,
  type QuizSettingsRecord,
} from '@lentera/db';
import { DomainError, ErrorCode } from '@lentera/errors';
import { JobQueue } from '@lentera/jobs';
import { CourseProgressService, type OpenedLesson } from '@lentera/learning';
import { DEADLINE_GRACE_MS, answerNotForQuestion, buildAttemptQuestions, checkAnswer, quizDeadline } from '@lentera/quiz';
import { MAX_ANSWERS_PER_SAVE, alreadySubmitted, attemptNotFound, notAQuizLesson, startRefused, tooManyAnswers } from './quiz-attempt.errors';
import { toAnswerValue } from './quiz-attempt.mapper';
import type { AnswerInput } from './quiz-attempt.model';
import { isOverdue, loadQuizBank, openAttempt, roundPoints, startRefusal } from './quiz-rules';

export interface SaveResult {
  attemptId: string;
  saved: number;
  late: boolean;
  savedAt: Date;
}

/** Two tabs starting at once: the loser re-reads; more rounds than this mean something else is wrong. */
const START_ROUNDS = 3;

/**
 * A learner's attempts: start (fixes the questions and the deadline), autosave, submit. Every
 * call is about the caller's own attempt; grading happens in the worker (quiz.grade).
 */
@Injectable()
export class QuizAttemptService {
  private readonly logger = new Logger(QuizAttemptService.name);

  constructor(
    private readonly progress: CourseProgressService,
    private readonly lessons: LessonRepository,
    private readonly questions: QuestionRepository,
    private readonly attempts: QuizAttemptRepository,
    private readonly answers: QuizAnswerRepository,
    private readonly jobs: JobQueue,
  ) {}

  /**
   * The attempt in progress, or a new one. Attempt numbers are unique per learner and quiz, so of
   * two starts at once (two tabs) one creates attempt n and the other finds it on its next round.
   */
  async start(userId: string, courseId: string, lessonId: string): Promise<QuizAttemptRecord> {
    const opened = await this.progress.openLesson({ userId, courseId, lessonId });
    const settings = await this.settingsOf(opened);
    for (let round = 0; round < START_ROUNDS; round++) {
      const now = new Date();
      const attempts = await this.attempts.findByLearnerLesson(userId, lessonId);
      const open = openAttempt(attempts, now);
      if (open) return this.reload(open.id);
      await Promise.all(attempts.filter((attempt) => attempt.status === 'in_progress').map((attempt) => this.submitOverdue(attempt)));
      const refusal = startRefusal(settings, attempts, now);
      if (refusal) throw startRefused(refusal);
      const created = await this.create(opened, settings, (attempts[0]?.number ?? 0) + 1, now);
      if (created) return created;
    }
    throw new DomainError(ErrorCode.Conflict, { id: 'Kuis sedang dimulai di tempat lain. Coba lagi.', en: 'The quiz is being started elsewhere. Please try again.' });
  }

  /**
   * Autosave. On time (at or before the deadline) the newest save of a question wins; after the
   * deadline, or after the deadline job submitted, answers are kept as late (never graded).
   * After the learner's own submit nothing is stored.
   */
  async save(userId: string, attemptId: string, inputs: readonly AnswerInput[]): Promise<SaveResult> {
    if (inputs.length > MAX_ANSWERS_PER_SAVE) throw tooManyAnswers();
    const attempt = await this.ownAttempt(userId, attemptId);
    if (submittedByLearner(attempt)) throw alreadySubmitted();
    return this.store(attempt, checkedAnswers(attempt, inputs), new Date());
  }

  /**
   * Final answers (optional), then in_progress → submitted and the grading job. Idempotent: a
   * second submit (or twenty at once) returns the attempt; while it is still SUBMITTED every
   * submit queues quiz.grade again (the job id collapses duplicates, and repairs a lost job).
   */
  async submit(userId: string, attemptId: string, inputs: readonly AnswerInput[] | null): Promise<QuizAttemptRecord> {
    if (inputs && inputs.length > MAX_ANSWERS_PER_SAVE) throw tooManyAnswers();
    let attempt = await this.ownAttempt(userId, attemptId);
    if (inputs?.length && !submittedByLearner(attempt)) await this.store(attempt, checkedAnswers(attempt, inputs), new Date());
    if (attempt.status === 'in_progress') {
      const now = new Date();
      // Past the deadline the attempt ended at the deadline, as the deadline job would have ended it.
      const submission = isOverdue(attempt, now)
        ? { submittedAt: attempt.deadline as Date, submittedBy: 'deadline' as const }
        : { submittedAt: now, submittedBy: 'learner' as const };
      if (await this.attempts.markSubmitted(attempt.id, submission.submittedAt, submission.submittedBy)) {
        this.logger.log({ attemptId: attempt.id, userId, lessonId: attempt.lessonId }, 'quiz attempt submitted');
        attempt = { ...attempt, status: 'submitted', ...submission };
      } else {
        // Another submit (a second tab, the deadline job) got there first: show what it wrote.
        attempt = await this.reload(attempt.id);
      }
    }
    if (attempt.status === 'submitted') await this.jobs.enqueueIfAvailable('quiz.grade', { attemptId: attempt.id });
    return attempt;
  }

  /** The caller's own attempt; anyone else's is "not found". */
  async ownAttempt(userId: string, attemptId: string): Promise<QuizAttemptRecord> {
    const attempt = isValidId(attemptId) ? await this.attempts.findById(attemptId) : null;
    if (!attempt || attempt.userId !== userId) throw attemptNotFound();
    return attempt;
  }

  private async settingsOf({ course, lesson }: OpenedLesson): Promise<QuizSettingsRecord> {
    if (lesson.kind !== 'quiz') throw notAQuizLesson();
    const content = await this.lessons.findContent({ courseId: course.id, version: course.publishedVersion }, lesson.id);
    if (!content?.quiz) throw notAQuizLesson();
    return content.quiz;
  }

  /** Attempt `number`, or null when another start took that number first. */
  private async create({ course, lesson, enrolment }: OpenedLesson, settings: QuizSettingsRecord, number: number, now: Date): Promise<QuizAttemptRecord | null> {
    const questions = buildAttemptQuestions(settings, await loadQuizBank(this.questions, course.id, settings));
    const deadline = quizDeadline(now, settings);
    const created = await this.attempts.createNumbered({
      agencyId: course.agencyId,
      courseId: course.id,
      courseVersion: course.publishedVersion,
      lessonId: lesson.id,
      userId: enrolment.userId,
      enrolmentId: enrolment.id,
      assignmentId: enrolment.assignmentId,
      number,
      role: settings.role,
      startedAt: now,
      deadline,
      passingPercent: settings.passingPercent,
      review: settings.review,
      correctAnswers: settings.correctAnswers,
      closesAt: settings.closesAt,
      questions,
      maxPoints: roundPoints(questions.reduce((sum, question) => sum + question.points, 0)),
    });
    if (!created) return null;
    this.logger.log({ attemptId: created.id, userId: enrolment.userId, lessonId: lesson.id, number }, 'quiz attempt started');
    if (deadline) {
      // Submits the attempt at its deadline even if the learner never comes back; the worker's
      // start-up sweep queues it again when Redis was down now.
      await this.jobs.enqueueIfAvailable('quiz.deadline', { attemptId: created.id }, { delayMs: deadline.getTime() - now.getTime() + DEADLINE_GRACE_MS });
    }
    return created;
  }

  /** An attempt left in progress past its deadline (its job not run yet): submitted at the deadline. */
  private async submitOverdue(attempt: QuizAttemptSummaryRecord): Promise<void> {
    if (!attempt.deadline || !(await this.attempts.markSubmitted(attempt.id, attempt.deadline, 'deadline'))) return;
    await this.jobs.enqueueIfAvailable('quiz.grade', { attemptId: attempt.id });
  }

  private async store(attempt: QuizAttemptRecord, saves: AnswerSave[], now: Date): Promise<SaveResult> {
    const late = attempt.status !== 'in_progress' || isOverdue(attempt, now);
    await this.answers.saveMany({ attemptId: attempt.id, userId: attempt.userId }, saves, late, now);
    return { attemptId: attempt.id, saved: saves.length, late, savedAt: now };
  }

  private async reload(attemptId: string): Promise<QuizAttemptRecord> {
    const attempt = await this.attempts.findById(attemptId);
    if (!attempt) throw attemptNotFound();
    return attempt;
  }
}

function submittedByLearner(attempt: QuizAttemptSummaryRecord): boolean {
  return attempt.status !== 'in_progress' && attempt.submittedBy === 'learner';
}

/** Every answer checked against its question before anything is stored; the last answer to a question wins. */
function checkedAnswers(attempt: QuizAttemptRecord, inputs: readonly AnswerInput[]): AnswerSave[] {
  const questions = new Map(attempt.questions.map((question) => [question.questionId, question]));
  const saves = new Map<string, AnswerSave>();
  for (const input of inputs) {
    const question = questions.get(input.questionId);
    if (!question) throw answerNotForQuestion();
    saves.set(input.questionId, { questionId: input.questionId, value: checkAnswer(question, toAnswerValue(input)) });
  }
  return [...saves.values()];
}
