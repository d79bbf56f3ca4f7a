import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Types, type Model } from 'mongoose';
import type { CompetencyType } from '../course/course.schema';
import { isDuplicateKeyError } from '../connection/database-errors';
import { COURSE_COMPLETION_MODEL, type CourseCompletionDocument } from './course-completion.schema';

export interface CourseCompletionRecord {
  id: string;
  userId: string;
  courseId: string;
  agencyId: string;
  enrolmentId: string;
  completedAt: Date;
  /** The JP credited, as the course had it at completion. */
  jp: number;
  competencyType: CompetencyType;
  courseTitle: string;
}

export type NewCourseCompletion = Omit<CourseCompletionRecord, 'id'>;

/** The fact that a learner completed a course: written once per learner and course. */
@Injectable()
export class CourseCompletionRepository {
  constructor(@InjectModel(COURSE_COMPLETION_MODEL) private readonly completions: Model<CourseCompletionDocument>) {}

  /**
   * Records the completion unless it exists. The unique index on (userId, courseId) is the guard
   * (FerretDB has no transactions and no document locks): of any number of parallel calls exactly
   * one gets `created: true`; the others get the row that won.
   */
  async recordOnce(completion: NewCourseCompletion): Promise<{ completion: CourseCompletionRecord; created: boolean }> {
    try {
      const document = await this.completions.create({
        ...completion,
        userId: new Types.ObjectId(completion.userId),
        courseId: new Types.ObjectId(completion.courseId),
        agencyId: new Types.ObjectId(completion.agencyId),
        enrolmentId: new Types.ObjectId(completion.enrolmentId),
      });
      return { completion: toCourseCompletionRecord(document.toObject()), created: true };
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      const existing = await this.findByUserAndCourse(completion.userId, completion.courseId);
      if (!existing) throw error;
      return { completion: existing, created: false };
    }
  }

  async findById(id: string): Promise<CourseCompletionRecord | null> {
    const document = await this.completions.findById(new Types.ObjectId(id)).lean<CourseCompletionDocument>();
    return document ? toCourseCompletionRecord(document) : null;
  }

  async findByUserAndCourse(userId: string, courseId: string): Promise<CourseCompletionRecord | null> {
    const document = await this.completions
      .findOne({ userId: new Types.ObjectId(userId), courseId: new Types.ObjectId(courseId) })
      .lean<CourseCompletionDocument>();
    return document ? toCourseCompletionRecord(document) : null;
  }

  /** Completions since `since`, newest first (the worker's start-up check for certificates never issued). */
  async findIdsSince(since: Date, limit: number): Promise<string[]> {
    const documents = await this.completions.find({ completedAt: { $gte: since } }, { _id: 1 }).sort({ completedAt: -1 }).limit(limit).lean<Pick<CourseCompletionDocument, '_id'>[]>();
    return documents.map((document) => document._id.toHexString());
  }

  async countByCourse(courseId: string): Promise<number> {
    return this.completions.countDocuments({ courseId: new Types.ObjectId(courseId) });
  }
}

function toCourseCompletionRecord(document: CourseCompletionDocument): CourseCompletionRecord {
  return {
    id: document._id.toHexString(),
    userId: document.userId.toHexString(),
    courseId: document.courseId.toHexString(),
    agencyId: document.agencyId.toHexString(),
    enrolmentId: document.enrolmentId.toHexString(),
    completedAt: document.completedAt,
    jp: document.jp,
    competencyType: document.competencyType as CompetencyType,
    courseTitle: document.courseTitle,
  };
}
