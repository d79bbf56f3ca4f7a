import { Injectable, Logger } from '@nestjs/common';
import {
  CourseCatalogueRepository,
  CourseRepository,
  EnrolmentRepository,
  type EnrolmentRecord,
  type LiveCourseRecord,
} from '@lentera/db';
import { assertValidId, courseNotFound } from '@lentera/learning';
import type { Actor } from '../auth/actor';
import { AgencyAccess } from '../auth/agency-access';
import { Permission } from '../auth/permissions';
import {
  alreadyDecided,
  assignedOnly,
  cannotLeaveAssigned,
  cannotLeaveCompleted,
  courseArchived,
  enrolmentNotFound,
  notEnrolledToLeave,
} from './learning.errors';

/**
 * Joining and leaving courses, and admins' decisions on requests. One enrolment per learner
 * and course, kept for good: leaving and coming back reuses it, with its progress.
 */
@Injectable()
export class EnrolmentService {
  private readonly logger = new Logger(EnrolmentService.name);

  constructor(
    private readonly liveCourses: CourseCatalogueRepository,
    private readonly courses: CourseRepository,
    private readonly enrolments: EnrolmentRepository,
    private readonly access: AgencyAccess,
  ) {}

  /**
   * OPEN: active at once; APPROVAL: pending until an admin decides; ASSIGNED: refused (admins
   * assign). Enrolling again returns the same enrolment; after leaving, it becomes active again.
   */
  async enrol(actor: Actor, courseId: string): Promise<EnrolmentRecord> {
    assertValidId(courseId, 'course');
    const [course, existing] = await Promise.all([
      this.liveCourses.findLiveById(courseId),
      this.enrolments.findByUserAndCourse(actor.userId, courseId),
    ]);
    if (!course) throw courseNotFound();
    if (existing && isEnrolled(existing)) return existing;
    if (course.status !== 'published') throw courseArchived();
    if (course.enrolmentPolicy === 'assigned') throw assignedOnly();
    return existing ? this.rejoin(course, existing) : this.enrolNew(actor, course);
  }

  /** Leaves a self-enrolled course (or withdraws a pending request); leaving twice is leaving once. */
  async leave(actor: Actor, courseId: string): Promise<EnrolmentRecord> {
    assertValidId(courseId, 'course');
    const enrolment = await this.enrolments.findByUserAndCourse(actor.userId, courseId);
    if (!enrolment || enrolment.status === 'rejected') throw notEnrolledToLeave();
    if (enrolment.status === 'left') return enrolment;
    if (enrolment.status === 'completed') throw cannotLeaveCompleted();
    if (enrolment.source === 'assignment') throw cannotLeaveAssigned();
    await this.enrolments.leave(enrolment.id, new Date());
    this.logger.log({ userId: actor.userId, courseId, enrolmentId: enrolment.id }, 'learner left a course');
    return this.reread(enrolment);
  }

  /** An admin of the course's agency approves or declines a request (an approval may also undo a rejection). */
  async decide(actor: Actor, enrolmentId: string, approve: boolean): Promise<EnrolmentRecord> {
    assertValidId(enrolmentId, 'enrolment');
    const enrolment = await this.enrolments.findById(enrolmentId);
    if (!enrolment) throw enrolmentNotFound();
    const scope = this.access.scope(actor, Permission.ManageEnrolments, enrolment.agencyId);
    if (approve) {
      if (enrolment.status === 'active' || enrolment.status === 'completed') return enrolment;
      if (enrolment.status !== 'pending' && enrolment.status !== 'rejected') throw alreadyDecided();
      const activated = await this.enrolments.activate(enrolment.id, { from: ['pending', 'rejected'], now: new Date(), firstTime: true, decidedBy: actor.userId });
      if (activated) await this.courses.incrementEnrolmentCount(enrolment.courseId);
    } else {
      if (enrolment.status === 'rejected') return enrolment;
      if (enrolment.status !== 'pending') throw alreadyDecided();
      await this.enrolments.reject(scope, enrolment.id, actor.userId);
    }
    this.logger.log({ enrolmentId, courseId: enrolment.courseId, userId: enrolment.userId, decidedBy: actor.userId, approve }, 'enrolment request decided');
    return this.reread(enrolment);
  }

  private async enrolNew(actor: Actor, course: LiveCourseRecord): Promise<EnrolmentRecord> {
    const status = course.enrolmentPolicy === 'approval' ? 'pending' : 'active';
    const { enrolment, created } = await this.enrolments.enrolOnce(
      { userId: actor.userId, courseId: course.id, agencyId: course.agencyId, status, source: 'self' },
      new Date(),
    );
    // Only the call whose insert won counts the learner: twenty parallel enrols count one.
    if (!created) return isEnrolled(enrolment) ? enrolment : this.rejoin(course, enrolment);
    if (status === 'active') await this.courses.incrementEnrolmentCount(course.id);
    this.logger.log({ userId: actor.userId, courseId: course.id, enrolmentId: enrolment.id, status }, 'learner enrolled');
    return enrolment;
  }

  /**
   * Back after leaving: active again with the progress kept (no new approval: they were accepted
   * once). A rejected learner, or one who withdrew a request, asks again or, on an open course, joins.
   */
  private async rejoin(course: LiveCourseRecord, enrolment: EnrolmentRecord): Promise<EnrolmentRecord> {
    const now = new Date();
    if (enrolment.enrolledAt) {
      await this.enrolments.activate(enrolment.id, { from: ['left'], now, firstTime: false });
    } else if (course.enrolmentPolicy === 'approval') {
      await this.enrolments.requestAgain(enrolment.id, now);
    } else if (await this.enrolments.activate(enrolment.id, { from: ['left', 'rejected'], now, firstTime: true })) {
      await this.courses.incrementEnrolmentCount(course.id);
    }
    this.logger.log({ userId: enrolment.userId, courseId: course.id, enrolmentId: enrolment.id }, 'learner enrolled again');
    return this.reread(enrolment);
  }

  private async reread(enrolment: EnrolmentRecord): Promise<EnrolmentRecord> {
    return (await this.enrolments.findById(enrolment.id)) ?? enrolment;
  }
}

/** Enrolled or waiting for approval: enrolling again changes nothing. */
function isEnrolled(enrolment: EnrolmentRecord): boolean {
  return enrolment.status === 'active' || enrolment.status === 'completed' || enrolment.status === 'pending';
}
