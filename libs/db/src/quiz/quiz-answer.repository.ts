import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Types, type Model } from 'mongoose';
import { isDuplicateKeyError } from '../connection/database-errors';
import { QUIZ_ANSWER_MODEL, type QuizAnswerSheetDocument, type SavedAnswerValue } from './quiz-answer.schema';
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

const QUESTION_ID = /^[0-9a-f]{24}$/i;

@Injectable()
export class QuizAnswerRepository {
  constructor(@InjectModel(QUIZ_ANSWER_MODEL) private readonly sheets: Model<QuizAnswerSheetDocument>) {}

  /**
   * Saves the answers (the newest save of a question wins) in one write to the attempt's sheet,
   * setting only these questions' fields. Two first saves at the same instant can both try to
   * insert the sheet; the loser finds it there and one retry turns its insert into an update.
   */
  async saveMany(attempt: { attemptId: string; userId: string }, saves: readonly AnswerSave[], late: boolean, savedAt: Date): Promise<void> {
    if (saves.length === 0) return;
    const set: Record<string, unknown> = { userId: new Types.ObjectId(attempt.userId) };
    for (const { questionId, value } of saves) {
      // Field names come from ids; anything else would be a path injection.
      if (!QUESTION_ID.test(questionId)) throw new Error(`not a question id: ${questionId}`);
      set[`${late ? 'late' : 'on'}.${questionId}`] = { value: plainAnswer(value), savedAt } satisfies SavedAnswerValue;
    }
    const write = () => this.sheets.collection.updateOne({ _id: new Types.ObjectId(attempt.attemptId) }, { $set: set }, { upsert: true });
    try {
      await write();
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      await write();
    }
  }

  /** The attempt's answers; on-time ones unless `late` is asked for. */
  async findByAttempt(attemptId: string, late = false): Promise<QuizAnswerRecord[]> {
    if (!Types.ObjectId.isValid(attemptId)) return [];
    const sheet = await this.sheets.collection.findOne({ _id: new Types.ObjectId(attemptId) });
    return sheet ? answersOf(sheet as unknown as QuizAnswerSheetDocument).filter((answer) => answer.late === late) : [];
  }

  /** Every answer (on-time and late) of several attempts, for the instructor's views. */
  async findByAttempts(attemptIds: readonly string[]): Promise<QuizAnswerRecord[]> {
    const ids = attemptIds.filter((id) => Types.ObjectId.isValid(id)).map((id) => new Types.ObjectId(id));
    if (ids.length === 0) return [];
    const sheets = await this.sheets.collection.find({ _id: { $in: ids } }).toArray();
    return sheets.flatMap((sheet) => answersOf(sheet as unknown as QuizAnswerSheetDocument));
  }

  async deleteByAttempts(attemptIds: readonly string[]): Promise<void> {
    const ids = attemptIds.filter((id) => Types.ObjectId.isValid(id)).map((id) => new Types.ObjectId(id));
    if (ids.length === 0) return;
    await this.sheets.deleteMany({ _id: { $in: ids } });
  }
}

function answersOf(sheet: QuizAnswerSheetDocument): QuizAnswerRecord[] {
  const attemptId = sheet._id.toHexString();
  const rows = (late: boolean, saved: Record<string, SavedAnswerValue> | undefined) =>
    Object.entries(saved ?? {}).map(([questionId, { value, savedAt }]) => ({ attemptId, questionId, late, value: plainAnswer(value), savedAt: new Date(savedAt) }));
  return [...rows(false, sheet.on), ...rows(true, sheet.late)];
}
