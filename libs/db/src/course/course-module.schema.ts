import { Schema, type Types } from 'mongoose';

export const COURSE_MODULE_MODEL = 'CourseModule';

export interface CourseModuleDocument {
  _id: Types.ObjectId;
  courseId: Types.ObjectId;
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
    title: { type: String, required: true, trim: true },
    position: { type: Number, required: true, min: 0 },
  },
  { collection: 'course_modules', timestamps: true },
);

courseModuleSchema.index({ courseId: 1, position: 1 });
