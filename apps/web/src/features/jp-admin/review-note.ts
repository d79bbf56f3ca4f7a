import { lengthProblem, type LengthProblem } from '../../lib/text-length';

/** The length of a reviewer's note the API accepts, blanks around it not counted (NOTE_LENGTH in jp-ledger.errors.ts). */
export const NOTE_LENGTH = { min: 5, max: 500 } as const;

/** Why a rejection note cannot be sent, or null. */
export function rejectionNoteProblem(note: string): LengthProblem | null {
  return lengthProblem(note, NOTE_LENGTH);
}
