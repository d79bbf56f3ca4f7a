import type { QuizSettingsRecord } from '@lentera/db';

/**
 * How long after the deadline the quiz.deadline job still counts as "at the deadline": the job
 * is delayed to deadline + this, and a submission by the job is dated at the deadline itself.
 */
export const DEADLINE_GRACE_MS = 2_000;

/** An attempt's server-side end: start + time limit or the quiz's closing time, whichever is first. */
export function quizDeadline(startedAt: Date, settings: Pick<QuizSettingsRecord, 'timeLimitMinutes' | 'closesAt'>): Date | null {
  const ends: number[] = [];
  if (settings.timeLimitMinutes != null) ends.push(startedAt.getTime() + settings.timeLimitMinutes * 60_000);
  if (settings.closesAt) ends.push(settings.closesAt.getTime());
  return ends.length ? new Date(Math.min(...ends)) : null;
}
