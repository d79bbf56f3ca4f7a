import { normalizeForSearch } from '@lentera/db';

/**
 * How a typed answer is compared: "  Bhinnéka  Tunggal Ika. " and "bhinneka tunggal ika" are the
 * same answer. Only the combining accents (U+0300–U+036F after NFD) are dropped, not every
 * Unicode "diacritic": "2^3" must stay different from "23".
 */
export function normalizeShortAnswer(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[\s.,!?]+$/u, '')
    .trim();
}

/** Tags are compared like the bank stores them (QuestionDocument.tagKeys). */
export function tagKey(tag: string): string {
  return normalizeForSearch(tag);
}
