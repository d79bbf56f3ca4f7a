/**
 * Silent reading speed for Indonesian non-fiction by adults, in words per minute. Studies of
 * Indonesian readers put it around 175 to 250; we take the lower middle so estimates on a
 * phone are not optimistic.
 */
export const WORDS_PER_MINUTE = 200;

export interface ReadingStats {
  lessonCount: number;
  wordCount: number;
  readingMinutes: number;
}

export function computeReadingStats(lessonBodies: readonly string[]): ReadingStats {
  const wordCount = lessonBodies.reduce((total, body) => total + countWords(body), 0);
  return {
    lessonCount: lessonBodies.length,
    wordCount,
    readingMinutes: wordCount === 0 ? 0 : Math.ceil(wordCount / WORDS_PER_MINUTE),
  };
}

export function countWords(text: string): number {
  return text.split(/\s+/u).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}
