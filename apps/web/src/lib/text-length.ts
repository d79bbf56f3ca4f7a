/** Bounds on a text's length, as the API counts it: blanks around it are not counted. */
export interface LengthBounds {
  min: number;
  max: number;
}

export type LengthProblem = 'tooShort' | 'tooLong';

/** Why the text is outside the bounds once trimmed, or null. */
export function lengthProblem(text: string, bounds: LengthBounds): LengthProblem | null {
  const length = text.trim().length;
  if (length < bounds.min) return 'tooShort';
  return length > bounds.max ? 'tooLong' : null;
}
