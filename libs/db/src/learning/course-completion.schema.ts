import { Schema, type Types } from 'mongoose';

export const COURSE_COMPLETION_MODEL = 'CourseCompletion';

/**
 * The fact that a learner completed a course, with the JP it credits. Written once: the unique
 * index on (userId, courseId) is what makes completion exactly-once on FerretDB, which does not
 * lock a document between a read and a write. Certificates and the JP ledger read from here.
 */
export interface CourseCompletionDocument {
  _id: Types.ObjectId;
  userId: Types.ObjectId;
  courseId: Types.ObjectId;
  agencyId: Types.ObjectId;
  enrolmentId: Types.ObjectId;
  completedAt: Date;
  /** Copied at completion: a later edit of the course does not change what was earned. */
  jp: number;
  competencyType: string;
  courseTitle: string;
  createdAt: Date;
  updatedAt: Date;
}

export const courseCompletionSchema = new Schema<CourseCompletionDocument>(
  {
    userId: { type: Schema.Types.ObjectId, required: true },
    courseId: { type: Schema.Types.ObjectId, required: true },
    agencyId: { type: Schema.Types.ObjectId, required: true },
    enrolmentId: { type: Schema.Types.ObjectId, required: true },
    completedAt: { type: Date, required: true },
    jp: { type: Number, required: true, min: 0 },
    competencyType: { type: String, required: true },
    courseTitle: { type: String, required: true },
  },
  { collection: 'course_completions', timestamps: true },
);

courseCompletionSchema.index({ userId: 1, courseId: 1 }, { unique: true });
courseCompletionSchema.index({ userId: 1, completedAt: -1 });
courseCompletionSchema.index({ completedAt: -1 });
