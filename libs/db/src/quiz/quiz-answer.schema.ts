import { Schema, type Types } from 'mongoose';
import { answerValueSchema, type AnswerValue } from './quiz-values';

export const QUIZ_ANSWER_MODEL = 'QuizAnswerSheet';

/** One saved answer: the newest save of a question wins. */
export interface SavedAnswerValue {
  value: AnswerValue;
  savedAt: Date;
}

/**
 * A learner's saved answers to one attempt, one document per attempt under the attempt's id,
 * one field per question: a save sets only its questions' fields (`$set` of `on.<questionId>`),
 * so saving one answer never rewrites another, and a whole autosave batch or submission is one
 * write. Answers that arrive after the deadline go under `late` (kept for the graders, never
 * graded). Why one document: FerretDB v1 on SQLite pushes down only a filter of exactly
 * `{ _id: value }` (backends/sqlite/collection.go) and writes every update as its own SQLite
 * transaction; a row per answer made a submission twenty transactions and every read a scan.
 * Question ids are 24-hex strings, safe as field names.
 */
export interface QuizAnswerSheetDocument {
  /** The attempt's id. */
  _id: Types.ObjectId;
  userId: Types.ObjectId;
  on?: Record<string, SavedAnswerValue>;
  late?: Record<string, SavedAnswerValue>;
}

const savedAnswerSchema = new Schema<SavedAnswerValue>({ value: { type: answerValueSchema, required: true }, savedAt: { type: Date, required: true } }, { _id: false });

export const quizAnswerSheetSchema = new Schema<QuizAnswerSheetDocument>(
  {
    userId: { type: Schema.Types.ObjectId, required: true },
    on: { type: Map, of: savedAnswerSchema },
    late: { type: Map, of: savedAnswerSchema },
  },
  { collection: 'quiz_answer_sheets' },
);
