import { detectCsvDelimiter, splitCsvFields, splitCsvRecords, type CsvDelimiter, type CsvRecord } from '@lentera/asn';
import type { QuestionContent, QuestionRecord } from '@lentera/db';
import type { LocalizedMessage } from '@lentera/errors';
import { cleanTags } from './question.mapper';
import {
  derivedKey,
  emptyQuestionContent,
  MAX_IMPORT_QUESTIONS,
  questionTypeOf,
  unknownTypeMessage,
  type ImportProblem,
  type ImportRow,
  type ParsedBankFile,
} from './question-bank-format';
import { importTooManyQuestions, unreadableImport } from './quiz-bank.errors';

// The CSV format of a question bank (see README.md): one question per row, lists in a cell
// separated by `|`, a backslash making the next character literal inside list cells.

export const CSV_COLUMNS = ['key', 'type', 'prompt', 'tags', 'points', 'feedback', 'options', 'correct', 'answer', 'tolerance', 'penalty', 'rubric', 'optionFeedback'] as const;
type CsvColumn = (typeof CSV_COLUMNS)[number];
type CsvCells = Partial<Record<CsvColumn, string>>;

const REQUIRED_COLUMNS: readonly CsvColumn[] = ['type', 'prompt'];
const columnByName = new Map<string, CsvColumn>(CSV_COLUMNS.map((column) => [column.toLowerCase(), column]));
columnByName.set('option_feedback', 'optionFeedback');

const LIST_SEPARATOR = '|';
const MATCH_SEPARATOR = '=>';
const decoder = new TextDecoder('utf-8');

// ---------- export ----------

export function formatCsvBank(questions: readonly QuestionRecord[]): string {
  const lines = [CSV_COLUMNS.join(','), ...questions.map((question) => CSV_COLUMNS.map((column) => csvCell(cellsOf(question)[column] ?? '')).join(','))];
  // The BOM tells Excel the file is UTF-8; CRLF is what RFC 4180 and Excel write.
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function cellsOf(question: QuestionRecord): CsvCells {
  const cells: CsvCells = {
    key: question.key,
    type: question.type,
    prompt: question.prompt,
    tags: joinList(question.tags),
    points: String(question.points),
    feedback: question.feedback ?? '',
  };
  switch (question.type) {
    case 'single_choice':
    case 'multiple_choice':
      cells.options = joinList(question.options.map((option) => option.text));
      cells.correct = question.options.flatMap((option, index) => (option.correct ? [String(index + 1)] : [])).join(LIST_SEPARATOR);
      if (question.options.some((option) => option.feedback)) cells.optionFeedback = joinList(question.options.map((option) => option.feedback ?? ''));
      if (question.type === 'multiple_choice' && question.wrongPickPenalty != null) cells.penalty = String(question.wrongPickPenalty);
      break;
    case 'true_false':
      cells.answer = question.trueFalseAnswer == null ? '' : String(question.trueFalseAnswer);
      break;
    case 'short_answer':
      cells.answer = joinList(question.acceptedAnswers);
      break;
    case 'numeric':
      cells.answer = question.numericAnswer == null ? '' : String(question.numericAnswer);
      cells.tolerance = question.numericTolerance == null ? '' : String(question.numericTolerance);
      break;
    case 'matching':
      cells.options = question.pairs.map((pair) => `${escapeMatchPart(pair.prompt)} ${MATCH_SEPARATOR} ${escapeMatchPart(pair.answer)}`).join(LIST_SEPARATOR);
      break;
    case 'ordering':
      cells.options = joinList(question.orderItems.map((item) => item.text));
      break;
    case 'essay':
      cells.rubric = joinList(question.rubric.map((criterion) => `${criterion.title}:${criterion.points}`));
      break;
  }
  return cells;
}

function escapeListItem(text: string): string {
  return text.replace(/[\\|]/g, '\\$&');
}

function escapeMatchPart(text: string): string {
  return escapeListItem(text).replace(/=>/g, '\\=>');
}

function joinList(items: readonly string[]): string {
  return items.map(escapeListItem).join(LIST_SEPARATOR);
}

function csvCell(value: string): string {
  return /[",\r\n;]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

// ---------- import ----------

/** Whole-file problems throw (BAD_USER_INPUT); a row's problems are collected with its row number. */
export function parseCsvBank(content: string): ParsedBankFile {
  const bytes = Buffer.from(content.replace(/^\uFEFF/, ''), 'utf8');
  const delimiter = detectCsvDelimiter(bytes);
  const records = splitCsvRecords(bytes, delimiter);
  const header = readHeader(records, delimiter);
  const file: ParsedBankFile = { rows: [], problems: [] };
  let count = 0;
  for (const record of records) {
    const fields = splitCsvFields(decoder.decode(record.bytes), delimiter);
    if (fields.every((field) => field.trim() === '')) continue;
    if (++count > MAX_IMPORT_QUESTIONS) throw importTooManyQuestions(MAX_IMPORT_QUESTIONS);
    const cells: CsvCells = {};
    header.forEach((column, index) => {
      cells[column] = (fields[index] ?? '').trim();
    });
    const line = record.rowNumber;
    if (record.unterminatedQuote) {
      file.problems.push({
        line,
        key: cells.key || null,
        message: { id: 'Tanda kutip (") tidak ditutup sampai akhir berkas.', en: 'A quote (") is not closed before the end of the file.' },
      });
      continue;
    }
    const problems: LocalizedMessage[] = [];
    const row = readRow(cells, line, problems);
    if (problems.length || !row) file.problems.push(...problems.map((message): ImportProblem => ({ line, key: cells.key || null, message })));
    else file.rows.push(row);
  }
  return file;
}

/** Reads records up to the header with next(), not for…of, which would close the generator the rows continue from. */
function readHeader(records: Generator<CsvRecord>, delimiter: CsvDelimiter): CsvColumn[] {
  for (let next = records.next(); !next.done; next = records.next()) {
    const record = next.value;
    const names = splitCsvFields(decoder.decode(record.bytes), delimiter).map((name) => name.trim());
    if (names.every((name) => name === '')) continue;
    const columns: CsvColumn[] = [];
    for (const name of names) {
      const column = columnByName.get(name.toLowerCase());
      if (!column) {
        throw unreadableImport({
          id: `Kolom "${name}" pada baris judul tidak dikenal. Kolom yang dikenal: ${CSV_COLUMNS.join(', ')}.`,
          en: `Unknown column "${name}" in the header row. Known columns: ${CSV_COLUMNS.join(', ')}.`,
        });
      }
      if (columns.includes(column)) {
        throw unreadableImport({ id: `Kolom "${name}" muncul dua kali pada baris judul.`, en: `The column "${name}" appears twice in the header row.` });
      }
      columns.push(column);
    }
    const missing = REQUIRED_COLUMNS.filter((column) => !columns.includes(column));
    if (missing.length) {
      throw unreadableImport({
        id: `Baris judul tidak memiliki kolom ${missing.join(', ')}. Baris pertama harus berisi nama kolom: ${CSV_COLUMNS.join(',')}.`,
        en: `The header row lacks the column ${missing.join(', ')}. The first row must name the columns: ${CSV_COLUMNS.join(',')}.`,
      });
    }
    return columns;
  }
  throw unreadableImport({ id: 'Berkas CSV kosong.', en: 'The CSV file is empty.' });
}

function readRow(cells: CsvCells, line: number, problems: LocalizedMessage[]): ImportRow | null {
  const typeName = cells.type ?? '';
  const type = questionTypeOf(typeName);
  if (!type) {
    problems.push(typeName ? unknownTypeMessage(typeName) : { id: 'Kolom type wajib diisi.', en: 'The type column is required.' });
    return null;
  }
  const content: QuestionContent = emptyQuestionContent(type);
  content.prompt = cells.prompt ?? '';
  content.tags = cleanTags(splitList(cells.tags));
  content.points = number(cells, 'points', problems) ?? content.points;
  content.feedback = cells.feedback || null;
  switch (type) {
    case 'single_choice':
    case 'multiple_choice': {
      const texts = splitList(cells.options);
      const feedback = splitList(cells.optionFeedback);
      const correct = correctIndices(cells.correct, texts.length, problems);
      content.options = texts.map((text, index) => ({ optionId: '', text, correct: correct.has(index), ...(feedback[index] ? { feedback: feedback[index] } : {}) }));
      if (type === 'multiple_choice') content.wrongPickPenalty = number(cells, 'penalty', problems);
      break;
    }
    case 'true_false':
      content.trueFalseAnswer = trueFalse(cells.answer, problems);
      break;
    case 'short_answer':
      content.acceptedAnswers = splitList(cells.answer);
      break;
    case 'numeric':
      content.numericAnswer = number(cells, 'answer', problems);
      content.numericTolerance = number(cells, 'tolerance', problems);
      break;
    case 'matching':
      content.pairs = splitList(cells.options, true).map((item) => {
        const parts = splitEscaped(item, MATCH_SEPARATOR, false);
        if (parts.length !== 2) {
          problems.push({
            id: `Pasangan "${unescape(item)}" harus berbentuk "pernyataan => jawaban".`,
            en: `The pair "${unescape(item)}" must look like "prompt => answer".`,
          });
        }
        return { pairId: '', prompt: (parts[0] ?? '').trim(), answer: (parts[1] ?? '').trim() };
      });
      break;
    case 'ordering':
      content.orderItems = splitList(cells.options).map((text) => ({ itemId: '', text }));
      break;
    case 'essay':
      content.rubric = splitList(cells.rubric).map((item) => rubricCriterion(item, problems));
      break;
  }
  const givenKey = cells.key?.trim();
  return { line, key: givenKey || derivedKey(type, content.prompt), keyGiven: Boolean(givenKey), content };
}

/** `|`-separated items, each trimmed; `keepEscapes` leaves backslashes for a second split (matching pairs). */
function splitList(cell: string | undefined, keepEscapes = false): string[] {
  if (!cell) return [];
  return splitEscaped(cell, LIST_SEPARATOR, keepEscapes).map((item) => item.trim());
}

/** Splits on unescaped `separator`; a backslash makes the next character literal. */
function splitEscaped(text: string, separator: string, keepEscapes: boolean): string[] {
  const parts: string[] = [];
  let current = '';
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '\\' && index + 1 < text.length) {
      current += keepEscapes ? char + text[index + 1] : text[index + 1];
      index++;
    } else if (text.startsWith(separator, index)) {
      parts.push(current);
      current = '';
      index += separator.length - 1;
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts;
}

function unescape(text: string): string {
  return splitEscaped(text, '\u0000', false).join('');
}

/** Dot or comma as the decimal separator (Excel in Indonesian writes a comma). Empty: null. */
function number(cells: CsvCells, column: CsvColumn, problems: LocalizedMessage[]): number | null {
  const cell = cells[column];
  if (!cell) return null;
  const value = parseNumber(cell);
  if (value === null) problems.push({ id: `Kolom ${column} harus berupa angka (bukan "${cell}").`, en: `The ${column} column must be a number (not "${cell}").` });
  return value;
}

function parseNumber(text: string): number | null {
  const normalized = /^-?\d+,\d+$/.test(text) ? text.replace(',', '.') : text;
  if (!/^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(normalized)) return null;
  const value = Number(normalized);
  return Number.isFinite(value) ? value : null;
}

/** 1-based option numbers, e.g. "1|3". */
function correctIndices(cell: string | undefined, optionCount: number, problems: LocalizedMessage[]): Set<number> {
  const indices = new Set<number>();
  for (const item of splitList(cell)) {
    const index = /^\d+$/.test(item) ? Number(item) : NaN;
    if (!Number.isInteger(index) || index < 1 || index > optionCount) {
      problems.push({
        id: `Kolom correct harus berisi nomor pilihan 1 sampai ${optionCount} (bukan "${item}").`,
        en: `The correct column must hold option numbers 1 to ${optionCount} (not "${item}").`,
      });
    } else {
      indices.add(index - 1);
    }
  }
  return indices;
}

const TRUE_WORDS = new Set(['true', 'benar', 'b', 'ya', '1']);
const FALSE_WORDS = new Set(['false', 'salah', 's', 'tidak', '0']);

function trueFalse(cell: string | undefined, problems: LocalizedMessage[]): boolean | null {
  if (!cell) return null;
  const word = cell.toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  problems.push({ id: `Kolom answer harus true atau false (bukan "${cell}").`, en: `The answer column must be true or false (not "${cell}").` });
  return null;
}

/** "Title:points"; the last colon separates, so a title may contain colons. */
function rubricCriterion(item: string, problems: LocalizedMessage[]) {
  const colon = item.lastIndexOf(':');
  const points = colon < 0 ? null : parseNumber(item.slice(colon + 1).trim());
  if (points === null) {
    problems.push({ id: `Kriteria rubrik "${item}" harus berbentuk "Judul:poin".`, en: `The rubric criterion "${item}" must look like "Title:points".` });
  }
  return { criterionId: '', title: (colon < 0 ? item : item.slice(0, colon)).trim(), points: points ?? 0 };
}
