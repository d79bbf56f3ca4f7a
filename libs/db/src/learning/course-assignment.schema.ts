import { Schema, type Types } from 'mongoose';

export const COURSE_ASSIGNMENT_MODEL = 'CourseAssignment';

export const assignmentTargetKinds = ['people', 'work_unit', 'nip_list'] as const;
export type AssignmentTargetKind = (typeof assignmentTargetKinds)[number];

/** An admin's assignment of a course to a group of people: a class (cohort) with a due date. */
export interface CourseAssignmentDocument {
  _id: Types.ObjectId;
  courseId: Types.ObjectId;
  agencyId: Types.ObjectId;
  createdBy: Types.ObjectId;
  targetKind: AssignmentTargetKind;
  workUnit?: string;
  dueAt?: Date;
  enrolled: number;
  alreadyEnrolled: number;
  problems: number;
  createdAt: Date;
  updatedAt: Date;
}

export const courseAssignmentSchema = new Schema<CourseAssignmentDocument>(
  {
    courseId: { type: Schema.Types.ObjectId, required: true },
    agencyId: { type: Schema.Types.ObjectId, required: true },
    createdBy: { type: Schema.Types.ObjectId, required: true },
    targetKind: { type: String, required: true, enum: assignmentTargetKinds },
    workUnit: { type: String },
    dueAt: { type: Date },
    enrolled: { type: Number, required: true, default: 0 },
    alreadyEnrolled: { type: Number, required: true, default: 0 },
    problems: { type: Number, required: true, default: 0 },
  },
  { collection: 'course_assignments', timestamps: true },
);

courseAssignmentSchema.index({ courseId: 1, createdAt: -1 });
