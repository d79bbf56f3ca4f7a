import { Schema, type Types } from 'mongoose';

export const LESSON_PROGRESS_MODEL = 'LessonProgress';

/** "not started" is the absence of a row. */
export const lessonProgressStates = ['in_progress', 'done'] as const;
export type LessonProgressState = (typeof lessonProgressStates)[number];

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
  createdAt: Date;
  updatedAt: Date;
}

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
  },
  { collection: 'lesson_progress', timestamps: true },
);

lessonProgressSchema.index({ userId: 1, courseId: 1, lessonId: 1 }, { unique: true });
lessonProgressSchema.index({ courseId: 1, userId: 1 });
