import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Types, type Model } from 'mongoose';
import { ENROLMENT_MODEL, type EnrolmentDocument, type EnrolmentSource, type EnrolmentStatus } from './enrolment.schema';

export interface EnrolmentRecord {
  id: string;
  userId: string;
  courseId: string;
  agencyId: string;
  status: EnrolmentStatus;
  source: EnrolmentSource;
  assignmentId: string | null;
  dueAt: Date | null;
  requestedAt: Date | null;
  enrolledAt: Date | null;
  completedAt: Date | null;
  leftAt: Date | null;
  lastLessonId: string | null;
  lastActivityAt: Date | null;
  doneRequired: number;
  totalRequired: number;
  timeSpentSeconds: number;
}

/** Statuses in which a learner may open the course's lessons. */
export const learningStatuses: readonly EnrolmentStatus[] = ['active', 'completed'];

@Injectable()
export class EnrolmentRepository {
  constructor(@InjectModel(ENROLMENT_MODEL) private readonly enrolments: Model<EnrolmentDocument>) {}

  async findByUserAndCourse(userId: string, courseId: string): Promise<EnrolmentRecord | null> {
    const document = await this.enrolments
      .findOne({ userId: new Types.ObjectId(userId), courseId: new Types.ObjectId(courseId) })
      .lean<EnrolmentDocument>();
    return document ? toEnrolmentRecord(document) : null;
  }

  /** Whether anyone ever enrolled or asked to (such a course is archived, never deleted). */
  async existsForCourse(courseId: string): Promise<boolean> {
    return (await this.enrolments.exists({ courseId: new Types.ObjectId(courseId) })) !== null;
  }
}

export function toEnrolmentRecord(document: EnrolmentDocument): EnrolmentRecord {
  return {
    id: document._id.toHexString(),
    userId: document.userId.toHexString(),
    courseId: document.courseId.toHexString(),
    agencyId: document.agencyId.toHexString(),
    status: document.status,
    source: document.source,
    assignmentId: document.assignmentId?.toHexString() ?? null,
    dueAt: document.dueAt ?? null,
    requestedAt: document.requestedAt ?? null,
    enrolledAt: document.enrolledAt ?? null,
    completedAt: document.completedAt ?? null,
    leftAt: document.leftAt ?? null,
    lastLessonId: document.lastLessonId?.toHexString() ?? null,
    lastActivityAt: document.lastActivityAt ?? null,
    doneRequired: document.doneRequired,
    totalRequired: document.totalRequired,
    timeSpentSeconds: document.timeSpentSeconds,
  };
}
