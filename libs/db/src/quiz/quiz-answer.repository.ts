import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Types, type Model } from 'mongoose';
import { isDuplicateKeyError } from '../connection/database-errors';
import { answerRowId, QUIZ_ANSWER_MODEL, type QuizAnswerDocument } from './quiz-answer.schema';
import { plainAnswer, type AnswerValue } from './quiz-values';

export interface QuizAnswerRecord {
  attemptId: string;
  questionId: string;
  late: boolean;
  value: AnswerValue;
  savedAt: Date;
}

export interface AnswerSave {
  questionId: string;
  value: AnswerValue;
}

@Injectable()
export class QuizAnswerRepository {
  constructor(@InjectModel(QUIZ_ANSWER_MODEL) private readonly answers: Model<QuizAnswerDocument>) {}

  /**
   * Saves the answers (one row per question, the newest save wins) in one round trip, each
   * upserted by its row id (see answerRowId). Two upserts of a new row at the same instant can
   * collide on the unique index; the row then exists, and one retry turns the loser into an update.
   */
  async saveMany(attempt: { attemptId: string; userId: string }, saves: readonly AnswerSave[], late: boolean, savedAt: Date): Promise<void> {
    if (saves.length === 0) return;
    const attemptId = new Types.ObjectId(attempt.attemptId);
    const userId = new Types.ObjectId(attempt.userId);
    const write = () =>
      this.answers.bulkWrite(
        saves.map(({ questionId, value }) => ({
          updateOne: {
            filter: { _id: answerRowId(attempt.attemptId, questionId, late) },
            update: { $set: { attemptId, questionId, late, value: plainAnswer(value), savedAt, userId } },
            upsert: true,
          },
        })),
        { ordered: false },
      );
    try {
      await write();
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      await write();
    }
  }

  /**
   * The attempt's answers to these questions (the attempt's own list), on-time ones unless `late`
   * is asked for: one lookup by row id per question, what FerretDB answers without a scan.
   */
  async findByQuestions(attemptId: string, questionIds: readonly string[], late = false): Promise<QuizAnswerRecord[]> {
    const documents = await Promise.all(questionIds.map((questionId) => this.answers.findById(answerRowId(attemptId, questionId, late)).lean<QuizAnswerDocument>()));
    return documents.filter((document): document is QuizAnswerDocument => document != null).map(toAnswerRecord);
  }

  /** The attempt's answers; on-time ones unless `late` is asked for (a scan on FerretDB: see findByQuestions). */
  async findByAttempt(attemptId: string, late = false): Promise<QuizAnswerRecord[]> {
    const documents = await this.answers.find({ attemptId: new Types.ObjectId(attemptId), late }).lean<QuizAnswerDocument[]>();
    return documents.map(toAnswerRecord);
  }

  /** Every answer (on-time and late) of several attempts, for the instructor's views. */
  async findByAttempts(attemptIds: readonly string[]): Promise<QuizAnswerRecord[]> {
    if (attemptIds.length === 0) return [];
    const documents = await this.answers.find({ attemptId: { $in: attemptIds.map((id) => new Types.ObjectId(id)) } }).lean<QuizAnswerDocument[]>();
    return documents.map(toAnswerRecord);
  }

  async deleteByAttempts(attemptIds: readonly string[]): Promise<void> {
    if (attemptIds.length === 0) return;
    await this.answers.deleteMany({ attemptId: { $in: attemptIds.map((id) => new Types.ObjectId(id)) } });
  }
}

function toAnswerRecord(document: QuizAnswerDocument): QuizAnswerRecord {
  return {
    attemptId: document.attemptId.toHexString(),
    questionId: document.questionId,
    late: document.late,
    value: plainAnswer(document.value),
    savedAt: document.savedAt,
  };
}
