import { Injectable } from '@nestjs/common';
import {
  CourseRepository,
  EnrolmentRepository,
  UserRepository,
  isValidId,
  type AgencyScope,
  type CourseEnrolmentFilter,
  type EnrolmentRecord,
  type EnrolmentStatus,
  type LearnerGroup,
  type OverduePosition,
} from '@lentera/db';
import { assertValidId, courseNotFound } from '@lentera/learning';
import type { Actor } from '../auth/actor';
import { AgencyAccess } from '../auth/agency-access';
import { Permission } from '../auth/permissions';
import { assertPageSize, decodeCursor, decodeIdCursor, encodeCursor, idConnection, invalidCursorError } from '../graphql/pagination';
import type { EnrolmentConnection } from './enrolment.model';
import { toEnrolmentModel } from './enrolment.mapper';

export interface CourseEnrolmentsQuery {
  courseId: string;
  status?: EnrolmentStatus | null;
  overdueOnly: boolean;
  search?: string | null;
  first: number;
  after?: string | null;
}

/** Lists of enrolments: a learner's home, a course's learners, an agency's overdue assignments. */
@Injectable()
export class EnrolmentListsService {
  constructor(
    private readonly courses: CourseRepository,
    private readonly enrolments: EnrolmentRepository,
    private readonly users: UserRepository,
    private readonly access: AgencyAccess,
  ) {}

  /** One group of the caller's own enrolments ("Belajar saya"). */
  async mine(actor: Actor, group: LearnerGroup, first: number, after?: string | null): Promise<EnrolmentConnection> {
    assertPageSize(first);
    const afterId = decodeIdCursor(after);
    const rows = await this.enrolments.listForLearner(actor.userId, group);
    const start = afterId ? rows.findIndex((row) => row.id === afterId) + 1 : 0;
    // The enrolment a page ended on moved to another group meanwhile: start the list again.
    if (afterId && start === 0) throw invalidCursorError();
    return connection(rows.slice(start, start + first + 1), first, rows.length);
  }

  /** A course's learners, for instructors and admins of its agency; `search` matches name or NIP. */
  async ofCourse(actor: Actor, query: CourseEnrolmentsQuery): Promise<EnrolmentConnection> {
    assertPageSize(query.first);
    assertValidId(query.courseId, 'course');
    const afterId = decodeIdCursor(query.after);
    const course = await this.courses.findById(query.courseId);
    if (!course) throw courseNotFound();
    const scope = this.access.scope(actor, Permission.ReadLearnerProgress, course.agencyId);
    const filter: CourseEnrolmentFilter = { status: query.status ?? undefined, overdueAt: query.overdueOnly ? new Date() : undefined };
    const search = query.search?.trim();
    if (search) filter.userIds = await this.learnersMatching(scope, course.id, filter, search);
    const [rows, totalCount] = await Promise.all([
      this.enrolments.listByCourse(scope, course.id, { ...filter, limit: query.first + 1, afterId }),
      this.enrolments.countByCourse(scope, course.id, filter),
    ]);
    return connection(rows, query.first, totalCount);
  }

  /** The agency's active enrolments past their due date, most overdue first. */
  async overdue(scope: AgencyScope, first: number, after?: string | null): Promise<EnrolmentConnection> {
    assertPageSize(first);
    const position = after ? parseOverdueCursor(after) : undefined;
    const now = new Date();
    const [rows, totalCount] = await Promise.all([this.enrolments.listOverdue(scope, now, first + 1, position), this.enrolments.countOverdue(scope, now)]);
    const edges = rows.slice(0, first).map((row) => ({ cursor: overdueCursor(row), node: toEnrolmentModel(row, now) }));
    return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null }, totalCount };
  }

  /** Two batched reads: the course's learners, then those of them whose name or NIP match. */
  private async learnersMatching(scope: AgencyScope, courseId: string, filter: CourseEnrolmentFilter, search: string): Promise<string[]> {
    const learnerIds = await this.enrolments.findUserIdsByCourse(scope, courseId, filter);
    return this.users.findIdsMatchingSearch(search, learnerIds);
  }
}

function connection(rows: EnrolmentRecord[], first: number, totalCount: number): EnrolmentConnection {
  const now = new Date();
  return idConnection(rows, first, totalCount, (row) => toEnrolmentModel(row, now));
}

function overdueCursor(row: EnrolmentRecord): string {
  return encodeCursor({ d: (row.dueAt ?? new Date(0)).toISOString(), i: row.id });
}

function parseOverdueCursor(cursor: string): OverduePosition {
  const key = decodeCursor(cursor, ['d', 'i'] as const);
  const dueAt = new Date(key.d);
  if (Number.isNaN(dueAt.getTime()) || !isValidId(key.i)) throw invalidCursorError();
  return { dueAt, id: key.i };
}
