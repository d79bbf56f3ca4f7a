/** A source of numbers in [0, 1): Math.random, or a seeded one in tests. */
export type RandomSource = () => number;

const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
const ID_LENGTH = 12;

/** A random index in [0, length): tolerant of a source that returns 1. */
export function randomIndex(random: RandomSource, length: number): number {
  return Math.min(length - 1, Math.floor(random() * length));
}

/** Fisher–Yates: a shuffled copy. */
export function shuffled<T>(items: readonly T[], random: RandomSource): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = randomIndex(random, i + 1);
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

/**
 * A shuffled copy that is never in the original order (for two or more distinct keys): shown in
 * the correct order, an ordering question would answer itself. Rotating a copy that came out
 * unchanged keeps this deterministic whatever the source returns.
 */
export function shuffledOutOfOrder<T>(items: readonly T[], random: RandomSource, key: (item: T) => string): T[] {
  const copy = shuffled(items, random);
  const unchanged = copy.every((item, index) => key(item) === key(items[index]));
  return unchanged && copy.length > 1 ? [...copy.slice(1), copy[0]] : copy;
}

/** A random id that is none of `taken` (and is added to it); ids say nothing about the content. */
export function randomId(random: RandomSource, taken: Set<string>): string {
  let id = '';
  for (let i = 0; i < ID_LENGTH; i++) id += ID_ALPHABET[randomIndex(random, ID_ALPHABET.length)];
  // A constant test source would repeat itself: a counter keeps the ids distinct anyway.
  for (let counter = 1; taken.has(id); counter++) id = `${id.slice(0, ID_LENGTH)}${counter}`;
  taken.add(id);
  return id;
}
