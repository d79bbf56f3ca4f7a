import { Schema, type Types } from 'mongoose';

export const LESSON_PROGRESS_MODEL = 'LessonProgress';

/** "not started" is the absence of a row. */
export const lessonProgressStates = ['in_progress', 'done'] as const;
export type LessonProgressState = (typeof lessonProgressStates)[number];

/** A stretch of a video the learner played, in seconds. */
export interface WatchedIntervalDocument {
  start: number;
  end: number;
}

/**
 * Where a learner is in a video lesson and what they watched. The intervals are kept merged
 * (sorted, not overlapping) as an array of subdocuments: FerretDB v1 stores no nested arrays.
 */
export interface VideoProgressDocument {
  /** The video the intervals belong to: another video on the lesson starts afresh. */
  videoId: Types.ObjectId;
  /** The video's length when the learner watched it (the share is watchedSeconds / this). */
  durationSeconds: number;
  positionSeconds: number;
  watched: WatchedIntervalDocument[];
  /** Distinct seconds watched: the sum of the merged intervals. */
  watchedSeconds: number;
}

/** One learner's state in one lesson (by its stable lessonId, so it survives republishing). */
export interface LessonProgressDocument {
  _id: Types.ObjectId;
  userId: Types.ObjectId;
  courseId: Types.ObjectId;
  lessonId: Types.ObjectId;
  state: LessonProgressState;
  timeSpentSeconds: number;
  startedAt: Date;
  completedAt?: Date;
  lastSeenAt: Date;
  /** Video lessons only. */
  video?: VideoProgressDocument;
  createdAt: Date;
  updatedAt: Date;
}

const watchedIntervalSchema = new Schema<WatchedIntervalDocument>(
  { start: { type: Number, required: true, min: 0 }, end: { type: Number, required: true, min: 0 } },
  { _id: false },
);

const videoProgressSchema = new Schema<VideoProgressDocument>(
  {
    videoId: { type: Schema.Types.ObjectId, required: true },
    durationSeconds: { type: Number, required: true, min: 0 },
    positionSeconds: { type: Number, required: true, min: 0 },
    watched: { type: [watchedIntervalSchema], default: [] },
    watchedSeconds: { type: Number, required: true, min: 0 },
  },
  { _id: false },
);

export const lessonProgressSchema = new Schema<LessonProgressDocument>(
  {
    userId: { type: Schema.Types.ObjectId, required: true },
    courseId: { type: Schema.Types.ObjectId, required: true },
    lessonId: { type: Schema.Types.ObjectId, required: true },
    state: { type: String, required: true, enum: lessonProgressStates },
    timeSpentSeconds: { type: Number, required: true, default: 0 },
    startedAt: { type: Date, required: true },
    completedAt: { type: Date },
    lastSeenAt: { type: Date, required: true },
    video: { type: videoProgressSchema },
  },
  { collection: 'lesson_progress', timestamps: true },
);

lessonProgressSchema.index({ userId: 1, courseId: 1, lessonId: 1 }, { unique: true });
lessonProgressSchema.index({ courseId: 1, userId: 1 });
