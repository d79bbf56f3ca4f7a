import type { QuestionRecord, QuestionRepository, QuizAttemptSummaryRecord, QuizSettingsRecord } from '@lentera/db';
import { DomainError } from '@lentera/errors';
import { buildAttemptQuestions } from '@lentera/quiz';
import { startRefusals, type StartRefusal } from './quiz-attempt.errors';

/** The bank questions a quiz's settings can draw from (one query), only the course's own. */
export async function loadQuizBank(questions: QuestionRepository, courseId: string, settings: QuizSettingsRecord): Promise<QuestionRecord[]> {
  const bank =
    settings.selection === 'fixed'
      ? await questions.findByIds(settings.questionIds)
      : await questions.findByCourseTags(
          courseId,
          settings.draws.map(({ tag }) => tag),
        );
  return bank.filter((question) => question.courseId === courseId);
}

/** An attempt whose deadline passed: it no longer takes answers, and the deadline job (or the next start) submits it. */
export function isOverdue(attempt: Pick<QuizAttemptSummaryRecord, 'deadline'>, now: Date): boolean {
  return attempt.deadline != null && attempt.deadline.getTime() < now.getTime();
}

/** The attempt a start returns instead of opening another: in progress and not past its deadline. */
export function openAttempt<T extends QuizAttemptSummaryRecord>(attempts: readonly T[], now: Date): T | null {
  return attempts.find((attempt) => attempt.status === 'in_progress' && !isOverdue(attempt, now)) ?? null;
}

/** Why the learner cannot start (or resume) an attempt now; null when they can. */
export function startRefusal(settings: QuizSettingsRecord, attempts: readonly QuizAttemptSummaryRecord[], now: Date): StartRefusal | null {
  if (openAttempt(attempts, now)) return null;
  if (settings.opensAt && now.getTime() < settings.opensAt.getTime()) return startRefusals.notOpen();
  if (settings.closesAt && now.getTime() >= settings.closesAt.getTime()) return startRefusals.closed();
  if (settings.maxAttempts != null && attempts.length >= settings.maxAttempts) return startRefusals.noAttemptsLeft(settings.maxAttempts);
  return null;
}

/**
 * How many questions an attempt gets and their points. A draw's count does not depend on the
 * order of the bank (see questionShortfalls), so one draw with a fixed source gives it; the
 * points are exact when the questions of a tag have equal points (else one possible draw's).
 */
export function quizShape(settings: QuizSettingsRecord, bank: readonly QuestionRecord[]): { questionCount: number; totalPoints: number } {
  if (bank.length === 0) return { questionCount: 0, totalPoints: 0 };
  try {
    const questions = buildAttemptQuestions(settings, bank, () => 0);
    return { questionCount: questions.length, totalPoints: roundPoints(questions.reduce((sum, question) => sum + question.points, 0)) };
  } catch (error) {
    // quizHasNoQuestions: nothing to draw.
    if (error instanceof DomainError) return { questionCount: 0, totalPoints: 0 };
    throw error;
  }
}

export function roundPoints(points: number): number {
  return Math.round(points * 100) / 100;
}
