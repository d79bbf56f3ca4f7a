export { DatabaseModule } from './connection/database.module';
export { DatabaseHealth } from './connection/database.health';
export { DatabaseSetup } from './connection/database-setup';
export { DatabaseCommandCounter, type DatabaseCommand } from './connection/database-command-counter';
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
  type CourseDetailsRecord,
  type CourseDetailsChanges,
  type LiveCourseDetailsRecord,
  type AgencyCoursePageQuery,
  staleCourseError,
} from './course/course.repository';
export {
  competencyTypes,
  courseLevels,
  courseStatuses,
  enrolmentPolicies,
  type CompetencyType,
  type CourseLevel,
  type CourseStatus,
  type EnrolmentPolicy,
} from './course/course.schema';
export {
  CourseCatalogueRepository,
  cataloguePositionOf,
  catalogueOrders,
  searchWords,
  type LiveCourseRecord,
  type CatalogueFilter,
  type CatalogueOrder,
  type CataloguePosition,
  type CataloguePageQuery,
  type AgencyCourseCount,
} from './course/course-catalogue.repository';
export { type CourseVersionKey, courseVersionKey } from './course/course-outline';
export { DRAFT_VERSION } from './course/course-module.schema';
export { CourseModuleRepository, type CourseModuleRecord, type NewCourseModule } from './course/course-module.repository';
export {
  LessonRepository,
  type LessonRecord,
  type LessonContentRecord,
  type NewLesson,
  type LessonChanges,
  type LessonPlacement,
} from './course/lesson.repository';
export { lessonKinds, type LessonKind } from './course/lesson.schema';
export {
  CourseAssetRepository,
  type CourseAssetRecord,
  type NewCourseAsset,
  type DocumentPreviewRecord,
  type DocumentPreviewChange,
  type VideoRecord,
  type VideoRenditionRecord,
  type VideoCaptionRecord,
  type ProbedVideo,
  type PublishedVideo,
} from './course/course-asset.repository';
export {
  courseAssetKinds,
  documentPreviewStatuses,
  videoStatuses,
  type CourseAssetKind,
  type DocumentPreviewStatus,
  type VideoStatus,
} from './course/course-asset.schema';
export {
  EnrolmentRepository,
  learningStatuses,
  learnerGroups,
  type EnrolmentRecord,
  type NewEnrolment,
  type AssignmentEnrolment,
  type LearnerGroup,
  type CourseEnrolmentFilter,
  type CourseEnrolmentPage,
  type OverduePosition,
} from './learning/enrolment.repository';
export {
  LessonProgressRepository,
  type LessonProgressRecord,
  type LearnerCourseKey,
  type LessonReport,
  type VideoProgressRecord,
  type WatchedInterval,
} from './learning/lesson-progress.repository';
export { CourseCompletionRepository, type CourseCompletionRecord, type NewCourseCompletion } from './learning/course-completion.repository';
export {
  CourseAssignmentRepository,
  type CourseAssignmentRecord,
  type NewCourseAssignment,
  type AssignmentCounts,
} from './learning/course-assignment.repository';
export { assignmentTargetKinds, type AssignmentTargetKind } from './learning/course-assignment.schema';
export { enrolmentStatuses, enrolmentSources, type EnrolmentStatus, type EnrolmentSource } from './learning/enrolment.schema';
export { lessonProgressStates, type LessonProgressState } from './learning/lesson-progress.schema';
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
export {
  questionTypes,
  plainAnswer,
  type QuestionType,
  type AnswerValue,
  type QuestionOptionValue,
  type MatchingPairValue,
  type OrderingItemValue,
  type RubricCriterionValue,
} from './quiz/quiz-values';
export {
  QuestionRepository,
  type QuestionContent,
  type QuestionRecord,
  type NewQuestion,
  type QuestionPageQuery,
  type QuestionUpsert,
} from './quiz/question.repository';
export {
  DEFAULT_QUIZ_SETTINGS,
  quizLayouts,
  quizReviewPolicies,
  quizRoles,
  quizScorings,
  quizSelections,
  type QuizDrawRecord,
  type QuizLayout,
  type QuizReviewPolicy,
  type QuizRole,
  type QuizScoring,
  type QuizSelection,
  type QuizSettingsRecord,
} from './quiz/quiz-settings';
export {
  attemptSubmitters,
  quizAttemptStatuses,
  type AttemptQuestionValue,
  type AttemptSubmitter,
  type QuizAttemptStatus,
} from './quiz/quiz-attempt.schema';
export {
  QuizAttemptRepository,
  type QuizAttemptRecord,
  type QuizAttemptSummaryRecord,
  type NewQuizAttempt,
  type AttemptResultChange,
  type AttemptPageQuery,
  type GainAttemptRecord,
} from './quiz/quiz-attempt.repository';
export { QuizAnswerRepository, type QuizAnswerRecord, type AnswerSave } from './quiz/quiz-answer.repository';
export { answerOutcomes, gradingStatuses, type AnswerOutcome, type GradingStatus } from './quiz/quiz-grading.schema';
export {
  QuizGradingRepository,
  type QuizGradingRecord,
  type QuestionResultRecord,
  type EssayGradeRecord,
  type NewQuizGrading,
  type GradingChange,
} from './quiz/quiz-grading.repository';
export { SigningKeyRepository, type SigningKeyRecord, type NewSigningKey } from './certificate/signing-key.repository';
export { signingKeyStatuses, type SigningKeyStatus } from './certificate/signing-key.schema';
export {
  CertificateTemplateRepository,
  DEFAULT_CERTIFICATE_TEMPLATE,
  type CertificateTemplateRecord,
  type CertificateTemplateChange,
  type Signatory,
  type TemplateImage,
} from './certificate/certificate-template.repository';
export { certificateLanguages, type CertificateLanguage } from './certificate/certificate-template.schema';
export {
  CertificateRepository,
  type CertificateRecord,
  type CertificateClaim,
  type CertificateSignature,
  type CertificateRevocation,
  type AgencyCertificateFilter,
  type AgencyCertificatePage,
  type CertificatePdf,
} from './certificate/certificate.repository';
export { CertificateNumberRepository, type CertificateNumberRecord, type TakeNumberResult } from './certificate/certificate-number.repository';
export { certificateStatuses, certificateSources, pdfStatuses, type CertificateStatus, type CertificateSource, type PdfStatus } from './certificate/certificate.schema';
export {
  CertificateAuditRepository,
  AUDIT_GENESIS_HASH,
  auditEntryHash,
  firstBrokenAuditEntry,
  type CertificateAuditRecord,
  type NewCertificateAuditEntry,
} from './certificate/certificate-audit.repository';
export { certificateAuditActions, type CertificateAuditAction } from './certificate/certificate-audit.schema';
export {
  ExternalActivityRepository,
  type ExternalActivityRecord,
  type NewExternalActivity,
  type ExternalActivityReview,
  type EvidenceFileRecord,
} from './ledger/external-activity.repository';
export { externalActivityKinds, externalActivityStatuses, type ExternalActivityKind, type ExternalActivityStatus } from './ledger/external-activity.schema';
export { JpPolicyRepository, DEFAULT_JP_POLICY, type JpPolicyRecord, type JpPolicyChange } from './ledger/jp-policy.repository';
export { LedgerSourceRepository, type LedgerCompletionRow, type LedgerCertificateRow } from './ledger/ledger-source.repository';
