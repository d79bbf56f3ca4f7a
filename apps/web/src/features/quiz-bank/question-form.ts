import type { BankQuestionFieldsFragment, QuestionInput, QuestionType } from '../../gql/generated';

export const QUESTION_TYPES: readonly QuestionType[] = [
  'SINGLE_CHOICE',
  'MULTIPLE_CHOICE',
  'TRUE_FALSE',
  'SHORT_ANSWER',
  'NUMERIC',
  'MATCHING',
  'ORDERING',
  'ESSAY',
];

/**
 * Every row of a list (option, pair, item, criterion) has a `rowKey` for React; `id` is the
 * server's (null for a row added in this form: the server gives it one).
 */
interface Row {
  rowKey: string;
  id: string | null;
}
export interface OptionRow extends Row {
  text: string;
  correct: boolean;
  feedback: string;
}
export interface PairRow extends Row {
  prompt: string;
  answer: string;
}
export interface ItemRow extends Row {
  text: string;
}
export interface CriterionRow extends Row {
  title: string;
  points: number | string;
}

/**
 * What the question form edits. All types' fields are kept while the author switches type
 * (choices typed for single choice survive a switch to multiple choice); only the chosen
 * type's fields are sent.
 */
export interface QuestionFormValues {
  type: QuestionType;
  prompt: string;
  points: number | string;
  tags: string[];
  feedback: string;
  /** Import/export key; empty on a new question lets the server make one. */
  key: string;
  options: OptionRow[];
  /** MULTIPLE_CHOICE: percent of the points one wrong pick costs; empty = 1 / number of correct options. */
  wrongPickPenaltyPercent: number | string;
  trueFalseAnswer: boolean | null;
  acceptedAnswers: string[];
  numericAnswer: number | string;
  numericTolerance: number | string;
  pairs: PairRow[];
  /** In the correct order. */
  orderItems: ItemRow[];
  rubric: CriterionRow[];
}

let nextRowKey = 0;
/** A key for a row made in this form (never sent). */
export function newRowKey(): string {
  nextRowKey += 1;
  return `new-${String(nextRowKey)}`;
}

export const emptyOption = (): OptionRow => ({ rowKey: newRowKey(), id: null, text: '', correct: false, feedback: '' });
export const emptyPair = (): PairRow => ({ rowKey: newRowKey(), id: null, prompt: '', answer: '' });
export const emptyItem = (): ItemRow => ({ rowKey: newRowKey(), id: null, text: '' });
export const emptyCriterion = (): CriterionRow => ({ rowKey: newRowKey(), id: null, title: '', points: '' });

/** A new question's form: a single choice question with four empty options. */
export function emptyQuestionForm(type: QuestionType = 'SINGLE_CHOICE'): QuestionFormValues {
  return {
    type,
    prompt: '',
    points: 1,
    tags: [],
    feedback: '',
    key: '',
    options: [emptyOption(), emptyOption(), emptyOption(), emptyOption()],
    wrongPickPenaltyPercent: '',
    trueFalseAnswer: null,
    acceptedAnswers: [''],
    numericAnswer: '',
    numericTolerance: 0,
    pairs: [emptyPair(), emptyPair(), emptyPair()],
    orderItems: [emptyItem(), emptyItem(), emptyItem()],
    rubric: [],
  };
}

/** The form of a bank question; lists the question's type does not use start as in a new form. */
export function questionFormOf(question: BankQuestionFieldsFragment): QuestionFormValues {
  const blank = emptyQuestionForm(question.type);
  const rows = <T extends { id: string }>(list: readonly T[]) => list.map((row) => ({ ...row, rowKey: row.id }));
  return {
    ...blank,
    prompt: question.prompt,
    points: question.points,
    tags: [...question.tags],
    feedback: question.feedback ?? '',
    key: question.key,
    options:
      question.options.length > 0
        ? question.options.map((option) => ({
            rowKey: option.id,
            id: option.id,
            text: option.text,
            correct: option.correct,
            feedback: option.feedback ?? '',
          }))
        : blank.options,
    wrongPickPenaltyPercent: question.wrongPickPenalty === null ? '' : roundTo(question.wrongPickPenalty * 100, 2),
    trueFalseAnswer: question.trueFalseAnswer,
    acceptedAnswers: question.acceptedAnswers.length > 0 ? [...question.acceptedAnswers] : blank.acceptedAnswers,
    numericAnswer: question.numericAnswer ?? '',
    numericTolerance: question.numericTolerance ?? 0,
    pairs: question.pairs.length > 0 ? rows(question.pairs).map(({ rowKey, id, prompt, answer }) => ({ rowKey, id, prompt, answer })) : blank.pairs,
    orderItems: question.orderItems.length > 0 ? rows(question.orderItems).map(({ rowKey, id, text }) => ({ rowKey, id, text })) : blank.orderItems,
    rubric: rows(question.rubric).map(({ rowKey, id, title, points }) => ({ rowKey, id, title, points })),
  };
}

export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** A number field's value, or null when empty or not a number. */
export function numberOrNull(value: number | string): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const trimmed = value.trim().replace(',', '.');
  if (trimmed === '') return null;
  const parsed = Number(trimmed);
  return Number.isFinite(parsed) ? parsed : null;
}

const idOf = (row: Row) => (row.id ? { id: row.id } : {});
const filled = (text: string) => text.trim() !== '';

/**
 * The QuestionInput of a form: the common fields and the chosen type's. Blank rows (an empty
 * option the author did not use) are dropped; texts are trimmed.
 */
export function questionInputOf(values: QuestionFormValues): QuestionInput {
  const feedback = values.feedback.trim();
  const key = values.key.trim();
  const input: QuestionInput = {
    type: values.type,
    prompt: values.prompt.trim(),
    points: numberOrNull(values.points) ?? 0,
    tags: uniqueTags(values.tags),
    feedback: feedback === '' ? null : feedback,
    ...(key === '' ? {} : { key }),
  };
  switch (values.type) {
    case 'SINGLE_CHOICE':
    case 'MULTIPLE_CHOICE': {
      input.options = values.options
        .filter((option) => filled(option.text))
        .map((option) => {
          const optionFeedback = option.feedback.trim();
          return { ...idOf(option), text: option.text.trim(), correct: option.correct, feedback: optionFeedback === '' ? null : optionFeedback };
        });
      if (values.type === 'MULTIPLE_CHOICE') {
        const percent = numberOrNull(values.wrongPickPenaltyPercent);
        input.wrongPickPenalty = percent === null ? null : roundTo(percent / 100, 4);
      }
      return input;
    }
    case 'TRUE_FALSE':
      input.trueFalseAnswer = values.trueFalseAnswer;
      return input;
    case 'SHORT_ANSWER':
      input.acceptedAnswers = values.acceptedAnswers.map((answer) => answer.trim()).filter(filled);
      return input;
    case 'NUMERIC':
      input.numericAnswer = numberOrNull(values.numericAnswer);
      input.numericTolerance = numberOrNull(values.numericTolerance) ?? 0;
      return input;
    case 'MATCHING':
      input.pairs = values.pairs
        .filter((pair) => filled(pair.prompt) || filled(pair.answer))
        .map((pair) => ({ ...idOf(pair), prompt: pair.prompt.trim(), answer: pair.answer.trim() }));
      return input;
    case 'ORDERING':
      input.orderItems = values.orderItems.filter((item) => filled(item.text)).map((item) => ({ ...idOf(item), text: item.text.trim() }));
      return input;
    case 'ESSAY':
      input.rubric = values.rubric
        .filter((criterion) => filled(criterion.title))
        .map((criterion) => ({ ...idOf(criterion), title: criterion.title.trim(), points: numberOrNull(criterion.points) ?? 0 }));
      return input;
  }
}

function uniqueTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((tag) => tag.trim()).filter(filled))];
}

/** Sum of the rubric's points (blank criteria count 0), to two decimals. */
export function rubricTotal(rubric: readonly CriterionRow[]): number {
  return roundTo(
    rubric.filter((criterion) => filled(criterion.title)).reduce((sum, criterion) => sum + (numberOrNull(criterion.points) ?? 0), 0),
    2,
  );
}

/** An essay rubric must give exactly the question's points (no rubric: graded with one number). */
export function rubricMatchesPoints(rubric: readonly CriterionRow[], points: number | string): boolean {
  if (!rubric.some((criterion) => filled(criterion.title))) return true;
  const total = numberOrNull(points);
  return total !== null && Math.abs(rubricTotal(rubric) - total) < 1e-9;
}

/** What the form says is wrong, per field; the values are keys under `quizAuthoring.form.problems`. */
export type QuestionProblem =
  | 'required'
  | 'pointsInvalid'
  | 'optionsTooFew'
  | 'singleNeedsOneCorrect'
  | 'multipleNeedsCorrect'
  | 'penaltyInvalid'
  | 'trueFalseRequired'
  | 'acceptedRequired'
  | 'numberRequired'
  | 'toleranceInvalid'
  | 'pairsTooFew'
  | 'pairIncomplete'
  | 'itemsTooFew'
  | 'criterionPointsInvalid'
  | 'rubricSum';

export type QuestionField =
  | 'prompt'
  | 'points'
  | 'options'
  | 'wrongPickPenalty'
  | 'trueFalseAnswer'
  | 'acceptedAnswers'
  | 'numericAnswer'
  | 'numericTolerance'
  | 'pairs'
  | 'orderItems'
  | 'rubric';

export type QuestionProblems = Partial<Record<QuestionField, QuestionProblem>>;

/** Checks before sending; the server checks the same again (and says so in its own words). */
export function validateQuestion(values: QuestionFormValues): QuestionProblems {
  const problems: QuestionProblems = {};
  const input = questionInputOf(values);
  if (input.prompt === '') problems.prompt = 'required';
  const points = numberOrNull(values.points);
  if (points === null || points <= 0) problems.points = 'pointsInvalid';

  switch (values.type) {
    case 'SINGLE_CHOICE':
    case 'MULTIPLE_CHOICE': {
      const options = input.options ?? [];
      const correct = options.filter((option) => option.correct).length;
      if (options.length < 2) problems.options = 'optionsTooFew';
      else if (values.type === 'SINGLE_CHOICE' && correct !== 1) problems.options = 'singleNeedsOneCorrect';
      else if (values.type === 'MULTIPLE_CHOICE' && correct < 1) problems.options = 'multipleNeedsCorrect';
      const penalty = input.wrongPickPenalty;
      if (values.type === 'MULTIPLE_CHOICE' && penalty !== null && penalty !== undefined && (penalty < 0 || penalty > 1)) {
        problems.wrongPickPenalty = 'penaltyInvalid';
      }
      break;
    }
    case 'TRUE_FALSE':
      if (values.trueFalseAnswer === null) problems.trueFalseAnswer = 'trueFalseRequired';
      break;
    case 'SHORT_ANSWER':
      if ((input.acceptedAnswers ?? []).length === 0) problems.acceptedAnswers = 'acceptedRequired';
      break;
    case 'NUMERIC': {
      if (input.numericAnswer === null) problems.numericAnswer = 'numberRequired';
      const tolerance = numberOrNull(values.numericTolerance);
      if (tolerance !== null && tolerance < 0) problems.numericTolerance = 'toleranceInvalid';
      break;
    }
    case 'MATCHING': {
      const pairs = input.pairs ?? [];
      if (pairs.some((pair) => pair.prompt === '' || pair.answer === '')) problems.pairs = 'pairIncomplete';
      else if (pairs.length < 2) problems.pairs = 'pairsTooFew';
      break;
    }
    case 'ORDERING':
      if ((input.orderItems ?? []).length < 2) problems.orderItems = 'itemsTooFew';
      break;
    case 'ESSAY': {
      const criteria = values.rubric.filter((criterion) => filled(criterion.title));
      if (criteria.some((criterion) => !((numberOrNull(criterion.points) ?? -1) > 0))) problems.rubric = 'criterionPointsInvalid';
      else if (!rubricMatchesPoints(values.rubric, values.points)) problems.rubric = 'rubricSum';
      break;
    }
  }
  return problems;
}

/** The list with `list[index]` replaced by `row`. */
export function replaceRow<T>(list: readonly T[], index: number, row: T): T[] {
  return list.map((existing, at) => (at === index ? row : existing));
}

/** Moves `list[index]` one place up (-1) or down (+1); out of range leaves it as it is. */
export function moveRow<T>(list: readonly T[], index: number, step: -1 | 1): T[] {
  const target = index + step;
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return [...list];
  const next = [...list];
  const [moved] = next.splice(index, 1);
  next.splice(target, 0, moved as T);
  return next;
}
