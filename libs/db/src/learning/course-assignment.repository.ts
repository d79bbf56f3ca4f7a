import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Types, type Model } from 'mongoose';
import type { AgencyScope } from '../tenancy/agency-scope';
import { COURSE_ASSIGNMENT_MODEL, type AssignmentTargetKind, type CourseAssignmentDocument } from './course-assignment.schema';

export interface AssignmentCounts {
  enrolled: number;
  alreadyEnrolled: number;
  problems: number;
}

export interface CourseAssignmentRecord extends AssignmentCounts {
  id: string;
  courseId: string;
  agencyId: string;
  createdBy: string;
  targetKind: AssignmentTargetKind;
  workUnit: string | null;
  dueAt: Date | null;
  createdAt: Date;
}

export interface NewCourseAssignment {
  courseId: string;
  createdBy: string;
  targetKind: AssignmentTargetKind;
  workUnit?: string | null;
  dueAt?: Date | null;
}

/** An admin's assignment of a course to a group of people (a class, a cohort). */
@Injectable()
export class CourseAssignmentRepository {
  constructor(@InjectModel(COURSE_ASSIGNMENT_MODEL) private readonly assignments: Model<CourseAssignmentDocument>) {}

  /** Created before its enrolments, which refer to it; the counts follow with `saveCounts`. */
  async create(scope: AgencyScope, assignment: NewCourseAssignment): Promise<CourseAssignmentRecord> {
    const document = await this.assignments.create({
      courseId: new Types.ObjectId(assignment.courseId),
      agencyId: new Types.ObjectId(scope.agencyId),
      createdBy: new Types.ObjectId(assignment.createdBy),
      targetKind: assignment.targetKind,
      ...(assignment.workUnit ? { workUnit: assignment.workUnit } : {}),
      ...(assignment.dueAt ? { dueAt: assignment.dueAt } : {}),
    });
    return toCourseAssignmentRecord(document.toObject());
  }

  async saveCounts(assignmentId: string, counts: AssignmentCounts): Promise<void> {
    await this.assignments.updateOne({ _id: new Types.ObjectId(assignmentId) }, { $set: counts });
  }

  async findById(scope: AgencyScope, assignmentId: string): Promise<CourseAssignmentRecord | null> {
    const document = await this.assignments
      .findOne({ _id: new Types.ObjectId(assignmentId), agencyId: new Types.ObjectId(scope.agencyId) })
      .lean<CourseAssignmentDocument>();
    return document ? toCourseAssignmentRecord(document) : null;
  }

  /** A course's assignments (its classes), newest first. */
  async listByCourse(scope: AgencyScope, courseId: string): Promise<CourseAssignmentRecord[]> {
    const documents = await this.assignments
      .find({ courseId: new Types.ObjectId(courseId), agencyId: new Types.ObjectId(scope.agencyId) })
      .sort({ createdAt: -1, _id: -1 })
      .lean<CourseAssignmentDocument[]>();
    return documents.map(toCourseAssignmentRecord);
  }

  /** Several of the agency's assignments at once (e.g. to label the classes of a report); unknown ids are left out. */
  async findByIds(scope: AgencyScope, assignmentIds: readonly string[]): Promise<CourseAssignmentRecord[]> {
    if (assignmentIds.length === 0) return [];
    const documents = await this.assignments
      .find({ _id: { $in: assignmentIds.map((id) => new Types.ObjectId(id)) }, agencyId: new Types.ObjectId(scope.agencyId) })
      .lean<CourseAssignmentDocument[]>();
    return documents.map(toCourseAssignmentRecord);
  }
}

function toCourseAssignmentRecord(document: CourseAssignmentDocument): CourseAssignmentRecord {
  return {
    id: document._id.toHexString(),
    courseId: document.courseId.toHexString(),
    agencyId: document.agencyId.toHexString(),
    createdBy: document.createdBy.toHexString(),
    targetKind: document.targetKind,
    workUnit: document.workUnit ?? null,
    dueAt: document.dueAt ?? null,
    enrolled: document.enrolled,
    alreadyEnrolled: document.alreadyEnrolled,
    problems: document.problems,
    createdAt: document.createdAt,
  };
}
