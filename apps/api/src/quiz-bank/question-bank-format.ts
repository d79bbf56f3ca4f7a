import { createHash } from 'node:crypto';
import type { LocalizedMessage } from '@lentera/errors';
import { questionTypes as storedTypes, type QuestionContent, type QuestionType } from '@lentera/db';

// What the JSON and CSV readers share: the row they produce, the limits, and how a key is
// derived for a question the file gives none. The formats are described in README.md next to this file.

export const JSON_FORMAT_NAME = 'lentera-question-bank';
export const JSON_FORMAT_VERSION = 1;
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
export const MAX_IMPORT_QUESTIONS = 2_000;
/** A file with more problems lists only the first ones; nothing is imported either way. */
export const MAX_LISTED_PROBLEMS = 100;
/** Used when a file gives no points for a question. */
export const DEFAULT_POINTS = 1;

/** One question read from a file, before the content checks. */
export interface ImportRow {
  /** CSV: the row number Excel shows (header = 1); JSON: the question's position in `questions`, from 1. */
  line: number;
  /** As given, or derived from the content (derivedKey). */
  key: string;
  keyGiven: boolean;
  content: QuestionContent;
}

export interface ImportProblem {
  line: number;
  key: string | null;
  message: LocalizedMessage;
}

export interface ParsedBankFile {
  rows: ImportRow[];
  problems: ImportProblem[];
}

/**
 * The key of a question the file gives none: the same type and prompt always give the same
 * key, so importing the same file twice updates instead of duplicating.
 */
export function derivedKey(type: QuestionType, prompt: string): string {
  return `auto-${createHash('sha256').update(`${type}\n${prompt}`, 'utf8').digest('hex').slice(0, 16)}`;
}

/** The stored type for a name in a file (lower-case db names; upper case is accepted too). */
export function questionTypeOf(name: string): QuestionType | null {
  const normalized = name.trim().toLowerCase();
  return (storedTypes as readonly string[]).includes(normalized) ? (normalized as QuestionType) : null;
}

export const typeNamesList = storedTypes.join(', ');

export function unknownTypeMessage(name: string): LocalizedMessage {
  return {
    id: `Jenis soal "${name}" tidak dikenal. Gunakan salah satu: ${typeNamesList}.`,
    en: `Unknown question type "${name}". Use one of: ${typeNamesList}.`,
  };
}

export function emptyQuestionContent(type: QuestionType): QuestionContent {
  return {
    type,
    prompt: '',
    tags: [],
    points: DEFAULT_POINTS,
    feedback: null,
    options: [],
    wrongPickPenalty: null,
    trueFalseAnswer: null,
    acceptedAnswers: [],
    numericAnswer: null,
    numericTolerance: null,
    pairs: [],
    orderItems: [],
    rubric: [],
  };
}
