import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Types, type Model, type UpdateQuery } from 'mongoose';
import { isDuplicateKeyError } from '../connection/database-errors';
import { LESSON_PROGRESS_MODEL, type LessonProgressDocument, type LessonProgressState, type VideoProgressDocument } from './lesson-progress.schema';

export interface WatchedInterval {
  start: number;
  end: number;
}

/** See VideoProgressDocument: a learner's place and watched intervals in a video lesson. */
export interface VideoProgressRecord {
  videoId: string;
  durationSeconds: number;
  positionSeconds: number;
  /** Merged: sorted by start, not overlapping. */
  watched: WatchedInterval[];
  watchedSeconds: number;
}

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
  /** Video lessons, once the player reported. */
  video: VideoProgressRecord | null;
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
  /**
   * Video lessons: the state after this report, read from the row and merged by the caller;
   * it replaces the stored one (`$set`: FerretDB v1 has no array update operators).
   */
  video?: VideoProgressRecord;
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
    // Read, merged, set: of two reports of one learner at the same moment the later one wins,
    // and the intervals only the earlier one had come back with the player's next report (it
    // always sends everything played since it opened).
    if (report.video) update.$set = { ...update.$set, video: toVideoDocument(report.video) };
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
    video: document.video ? toVideoProgressRecord(document.video) : null,
  };
}

function toVideoProgressRecord(video: VideoProgressDocument): VideoProgressRecord {
  return {
    videoId: video.videoId.toHexString(),
    durationSeconds: video.durationSeconds,
    positionSeconds: video.positionSeconds,
    watched: (video.watched ?? []).map((interval) => ({ start: interval.start, end: interval.end })),
    watchedSeconds: video.watchedSeconds,
  };
}

function toVideoDocument(video: VideoProgressRecord): VideoProgressDocument {
  return {
    videoId: new Types.ObjectId(video.videoId),
    durationSeconds: video.durationSeconds,
    positionSeconds: video.positionSeconds,
    watched: video.watched.map((interval) => ({ start: interval.start, end: interval.end })),
    watchedSeconds: video.watchedSeconds,
  };
}
