import type { QuestionContent, QuestionRecord, QuestionUpsert } from '@lentera/db';
import type { LocalizedMessage } from '@lentera/errors';
import { checkQuestionContent, withContentIds } from '@lentera/quiz';
import type { ImportProblem, ImportRow } from './question-bank-format';

export interface ImportPlan {
  upserts: QuestionUpsert[];
  created: number;
  updated: number;
  unchanged: number;
}

/** The rows' own problems: the content checks of the editor, and a key used twice in the file. */
export function rowProblems(rows: readonly ImportRow[]): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const firstLineOfKey = new Map<string, number>();
  for (const row of rows) {
    for (const problem of checkQuestionContent(withContentIds(row.content))) {
      problems.push({ line: row.line, key: row.keyGiven ? row.key : null, message: problem.message });
    }
    const earlier = firstLineOfKey.get(row.key);
    if (earlier === undefined) firstLineOfKey.set(row.key, row.line);
    else problems.push({ line: row.line, key: row.keyGiven ? row.key : null, message: duplicateMessage(row, earlier) });
  }
  return problems;
}

function duplicateMessage(row: ImportRow, earlierLine: number): LocalizedMessage {
  return row.keyGiven
    ? { id: `Kunci "${row.key}" sudah dipakai soal pada baris ${earlierLine}.`, en: `The key "${row.key}" is already used by the question on line ${earlierLine}.` }
    : {
        id: `Soal dengan jenis dan pertanyaan yang sama sudah ada pada baris ${earlierLine}. Beri kunci (key) yang berbeda bila keduanya memang soal yang berbeda.`,
        en: `A question of the same type and prompt is already on line ${earlierLine}. Give them different keys if they really are different questions.`,
      };
}

/**
 * What to write: new keys are created; a key already in the bank is rewritten only when its
 * content changed (ids aside), keeping the ids of options, pairs, items and criteria whose
 * texts still match, so attempts and reviews keep pointing at the same choices.
 */
export function planImport(rows: readonly ImportRow[], existing: readonly QuestionRecord[]): ImportPlan {
  const byKey = new Map(existing.map((question) => [question.key, question]));
  const plan: ImportPlan = { upserts: [], created: 0, updated: 0, unchanged: 0 };
  for (const row of rows) {
    const current = byKey.get(row.key);
    if (!current) {
      plan.created++;
      plan.upserts.push({ key: row.key, content: withContentIds(row.content) });
    } else if (sameContent(row.content, current)) {
      plan.unchanged++;
    } else {
      plan.updated++;
      plan.upserts.push({ key: row.key, content: withContentIds(withExistingIds(row.content, current)) });
    }
  }
  return plan;
}

/** The content as comparable text: every field, ids left out. */
export function contentFingerprint(content: QuestionContent): string {
  return JSON.stringify([
    content.type,
    content.prompt,
    content.tags,
    content.points,
    content.feedback ?? null,
    content.options.map((option) => [option.text, option.correct, option.feedback ?? null]),
    content.wrongPickPenalty ?? null,
    content.trueFalseAnswer ?? null,
    content.acceptedAnswers,
    content.numericAnswer ?? null,
    content.numericTolerance ?? null,
    content.pairs.map((pair) => [pair.prompt, pair.answer]),
    content.orderItems.map((item) => item.text),
    content.rubric.map((criterion) => [criterion.title, criterion.points]),
  ]);
}

function sameContent(content: QuestionContent, question: QuestionRecord): boolean {
  return contentFingerprint(content) === contentFingerprint(question);
}

function withExistingIds(content: QuestionContent, question: QuestionRecord): QuestionContent {
  const options = idsByText(question.options, (option) => option.text, (option) => option.optionId);
  const pairs = idsByText(question.pairs, (pair) => `${pair.prompt}\n${pair.answer}`, (pair) => pair.pairId);
  const items = idsByText(question.orderItems, (item) => item.text, (item) => item.itemId);
  const criteria = idsByText(question.rubric, (criterion) => criterion.title, (criterion) => criterion.criterionId);
  return {
    ...content,
    options: content.options.map((option) => ({ ...option, optionId: options(option.text) })),
    pairs: content.pairs.map((pair) => ({ ...pair, pairId: pairs(`${pair.prompt}\n${pair.answer}`) })),
    orderItems: content.orderItems.map((item) => ({ ...item, itemId: items(item.text) })),
    rubric: content.rubric.map((criterion) => ({ ...criterion, criterionId: criteria(criterion.title) })),
  };
}

/** Hands out each existing id once, to the first new entry with the same text; '' when none is left. */
function idsByText<T>(entries: readonly T[], textOf: (entry: T) => string, idOf: (entry: T) => string): (text: string) => string {
  const free = new Map<string, string[]>();
  for (const entry of entries) free.set(textOf(entry), [...(free.get(textOf(entry)) ?? []), idOf(entry)]);
  return (text) => free.get(text)?.shift() ?? '';
}
