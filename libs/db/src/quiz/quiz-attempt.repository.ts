import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Types, type Model } from 'mongoose';
import { isDuplicateKeyError } from '../connection/database-errors';
import {
  QUIZ_ATTEMPT_MODEL,
  QUIZ_ATTEMPT_QUESTIONS_MODEL,
  type QuizAttemptQuestionsDocument,
  type AttemptQuestionValue,
  type AttemptSubmitter,
  type QuizAttemptDocument,
  type QuizAttemptStatus,
} from './quiz-attempt.schema';
import type { QuizReviewPolicy, QuizRole } from './quiz-settings';

export interface QuizAttemptSummaryRecord {
  id: string;
  agencyId: string;
  courseId: string;
  courseVersion: number;
  lessonId: string;
  userId: string;
  enrolmentId: string;
  assignmentId: string | null;
  number: number;
  role: QuizRole;
  status: QuizAttemptStatus;
  startedAt: Date;
  deadline: Date | null;
  submittedAt: Date | null;
  submittedBy: AttemptSubmitter | null;
  passingPercent: number;
  review: QuizReviewPolicy;
  correctAnswers: QuizReviewPolicy;
  closesAt: Date | null;
  questionCount: number;
  maxPoints: number;
  scorePoints: number | null;
  percent: number | null;
  passed: boolean | null;
  gradedAt: Date | null;
}

/** An attempt with its fixed questions, keys included: server-side only. */
export interface QuizAttemptRecord extends QuizAttemptSummaryRecord {
  questions: AttemptQuestionValue[];
}

export type NewQuizAttempt = Omit<
  QuizAttemptRecord,
  'id' | 'status' | 'submittedAt' | 'submittedBy' | 'scorePoints' | 'percent' | 'passed' | 'gradedAt' | 'questionCount'
>;

export interface AttemptResultChange {
  status: Extract<QuizAttemptStatus, 'awaiting_grading' | 'graded'>;
  scorePoints: number;
  percent: number | null;
  passed: boolean | null;
  gradedAt: Date;
}

export interface AttemptPageQuery {
  courseId: string;
  lessonId?: string;
  statuses?: readonly QuizAttemptStatus[];
  /** Continue after this attempt id (the list is in start order). */
  afterId?: string;
  limit: number;
}

/** Attempts of the quizzes a learning-gain report reads: one row per graded attempt, without questions. */
export interface GainAttemptRecord {
  userId: string;
  lessonId: string;
  assignmentId: string | null;
  number: number;
  percent: number;
  gradedAt: Date;
}

/** One attempt of a quiz, for its results summary. */
export interface AttemptScoreRecord {
  userId: string;
  number: number;
  status: QuizAttemptStatus;
  percent: number | null;
  passed: boolean | null;
}

@Injectable()
export class QuizAttemptRepository {
  constructor(
    @InjectModel(QUIZ_ATTEMPT_MODEL) private readonly attempts: Model<QuizAttemptDocument>,
    @InjectModel(QUIZ_ATTEMPT_QUESTIONS_MODEL) private readonly questionSets: Model<QuizAttemptQuestionsDocument>,
  ) {}

  /**
   * Creates attempt `number`, or answers null when the learner already has that number: two
   * starts at once (two tabs) compute the same next number and the unique index lets one win.
   * The questions are written first, under the attempt's id: an attempt never exists without
   * them; the loser of a race removes its own.
   */
  async createNumbered(attempt: NewQuizAttempt): Promise<QuizAttemptRecord | null> {
    const _id = new Types.ObjectId();
    const { questions, ...fields } = attempt;
    await this.questionSets.create({ _id, questions });
    try {
      const document = await this.attempts.create({
        ...fields,
        _id,
        agencyId: new Types.ObjectId(attempt.agencyId),
        courseId: new Types.ObjectId(attempt.courseId),
        lessonId: new Types.ObjectId(attempt.lessonId),
        userId: new Types.ObjectId(attempt.userId),
        enrolmentId: new Types.ObjectId(attempt.enrolmentId),
        assignmentId: attempt.assignmentId ? new Types.ObjectId(attempt.assignmentId) : undefined,
        deadline: attempt.deadline ?? undefined,
        closesAt: attempt.closesAt ?? undefined,
        questionCount: questions.length,
        status: 'in_progress',
      });
      return { ...toSummaryRecord(document.toObject()), questions: questions.map(plainQuestion) };
    } catch (error) {
      await this.questionSets.deleteOne({ _id });
      if (isDuplicateKeyError(error)) return null;
      throw error;
    }
  }

  async findById(id: string): Promise<QuizAttemptRecord | null> {
    if (!Types.ObjectId.isValid(id)) return null;
    const [document, questionSet] = await Promise.all([
      this.attempts.findById(id).lean<QuizAttemptDocument>(),
      this.questionSets.findById(id).lean<QuizAttemptQuestionsDocument>(),
    ]);
    return document ? withQuestions(document, questionSet) : null;
  }

  /** Several attempts with their questions (keys included), in no particular order; unknown ids are left out. */
  async findByIds(ids: readonly string[]): Promise<QuizAttemptRecord[]> {
    const valid = ids.filter((id) => Types.ObjectId.isValid(id)).map((id) => new Types.ObjectId(id));
    if (valid.length === 0) return [];
    const [documents, questionSets] = await Promise.all([
      this.attempts.find({ _id: { $in: valid } }).lean<QuizAttemptDocument[]>(),
      this.questionSets.find({ _id: { $in: valid } }).lean<QuizAttemptQuestionsDocument[]>(),
    ]);
    const byId = new Map(questionSets.map((set) => [set._id.toHexString(), set]));
    return documents.map((document) => withQuestions(document, byId.get(document._id.toHexString()) ?? null));
  }

  async findSummariesByIds(ids: readonly string[]): Promise<QuizAttemptSummaryRecord[]> {
    const valid = ids.filter((id) => Types.ObjectId.isValid(id));
    if (valid.length === 0) return [];
    const documents = await this.attempts.find({ _id: { $in: valid.map((id) => new Types.ObjectId(id)) } }).lean<QuizAttemptDocument[]>();
    return documents.map(toSummaryRecord);
  }

  /** A learner's attempts at one quiz, newest first, without their questions. */
  async findByLearnerLesson(userId: string, lessonId: string): Promise<QuizAttemptSummaryRecord[]> {
    const documents = await this.attempts
      .find({ userId: new Types.ObjectId(userId), lessonId: new Types.ObjectId(lessonId) })
      .sort({ number: -1 })
      .lean<QuizAttemptDocument[]>();
    return documents.map(toSummaryRecord);
  }

  /** The learner's attempts at several quizzes at once (a DataLoader for lesson views and outlines). */
  async findByLearnerLessons(userId: string, lessonIds: readonly string[]): Promise<QuizAttemptSummaryRecord[]> {
    if (lessonIds.length === 0) return [];
    const documents = await this.attempts
      .find({ userId: new Types.ObjectId(userId), lessonId: { $in: lessonIds.map((id) => new Types.ObjectId(id)) } })
      .sort({ number: -1 })
      .lean<QuizAttemptDocument[]>();
    return documents.map(toSummaryRecord);
  }

  /**
   * in_progress → submitted. False when the attempt was no longer in progress. Read, then write
   * by _id alone: FerretDB v1 on SQLite scans the whole collection for any filter other than
   * exactly `{ _id }` (see quiz-answer.schema.ts), and it does not lock between read and write anyway, so
   * `{ _id, status }` would guard nothing there. Two submits at the same instant may both see
   * `true`; grading is still once (the grading's _id is the attempt's).
   */
  async markSubmitted(id: string, submittedAt: Date, submittedBy: AttemptSubmitter): Promise<boolean> {
    const _id = new Types.ObjectId(id);
    const current = await this.attempts.findById(_id, { status: 1 }).lean<Pick<QuizAttemptDocument, 'status'>>();
    if (current?.status !== 'in_progress') return false;
    await this.attempts.updateOne({ _id }, { $set: { status: 'submitted', submittedAt, submittedBy } });
    return true;
  }

  /** Copies a grading's outcome onto the attempt (repeatable: a retried job writes the same). */
  async setResult(id: string, result: AttemptResultChange): Promise<void> {
    const set: Record<string, unknown> = { status: result.status, scorePoints: result.scorePoints, gradedAt: result.gradedAt };
    const unset: Record<string, ''> = {};
    if (result.percent == null) unset.percent = '';
    else set.percent = result.percent;
    if (result.passed == null) unset.passed = '';
    else set.passed = result.passed;
    await this.attempts.updateOne({ _id: new Types.ObjectId(id) }, { $set: set, ...(Object.keys(unset).length && { $unset: unset }) });
  }

  /**
   * Attempts back to in progress, their submission and results cleared (the grading benchmark
   * takes the same attempts a second time, in one process; delete their answers and gradings too).
   */
  async resetToInProgress(ids: readonly string[]): Promise<number> {
    if (ids.length === 0) return 0;
    const result = await this.attempts.updateMany(
      { _id: { $in: ids.map((id) => new Types.ObjectId(id)) } },
      { $set: { status: 'in_progress' }, $unset: { submittedAt: '', submittedBy: '', scorePoints: '', percent: '', passed: '', gradedAt: '' } },
    );
    return result.modifiedCount;
  }

  /** One page of a course's attempts in start order, without questions, and how many match. */
  async findPage(query: AttemptPageQuery): Promise<{ attempts: QuizAttemptSummaryRecord[]; totalCount: number }> {
    const filter: Record<string, unknown> = { courseId: new Types.ObjectId(query.courseId) };
    if (query.lessonId) filter.lessonId = new Types.ObjectId(query.lessonId);
    if (query.statuses?.length) filter.status = { $in: [...query.statuses] };
    const pageFilter = query.afterId ? { ...filter, _id: { $gt: new Types.ObjectId(query.afterId) } } : filter;
    const [documents, totalCount] = await Promise.all([
      this.attempts.find(pageFilter).sort({ _id: 1 }).limit(query.limit).lean<QuizAttemptDocument[]>(),
      this.attempts.countDocuments(filter),
    ]);
    return { attempts: documents.map(toSummaryRecord), totalCount };
  }

  /** How many attempts of a quiz are in each status. */
  async countByStatus(courseId: string, lessonId: string): Promise<Record<QuizAttemptStatus, number>> {
    const rows = await this.attempts.aggregate<{ _id: QuizAttemptStatus; count: number }>([
      { $match: { courseId: new Types.ObjectId(courseId), lessonId: new Types.ObjectId(lessonId) } },
      { $group: { _id: '$status', count: { $sum: 1 } } },
    ]);
    const counts: Record<QuizAttemptStatus, number> = { in_progress: 0, submitted: 0, awaiting_grading: 0, graded: 0 };
    for (const row of rows) counts[row._id] = row.count;
    return counts;
  }

  /**
   * Every attempt of one quiz, only what its results summary needs (the counted score per learner
   * is worked out in TypeScript: FerretDB has no $avg, and "counted" depends on the scoring policy).
   */
  async findScoresByLesson(courseId: string, lessonId: string): Promise<AttemptScoreRecord[]> {
    const documents = await this.attempts
      .find({ courseId: new Types.ObjectId(courseId), lessonId: new Types.ObjectId(lessonId) }, { userId: 1, number: 1, status: 1, percent: 1, passed: 1 })
      .lean<Array<Pick<QuizAttemptDocument, 'userId' | 'number' | 'status' | 'percent' | 'passed'>>>();
    return documents.map((document) => ({
      userId: document.userId.toHexString(),
      number: document.number,
      status: document.status,
      percent: document.percent ?? null,
      passed: document.passed ?? null,
    }));
  }

  /** Graded attempts of some quizzes (a course's pre-test and post-test), only what the report needs. */
  async findGradedForLessons(courseId: string, lessonIds: readonly string[]): Promise<GainAttemptRecord[]> {
    if (lessonIds.length === 0) return [];
    const documents = await this.attempts
      .find(
        { courseId: new Types.ObjectId(courseId), lessonId: { $in: lessonIds.map((id) => new Types.ObjectId(id)) }, status: 'graded' },
        { userId: 1, lessonId: 1, assignmentId: 1, number: 1, percent: 1, gradedAt: 1 },
      )
      .lean<Array<Pick<QuizAttemptDocument, 'userId' | 'lessonId' | 'assignmentId' | 'number' | 'percent' | 'gradedAt'>>>();
    return documents
      .filter((document) => document.percent != null && document.gradedAt)
      .map((document) => ({
        userId: document.userId.toHexString(),
        lessonId: document.lessonId.toHexString(),
        assignmentId: document.assignmentId?.toHexString() ?? null,
        number: document.number,
        percent: document.percent as number,
        gradedAt: document.gradedAt as Date,
      }));
  }

  /** Attempts still in progress whose deadline passed before `now` (the worker's start-up sweep). */
  async findOverdueIds(now: Date, limit: number): Promise<string[]> {
    const documents = await this.attempts.find({ status: 'in_progress', deadline: { $lt: now } }, { _id: 1 }).limit(limit).lean<Array<{ _id: Types.ObjectId }>>();
    return documents.map((document) => document._id.toHexString());
  }

  /** Submitted attempts not graded yet (the worker's start-up sweep). */
  async findSubmittedIds(limit: number): Promise<string[]> {
    const documents = await this.attempts.find({ status: 'submitted' }, { _id: 1 }).limit(limit).lean<Array<{ _id: Types.ObjectId }>>();
    return documents.map((document) => document._id.toHexString());
  }

  /** Every attempt id of a course (deleting the course removes their answers, which carry no course id). */
  async findIdsByCourse(courseId: string): Promise<string[]> {
    const documents = await this.attempts.find({ courseId: new Types.ObjectId(courseId) }, { _id: 1 }).lean<Array<{ _id: Types.ObjectId }>>();
    return documents.map((document) => document._id.toHexString());
  }

  async deleteAllOfCourse(courseId: string): Promise<void> {
    const ids = (await this.findIdsByCourse(courseId)).map((id) => new Types.ObjectId(id));
    if (ids.length) await this.questionSets.deleteMany({ _id: { $in: ids } });
    await this.attempts.deleteMany({ courseId: new Types.ObjectId(courseId) });
  }
}

function toSummaryRecord(document: QuizAttemptDocument): QuizAttemptSummaryRecord {
  return {
    id: document._id.toHexString(),
    agencyId: document.agencyId.toHexString(),
    courseId: document.courseId.toHexString(),
    courseVersion: document.courseVersion,
    lessonId: document.lessonId.toHexString(),
    userId: document.userId.toHexString(),
    enrolmentId: document.enrolmentId.toHexString(),
    assignmentId: document.assignmentId?.toHexString() ?? null,
    number: document.number,
    role: document.role,
    status: document.status,
    startedAt: document.startedAt,
    deadline: document.deadline ?? null,
    submittedAt: document.submittedAt ?? null,
    submittedBy: document.submittedBy ?? null,
    passingPercent: document.passingPercent,
    review: document.review,
    correctAnswers: document.correctAnswers,
    closesAt: document.closesAt ?? null,
    questionCount: document.questionCount,
    maxPoints: document.maxPoints,
    scorePoints: document.scorePoints ?? null,
    percent: document.percent ?? null,
    passed: document.passed ?? null,
    gradedAt: document.gradedAt ?? null,
  };
}

function withQuestions(document: QuizAttemptDocument, questionSet: QuizAttemptQuestionsDocument | null): QuizAttemptRecord {
  return { ...toSummaryRecord(document), questions: (questionSet?.questions ?? []).map(plainQuestion) };
}

/** Drops Mongoose's empty arrays and undefined fields from a stored question. */
function plainQuestion(question: AttemptQuestionValue): AttemptQuestionValue {
  return JSON.parse(JSON.stringify(question)) as AttemptQuestionValue;
}
