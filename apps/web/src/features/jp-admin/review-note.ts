/** The length of a reviewer's note the API accepts, blanks around it not counted (NOTE_LENGTH in jp-ledger.errors.ts). */
export const NOTE_LENGTH = { min: 5, max: 500 } as const;

export type NoteProblem = 'tooShort' | 'tooLong';

/** Why a rejection note cannot be sent, or null. */
export function rejectionNoteProblem(note: string): NoteProblem | null {
  const length = note.trim().length;
  if (length < NOTE_LENGTH.min) return 'tooShort';
  return length > NOTE_LENGTH.max ? 'tooLong' : null;
}
