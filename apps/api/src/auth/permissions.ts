import type { AgencyRole } from '@lentera/db';

/** What a caller may do. Roles grant permissions; code checks permissions, never role names. */
export enum Permission {
  /** Create agencies; super admins only. */
  ManageAgencies = 'agencies:manage',
  /** See the people of an agency and their profiles. */
  ReadPeople = 'people:read',
  /** Create people, change their roles, issue password reset links. */
  ManagePeople = 'people:manage',
  /** Bulk-import ASN from a personnel CSV. */
  ImportPeople = 'people:import',
  /** Create and edit an agency's course drafts, upload their files. */
  AuthorCourses = 'courses:author',
  /** Publish and archive an agency's courses. */
  PublishCourses = 'courses:publish',
  /** Assign an agency's courses, approve enrolment requests. */
  ManageEnrolments = 'enrolments:manage',
  /** See who is enrolled in an agency's courses and how far each learner is. */
  ReadLearnerProgress = 'progress:read',
  /** Grade essays and see every answer of an agency's quiz attempts. */
  GradeQuizzes = 'quizzes:grade',
  /** Issue, revoke and re-issue an agency's certificates; edit its template; rotate its signing key. */
  IssueCertificates = 'certificates:issue',
  /** Review the JP claims (external activities) of an agency's learners, set its JP policy, read and export its JP reports. */
  ManageJp = 'jp:manage',
}

/** Permissions a role grants inside its own agency. */
export const rolePermissions: Record<AgencyRole, readonly Permission[]> = {
  admin: [
    Permission.ReadPeople,
    Permission.ManagePeople,
    Permission.ImportPeople,
    Permission.AuthorCourses,
    Permission.PublishCourses,
    Permission.ManageEnrolments,
    Permission.ReadLearnerProgress,
    Permission.GradeQuizzes,
    Permission.IssueCertificates,
    Permission.ManageJp,
  ],
  instructor: [Permission.AuthorCourses, Permission.ReadLearnerProgress, Permission.GradeQuizzes],
  learner: [],
};

/** Permissions that are not about one agency: only the super admin holds them. */
export const globalPermissions: readonly Permission[] = [Permission.ManageAgencies];
