import { Injectable } from '@nestjs/common';
import {
  CourseRepository,
  UserRepository,
  type AgencyScope,
  type CourseDetailsChanges,
  type CourseRecord,
  type CourseStatus,
  type NewCourse,
} from '@lentera/db';
import type { Actor } from '../auth/actor';
import { AgencyAccess } from '../auth/agency-access';
import { Permission } from '../auth/permissions';
import { assertPageSize, decodeIdCursor, idConnection } from '../graphql/pagination';
import { AuthoringAccess } from './authoring-access';
import { AuthoringContent } from './authoring-content.service';
import { assertId, invalidInstructors, noInstructors } from './authoring.errors';
import type { CourseDetailsInput, CreateCourseInput } from './authoring.input';
import { toAuthoringCourseModel } from './authoring.mapper';
import type { AuthoringCourseConnection } from './authoring.model';

/** Roles that may teach a course of their agency. */
const TEACHING_ROLES = new Set(['instructor', 'admin']);

/** A course's details: creating drafts, changing them, and the author's lists. */
@Injectable()
export class AuthoringCourseService {
  constructor(
    private readonly courses: CourseRepository,
    private readonly users: UserRepository,
    private readonly authoring: AuthoringAccess,
    private readonly access: AgencyAccess,
    private readonly content: AuthoringContent,
  ) {}

  /** A new draft in the agency; its creator becomes its first instructor. */
  async create(actor: Actor, input: CreateCourseInput): Promise<CourseRecord> {
    const scope = this.access.scope(actor, Permission.AuthorCourses, input.agencyId);
    const course: NewCourse = {
      agencyId: scope.agencyId,
      createdBy: actor.userId,
      title: input.title.trim(),
      summary: input.summary.trim(),
      description: input.description?.trim() ?? '',
      competencyType: input.competencyType,
      level: input.level,
      jp: input.jp,
      estimatedMinutes: input.estimatedMinutes ?? null,
      tags: cleanList(input.tags ?? []),
      language: input.language ?? 'id',
      learningOutcomes: cleanList(input.learningOutcomes ?? []),
      enrolmentPolicy: input.enrolmentPolicy ?? 'open',
    };
    return this.courses.create(course);
  }

  async updateDetails(actor: Actor, courseId: string, revision: number, input: CourseDetailsInput): Promise<CourseRecord> {
    const { course, scope } = await this.authoring.forDraftEdit(actor, courseId, revision);
    const changes: CourseDetailsChanges = {
      ...(input.title != null && { title: input.title.trim() }),
      ...(input.summary != null && { summary: input.summary.trim() }),
      ...(input.description != null && { description: input.description.trim() }),
      ...(input.competencyType != null && { competencyType: input.competencyType }),
      ...(input.level != null && { level: input.level }),
      ...(input.jp != null && { jp: input.jp }),
      ...(input.estimatedMinutes !== undefined && { estimatedMinutes: input.estimatedMinutes }),
      ...(input.tags != null && { tags: cleanList(input.tags) }),
      ...(input.language != null && { language: input.language }),
      ...(input.learningOutcomes != null && { learningOutcomes: cleanList(input.learningOutcomes) }),
      ...(input.enrolmentPolicy != null && { enrolmentPolicy: input.enrolmentPolicy }),
      ...(input.preventSkippingAhead != null && { preventSkippingAhead: input.preventSkippingAhead }),
    };
    if (input.coverImageId !== undefined) {
      if (input.coverImageId !== null) await this.content.assertAsset(course.id, input.coverImageId, 'coverImage');
      changes.coverImageId = input.coverImageId;
    }
    if (input.instructorIds != null) changes.instructorIds = await this.checkInstructors(course, input.instructorIds);
    return this.courses.updateDetails(scope, course.id, revision, changes);
  }

  /** Null for an unknown course and for one the caller may not author. */
  findVisible(actor: Actor, courseId: string): Promise<CourseRecord | null> {
    return this.authoring.findVisible(actor, courseId);
  }

  /** The agency's courses in every status, newest first. */
  async list(scope: AgencyScope, first: number, after: string | null | undefined, status?: CourseStatus | null): Promise<AuthoringCourseConnection> {
    assertPageSize(first);
    const query = { limit: first + 1, afterId: decodeIdCursor(after), status: status ?? undefined };
    const [page, total] = await Promise.all([this.courses.listInAgency(scope, query), this.courses.countInAgency(scope, query.status)]);
    return idConnection(page, first, total, toAuthoringCourseModel);
  }

  /**
   * Instructors are people who teach for the course's agency. Ones already on the course may
   * stay even without such a role (the super admin who created it, someone whose role changed).
   */
  private async checkInstructors(course: CourseRecord, instructorIds: string[]): Promise<string[]> {
    const ids = [...new Set(instructorIds)];
    if (ids.length === 0) throw noInstructors();
    ids.forEach((id) => assertId(id, 'instructor'));
    const added = ids.filter((id) => !course.instructorIds.includes(id));
    if (added.length === 0) return ids;
    const people = await this.users.findByIds(added);
    const teachers = people.filter((person) =>
      person.memberships.some((membership) => membership.agencyId === course.agencyId && TEACHING_ROLES.has(membership.role)),
    );
    if (teachers.length !== added.length) throw invalidInstructors();
    return ids;
  }
}

/** Trimmed, without blanks or repeats, in the order given. */
function cleanList(values: readonly string[]): string[] {
  return [...new Set(values.map((value) => value.trim()).filter(Boolean))];
}
