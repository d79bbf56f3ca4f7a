import { Schema, type Types } from 'mongoose';
import { quizSettingsSchema, type QuizSettingsDocument } from '../quiz/quiz-settings';

export const LESSON_MODEL = 'Lesson';

export const lessonKinds = ['text', 'document', 'video', 'quiz', 'link'] as const;
export type LessonKind = (typeof lessonKinds)[number];

export interface LessonDocument {
  _id: Types.ObjectId;
  courseId: Types.ObjectId;
  /** DRAFT_VERSION (0) for the working copy, 1, 2, … for each publication. */
  version: number;
  /** Stays the same across versions: what clients and learners' progress refer to. */
  lessonId: Types.ObjectId;
  moduleId: Types.ObjectId;
  title: string;
  kind: LessonKind;
  position: number;
  /** Counts toward course completion. */
  required: boolean;
  /** Cannot be opened before the lesson before it (in course order) is done. */
  lockedUntilPreviousDone: boolean;
  estimatedMinutes?: number;
  /** Text lessons: sanitized HTML (see rich-text sanitizing in the API). */
  bodyHtml: string;
  /** Document lessons: a course asset. */
  documentId?: Types.ObjectId;
  allowDownload: boolean;
  /** Video lessons: a course asset of kind video. */
  videoId?: Types.ObjectId;
  /** Link lessons: an http(s) address. */
  externalUrl?: string;
  /** Quiz lessons: the settings (absent means DEFAULT_QUIZ_SETTINGS). */
  quiz?: QuizSettingsDocument;
  createdAt: Date;
  updatedAt: Date;
}

export const lessonSchema = new Schema<LessonDocument>(
  {
    courseId: { type: Schema.Types.ObjectId, required: true },
    version: { type: Number, required: true, min: 0 },
    lessonId: { type: Schema.Types.ObjectId, required: true },
    moduleId: { type: Schema.Types.ObjectId, required: true },
    title: { type: String, required: true, trim: true },
    kind: { type: String, required: true, enum: lessonKinds },
    position: { type: Number, required: true, min: 0 },
    required: { type: Boolean, required: true, default: true },
    lockedUntilPreviousDone: { type: Boolean, required: true, default: false },
    estimatedMinutes: { type: Number, min: 1 },
    bodyHtml: { type: String, default: '' },
    documentId: { type: Schema.Types.ObjectId },
    allowDownload: { type: Boolean, required: true, default: false },
    videoId: { type: Schema.Types.ObjectId },
    externalUrl: { type: String },
    quiz: { type: quizSettingsSchema },
  },
  { collection: 'lessons', timestamps: true },
);

// One row per lesson per version: a retried publication cannot copy a lesson twice.
lessonSchema.index({ courseId: 1, version: 1, lessonId: 1 }, { unique: true });
lessonSchema.index({ courseId: 1, version: 1, moduleId: 1, position: 1 });
