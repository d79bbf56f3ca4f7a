import { Schema, type Types } from 'mongoose';

export const COURSE_MODULE_MODEL = 'CourseModule';

/** The version of a course's modules and lessons that instructors edit. */
export const DRAFT_VERSION = 0;

export interface CourseModuleDocument {
  _id: Types.ObjectId;
  courseId: Types.ObjectId;
  /** DRAFT_VERSION for the working copy, 1, 2, … for each publication. */
  version: number;
  /** Stays the same across versions: what clients and progress refer to. */
  moduleId: Types.ObjectId;
  title: string;
  position: number;
  createdAt: Date;
  updatedAt: Date;
}

// Modules and lessons live in their own collections rather than nested in the course:
// FerretDB v1 cannot update inside nested arrays, and reordering must not rewrite a course.
export const courseModuleSchema = new Schema<CourseModuleDocument>(
  {
    courseId: { type: Schema.Types.ObjectId, required: true },
    version: { type: Number, required: true, min: 0 },
    moduleId: { type: Schema.Types.ObjectId, required: true },
    title: { type: String, required: true, trim: true },
    position: { type: Number, required: true, min: 0 },
  },
  { collection: 'course_modules', timestamps: true },
);

// One row per module per version: a retried publication cannot copy a module twice.
courseModuleSchema.index({ courseId: 1, version: 1, moduleId: 1 }, { unique: true });
courseModuleSchema.index({ courseId: 1, version: 1, position: 1 });
