import type { QuizAttemptStatus } from '../../gql/generated';

/** Badge colours per attempt status (text from `quizAuthoring.status`). */
export const STATUS_COLORS: Record<QuizAttemptStatus, string> = {
  IN_PROGRESS: 'blue',
  SUBMITTED: 'gray',
  AWAITING_GRADING: 'yellow',
  GRADED: 'green',
};

export const ATTEMPT_STATUSES: readonly QuizAttemptStatus[] = ['IN_PROGRESS', 'SUBMITTED', 'AWAITING_GRADING', 'GRADED'];

/** Points to at most two decimals, as typed in the bank ("2,5" in Indonesian). */
export function formatPoints(value: number | null, locale: string): string {
  if (value === null) return '–';
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

export const LOCALE = { id: 'id-ID', en: 'en-GB' } as const;
