import { Schema, type Types } from 'mongoose';
import {
  matchingPairSchema,
  orderingItemSchema,
  questionOptionSchema,
  questionTypes,
  rubricCriterionSchema,
  type MatchingPairValue,
  type OrderingItemValue,
  type QuestionOptionValue,
  type QuestionType,
  type RubricCriterionValue,
} from './quiz-values';

export const QUESTION_MODEL = 'Question';

/**
 * A question of a course's bank. The bank is live (not versioned with the course): an attempt
 * copies the questions it draws when it starts, so editing the bank never changes an attempt.
 * Only the fields of the question's type are set.
 */
export interface QuestionDocument {
  _id: Types.ObjectId;
  courseId: Types.ObjectId;
  agencyId: Types.ObjectId;
  /** Stable identity for import and export: importing the same file again updates, never duplicates. */
  key: string;
  type: QuestionType;
  /** Plain text; line breaks are kept. */
  prompt: string;
  tags: string[];
  /** Lower-case, accent-free copies of `tags`, to filter and draw by (FerretDB has no collation). */
  tagKeys: string[];
  /** Lower-case, accent-free prompt and tags, to search by. */
  searchText: string;
  points: number;
  /** General feedback or explanation, shown in the review when correct answers are shown. */
  feedback?: string;
  /** single_choice, multiple_choice. */
  options?: QuestionOptionValue[];
  /** multiple_choice: share of the question's points each wrong pick costs (the score never goes below 0). */
  wrongPickPenalty?: number;
  trueFalseAnswer?: boolean;
  /** short_answer: matched ignoring case, spacing and accents. */
  acceptedAnswers?: string[];
  numericAnswer?: number;
  /** numeric: accepted absolute difference (0 = exact). */
  numericTolerance?: number;
  pairs?: MatchingPairValue[];
  /** ordering: in the correct order. */
  orderItems?: OrderingItemValue[];
  /** essay: what the instructor grades against; empty means one overall score. */
  rubric?: RubricCriterionValue[];
  revision: number;
  createdAt: Date;
  updatedAt: Date;
}

export const questionSchema = new Schema<QuestionDocument>(
  {
    courseId: { type: Schema.Types.ObjectId, required: true },
    agencyId: { type: Schema.Types.ObjectId, required: true },
    key: { type: String, required: true },
    type: { type: String, required: true, enum: questionTypes },
    prompt: { type: String, required: true },
    tags: { type: [String], default: [] },
    tagKeys: { type: [String], default: [] },
    searchText: { type: String, default: '' },
    points: { type: Number, required: true, min: 0 },
    feedback: { type: String },
    options: { type: [questionOptionSchema], default: undefined },
    wrongPickPenalty: { type: Number, min: 0, max: 1 },
    trueFalseAnswer: { type: Boolean },
    acceptedAnswers: { type: [String], default: undefined },
    numericAnswer: { type: Number },
    numericTolerance: { type: Number, min: 0 },
    pairs: { type: [matchingPairSchema], default: undefined },
    orderItems: { type: [orderingItemSchema], default: undefined },
    rubric: { type: [rubricCriterionSchema], default: undefined },
    revision: { type: Number, required: true, default: 1 },
  },
  { collection: 'questions', timestamps: true },
);

// The import's identity: one question per key per course, also under parallel imports.
questionSchema.index({ courseId: 1, key: 1 }, { unique: true });
questionSchema.index({ courseId: 1, tagKeys: 1 });
questionSchema.index({ courseId: 1, _id: 1 });
