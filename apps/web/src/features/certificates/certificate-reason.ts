import { lengthProblem, type LengthProblem } from '../../lib/text-length';

/** The API's bounds on a revoke, re-issue or key rotation reason (apps/api/src/certificates). */
export const REASON_MIN = 5;
export const REASON_MAX = 500;

export type ReasonProblem = LengthProblem | null;

export function reasonProblem(reason: string): ReasonProblem {
  return lengthProblem(reason, { min: REASON_MIN, max: REASON_MAX });
}
