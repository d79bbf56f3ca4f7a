import { hasRole } from '../auth/access';
import type { SessionUser } from '../auth/auth-session';

/**
 * Whether the user administers `agencyId`: publishes, archives and deletes its
 * courses, assigns them and decides enrolment requests. The API checks the same
 * (PublishCourses, ManageEnrolments); this only decides what the page offers.
 */
export function administersAgency(user: SessionUser, agencyId: string): boolean {
  return user.isSuperAdmin || user.memberships.some((membership) => membership.role === 'ADMIN' && membership.agency.id === agencyId);
}

/** Instructors and admins build courses and follow their learners. */
export function isCourseAuthor(user: SessionUser): boolean {
  return user.isSuperAdmin || hasRole(user, 'INSTRUCTOR') || hasRole(user, 'ADMIN');
}
