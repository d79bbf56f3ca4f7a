import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Types, type FilterQuery, type Model } from 'mongoose';
import { isDuplicateKeyError } from '../connection/database-errors';
import type { AgencyScope } from '../tenancy/agency-scope';
import type { LearnerCourseKey } from './lesson-progress.repository';
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
  createdAt: Date;
}

/** Statuses in which a learner may open the course's lessons. */
export const learningStatuses: readonly EnrolmentStatus[] = ['active', 'completed'];

export interface NewEnrolment {
  userId: string;
  courseId: string;
  /** The course's agency. */
  agencyId: string;
  status: Extract<EnrolmentStatus, 'active' | 'pending'>;
  source: EnrolmentSource;
  assignmentId?: string;
  assignedBy?: string;
  dueAt?: Date | null;
}

/** What an assignment does to the enrolments it reaches. */
export interface AssignmentEnrolment {
  assignmentId: string;
  assignedBy: string;
  dueAt: Date | null;
}

/** The learner's home ("Belajar saya") groups; see `listForLearner` for what each holds. */
export const learnerGroups = ['in_progress', 'assigned', 'completed', 'pending'] as const;
export type LearnerGroup = (typeof learnerGroups)[number];

export interface CourseEnrolmentFilter {
  status?: EnrolmentStatus;
  /** Only active enrolments whose due date passed before this moment. */
  overdueAt?: Date;
  /** Only these learners (e.g. those whose name or NIP matched a search). */
  userIds?: readonly string[];
  /** Only learners enrolled through this assignment (a class). */
  assignmentId?: string;
}

export interface CourseEnrolmentPage extends CourseEnrolmentFilter {
  limit: number;
  /** Continue after this enrolment id (the list is in enrolment order). */
  afterId?: string;
}

/** Where an overdue list's page ended: it is ordered by due date, then id. */
export interface OverduePosition {
  dueAt: Date;
  id: string;
}

/**
 * A learner has a few dozen enrolments, rarely hundreds: their home reads a whole group in one
 * query. This is only a guard against a runaway list.
 */
const MAX_LEARNER_GROUP = 2_000;

/**
 * Enrolments: one per learner and course (unique index), so enrolling twice is enrolling once.
 * Status changes are conditional updates on the current status. FerretDB does not lock a document
 * between the match and the write, so where a count must not be doubled (a first activation) the
 * caller relies on the unique insert, not on these conditions alone.
 */
@Injectable()
export class EnrolmentRepository {
  constructor(@InjectModel(ENROLMENT_MODEL) private readonly enrolments: Model<EnrolmentDocument>) {}

  async findByUserAndCourse(userId: string, courseId: string): Promise<EnrolmentRecord | null> {
    const document = await this.enrolments
      .findOne({ userId: new Types.ObjectId(userId), courseId: new Types.ObjectId(courseId) })
      .lean<EnrolmentDocument>();
    return document ? toEnrolmentRecord(document) : null;
  }

  async findById(enrolmentId: string): Promise<EnrolmentRecord | null> {
    const document = await this.enrolments.findById(enrolmentId).lean<EnrolmentDocument>();
    return document ? toEnrolmentRecord(document) : null;
  }

  /** The enrolments of several learners in several courses at once (one query, for a DataLoader). */
  async findByLearnerCourses(keys: readonly LearnerCourseKey[]): Promise<EnrolmentRecord[]> {
    if (keys.length === 0) return [];
    const documents = await this.enrolments
      .find({ $or: keys.map((key) => ({ userId: new Types.ObjectId(key.userId), courseId: new Types.ObjectId(key.courseId) })) })
      .lean<EnrolmentDocument[]>();
    return documents.map(toEnrolmentRecord);
  }

  /** Whether anyone ever enrolled or asked to (such a course is archived, never deleted). */
  async existsForCourse(courseId: string): Promise<boolean> {
    return (await this.enrolments.exists({ courseId: new Types.ObjectId(courseId) })) !== null;
  }

  /**
   * Inserts the enrolment, or returns the one that already exists for this learner and course:
   * the unique index decides, so twenty parallel calls create exactly one (`created` is true
   * for that one only).
   */
  async enrolOnce(enrolment: NewEnrolment, now: Date): Promise<{ enrolment: EnrolmentRecord; created: boolean }> {
    try {
      const document = await this.enrolments.create(newEnrolmentDocument(enrolment, now));
      return { enrolment: toEnrolmentRecord(document.toObject()), created: true };
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      const existing = await this.findByUserAndCourse(enrolment.userId, enrolment.courseId);
      if (!existing) throw error;
      return { enrolment: existing, created: false };
    }
  }

  /**
   * Makes a pending, rejected or left enrolment active again. `firstTime` (it was never active)
   * sets the enrolment date; a returning learner keeps theirs, and their progress. True when
   * this call changed it.
   */
  async activate(enrolmentId: string, change: { from: readonly EnrolmentStatus[]; now: Date; firstTime: boolean; decidedBy?: string }): Promise<boolean> {
    const result = await this.enrolments.updateOne(
      { _id: new Types.ObjectId(enrolmentId), status: { $in: change.from } },
      {
        $set: {
          status: 'active',
          ...(change.firstTime ? { enrolledAt: change.now } : {}),
          ...(change.decidedBy ? { decidedBy: new Types.ObjectId(change.decidedBy) } : {}),
        },
        $unset: { leftAt: '' },
      },
    );
    return result.modifiedCount === 1;
  }

  /** A rejected learner, or one who withdrew a request, asks again: pending, with a new request date. */
  async requestAgain(enrolmentId: string, now: Date): Promise<boolean> {
    const result = await this.enrolments.updateOne(
      { _id: new Types.ObjectId(enrolmentId), status: { $in: ['rejected', 'left'] } },
      { $set: { status: 'pending', requestedAt: now }, $unset: { decidedBy: '', leftAt: '' } },
    );
    return result.modifiedCount === 1;
  }

  /** An admin declines a pending request. */
  async reject(scope: AgencyScope, enrolmentId: string, decidedBy: string): Promise<boolean> {
    const result = await this.enrolments.updateOne(
      { _id: new Types.ObjectId(enrolmentId), agencyId: new Types.ObjectId(scope.agencyId), status: 'pending' },
      { $set: { status: 'rejected', decidedBy: new Types.ObjectId(decidedBy) } },
    );
    return result.modifiedCount === 1;
  }

  /**
   * The learner leaves a self-enrolled course, or withdraws a pending request; the enrolment and
   * its progress stay as history.
   */
  async leave(enrolmentId: string, now: Date): Promise<boolean> {
    const result = await this.enrolments.updateOne(
      { _id: new Types.ObjectId(enrolmentId), status: { $in: ['active', 'pending'] }, source: 'self' },
      { $set: { status: 'left', leftAt: now } },
    );
    return result.modifiedCount === 1;
  }

  /** After a lesson report: where "continue" starts, the counters, and the time spent. */
  async recordActivity(
    enrolmentId: string,
    activity: { lessonId: string; at: Date; doneRequired: number; totalRequired: number; secondsSpent: number },
  ): Promise<void> {
    await this.enrolments.updateOne(
      { _id: new Types.ObjectId(enrolmentId) },
      {
        $set: {
          lastLessonId: new Types.ObjectId(activity.lessonId),
          lastActivityAt: activity.at,
          doneRequired: activity.doneRequired,
          totalRequired: activity.totalRequired,
        },
        $inc: { timeSpentSeconds: activity.secondsSpent },
      },
    );
  }

  /** Every required lesson is done (the completion itself is recorded once, elsewhere). */
  async markCompleted(enrolmentId: string, completedAt: Date): Promise<void> {
    await this.enrolments.updateOne(
      { _id: new Types.ObjectId(enrolmentId), status: { $ne: 'completed' } },
      { $set: { status: 'completed', completedAt }, $unset: { leftAt: '' } },
    );
  }

  /**
   * One group of a learner's home, in its order:
   * - in_progress: active, self-enrolled or already started; last activity first;
   * - assigned: active and assigned by an admin; nearest due date first, no due date last;
   * - completed: latest completion first;
   * - pending: requests awaiting approval, latest first.
   * Read whole and ordered here: the orders fall back to other dates or put missing ones last,
   * which a MongoDB sort cannot express (and FerretDB scans the collection either way).
   */
  async listForLearner(userId: string, group: LearnerGroup): Promise<EnrolmentRecord[]> {
    const documents = await this.enrolments
      .find({ userId: new Types.ObjectId(userId), ...learnerGroupFilters[group] })
      .limit(MAX_LEARNER_GROUP)
      .lean<EnrolmentDocument[]>();
    return documents.map(toEnrolmentRecord).sort(learnerGroupOrders[group]);
  }

  /** One page of a course's enrolments, in enrolment order. */
  async listByCourse(scope: AgencyScope, courseId: string, page: CourseEnrolmentPage): Promise<EnrolmentRecord[]> {
    const filter = courseFilter(scope, courseId, page);
    if (page.afterId) filter.$and?.push({ _id: { $gt: new Types.ObjectId(page.afterId) } });
    const documents = await this.enrolments.find(filter).sort({ _id: 1 }).limit(page.limit).lean<EnrolmentDocument[]>();
    return documents.map(toEnrolmentRecord);
  }

  async countByCourse(scope: AgencyScope, courseId: string, filter: CourseEnrolmentFilter): Promise<number> {
    return this.enrolments.countDocuments(courseFilter(scope, courseId, filter));
  }

  /** The learners of a course (ids only), e.g. to search among them by name or NIP. */
  async findUserIdsByCourse(scope: AgencyScope, courseId: string, filter: CourseEnrolmentFilter): Promise<string[]> {
    const documents = await this.enrolments.find(courseFilter(scope, courseId, filter), { userId: 1 }).lean<Pick<EnrolmentDocument, 'userId'>[]>();
    return documents.map((document) => document.userId.toHexString());
  }

  /** One page of the agency's overdue enrolments (active, due date passed), most overdue first. */
  async listOverdue(scope: AgencyScope, now: Date, limit: number, after?: OverduePosition): Promise<EnrolmentRecord[]> {
    const conditions: FilterQuery<EnrolmentDocument>[] = [overdueFilter(scope, now)];
    if (after) {
      conditions.push({ $or: [{ dueAt: { $gt: after.dueAt } }, { dueAt: after.dueAt, _id: { $gt: new Types.ObjectId(after.id) } }] });
    }
    const documents = await this.enrolments.find({ $and: conditions }).sort({ dueAt: 1, _id: 1 }).limit(limit).lean<EnrolmentDocument[]>();
    return documents.map(toEnrolmentRecord);
  }

  async countOverdue(scope: AgencyScope, now: Date): Promise<number> {
    return this.enrolments.countDocuments(overdueFilter(scope, now));
  }

  /** The enrolments some learners already have in a course (one query, for an assignment). */
  async findByCourseAndUsers(scope: AgencyScope, courseId: string, userIds: readonly string[]): Promise<EnrolmentRecord[]> {
    if (userIds.length === 0) return [];
    const documents = await this.enrolments
      .find({
        courseId: new Types.ObjectId(courseId),
        agencyId: new Types.ObjectId(scope.agencyId),
        userId: { $in: userIds.map((id) => new Types.ObjectId(id)) },
      })
      .lean<EnrolmentDocument[]>();
    return documents.map(toEnrolmentRecord);
  }

  /**
   * Active, assigned enrolments for learners who have none in the course, in one write. A
   * learner who enrolled meanwhile is refused by the unique index and left out. Returns the
   * learners enrolled by this call.
   */
  async insertAssigned(scope: AgencyScope, courseId: string, userIds: readonly string[], assignment: AssignmentEnrolment, now: Date): Promise<string[]> {
    if (userIds.length === 0) return [];
    const documents = userIds.map((userId) => ({
      _id: new Types.ObjectId(),
      ...newEnrolmentDocument(
        { userId, courseId, agencyId: scope.agencyId, status: 'active', source: 'assignment', assignmentId: assignment.assignmentId, assignedBy: assignment.assignedBy, dueAt: assignment.dueAt },
        now,
      ),
    }));
    try {
      await this.enrolments.insertMany(documents, { ordered: false });
      return [...userIds];
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      // Some learners enrolled between our read and this write; keep what was inserted.
      const inserted = await this.enrolments.find({ _id: { $in: documents.map((document) => document._id) } }, { userId: 1 }).lean<Pick<EnrolmentDocument, 'userId'>[]>();
      return inserted.map((document) => document.userId.toHexString());
    }
  }

  /**
   * Pending, rejected or left enrolments that an assignment makes active: they become assigned,
   * with its due date. `firstTime` sets the enrolment date (they were never active). Returns how
   * many changed.
   */
  async activateAssigned(
    scope: AgencyScope,
    enrolmentIds: readonly string[],
    assignment: AssignmentEnrolment,
    change: { now: Date; firstTime: boolean },
  ): Promise<number> {
    if (enrolmentIds.length === 0) return 0;
    const result = await this.enrolments.updateMany(
      {
        _id: { $in: enrolmentIds.map((id) => new Types.ObjectId(id)) },
        agencyId: new Types.ObjectId(scope.agencyId),
        status: { $in: ['pending', 'rejected', 'left'] },
      },
      {
        $set: {
          status: 'active',
          source: 'assignment',
          ...assignmentFields(assignment),
          ...(change.firstTime ? { enrolledAt: change.now } : {}),
        },
        $unset: { leftAt: '', ...(assignment.dueAt ? {} : { dueAt: '' }) },
      },
    );
    return result.modifiedCount;
  }

  /** An assignment gives its due date to active enrolments that had none. */
  async setMissingDueDates(scope: AgencyScope, enrolmentIds: readonly string[], dueAt: Date): Promise<number> {
    if (enrolmentIds.length === 0) return 0;
    const result = await this.enrolments.updateMany(
      {
        _id: { $in: enrolmentIds.map((id) => new Types.ObjectId(id)) },
        agencyId: new Types.ObjectId(scope.agencyId),
        status: 'active',
        dueAt: { $exists: false },
      },
      { $set: { dueAt } },
    );
    return result.modifiedCount;
  }
}

const learnerGroupFilters: Record<LearnerGroup, FilterQuery<EnrolmentDocument>> = {
  in_progress: { status: 'active', $or: [{ source: 'self' }, { lastLessonId: { $exists: true } }] },
  assigned: { status: 'active', source: 'assignment' },
  completed: { status: 'completed' },
  pending: { status: 'pending' },
};

type Order = (a: EnrolmentRecord, b: EnrolmentRecord) => number;

const byIdAscending: Order = (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byIdDescending: Order = (a, b) => byIdAscending(b, a);
const latestFirst =
  (dateOf: (enrolment: EnrolmentRecord) => Date | null): Order =>
  (a, b) =>
    (dateOf(b)?.getTime() ?? 0) - (dateOf(a)?.getTime() ?? 0) || byIdDescending(a, b);

const learnerGroupOrders: Record<LearnerGroup, Order> = {
  in_progress: latestFirst((enrolment) => enrolment.lastActivityAt ?? enrolment.enrolledAt ?? enrolment.createdAt),
  assigned: (a, b) => (a.dueAt?.getTime() ?? Infinity) - (b.dueAt?.getTime() ?? Infinity) || byIdAscending(a, b),
  completed: latestFirst((enrolment) => enrolment.completedAt),
  pending: latestFirst((enrolment) => enrolment.requestedAt ?? enrolment.createdAt),
};

function courseFilter(scope: AgencyScope, courseId: string, filter: CourseEnrolmentFilter): FilterQuery<EnrolmentDocument> {
  const conditions: FilterQuery<EnrolmentDocument>[] = [{ courseId: new Types.ObjectId(courseId), agencyId: new Types.ObjectId(scope.agencyId) }];
  if (filter.status) conditions.push({ status: filter.status });
  if (filter.overdueAt) conditions.push({ status: 'active', dueAt: { $lt: filter.overdueAt } });
  if (filter.userIds) conditions.push({ userId: { $in: filter.userIds.map((id) => new Types.ObjectId(id)) } });
  if (filter.assignmentId) conditions.push({ assignmentId: new Types.ObjectId(filter.assignmentId) });
  return { $and: conditions };
}

function overdueFilter(scope: AgencyScope, now: Date): FilterQuery<EnrolmentDocument> {
  return { agencyId: new Types.ObjectId(scope.agencyId), status: 'active', dueAt: { $lt: now } };
}

function assignmentFields(assignment: AssignmentEnrolment) {
  return {
    assignmentId: new Types.ObjectId(assignment.assignmentId),
    assignedBy: new Types.ObjectId(assignment.assignedBy),
    ...(assignment.dueAt ? { dueAt: assignment.dueAt } : {}),
  };
}

function newEnrolmentDocument(enrolment: NewEnrolment, now: Date) {
  return {
    userId: new Types.ObjectId(enrolment.userId),
    courseId: new Types.ObjectId(enrolment.courseId),
    agencyId: new Types.ObjectId(enrolment.agencyId),
    status: enrolment.status,
    source: enrolment.source,
    ...(enrolment.assignmentId && enrolment.assignedBy
      ? assignmentFields({ assignmentId: enrolment.assignmentId, assignedBy: enrolment.assignedBy, dueAt: enrolment.dueAt ?? null })
      : {}),
    ...(enrolment.status === 'active' ? { enrolledAt: now } : { requestedAt: now }),
  };
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
    createdAt: document.createdAt,
  };
}
