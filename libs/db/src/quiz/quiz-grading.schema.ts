import { Schema, type Types } from 'mongoose';
import { answerValueSchema, type AnswerValue } from './quiz-values';

export const QUIZ_GRADING_MODEL = 'QuizGrading';

export const answerOutcomes = ['correct', 'partial', 'incorrect', 'unanswered', 'pending'] as const;
export type AnswerOutcome = (typeof answerOutcomes)[number];
export const gradingStatuses = ['awaiting_grading', 'graded'] as const;
export type GradingStatus = (typeof gradingStatuses)[number];

export interface EssayGradeValue {
  /** Points per rubric criterion (empty when the essay has no rubric). */
  criteria: Array<{ criterionId: string; points: number }>;
  comment?: string;
  gradedBy: Types.ObjectId;
  gradedAt: Date;
}

/** One question's result, with the answer that was graded. */
export interface QuestionResultValue {
  questionId: string;
  outcome: AnswerOutcome;
  /** Null while an essay waits for its grade. */
  points?: number;
  maxPoints: number;
  answer: AnswerValue;
  essay?: EssayGradeValue;
}

/**
 * The grading of one submitted attempt. Its unique attemptId is what makes grading exactly
 * once: of any number of grading runs (a retried job, a duplicate, a worker killed and
 * replaced) one inserts this row and the others find it. The attempt gets a copy of the score.
 */
export interface QuizGradingDocument {
  /**
   * The attempt's id: the one grading per attempt is found by _id, the only filter FerretDB v1
   * on SQLite answers without scanning the collection (see quiz-answer.schema.ts).
   */
  _id: Types.ObjectId;
  attemptId: Types.ObjectId;
  agencyId: Types.ObjectId;
  courseId: Types.ObjectId;
  lessonId: Types.ObjectId;
  userId: Types.ObjectId;
  status: GradingStatus;
  results: QuestionResultValue[];
  /** Points of the questions graded so far. */
  scorePoints: number;
  maxPoints: number;
  /** Set once nothing waits for an instructor. */
  percent?: number;
  passed?: boolean;
  /** When the worker graded the attempt; `completedAt` when the last essay grade made it final. */
  gradedAt: Date;
  completedAt?: Date;
  /** Bumped by every essay grade: an instructor's grade from an older view is refused. */
  revision: number;
  createdAt: Date;
  updatedAt: Date;
}

const questionResultSchema = new Schema<QuestionResultValue>(
  {
    questionId: { type: String, required: true },
    outcome: { type: String, required: true, enum: answerOutcomes },
    points: { type: Number },
    maxPoints: { type: Number, required: true },
    answer: { type: answerValueSchema, required: true },
    essay: {
      type: new Schema<EssayGradeValue>(
        {
          criteria: { type: [new Schema({ criterionId: { type: String, required: true }, points: { type: Number, required: true } }, { _id: false })], default: [] },
          comment: { type: String },
          gradedBy: { type: Schema.Types.ObjectId, required: true },
          gradedAt: { type: Date, required: true },
        },
        { _id: false },
      ),
    },
  },
  { _id: false },
);

export const quizGradingSchema = new Schema<QuizGradingDocument>(
  {
    attemptId: { type: Schema.Types.ObjectId, required: true },
    agencyId: { type: Schema.Types.ObjectId, required: true },
    courseId: { type: Schema.Types.ObjectId, required: true },
    lessonId: { type: Schema.Types.ObjectId, required: true },
    userId: { type: Schema.Types.ObjectId, required: true },
    status: { type: String, required: true, enum: gradingStatuses },
    results: { type: [questionResultSchema], default: [] },
    scorePoints: { type: Number, required: true },
    maxPoints: { type: Number, required: true },
    percent: { type: Number },
    passed: { type: Boolean },
    gradedAt: { type: Date, required: true },
    completedAt: { type: Date },
    revision: { type: Number, required: true, default: 1 },
  },
  { collection: 'quiz_gradings', timestamps: true },
);

quizGradingSchema.index({ attemptId: 1 }, { unique: true });
