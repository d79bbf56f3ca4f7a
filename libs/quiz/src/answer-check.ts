import type { AnswerValue, AttemptQuestionValue } from '@lentera/db';
import { isEmptyAnswer } from './empty-answer';
import { invalidAnswer } from './quiz-errors';

export const MAX_SHORT_ANSWER_LENGTH = 500;
export const MAX_ESSAY_LENGTH = 20_000;

/**
 * The value to store for a learner's answer: only the fields of the question's type (others are
 * dropped), ids deduplicated, text trimmed; an empty answer (nothing chosen, blank text) is `{}`
 * and clears the question. Throws BAD_USER_INPUT for a shape that does not fit. The messages
 * are fixed text: they never mention an option, an accepted answer or any other part of a key.
 */
export function checkAnswer(question: AttemptQuestionValue, answer: AnswerValue): AnswerValue {
  if (isEmptyAnswer(question.type, answer) && !hasUnreadableNumber(question, answer)) return {};
  const fail = (id: string, en: string): never => {
    throw invalidAnswer({ id, en }, question.questionId);
  };
  switch (question.type) {
    case 'single_choice':
    case 'multiple_choice': {
      const optionIds = distinctIds(answer.optionIds, fail);
      const known = new Set((question.options ?? []).map(({ optionId }) => optionId));
      if (optionIds.some((id) => !known.has(id))) fail('Pilihan tidak dikenal untuk soal ini.', 'Unknown option for this question.');
      if (question.type === 'single_choice' && optionIds.length > 1) fail('Soal ini hanya menerima satu pilihan.', 'This question takes a single choice.');
      return { optionIds };
    }
    case 'true_false':
      return { booleanValue: answer.booleanValue === true };
    case 'short_answer':
      return { text: checkedText(answer.text, MAX_SHORT_ANSWER_LENGTH, fail) };
    case 'essay':
      return { text: checkedText(answer.text, MAX_ESSAY_LENGTH, fail) };
    case 'numeric':
      if (typeof answer.number !== 'number' || !Number.isFinite(answer.number)) fail('Jawaban harus berupa angka.', 'The answer must be a number.');
      return { number: answer.number };
    case 'matching':
      return { matches: checkedMatches(question, answer.matches ?? [], fail) };
    case 'ordering':
      return { order: checkedOrder(question, answer.order ?? [], fail) };
  }
}

type Fail = (id: string, en: string) => never;

/** A numeric answer given as something that is not a finite number is refused, not cleared. */
function hasUnreadableNumber(question: AttemptQuestionValue, answer: AnswerValue): boolean {
  return question.type === 'numeric' && answer.number != null && !Number.isFinite(answer.number);
}

function distinctIds(ids: unknown, fail: Fail): string[] {
  if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string')) fail('Jawaban tidak sesuai dengan jenis soal ini.', 'The answer does not fit this type of question.');
  return [...new Set(ids as string[])];
}

function checkedText(text: unknown, maxLength: number, fail: Fail): string {
  if (typeof text !== 'string') fail('Jawaban harus berupa teks.', 'The answer must be text.');
  const trimmed = (text as string).trim();
  if (trimmed.length > maxLength) fail(`Jawaban paling panjang ${maxLength} karakter.`, `An answer is at most ${maxLength} characters long.`);
  return trimmed;
}

/** Known prompts and choices, each prompt at most once (an identical pair twice counts once). */
function checkedMatches(question: AttemptQuestionValue, matches: NonNullable<AnswerValue['matches']>, fail: Fail): NonNullable<AnswerValue['matches']> {
  const prompts = new Set((question.matchPrompts ?? []).map(({ promptId }) => promptId));
  const choices = new Set((question.matchChoices ?? []).map(({ choiceId }) => choiceId));
  const chosen = new Map<string, string>();
  for (const match of matches) {
    if (!match || !prompts.has(match.promptId) || !choices.has(match.choiceId)) fail('Pasangan tidak dikenal untuk soal ini.', 'Unknown pair for this question.');
    const { promptId, choiceId } = match;
    const earlier = chosen.get(promptId);
    if (earlier !== undefined && earlier !== choiceId) fail('Setiap pernyataan hanya boleh dipasangkan satu kali.', 'Each statement can be matched only once.');
    chosen.set(promptId, choiceId);
  }
  return [...chosen].map(([promptId, choiceId]) => ({ promptId, choiceId }));
}

/** Every shown item exactly once (a repeated id counts once). */
function checkedOrder(question: AttemptQuestionValue, order: string[], fail: Fail): string[] {
  const items = new Set((question.orderItems ?? []).map(({ itemId }) => itemId));
  const distinct = distinctIds(order, fail);
  if (distinct.length !== items.size || distinct.some((id) => !items.has(id))) {
    fail('Urutkan semua butir, masing-masing satu kali.', 'Put every item in order, each once.');
  }
  return distinct;
}
