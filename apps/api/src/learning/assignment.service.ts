import { Injectable, Logger } from '@nestjs/common';
import { normalizeNip, parseNip } from '@lentera/asn';
import {
  CourseAssignmentRepository,
  CourseRepository,
  EnrolmentRepository,
  UserRepository,
  isValidId,
  type AgencyScope,
  type AssignmentEnrolment,
  type CourseRecord,
} from '@lentera/db';
import { assertValidId, courseNotFound } from '@lentera/learning';
import type { Actor } from '../auth/actor';
import { AgencyAccess } from '../auth/agency-access';
import { Permission } from '../auth/permissions';
import type { AssignCourseInput, AssignmentProblemModel, AssignmentResultModel, AssignmentTargetKind, CourseAssignmentModel } from './assignment.model';
import { MAX_ASSIGNMENT_PEOPLE, dueDateInPast, nobodyInWorkUnit, notAssignable, oneAssignmentTarget, tooManyPeople } from './learning.errors';

type Target = { kind: 'people'; userIds: string[] } | { kind: 'work_unit'; workUnit: string } | { kind: 'nip_list'; nips: string[] };

interface Recipients {
  userIds: string[];
  problems: AssignmentProblemModel[];
}

interface EnrolmentOutcome {
  enrolled: number;
  alreadyEnrolled: number;
}

/**
 * Admins assign a published course to people of its agency: a list of people, a work unit, or
 * NIPs pasted from a spreadsheet. A fixed number of queries per call, whatever the number of
 * people (at most 5000): FerretDB scans a collection per query.
 */
@Injectable()
export class AssignmentService {
  private readonly logger = new Logger(AssignmentService.name);

  constructor(
    private readonly courses: CourseRepository,
    private readonly assignments: CourseAssignmentRepository,
    private readonly enrolments: EnrolmentRepository,
    private readonly users: UserRepository,
    private readonly access: AgencyAccess,
  ) {}

  async assign(actor: Actor, input: AssignCourseInput): Promise<AssignmentResultModel> {
    assertValidId(input.courseId, 'course');
    const course = await this.courses.findById(input.courseId);
    if (!course) throw courseNotFound();
    const scope = this.access.scope(actor, Permission.ManageEnrolments, course.agencyId);
    if (course.status !== 'published') throw notAssignable(course.status);
    const target = targetOf(input);
    const now = new Date();
    const dueAt = input.dueAt ?? null;
    if (dueAt && dueAt.getTime() <= now.getTime()) throw dueDateInPast();

    const recipients = await this.recipients(scope, target);
    const assignment = await this.assignments.create(scope, {
      courseId: course.id,
      createdBy: actor.userId,
      targetKind: target.kind,
      workUnit: target.kind === 'work_unit' ? target.workUnit : null,
      dueAt,
    });
    const outcome = await this.enrolAll(scope, course, recipients.userIds, { assignmentId: assignment.id, assignedBy: actor.userId, dueAt }, now);
    await this.assignments.saveCounts(assignment.id, { ...outcome, problems: recipients.problems.length });
    this.logger.log({ assignmentId: assignment.id, courseId: course.id, agencyId: course.agencyId, ...outcome, problems: recipients.problems.length }, 'course assigned');
    return { assignmentId: assignment.id, ...outcome, problems: recipients.problems };
  }

  /** A course's classes, newest first: its agency's instructors and admins (those who see its learners). */
  async ofCourse(actor: Actor, courseId: string): Promise<CourseAssignmentModel[]> {
    assertValidId(courseId, 'course');
    const course = await this.courses.findById(courseId);
    if (!course) throw courseNotFound();
    const scope = this.access.scope(actor, Permission.ReadLearnerProgress, course.agencyId);
    const assignments = await this.assignments.listByCourse(scope, course.id);
    return assignments.map((assignment) => ({
      id: assignment.id,
      courseId: assignment.courseId,
      targetKind: assignment.targetKind as AssignmentTargetKind,
      workUnit: assignment.workUnit,
      dueAt: assignment.dueAt,
      enrolled: assignment.enrolled,
      alreadyEnrolled: assignment.alreadyEnrolled,
      createdAt: assignment.createdAt,
    }));
  }

  /** The distinct work units of the agency's people, for choosing an assignment target. */
  workUnits(scope: AgencyScope): Promise<string[]> {
    return this.users.workUnitsInAgency(scope);
  }

  private async recipients(scope: AgencyScope, target: Target): Promise<Recipients> {
    switch (target.kind) {
      case 'people':
        return this.peopleByIds(scope, target.userIds);
      case 'work_unit':
        return this.peopleInWorkUnit(scope, target.workUnit);
      case 'nip_list':
        return this.peopleByNips(scope, target.nips);
    }
  }

  private async peopleByIds(scope: AgencyScope, given: string[]): Promise<Recipients> {
    const ids = unique(given.map((id) => id.trim()).filter(Boolean));
    assertWithinLimit(ids.length);
    const problems: AssignmentProblemModel[] = ids.filter((id) => !isValidId(id)).map((value) => ({ value, message: 'ID orang tidak valid.' }));
    const found = new Set((await this.users.findInAgencyByIds(scope, ids.filter(isValidId))).map((user) => user.id));
    for (const id of ids) {
      if (isValidId(id) && !found.has(id)) problems.push({ value: id, message: 'Orang ini tidak terdaftar di instansi pemilik kursus.' });
    }
    return { userIds: ids.filter((id) => found.has(id)), problems };
  }

  private async peopleInWorkUnit(scope: AgencyScope, workUnit: string): Promise<Recipients> {
    const people = await this.users.findInAgencyByWorkUnit(scope, workUnit, MAX_ASSIGNMENT_PEOPLE + 1);
    if (people.length === 0) throw nobodyInWorkUnit(workUnit);
    if (people.length > MAX_ASSIGNMENT_PEOPLE) throw tooManyPeople(null);
    return { userIds: people.map((person) => person.id), problems: [] };
  }

  /** Each NIP is checked (a wrong NIP is the most common data-entry error) before one lookup of all. */
  private async peopleByNips(scope: AgencyScope, given: string[]): Promise<Recipients> {
    const entries = unique(given.map((value) => value.trim()).filter(Boolean));
    assertWithinLimit(entries.length);
    const problems: AssignmentProblemModel[] = [];
    const nipOf = new Map<string, string>();
    for (const value of entries) {
      const result = parseNip(normalizeNip(value));
      if (result.ok) nipOf.set(value, result.value.nip);
      else problems.push({ value, message: result.message.id });
    }
    const people = await this.users.findInAgencyByNips(scope, unique([...nipOf.values()]));
    const userIdByNip = new Map(people.map((person) => [person.nip, person.id]));
    for (const [value, nip] of nipOf) {
      if (!userIdByNip.has(nip)) problems.push({ value, message: 'NIP ini tidak terdaftar di instansi pemilik kursus.' });
    }
    return { userIds: unique(people.map((person) => person.id)), problems };
  }

  /**
   * Enrols everyone who is not yet (one read, one insert, a few updates for all). Active and
   * completed learners keep their enrolment; an active one without a due date gets this one.
   * Pending, rejected and departed learners become active, assigned.
   */
  private async enrolAll(scope: AgencyScope, course: CourseRecord, userIds: string[], assignment: AssignmentEnrolment, now: Date): Promise<EnrolmentOutcome> {
    const existing = await this.enrolments.findByCourseAndUsers(scope, course.id, userIds);
    const enrolledUsers = new Set(existing.map((enrolment) => enrolment.userId));
    const kept = existing.filter((enrolment) => enrolment.status === 'active' || enrolment.status === 'completed');
    const returning = existing.filter((enrolment) => enrolment.status === 'left' && enrolment.enrolledAt);
    const firstTime = existing.filter((enrolment) => !kept.includes(enrolment) && !returning.includes(enrolment));
    const newUserIds = userIds.filter((userId) => !enrolledUsers.has(userId));

    const [inserted, returned, activated] = await Promise.all([
      this.enrolments.insertAssigned(scope, course.id, newUserIds, assignment, now),
      this.enrolments.activateAssigned(scope, ids(returning), assignment, { now, firstTime: false }),
      this.enrolments.activateAssigned(scope, ids(firstTime), assignment, { now, firstTime: true }),
    ]);
    if (assignment.dueAt) {
      await this.enrolments.setMissingDueDates(scope, ids(kept.filter((enrolment) => enrolment.status === 'active' && !enrolment.dueAt)), assignment.dueAt);
    }
    await this.courses.incrementEnrolmentCount(course.id, inserted.length + activated);
    const enrolled = inserted.length + returned + activated;
    return { enrolled, alreadyEnrolled: userIds.length - enrolled };
  }
}

function targetOf(input: AssignCourseInput): Target {
  const targets: Target[] = [];
  if (input.userIds) targets.push({ kind: 'people', userIds: input.userIds });
  if (input.workUnit?.trim()) targets.push({ kind: 'work_unit', workUnit: input.workUnit.trim() });
  if (input.nips) targets.push({ kind: 'nip_list', nips: input.nips });
  const [target] = targets;
  if (targets.length !== 1 || (target.kind !== 'work_unit' && listOf(target).length === 0)) throw oneAssignmentTarget();
  return target;
}

function listOf(target: Exclude<Target, { kind: 'work_unit' }>): string[] {
  return target.kind === 'people' ? target.userIds : target.nips;
}

function assertWithinLimit(count: number): void {
  if (count > MAX_ASSIGNMENT_PEOPLE) throw tooManyPeople(count);
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

function ids(enrolments: { id: string }[]): string[] {
  return enrolments.map((enrolment) => enrolment.id);
}
