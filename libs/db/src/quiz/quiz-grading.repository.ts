import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Types, type Model } from 'mongoose';
import { isDuplicateKeyError } from '../connection/database-errors';
import { QUIZ_GRADING_MODEL, type AnswerOutcome, type GradingStatus, type QuizGradingDocument } from './quiz-grading.schema';
import { plainAnswer, type AnswerValue } from './quiz-values';

export interface EssayGradeRecord {
  criteria: Array<{ criterionId: string; points: number }>;
  comment: string | null;
  gradedBy: string;
  gradedAt: Date;
}

export interface QuestionResultRecord {
  questionId: string;
  outcome: AnswerOutcome;
  /** Null while an essay waits for its grade. */
  points: number | null;
  maxPoints: number;
  /** The answer that was graded (empty when unanswered). */
  answer: AnswerValue;
  essay: EssayGradeRecord | null;
}

export interface QuizGradingRecord {
  id: string;
  attemptId: string;
  agencyId: string;
  courseId: string;
  lessonId: string;
  userId: string;
  status: GradingStatus;
  results: QuestionResultRecord[];
  scorePoints: number;
  maxPoints: number;
  percent: number | null;
  passed: boolean | null;
  gradedAt: Date;
  completedAt: Date | null;
  revision: number;
}

export type NewQuizGrading = Omit<QuizGradingRecord, 'id' | 'revision'>;

/** What an essay grade changes: the results and the totals they give. */
export interface GradingChange {
  status: GradingStatus;
  results: QuestionResultRecord[];
  scorePoints: number;
  percent: number | null;
  passed: boolean | null;
  completedAt: Date | null;
}

@Injectable()
export class QuizGradingRepository {
  constructor(@InjectModel(QUIZ_GRADING_MODEL) private readonly gradings: Model<QuizGradingDocument>) {}

  /**
   * Stores the grading unless the attempt has one: the unique attemptId makes this exactly
   * once (FerretDB has no transactions and no locks). Every caller gets the grading that won.
   */
  async recordOnce(grading: NewQuizGrading): Promise<{ grading: QuizGradingRecord; created: boolean }> {
    try {
      const document = await this.gradings.create({
        ...grading,
        _id: new Types.ObjectId(grading.attemptId),
        attemptId: new Types.ObjectId(grading.attemptId),
        agencyId: new Types.ObjectId(grading.agencyId),
        courseId: new Types.ObjectId(grading.courseId),
        lessonId: new Types.ObjectId(grading.lessonId),
        userId: new Types.ObjectId(grading.userId),
        results: grading.results.map(toResultValue),
        percent: grading.percent ?? undefined,
        passed: grading.passed ?? undefined,
        completedAt: grading.completedAt ?? undefined,
        revision: 1,
      });
      return { grading: toGradingRecord(document.toObject()), created: true };
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      const existing = await this.findByAttemptId(grading.attemptId);
      if (!existing) throw error;
      return { grading: existing, created: false };
    }
  }

  async findByAttemptId(attemptId: string): Promise<QuizGradingRecord | null> {
    if (!Types.ObjectId.isValid(attemptId)) return null;
    const document = await this.gradings.findById(attemptId).lean<QuizGradingDocument>();
    return document ? toGradingRecord(document) : null;
  }

  async findByAttemptIds(attemptIds: readonly string[]): Promise<QuizGradingRecord[]> {
    const valid = attemptIds.filter((id) => Types.ObjectId.isValid(id));
    if (valid.length === 0) return [];
    const documents = await this.gradings.find({ _id: { $in: valid.map((id) => new Types.ObjectId(id)) } }).lean<QuizGradingDocument[]>();
    return documents.map(toGradingRecord);
  }

  /**
   * Applies an instructor's essay grade when the grading is still at `revision` (else null: another
   * grade was saved in between; the caller reloads). Not a lock on FerretDB, but two graders of the
   * same essay at the same instant both write a whole, consistent result, the later one winning.
   */
  async applyChange(attemptId: string, revision: number, change: GradingChange): Promise<QuizGradingRecord | null> {
    const set: Record<string, unknown> = {
      status: change.status,
      results: change.results.map(toResultValue),
      scorePoints: change.scorePoints,
      revision: revision + 1,
    };
    const unset: Record<string, ''> = {};
    for (const field of ['percent', 'passed', 'completedAt'] as const) {
      if (change[field] == null) unset[field] = '';
      else set[field] = change[field];
    }
    const result = await this.gradings.updateOne(
      { _id: new Types.ObjectId(attemptId), revision },
      { $set: set, ...(Object.keys(unset).length && { $unset: unset }) },
    );
    return result.matchedCount > 0 ? this.findByAttemptId(attemptId) : null;
  }

  async deleteAllOfCourse(courseId: string): Promise<void> {
    await this.gradings.deleteMany({ courseId: new Types.ObjectId(courseId) });
  }

  /** Drops gradings (the benchmark's baseline regrades the same attempts). */
  async deleteByAttemptIds(attemptIds: readonly string[]): Promise<void> {
    if (attemptIds.length === 0) return;
    await this.gradings.deleteMany({ _id: { $in: attemptIds.map((id) => new Types.ObjectId(id)) } });
  }
}

function toResultValue(result: QuestionResultRecord) {
  return {
    questionId: result.questionId,
    outcome: result.outcome,
    ...(result.points != null && { points: result.points }),
    maxPoints: result.maxPoints,
    answer: plainAnswer(result.answer),
    ...(result.essay && {
      essay: {
        criteria: result.essay.criteria.map(({ criterionId, points }) => ({ criterionId, points })),
        ...(result.essay.comment != null && { comment: result.essay.comment }),
        gradedBy: new Types.ObjectId(result.essay.gradedBy),
        gradedAt: result.essay.gradedAt,
      },
    }),
  };
}

function toGradingRecord(document: QuizGradingDocument): QuizGradingRecord {
  return {
    id: document._id.toHexString(),
    attemptId: document.attemptId.toHexString(),
    agencyId: document.agencyId.toHexString(),
    courseId: document.courseId.toHexString(),
    lessonId: document.lessonId.toHexString(),
    userId: document.userId.toHexString(),
    status: document.status,
    results: (document.results ?? []).map((result) => ({
      questionId: result.questionId,
      outcome: result.outcome,
      points: result.points ?? null,
      maxPoints: result.maxPoints,
      answer: plainAnswer(result.answer),
      essay: result.essay
        ? {
            criteria: (result.essay.criteria ?? []).map(({ criterionId, points }) => ({ criterionId, points })),
            comment: result.essay.comment ?? null,
            gradedBy: result.essay.gradedBy.toHexString(),
            gradedAt: result.essay.gradedAt,
          }
        : null,
    })),
    scorePoints: document.scorePoints,
    maxPoints: document.maxPoints,
    percent: document.percent ?? null,
    passed: document.passed ?? null,
    gradedAt: document.gradedAt,
    completedAt: document.completedAt ?? null,
    revision: document.revision,
  };
}
