import { Injectable, Logger } from '@nestjs/common';
import {
  QuizAnswerRepository,
  QuizAttemptRepository,
  QuizGradingRepository,
  type NewQuizGrading,
  type QuizAttemptRecord,
  type QuizAttemptSummaryRecord,
  type QuizGradingRecord,
} from '@lentera/db';
import { DomainError, ErrorCode } from '@lentera/errors';
import { CourseProgressService } from '@lentera/learning';
import { DEADLINE_GRACE_MS } from './deadline';
import { applyEssayGrade, type EssayGrade } from './essay-grade';
import { gradeAttempt } from './grade-attempt';

export type GradeOutcome = 'graded' | 'awaiting_grading' | 'not_submitted' | 'missing';

export interface GradeResult {
  outcome: GradeOutcome;
  /** True for the one run that recorded the grading; repeated runs (a retried or duplicate job) say false. */
  graded: boolean;
}

export interface EssayGradeInput {
  attemptId: string;
  questionId: string;
  /** The grading revision the grader saw (GradedAttempt.gradingRevision). */
  gradingRevision: number;
  grade: EssayGrade;
}

/**
 * Grades submitted attempts exactly once and applies instructors' essay grades. Used by the
 * worker (quiz.grade), the API (gradeEssay) and the benchmark's baseline.
 *
 * Exactly once without transactions (FerretDB): the grading row's unique attemptId decides
 * which run's grading stands; every run then copies THAT grading onto the attempt and, when it
 * passed, reports the lesson done. Both writes repeat harmlessly, so a run killed between them
 * is repaired by the next (a retried job, the worker's start-up requeue, a learner's re-submit).
 */
@Injectable()
export class QuizGradingService {
  private readonly logger = new Logger(QuizGradingService.name);

  constructor(
    private readonly attempts: QuizAttemptRepository,
    private readonly answers: QuizAnswerRepository,
    private readonly gradings: QuizGradingRepository,
    private readonly progress: CourseProgressService,
  ) {}

  async grade(attemptId: string): Promise<GradeResult> {
    const attempt = await this.attempts.findById(attemptId);
    if (!attempt) return { outcome: 'missing', graded: false };
    if (attempt.status === 'in_progress') {
      this.logger.debug(logIds(attempt), 'asked to grade an attempt still in progress: nothing to grade');
      return { outcome: 'not_submitted', graded: false };
    }
    // Read first: a repeated run skips reading the answers and scoring them again.
    const existing = await this.gradings.findByAttemptId(attempt.id);
    const { grading, created } = existing ? { grading: existing, created: false } : await this.gradings.recordOnce(await this.newGrading(attempt));
    await this.writeResult(attempt, grading);
    if (created) {
      this.logger.log(
        { ...logIds(attempt), status: grading.status, scorePoints: grading.scorePoints, maxPoints: grading.maxPoints, percent: grading.percent, passed: grading.passed },
        'attempt graded',
      );
    } else {
      this.logger.debug(logIds(attempt), 'attempt graded before: its result and completion were written again');
    }
    return { outcome: grading.status, graded: created };
  }

  /**
   * The quiz.deadline job: an attempt still in progress at its deadline is submitted as of the
   * deadline itself (answers saved up to then count). DEADLINE_GRACE_MS absorbs a small clock
   * difference between the API that delayed the job and this machine. False when there was
   * nothing to submit: submitted already, no deadline, unknown, or the deadline still ahead.
   */
  async submitAtDeadline(attemptId: string, now: Date): Promise<boolean> {
    const [attempt] = await this.attempts.findSummariesByIds([attemptId]);
    if (!attempt || attempt.status !== 'in_progress' || !attempt.deadline) return false;
    if (attempt.deadline.getTime() > now.getTime() + DEADLINE_GRACE_MS) return false;
    const submitted = await this.attempts.markSubmitted(attempt.id, attempt.deadline, 'deadline');
    if (submitted) this.logger.log({ ...logIds(attempt), deadline: attempt.deadline }, 'attempt submitted at its deadline (the learner did not submit)');
    return submitted;
  }

  /**
   * An instructor's grade of one essay, on the grading revision they saw (an older one: CONFLICT,
   * reload). The last essay graded makes the attempt graded and, when it passed, the lesson done.
   */
  async applyEssayGrade(input: EssayGradeInput): Promise<QuizGradingRecord> {
    const attempt = await this.attempts.findById(input.attemptId);
    const grading = attempt && (await this.gradings.findByAttemptId(attempt.id));
    if (!attempt || !grading) throw gradingNotFound();
    if (grading.revision !== input.gradingRevision) throw staleGrading();
    const question = attempt.questions.find(({ questionId }) => questionId === input.questionId);
    if (!question) throw questionNotInAttempt();
    const change = applyEssayGrade(grading.results, question, input.grade, attempt.passingPercent, grading.maxPoints);
    const updated = await this.gradings.applyChange(attempt.id, grading.revision, change);
    if (!updated) throw staleGrading();
    await this.writeResult(attempt, updated);
    this.logger.log(
      { ...logIds(attempt), questionId: question.questionId, gradedBy: input.grade.gradedBy, status: updated.status, percent: updated.percent, passed: updated.passed },
      'essay graded',
    );
    return updated;
  }

  /** The grading of the attempt's on-time answers: late rows, and anything saved after the deadline, do not count. */
  private async newGrading(attempt: QuizAttemptRecord): Promise<NewQuizGrading> {
    const saved = await this.answers.findByAttempt(attempt.id);
    const deadline = attempt.deadline?.getTime() ?? Infinity;
    const onTime = new Map(saved.filter(({ savedAt }) => savedAt.getTime() <= deadline).map(({ questionId, value }) => [questionId, value]));
    const grade = gradeAttempt(attempt.questions, onTime, attempt.passingPercent);
    const now = new Date();
    return {
      attemptId: attempt.id,
      agencyId: attempt.agencyId,
      courseId: attempt.courseId,
      lessonId: attempt.lessonId,
      userId: attempt.userId,
      status: grade.status,
      results: grade.results,
      scorePoints: grade.scorePoints,
      maxPoints: grade.maxPoints,
      percent: grade.percent,
      passed: grade.passed,
      gradedAt: now,
      completedAt: grade.status === 'graded' ? now : null,
    };
  }

  /** Copies the grading onto the attempt and, when it passed, completes the lesson; both repeatable. */
  private async writeResult(attempt: QuizAttemptSummaryRecord, grading: QuizGradingRecord): Promise<void> {
    if (!showsResult(attempt, grading)) {
      await this.attempts.setResult(attempt.id, {
        status: grading.status,
        scorePoints: grading.scorePoints,
        percent: grading.percent,
        passed: grading.passed,
        gradedAt: grading.completedAt ?? grading.gradedAt,
      });
    }
    if (grading.passed === true) await this.completeLesson(attempt);
  }

  private async completeLesson(attempt: QuizAttemptSummaryRecord): Promise<void> {
    try {
      const { courseCompletedNow } = await this.progress.recordLessonEvent({
        userId: attempt.userId,
        courseId: attempt.courseId,
        lessonId: attempt.lessonId,
        secondsSpent: 0,
        event: { type: 'quiz_passed' },
      });
      if (courseCompletedNow) this.logger.log(logIds(attempt), 'the passed quiz completed the course');
    } catch (error) {
      // The grade stands whatever happened to the enrolment since (the learner left, the lesson
      // was removed from the published version): there is no lesson to complete, not a fault.
      if (!(error instanceof DomainError)) throw error;
      this.logger.warn({ ...logIds(attempt), code: error.code, reason: error.localized.en }, 'passed, but the lesson could not be completed');
    }
  }
}

/**
 * Whether the attempt already carries this grading's result. A repeated run then leaves the
 * attempt alone, so it cannot put back an older result over an essay grade saved meanwhile.
 */
function showsResult(attempt: QuizAttemptSummaryRecord, grading: QuizGradingRecord): boolean {
  return (
    attempt.status === grading.status &&
    attempt.scorePoints === grading.scorePoints &&
    attempt.percent === grading.percent &&
    attempt.passed === grading.passed
  );
}

function logIds(attempt: QuizAttemptSummaryRecord): { attemptId: string; userId: string; courseId: string; lessonId: string } {
  return { attemptId: attempt.id, userId: attempt.userId, courseId: attempt.courseId, lessonId: attempt.lessonId };
}

function gradingNotFound(): DomainError {
  return new DomainError(
    ErrorCode.NotFound,
    { id: 'Percobaan kuis ini tidak ditemukan atau belum dinilai.', en: 'This quiz attempt was not found or has not been graded yet.' },
    { reason: 'grading_not_found' },
  );
}

function questionNotInAttempt(): DomainError {
  return new DomainError(
    ErrorCode.NotFound,
    { id: 'Soal ini tidak ada di percobaan ini.', en: 'This question is not part of this attempt.' },
    { reason: 'question_not_in_attempt' },
  );
}

function staleGrading(): DomainError {
  return new DomainError(
    ErrorCode.Conflict,
    {
      id: 'Penilaian percobaan ini baru saja diubah orang lain. Muat ulang lalu nilai lagi.',
      en: 'Someone else changed the grading of this attempt just now. Reload and grade again.',
    },
    { reason: 'stale_grading' },
  );
}
