export { DatabaseModule } from './connection/database.module';
export { DatabaseHealth } from './connection/database.health';
export { DatabaseSetup } from './connection/database-setup';
export { waitForMongo, redactUri, dropDatabaseAt } from './connection/wait-for-mongo';
export { isDatabaseUnavailableError, isDuplicateKeyError, isValidId } from './connection/database-errors';
export { AgencyRepository, type AgencyRecord, type NewAgency } from './agency/agency.repository';
export { agencyKinds, type AgencyKind } from './agency/agency.schema';
export { UserRepository, type UserRecord, type MembershipRecord, type NewUser } from './user/user.repository';
export { agencyRoles, type AgencyRole } from './user/user.schema';
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
