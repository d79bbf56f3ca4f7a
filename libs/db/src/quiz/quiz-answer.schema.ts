import { Schema, type Types } from 'mongoose';
import { answerValueSchema, type AnswerValue } from './quiz-values';

export const QUIZ_ANSWER_MODEL = 'QuizAnswer';

/**
 * A learner's saved answer to one question of an attempt: one row per question, written as
 * the learner goes (autosave), so saving one answer never rewrites another (no read-merge-set
 * on the attempt, which FerretDB could lose under two tabs). Answers that arrive after the
 * deadline go to a separate row (`late`): kept for the instructor, never graded.
 */
export interface QuizAnswerDocument {
  /** `<attemptId>:<questionId>:<on|late>` (see answerRowId): one row per question and kind, found by _id. */
  _id: string;
  attemptId: Types.ObjectId;
  userId: Types.ObjectId;
  questionId: string;
  late: boolean;
  value: AnswerValue;
  savedAt: Date;
}

export const quizAnswerSchema = new Schema<QuizAnswerDocument>(
  {
    _id: { type: String, required: true },
    attemptId: { type: Schema.Types.ObjectId, required: true },
    userId: { type: Schema.Types.ObjectId, required: true },
    questionId: { type: String, required: true },
    late: { type: Boolean, required: true },
    value: { type: answerValueSchema, required: true },
    savedAt: { type: Date, required: true },
  },
  { collection: 'quiz_answers' },
);

quizAnswerSchema.index({ attemptId: 1, questionId: 1, late: 1 }, { unique: true });

/**
 * The row id of an answer. FerretDB v1 on SQLite pushes only a filter of exactly `{ _id: value }`
 * down to SQLite and scans the whole collection for any other (backends/sqlite/collection.go):
 * with 20 answers per attempt that collection is the largest, so autosave and grading find rows
 * by this id. MongoDB uses the unique (attemptId, questionId, late) index for the other queries.
 */
export function answerRowId(attemptId: string, questionId: string, late: boolean): string {
  return `${attemptId}:${questionId}:${late ? 'late' : 'on'}`;
}
