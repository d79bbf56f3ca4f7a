export { DatabaseModule } from './connection/database.module';
export { DatabaseHealth } from './connection/database.health';
export { DatabaseSetup } from './connection/database-setup';
export { waitForMongo, redactUri, dropDatabaseAt } from './connection/wait-for-mongo';
export { isDatabaseUnavailableError, isDuplicateKeyError, isValidId } from './connection/database-errors';
export { AgencyRepository, type AgencyRecord, type NewAgency } from './agency/agency.repository';
export { agencyKinds, type AgencyKind } from './agency/agency.schema';
export {
  UserRepository,
  type UserRecord,
  type UserProfile,
  type MembershipRecord,
  type NewUser,
  type ProfileChanges,
  type UserCredentials,
  type UserPageQuery,
} from './user/user.repository';
export { type PersonByNip, type PersonUpsertResult } from './user/person-upsert';
export { agencyRoles, employmentTypes, type AgencyRole, type EmploymentType } from './user/user.schema';
export { normalizeForSearch } from './user/search-text';
export { PersonImportRepository } from './user/person-import.repository';
export { grantAgencyScope, type AgencyScope } from './tenancy/agency-scope';
export { ClaimRepository } from './connection/claim.repository';
export { SessionRepository, type SessionRecord, type NewSession } from './auth/session.repository';
export { RefreshTokenRepository, type RefreshTokenRecord, type NewRefreshToken } from './auth/refresh-token.repository';
export { PasswordResetRepository, type PasswordResetRecord, type NewPasswordReset } from './auth/password-reset.repository';
export {
  CourseRepository,
  type CourseRecord,
  type CourseStatsRecord,
  type NewCourse,
  type CatalogueKey,
} from './course/course.repository';
export {
  competencyTypes,
  courseLevels,
  courseStatuses,
  type CompetencyType,
  type CourseLevel,
  type CourseStatus,
} from './course/course.schema';
export { CourseModuleRepository, type CourseModuleRecord, type NewCourseModule } from './course/course-module.repository';
export { LessonRepository, type LessonRecord, type NewLesson } from './course/lesson.repository';
export { lessonKinds, type LessonKind } from './course/lesson.schema';
export {
  UserImportRepository,
  MAX_STORED_IMPORT_PROBLEMS,
  FIRST_IMPORT_PROBLEMS,
  type UserImportRecord,
  type UserImportCounts,
  type UserImportProblemRecord,
  type UserImportProgress,
  type NewUserImport,
  type ImportForProcessing,
} from './people-import/user-import.repository';
export { userImportStatuses, type UserImportStatus } from './people-import/user-import.schema';
