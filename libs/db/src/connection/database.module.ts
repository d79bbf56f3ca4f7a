import { Global, Logger, Module, type DynamicModule } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import type { AppConfig } from '@lentera/config';
import type { Connection } from 'mongoose';
import { AgencyRepository } from '../agency/agency.repository';
import { agencySchema, AGENCY_MODEL } from '../agency/agency.schema';
import { CourseRepository } from '../course/course.repository';
import { CourseCatalogueRepository } from '../course/course-catalogue.repository';
import { courseSchema, COURSE_MODEL } from '../course/course.schema';
import { CourseModuleRepository } from '../course/course-module.repository';
import { courseModuleSchema, COURSE_MODULE_MODEL } from '../course/course-module.schema';
import { LessonRepository } from '../course/lesson.repository';
import { lessonSchema, LESSON_MODEL } from '../course/lesson.schema';
import { CourseAssetRepository } from '../course/course-asset.repository';
import { courseAssetSchema, COURSE_ASSET_MODEL } from '../course/course-asset.schema';
import { EnrolmentRepository } from '../learning/enrolment.repository';
import { LessonProgressRepository } from '../learning/lesson-progress.repository';
import { CourseCompletionRepository } from '../learning/course-completion.repository';
import { CourseAssignmentRepository } from '../learning/course-assignment.repository';
import { enrolmentSchema, ENROLMENT_MODEL } from '../learning/enrolment.schema';
import { lessonProgressSchema, LESSON_PROGRESS_MODEL } from '../learning/lesson-progress.schema';
import { courseCompletionSchema, COURSE_COMPLETION_MODEL } from '../learning/course-completion.schema';
import { courseAssignmentSchema, COURSE_ASSIGNMENT_MODEL } from '../learning/course-assignment.schema';
import { UserImportRepository } from '../people-import/user-import.repository';
import { userImportSchema, USER_IMPORT_MODEL } from '../people-import/user-import.schema';
import { PersonImportRepository } from '../user/person-import.repository';
import { UserRepository } from '../user/user.repository';
import { userSchema, USER_MODEL } from '../user/user.schema';
import { PasswordResetRepository } from '../auth/password-reset.repository';
import { passwordResetSchema, PASSWORD_RESET_MODEL } from '../auth/password-reset.schema';
import { RefreshTokenRepository } from '../auth/refresh-token.repository';
import { refreshTokenSchema, REFRESH_TOKEN_MODEL } from '../auth/refresh-token.schema';
import { SessionRepository } from '../auth/session.repository';
import { sessionSchema, SESSION_MODEL } from '../auth/session.schema';
import { QuestionRepository } from '../quiz/question.repository';
import { questionSchema, QUESTION_MODEL } from '../quiz/question.schema';
import { QuizAnswerRepository } from '../quiz/quiz-answer.repository';
import { quizAnswerSheetSchema, QUIZ_ANSWER_MODEL } from '../quiz/quiz-answer.schema';
import { QuizAttemptRepository } from '../quiz/quiz-attempt.repository';
import { quizAttemptQuestionsSchema, quizAttemptSchema, QUIZ_ATTEMPT_MODEL, QUIZ_ATTEMPT_QUESTIONS_MODEL } from '../quiz/quiz-attempt.schema';
import { QuizGradingRepository } from '../quiz/quiz-grading.repository';
import { quizGradingSchema, QUIZ_GRADING_MODEL } from '../quiz/quiz-grading.schema';
import { CertificateNumberRepository } from '../certificate/certificate-number.repository';
import { certificateNumberSchema, CERTIFICATE_NUMBER_MODEL } from '../certificate/certificate-number.schema';
import { CertificateRepository } from '../certificate/certificate.repository';
import { certificateSchema, CERTIFICATE_MODEL } from '../certificate/certificate.schema';
import { CertificateAuditRepository } from '../certificate/certificate-audit.repository';
import { certificateAuditSchema, CERTIFICATE_AUDIT_MODEL } from '../certificate/certificate-audit.schema';
import { CertificateTemplateRepository } from '../certificate/certificate-template.repository';
import { certificateTemplateSchema, CERTIFICATE_TEMPLATE_MODEL } from '../certificate/certificate-template.schema';
import { SigningKeyRepository } from '../certificate/signing-key.repository';
import { signingKeySchema, SIGNING_KEY_MODEL } from '../certificate/signing-key.schema';
import { ExternalActivityRepository } from '../ledger/external-activity.repository';
import { externalActivitySchema, EXTERNAL_ACTIVITY_MODEL } from '../ledger/external-activity.schema';
import { JpPolicyRepository } from '../ledger/jp-policy.repository';
import { jpPolicySchema, JP_POLICY_MODEL } from '../ledger/jp-policy.schema';
import { LedgerSourceRepository } from '../ledger/ledger-source.repository';
import { ClaimRepository } from './claim.repository';
import { DatabaseCommandCounter } from './database-command-counter';
import { claimSchema, CLAIM_MODEL } from './claim.schema';
import { DatabaseHealth } from './database.health';
import { DatabaseSetup } from './database-setup';
import { mongooseConnectOptions } from './connect-options';

const repositories = [
  AgencyRepository,
  UserRepository,
  PersonImportRepository,
  CourseRepository,
  CourseCatalogueRepository,
  CourseModuleRepository,
  LessonRepository,
  CourseAssetRepository,
  EnrolmentRepository,
  LessonProgressRepository,
  CourseCompletionRepository,
  CourseAssignmentRepository,
  SessionRepository,
  RefreshTokenRepository,
  PasswordResetRepository,
  ClaimRepository,
  UserImportRepository,
  QuestionRepository,
  QuizAttemptRepository,
  QuizAnswerRepository,
  QuizGradingRepository,
  SigningKeyRepository,
  CertificateTemplateRepository,
  CertificateRepository,
  CertificateNumberRepository,
  CertificateAuditRepository,
  ExternalActivityRepository,
  JpPolicyRepository,
  LedgerSourceRepository,
];

@Global()
@Module({})
export class DatabaseModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        MongooseModule.forRoot(config.mongodbUri, {
          ...mongooseConnectOptions(config),
          // The process already waited for MongoDB before booting (see waitForMongo), so a
          // failure here is not worth a retry loop with stack traces.
          retryAttempts: 0,
          // Command events for DatabaseCommandCounter (a small object per command; nothing else listens).
          monitorCommands: true,
          connectionFactory: (connection: Connection) => watchConnection(connection),
        }),
        MongooseModule.forFeature([
          { name: AGENCY_MODEL, schema: agencySchema },
          { name: USER_MODEL, schema: userSchema },
          { name: COURSE_MODEL, schema: courseSchema },
          { name: COURSE_MODULE_MODEL, schema: courseModuleSchema },
          { name: LESSON_MODEL, schema: lessonSchema },
          { name: COURSE_ASSET_MODEL, schema: courseAssetSchema },
          { name: ENROLMENT_MODEL, schema: enrolmentSchema },
          { name: LESSON_PROGRESS_MODEL, schema: lessonProgressSchema },
          { name: COURSE_COMPLETION_MODEL, schema: courseCompletionSchema },
          { name: COURSE_ASSIGNMENT_MODEL, schema: courseAssignmentSchema },
          { name: SESSION_MODEL, schema: sessionSchema },
          { name: REFRESH_TOKEN_MODEL, schema: refreshTokenSchema },
          { name: PASSWORD_RESET_MODEL, schema: passwordResetSchema },
          { name: CLAIM_MODEL, schema: claimSchema },
          { name: USER_IMPORT_MODEL, schema: userImportSchema },
          { name: QUESTION_MODEL, schema: questionSchema },
          { name: QUIZ_ATTEMPT_MODEL, schema: quizAttemptSchema },
          { name: QUIZ_ATTEMPT_QUESTIONS_MODEL, schema: quizAttemptQuestionsSchema },
          { name: QUIZ_ANSWER_MODEL, schema: quizAnswerSheetSchema },
          { name: QUIZ_GRADING_MODEL, schema: quizGradingSchema },
          { name: SIGNING_KEY_MODEL, schema: signingKeySchema },
          { name: CERTIFICATE_TEMPLATE_MODEL, schema: certificateTemplateSchema },
          { name: CERTIFICATE_MODEL, schema: certificateSchema },
          { name: CERTIFICATE_NUMBER_MODEL, schema: certificateNumberSchema },
          { name: CERTIFICATE_AUDIT_MODEL, schema: certificateAuditSchema },
          { name: EXTERNAL_ACTIVITY_MODEL, schema: externalActivitySchema },
          { name: JP_POLICY_MODEL, schema: jpPolicySchema },
        ]),
      ],
      providers: [...repositories, DatabaseHealth, DatabaseSetup, DatabaseCommandCounter],
      exports: [...repositories, DatabaseHealth, DatabaseSetup, DatabaseCommandCounter],
    };
  }
}

/** One line when MongoDB goes away and one when it is back; the driver reconnects by itself. */
function watchConnection(connection: Connection): Connection {
  const logger = new Logger('Database');
  connection.on('disconnected', () => logger.warn('MongoDB connection lost; reconnecting in the background'));
  connection.on('reconnected', () => logger.log('MongoDB connection restored'));
  return connection;
}
