import { Schema, type Types } from 'mongoose';

export const ENROLMENT_MODEL = 'Enrolment';

/**
 * pending: asked to join a course by approval; active: learning; completed: every required
 * lesson done; left: the learner left a self-enrolled course (kept as history); rejected: an
 * admin declined the request.
 */
export const enrolmentStatuses = ['pending', 'active', 'completed', 'left', 'rejected'] as const;
export type EnrolmentStatus = (typeof enrolmentStatuses)[number];

export const enrolmentSources = ['self', 'assignment'] as const;
export type EnrolmentSource = (typeof enrolmentSources)[number];

/** One learner in one course: unique per (userId, courseId), so enrolling twice is enrolling once. */
export interface EnrolmentDocument {
  _id: Types.ObjectId;
  userId: Types.ObjectId;
  courseId: Types.ObjectId;
  /** The course's agency: whose admins see this enrolment. */
  agencyId: Types.ObjectId;
  status: EnrolmentStatus;
  source: EnrolmentSource;
  /** The assignment (class, cohort) that enrolled the learner. */
  assignmentId?: Types.ObjectId;
  assignedBy?: Types.ObjectId;
  dueAt?: Date;
  requestedAt?: Date;
  enrolledAt?: Date;
  decidedBy?: Types.ObjectId;
  completedAt?: Date;
  leftAt?: Date;
  /** The lesson the learner last worked on: where "continue" starts. */
  lastLessonId?: Types.ObjectId;
  lastActivityAt?: Date;
  /** Required lessons done, out of the published version's required lessons. */
  doneRequired: number;
  totalRequired: number;
  timeSpentSeconds: number;
  createdAt: Date;
  updatedAt: Date;
}

export const enrolmentSchema = new Schema<EnrolmentDocument>(
  {
    userId: { type: Schema.Types.ObjectId, required: true },
    courseId: { type: Schema.Types.ObjectId, required: true },
    agencyId: { type: Schema.Types.ObjectId, required: true },
    status: { type: String, required: true, enum: enrolmentStatuses },
    source: { type: String, required: true, enum: enrolmentSources },
    assignmentId: { type: Schema.Types.ObjectId },
    assignedBy: { type: Schema.Types.ObjectId },
    dueAt: { type: Date },
    requestedAt: { type: Date },
    enrolledAt: { type: Date },
    decidedBy: { type: Schema.Types.ObjectId },
    completedAt: { type: Date },
    leftAt: { type: Date },
    lastLessonId: { type: Schema.Types.ObjectId },
    lastActivityAt: { type: Date },
    doneRequired: { type: Number, required: true, default: 0 },
    totalRequired: { type: Number, required: true, default: 0 },
    timeSpentSeconds: { type: Number, required: true, default: 0 },
  },
  { collection: 'enrolments', timestamps: true },
);

enrolmentSchema.index({ userId: 1, courseId: 1 }, { unique: true });
enrolmentSchema.index({ userId: 1, status: 1, lastActivityAt: -1 });
enrolmentSchema.index({ courseId: 1, status: 1 });
enrolmentSchema.index({ agencyId: 1, status: 1, dueAt: 1 });
