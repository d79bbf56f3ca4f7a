import { Injectable } from '@nestjs/common';
import { CourseRepository, staleCourseError, type AgencyScope, type CourseRecord } from '@lentera/db';
import { hasPermission, type Actor } from '../auth/actor';
import { AgencyAccess } from '../auth/agency-access';
import { Permission } from '../auth/permissions';
import { archivedCourse, assertId, courseNotFound } from './authoring.errors';

/** A course loaded for a change, with the scope the caller holds in its agency. */
export interface CourseForChange {
  course: CourseRecord;
  scope: AgencyScope;
}

/** Loads courses for their authors: every authoring path starts here, so none forgets the agency check. */
@Injectable()
export class AuthoringAccess {
  constructor(
    private readonly courses: CourseRepository,
    private readonly access: AgencyAccess,
  ) {}

  /** Null both for an unknown course and for one the caller may not author: its existence is not revealed. */
  async findVisible(actor: Actor, courseId: string): Promise<CourseRecord | null> {
    assertId(courseId, 'course');
    const course = await this.courses.findById(courseId);
    return course && hasPermission(actor, Permission.AuthorCourses, course.agencyId) ? course : null;
  }

  /** FORBIDDEN without `permission` in the course's agency. */
  async forChange(actor: Actor, courseId: string, permission: Permission): Promise<CourseForChange> {
    assertId(courseId, 'course');
    const course = await this.courses.findById(courseId);
    if (!course) throw courseNotFound();
    return { course, scope: this.access.scope(actor, permission, course.agencyId) };
  }

  /**
   * For an edit of the draft: the caller authors in the course's agency, the course is not
   * archived, and the edit started from the current revision (else CONFLICT, nothing changes).
   */
  async forDraftEdit(actor: Actor, courseId: string, revision: number): Promise<CourseForChange> {
    const loaded = await this.forChange(actor, courseId, Permission.AuthorCourses);
    if (loaded.course.status === 'archived') throw archivedCourse();
    if (loaded.course.revision !== revision) throw staleCourseError();
    return loaded;
  }
}
