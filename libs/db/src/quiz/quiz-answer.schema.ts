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
  _id: Types.ObjectId;
  attemptId: Types.ObjectId;
  userId: Types.ObjectId;
  questionId: string;
  late: boolean;
  value: AnswerValue;
  savedAt: Date;
}

export const quizAnswerSchema = new Schema<QuizAnswerDocument>(
  {
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
