import { AgencyResolver } from '../accounts/agency.resolver';
import { MembershipResolver, PeopleResolver } from '../accounts/people.resolver';
import { AuthResolver } from '../auth/auth.resolver';
import { AuthoringCourseFieldsResolver, AuthoringLessonFieldsResolver } from '../authoring/authoring-fields.resolver';
import { AuthoringOutlineResolver } from '../authoring/authoring-outline.resolver';
import { AuthoringResolver } from '../authoring/authoring.resolver';
import { CatalogueResolver } from '../catalogue/catalogue.resolver';
import { CertificateVerificationResolver } from '../certificate-verification/certificate-verification.resolver';
import { certificatesResolvers } from '../certificates/certificates.resolvers';
import { JpLedgerResolver } from '../jp-ledger/jp-ledger.resolver';
import { AssignmentResolver } from '../learning/assignment.resolver';
import { EnrolmentResolver } from '../learning/enrolment.resolver';
import { LessonViewResolver } from '../learning/lesson-view.resolver';
import { CourseEnrolmentFieldResolver, LessonProgressFieldResolver } from '../learning/my-progress.resolver';
import { UserImportResolver } from '../people-import/user-import.resolver';
import { quizAttemptsResolvers } from '../quiz-attempts/quiz-attempts.resolvers';
import { quizBankResolvers } from '../quiz-bank/quiz-bank.resolvers';
import { quizResultsResolvers } from '../quiz-results/quiz-results.resolvers';
import { VideoResolver } from '../video/video.resolver';

/**
 * Every resolver class. The app module provides them and the schema printer
 * (print-schema.ts) builds `schema.gql` from the same list.
 */
export const resolvers = [
  CatalogueResolver,
  AuthResolver,
  AgencyResolver,
  PeopleResolver,
  MembershipResolver,
  UserImportResolver,
  EnrolmentResolver,
  LessonViewResolver,
  AssignmentResolver,
  CourseEnrolmentFieldResolver,
  LessonProgressFieldResolver,
  AuthoringResolver,
  AuthoringOutlineResolver,
  AuthoringCourseFieldsResolver,
  AuthoringLessonFieldsResolver,
  VideoResolver,
  ...quizBankResolvers,
  ...quizAttemptsResolvers,
  ...quizResultsResolvers,
  CertificateVerificationResolver,
  ...certificatesResolvers,
  JpLedgerResolver,
];
