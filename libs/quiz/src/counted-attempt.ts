import type { QuizScoring } from '@lentera/db';

/**
 * The graded attempt whose score counts: the highest percent (ties: the earliest attempt) or the
 * last attempt (highest number). Attempts not graded yet never count.
 */
export function countedAttempt<T extends { status: string; percent: number | null; number: number }>(attempts: readonly T[], scoring: QuizScoring): T | null {
  let counted: T | null = null;
  for (const attempt of attempts) {
    if (attempt.status !== 'graded' || attempt.percent == null) continue;
    if (!counted || beats(attempt, counted, scoring)) counted = attempt;
  }
  return counted;
}

function beats<T extends { percent: number | null; number: number }>(attempt: T, counted: T, scoring: QuizScoring): boolean {
  if (scoring === 'last') return attempt.number > counted.number;
  const [percent, best] = [attempt.percent ?? 0, counted.percent ?? 0];
  return percent > best || (percent === best && attempt.number < counted.number);
}
