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

/** Lesson bodies are HTML: only their text counts, not tag names, attributes or entities. */
export function computeReadingStats(lessonBodies: readonly string[]): ReadingStats {
  const wordCount = lessonBodies.reduce((total, body) => total + countWords(htmlToText(body)), 0);
  return {
    lessonCount: lessonBodies.length,
    wordCount,
    readingMinutes: wordCount === 0 ? 0 : Math.ceil(wordCount / WORDS_PER_MINUTE),
  };
}

export function countWords(text: string): number {
  return text.split(/\s+/u).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * The text of stored lesson HTML (already sanitized when written). Every tag becomes a space, so
 * "<p>satu</p><p>dua</p>" is two words, and entities become their characters.
 */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, name: string) => decodeEntity(name) ?? entity);
}

function decodeEntity(name: string): string | undefined {
  if (name[0] !== '#') return entities[name.toLowerCase()];
  const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}
