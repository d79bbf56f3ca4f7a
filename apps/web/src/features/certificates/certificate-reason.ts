/** The API's bounds on a revoke or re-issue reason (apps/api/src/certificates). */
export const REASON_MIN = 5;
export const REASON_MAX = 500;

export type ReasonProblem = 'tooShort' | 'tooLong' | null;

export function reasonProblem(reason: string): ReasonProblem {
  const length = reason.trim().length;
  if (length < REASON_MIN) return 'tooShort';
  if (length > REASON_MAX) return 'tooLong';
  return null;
}
