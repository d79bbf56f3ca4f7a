import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Types, type Model, type UpdateQuery } from 'mongoose';
import { isDuplicateKeyError } from '../connection/database-errors';
import { LESSON_PROGRESS_MODEL, type LessonProgressDocument, type LessonProgressState } from './lesson-progress.schema';

export interface LessonProgressRecord {
  userId: string;
  courseId: string;
  /** The stable lesson id: progress survives republishing. */
  lessonId: string;
  state: LessonProgressState;
  timeSpentSeconds: number;
  startedAt: Date;
  completedAt: Date | null;
  lastSeenAt: Date;
}

/** A learner in a course: the key progress is read by. */
export interface LearnerCourseKey {
  userId: string;
  courseId: string;
}

export interface LessonReport {
  userId: string;
  courseId: string;
  lessonId: string;
  secondsSpent: number;
  /** The lesson becomes done with this report (it was not before). */
  completes: boolean;
  at: Date;
}

/** One row per learner and lesson; "not started" is the absence of a row. */
@Injectable()
export class LessonProgressRepository {
  constructor(@InjectModel(LESSON_PROGRESS_MODEL) private readonly progress: Model<LessonProgressDocument>) {}

  async findByLearnerCourse(key: LearnerCourseKey): Promise<LessonProgressRecord[]> {
    return this.findByLearnerCourses([key]);
  }

  /** The progress of several learners in several courses at once (one query, for a DataLoader). */
  async findByLearnerCourses(keys: readonly LearnerCourseKey[]): Promise<LessonProgressRecord[]> {
    if (keys.length === 0) return [];
    const documents = await this.progress
      .find({ $or: keys.map((key) => ({ userId: new Types.ObjectId(key.userId), courseId: new Types.ObjectId(key.courseId) })) })
      .lean<LessonProgressDocument[]>();
    return documents.map(toLessonProgressRecord);
  }

  /**
   * Adds a report to the learner's row for the lesson, creating it on the first report. One
   * upsert, no positional operators (FerretDB v1): `$inc` for the time, `$setOnInsert` for what
   * only the first report sets, so a later report never turns a done lesson back to in progress.
   * Two first reports at once can both try the insert; the unique index refuses one, which then
   * applies as an update. FerretDB v1 applies parallel updates of one row without locking it, so
   * of simultaneous reports some seconds can be lost there (MongoDB counts them all); completion
   * does not depend on them.
   */
  async record(report: LessonReport): Promise<void> {
    const filter = {
      userId: new Types.ObjectId(report.userId),
      courseId: new Types.ObjectId(report.courseId),
      lessonId: new Types.ObjectId(report.lessonId),
    };
    const update: UpdateQuery<LessonProgressDocument> = report.completes
      ? { $set: { state: 'done', completedAt: report.at, lastSeenAt: report.at }, $setOnInsert: { startedAt: report.at } }
      : { $set: { lastSeenAt: report.at }, $setOnInsert: { state: 'in_progress', startedAt: report.at } };
    update.$inc = { timeSpentSeconds: report.secondsSpent };
    try {
      await this.progress.updateOne(filter, update, { upsert: true });
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      await this.progress.updateOne(filter, update);
    }
  }
}

function toLessonProgressRecord(document: LessonProgressDocument): LessonProgressRecord {
  return {
    userId: document.userId.toHexString(),
    courseId: document.courseId.toHexString(),
    lessonId: document.lessonId.toHexString(),
    state: document.state,
    timeSpentSeconds: document.timeSpentSeconds,
    startedAt: document.startedAt,
    completedAt: document.completedAt ?? null,
    lastSeenAt: document.lastSeenAt,
  };
}
