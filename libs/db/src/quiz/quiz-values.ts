import { Schema } from 'mongoose';

/** The kinds of question a bank holds; each has its own answer shape and scoring (libs/quiz). */
export const questionTypes = ['single_choice', 'multiple_choice', 'true_false', 'short_answer', 'numeric', 'matching', 'ordering', 'essay'] as const;
export type QuestionType = (typeof questionTypes)[number];

/** A choice of a single- or multiple-choice question. `optionId` is random, so it says nothing about correctness. */
export interface QuestionOptionValue {
  optionId: string;
  text: string;
  correct: boolean;
  /** Shown with the review next to this option, when the quiz shows correct answers. */
  feedback?: string;
}

/** A matching question's pair: the learner matches `prompt` with `answer` among all answers. */
export interface MatchingPairValue {
  pairId: string;
  prompt: string;
  answer: string;
}

/** An ordering question's item; the bank keeps them in the correct order. */
export interface OrderingItemValue {
  itemId: string;
  text: string;
}

/** One line of an essay's rubric; the criteria's points add up to the question's points. */
export interface RubricCriterionValue {
  criterionId: string;
  title: string;
  points: number;
}

/**
 * What a learner answered to one question. One shape for every type (only the fields of the
 * question's type are set), so answers, gradings and the API share it. Ids are the option,
 * matching prompt/choice and ordering item ids the learner was shown.
 */
export interface AnswerValue {
  optionIds?: string[];
  booleanValue?: boolean;
  text?: string;
  number?: number;
  matches?: Array<{ promptId: string; choiceId: string }>;
  order?: string[];
}

export const questionOptionSchema = new Schema<QuestionOptionValue>(
  {
    optionId: { type: String, required: true },
    text: { type: String, required: true },
    correct: { type: Boolean, required: true },
    feedback: { type: String },
  },
  { _id: false },
);

export const matchingPairSchema = new Schema<MatchingPairValue>(
  { pairId: { type: String, required: true }, prompt: { type: String, required: true }, answer: { type: String, required: true } },
  { _id: false },
);

export const orderingItemSchema = new Schema<OrderingItemValue>(
  { itemId: { type: String, required: true }, text: { type: String, required: true } },
  { _id: false },
);

export const rubricCriterionSchema = new Schema<RubricCriterionValue>(
  { criterionId: { type: String, required: true }, title: { type: String, required: true }, points: { type: Number, required: true, min: 0 } },
  { _id: false },
);

export const answerValueSchema = new Schema<AnswerValue>(
  {
    optionIds: { type: [String], default: undefined },
    booleanValue: { type: Boolean },
    text: { type: String },
    number: { type: Number },
    matches: {
      type: [new Schema({ promptId: { type: String, required: true }, choiceId: { type: String, required: true } }, { _id: false })],
      default: undefined,
    },
    order: { type: [String], default: undefined },
  },
  { _id: false },
);

/** A plain copy without Mongoose's empty arrays and undefined fields, for records. */
export function plainAnswer(value: AnswerValue | undefined | null): AnswerValue {
  const answer: AnswerValue = {};
  if (!value) return answer;
  if (value.optionIds) answer.optionIds = [...value.optionIds];
  if (value.booleanValue != null) answer.booleanValue = value.booleanValue;
  if (value.text != null) answer.text = value.text;
  if (value.number != null) answer.number = value.number;
  if (value.matches) answer.matches = value.matches.map(({ promptId, choiceId }) => ({ promptId, choiceId }));
  if (value.order) answer.order = [...value.order];
  return answer;
}
