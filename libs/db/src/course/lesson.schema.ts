import { Schema, type Types } from 'mongoose';

export const LESSON_MODEL = 'Lesson';

/** Document, video, quiz and link lessons arrive with their own issues. */
export const lessonKinds = ['text'] as const;
export type LessonKind = (typeof lessonKinds)[number];

export interface LessonDocument {
  _id: Types.ObjectId;
  courseId: Types.ObjectId;
  moduleId: Types.ObjectId;
  title: string;
  kind: LessonKind;
  position: number;
  body: string;
  createdAt: Date;
  updatedAt: Date;
}

export const lessonSchema = new Schema<LessonDocument>(
  {
    courseId: { type: Schema.Types.ObjectId, required: true },
    moduleId: { type: Schema.Types.ObjectId, required: true },
    title: { type: String, required: true, trim: true },
    kind: { type: String, required: true, enum: lessonKinds },
    position: { type: Number, required: true, min: 0 },
    body: { type: String, default: '' },
  },
  { collection: 'lessons', timestamps: true },
);

lessonSchema.index({ moduleId: 1, position: 1 });
lessonSchema.index({ courseId: 1 });
