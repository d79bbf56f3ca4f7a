import type { QuestionContent, QuestionRecord } from '@lentera/db';
import type { LocalizedMessage } from '@lentera/errors';
import { cleanTags } from './question.mapper';
import {
  derivedKey,
  emptyQuestionContent,
  JSON_FORMAT_NAME,
  JSON_FORMAT_VERSION,
  MAX_IMPORT_QUESTIONS,
  questionTypeOf,
  unknownTypeMessage,
  type ImportRow,
  type ParsedBankFile,
} from './question-bank-format';
import { importTooManyQuestions, unreadableImport } from './quiz-bank.errors';

// The JSON format of a question bank (see README.md): { format, version, questions: [...] }.

const COMMON_FIELDS = ['key', 'type', 'prompt', 'tags', 'points', 'feedback'];
const TYPE_FIELDS = ['options', 'wrongPickPenalty', 'answer', 'acceptedAnswers', 'numericAnswer', 'numericTolerance', 'pairs', 'items', 'rubric'];
const KNOWN_FIELDS = new Set([...COMMON_FIELDS, ...TYPE_FIELDS]);

interface JsonQuestion {
  key: string;
  type: QuestionContent['type'];
  prompt: string;
  tags: string[];
  points: number;
  feedback?: string;
  options?: Array<{ text: string; correct: boolean; feedback?: string }>;
  wrongPickPenalty?: number;
  answer?: boolean;
  acceptedAnswers?: string[];
  numericAnswer?: number;
  numericTolerance?: number;
  pairs?: Array<{ prompt: string; answer: string }>;
  items?: string[];
  rubric?: Array<{ title: string; points: number }>;
}

export function formatJsonBank(questions: readonly QuestionRecord[]): string {
  return `${JSON.stringify({ format: JSON_FORMAT_NAME, version: JSON_FORMAT_VERSION, questions: questions.map(toJsonQuestion) }, null, 2)}\n`;
}

function toJsonQuestion(question: QuestionRecord): JsonQuestion {
  const json: JsonQuestion = { key: question.key, type: question.type, prompt: question.prompt, tags: [...question.tags], points: question.points };
  if (question.feedback != null) json.feedback = question.feedback;
  switch (question.type) {
    case 'single_choice':
    case 'multiple_choice':
      json.options = question.options.map(({ text, correct, feedback }) => ({ text, correct, ...(feedback != null && { feedback }) }));
      if (question.type === 'multiple_choice' && question.wrongPickPenalty != null) json.wrongPickPenalty = question.wrongPickPenalty;
      break;
    case 'true_false':
      if (question.trueFalseAnswer != null) json.answer = question.trueFalseAnswer;
      break;
    case 'short_answer':
      json.acceptedAnswers = [...question.acceptedAnswers];
      break;
    case 'numeric':
      if (question.numericAnswer != null) json.numericAnswer = question.numericAnswer;
      if (question.numericTolerance != null) json.numericTolerance = question.numericTolerance;
      break;
    case 'matching':
      json.pairs = question.pairs.map(({ prompt, answer }) => ({ prompt, answer }));
      break;
    case 'ordering':
      json.items = question.orderItems.map(({ text }) => text);
      break;
    case 'essay':
      json.rubric = question.rubric.map(({ title, points }) => ({ title, points }));
      break;
  }
  return json;
}

/** Whole-file problems throw (BAD_USER_INPUT); a question's problems are collected with its position. */
export function parseJsonBank(content: string): ParsedBankFile {
  let parsed: unknown;
  try {
    parsed = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch {
    throw unreadableImport({ id: 'Berkas bukan JSON yang valid.', en: 'The file is not valid JSON.' });
  }
  if (!isObject(parsed) || parsed.format !== JSON_FORMAT_NAME) {
    throw unreadableImport({
      id: `Berkas JSON harus berupa objek dengan "format": "${JSON_FORMAT_NAME}".`,
      en: `The JSON file must be an object with "format": "${JSON_FORMAT_NAME}".`,
    });
  }
  if (parsed.version !== JSON_FORMAT_VERSION) {
    throw unreadableImport({
      id: `Versi format bank soal tidak didukung (harus ${JSON_FORMAT_VERSION}).`,
      en: `Unsupported question bank format version (must be ${JSON_FORMAT_VERSION}).`,
    });
  }
  if (!Array.isArray(parsed.questions)) {
    throw unreadableImport({ id: 'Berkas JSON harus memiliki daftar "questions".', en: 'The JSON file must have a "questions" list.' });
  }
  if (parsed.questions.length > MAX_IMPORT_QUESTIONS) throw importTooManyQuestions(MAX_IMPORT_QUESTIONS);
  const file: ParsedBankFile = { rows: [], problems: [] };
  parsed.questions.forEach((value: unknown, index) => {
    const line = index + 1;
    const reader = new FieldReader();
    const row = readQuestion(value, line, reader);
    if (reader.problems.length || !row) {
      const key = isObject(value) && typeof value.key === 'string' ? value.key : null;
      file.problems.push(...reader.problems.map((message) => ({ line, key, message })));
    } else {
      file.rows.push(row);
    }
  });
  return file;
}

function readQuestion(value: unknown, line: number, reader: FieldReader): ImportRow | null {
  if (!isObject(value)) {
    reader.problem({ id: 'Setiap soal harus berupa objek JSON.', en: 'Each question must be a JSON object.' });
    return null;
  }
  for (const field of Object.keys(value)) {
    if (!KNOWN_FIELDS.has(field)) reader.problem({ id: `Kolom "${field}" tidak dikenal.`, en: `Unknown field "${field}".` });
  }
  const typeName = reader.string(value, 'type', true);
  if (typeName === null) return null;
  const type = questionTypeOf(typeName);
  if (!type) {
    reader.problem(unknownTypeMessage(typeName));
    return null;
  }
  const content = emptyQuestionContent(type);
  content.prompt = (reader.string(value, 'prompt', true) ?? '').trim();
  content.tags = cleanTags(reader.strings(value, 'tags') ?? []);
  content.points = reader.number(value, 'points') ?? content.points;
  content.feedback = reader.string(value, 'feedback')?.trim() || null;
  switch (type) {
    case 'single_choice':
    case 'multiple_choice':
      content.options = reader.objects(value, 'options', (option, item) => {
        const feedback = item.string(option, 'feedback')?.trim();
        return { optionId: '', text: (item.string(option, 'text', true) ?? '').trim(), correct: item.boolean(option, 'correct', true) ?? false, ...(feedback && { feedback }) };
      });
      if (type === 'multiple_choice') content.wrongPickPenalty = reader.number(value, 'wrongPickPenalty');
      break;
    case 'true_false':
      content.trueFalseAnswer = reader.boolean(value, 'answer');
      break;
    case 'short_answer':
      content.acceptedAnswers = (reader.strings(value, 'acceptedAnswers') ?? []).map((answer) => answer.trim());
      break;
    case 'numeric':
      content.numericAnswer = reader.number(value, 'numericAnswer');
      content.numericTolerance = reader.number(value, 'numericTolerance');
      break;
    case 'matching':
      content.pairs = reader.objects(value, 'pairs', (pair, item) => ({
        pairId: '',
        prompt: (item.string(pair, 'prompt', true) ?? '').trim(),
        answer: (item.string(pair, 'answer', true) ?? '').trim(),
      }));
      break;
    case 'ordering':
      content.orderItems = (reader.strings(value, 'items') ?? []).map((text) => ({ itemId: '', text: text.trim() }));
      break;
    case 'essay':
      content.rubric = reader.objects(value, 'rubric', (criterion, item) => ({
        criterionId: '',
        title: (item.string(criterion, 'title', true) ?? '').trim(),
        points: item.number(criterion, 'points', true) ?? 0,
      }));
      break;
  }
  const givenKey = reader.string(value, 'key')?.trim();
  return { line, key: givenKey || derivedKey(type, content.prompt), keyGiven: Boolean(givenKey), content };
}

type JsonObject = Record<string, unknown>;

/** Reads typed fields and collects a message for each one of the wrong type. */
class FieldReader {
  readonly problems: LocalizedMessage[] = [];

  problem(message: LocalizedMessage): void {
    this.problems.push(message);
  }

  string(object: JsonObject, field: string, required = false): string | null {
    const value = object[field];
    if (value == null) return this.missing(field, required);
    if (typeof value === 'string') return value;
    this.wrongType(field, { id: 'teks', en: 'a text' });
    return null;
  }

  number(object: JsonObject, field: string, required = false): number | null {
    const value = object[field];
    if (value == null) return this.missing(field, required);
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    this.wrongType(field, { id: 'angka', en: 'a number' });
    return null;
  }

  boolean(object: JsonObject, field: string, required = false): boolean | null {
    const value = object[field];
    if (value == null) return this.missing(field, required);
    if (typeof value === 'boolean') return value;
    this.wrongType(field, { id: 'true atau false', en: 'true or false' });
    return null;
  }

  strings(object: JsonObject, field: string): string[] | null {
    const value = object[field];
    if (value == null) return null;
    if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value as string[];
    this.wrongType(field, { id: 'daftar teks', en: 'a list of texts' });
    return null;
  }

  objects<T>(object: JsonObject, field: string, read: (item: JsonObject, reader: FieldReader) => T): T[] {
    const value = object[field];
    if (value == null) return [];
    if (!Array.isArray(value) || !value.every(isObject)) {
      this.wrongType(field, { id: 'daftar objek', en: 'a list of objects' });
      return [];
    }
    return value.map((item) => read(item, this));
  }

  private missing(field: string, required: boolean): null {
    if (required) this.problem({ id: `Kolom "${field}" wajib diisi.`, en: `The field "${field}" is required.` });
    return null;
  }

  private wrongType(field: string, expected: LocalizedMessage): void {
    this.problem({ id: `Kolom "${field}" harus berupa ${expected.id}.`, en: `The field "${field}" must be ${expected.en}.` });
  }
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
