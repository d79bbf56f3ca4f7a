/** Points and percentages are kept to two decimals (EPSILON: 1.005 rounds up, as people expect). */
export function roundPoints(value: number): number {
  return Math.round((value + Number.EPSILON) * 100) / 100;
}

/** A score as a share of the maximum; a quiz worth nothing counts as fully reached. */
export function percentOf(scorePoints: number, maxPoints: number): number {
  if (maxPoints <= 0) return 100;
  return Math.min(100, Math.max(0, roundPoints((scorePoints / maxPoints) * 100)));
}

export function sumPoints(values: readonly number[]): number {
  return roundPoints(values.reduce((sum, value) => sum + value, 0));
}
