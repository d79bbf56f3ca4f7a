import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider, createTheme } from '@mantine/core';
import { lazy } from 'react';
import type { ComponentType } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { AuthProvider } from './features/auth/auth-provider';
import { createAuthLink } from './features/auth/auth-link';
import { AuthSession } from './features/auth/auth-session';
import { RequireSession } from './features/auth/require-session';
import { RequireAuthor } from './features/authoring/require-author';
import { ResetPasswordPage } from './features/auth/reset-password-page';
import { SignInPage } from './features/auth/sign-in-page';
import { createRefreshRequest } from './features/auth/request-refresh-session';
import { CataloguePage } from './features/catalogue/catalogue-page';
import { AppLayout } from './features/layout/app-layout';
import { NotFoundPage } from './features/not-found/not-found-page';
import { createApolloClient } from './lib/apollo-client';
import { PATHS } from './lib/paths';

const theme = createTheme({
  primaryColor: 'indigo',
  // indigo.8 keeps white button text above 4.5:1 contrast.
  primaryShade: 8,
  defaultRadius: 'md',
});

const GRAPHQL_URI = '/graphql';
const authSession = new AuthSession(createRefreshRequest(GRAPHQL_URI));
const apolloClient = createApolloClient(GRAPHQL_URI, createAuthLink(authSession));

// Pages behind a sign-in load on demand: a learner on a phone does not download the admin pages.
const page = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(async () => ({ default: (await load())[name] }));
const LearnerHomePage = page(() => import('./features/home/learner-home-page'), 'LearnerHomePage');
const InstructorHomePage = page(() => import('./features/home/instructor-home-page'), 'InstructorHomePage');
const ProfilePage = page(() => import('./features/profile/profile-page'), 'ProfilePage');
const AdminHomePage = page(() => import('./features/admin/admin-home-page'), 'AdminHomePage');
const AdminUsersPage = page(() => import('./features/admin-users/admin-users-page'), 'AdminUsersPage');
const AdminImportPage = page(() => import('./features/admin-import/admin-import-page'), 'AdminImportPage');
const AgenciesPage = page(() => import('./features/agencies/agencies-page'), 'AgenciesPage');
// Authoring (instructors and admins): the outline editor brings drag and drop, the lesson form the rich text editor.
const CourseEditorPage = page(() => import('./features/authoring/course-editor-page'), 'CourseEditorPage');
const CourseEnrolmentsPage = page(() => import('./features/course-admin/enrolments/course-enrolments-page'), 'CourseEnrolmentsPage');
const AdminCoursesPage = page(() => import('./features/course-admin/admin-courses-page'), 'AdminCoursesPage');
const OverduePage = page(() => import('./features/course-admin/overdue-page'), 'OverduePage');
// Quizzes for instructors and admins: bank, results, essays, learning gain (recharts loads with the last only).
const QuestionBankPage = page(() => import('./features/quiz-bank/question-bank-page'), 'QuestionBankPage');
const CourseQuizzesPage = page(() => import('./features/quiz-results/course-quizzes-page'), 'CourseQuizzesPage');
const QuizResultsPage = page(() => import('./features/quiz-results/quiz-results-page'), 'QuizResultsPage');
const QuizAttemptResultPage = page(() => import('./features/quiz-results/attempt-page'), 'AttemptPage');
const EssayQueuePage = page(() => import('./features/quiz-results/essay-queue-page'), 'EssayQueuePage');
const LearningGainPage = page(() => import('./features/quiz-results/learning-gain-page'), 'LearningGainPage');
const CoursePage = page(() => import('./features/course/course-page'), 'CoursePage');
const LessonPage = page(() => import('./features/lesson/lesson-page'), 'LessonPage');
// Certificates (issue 7): the public verification page, the learner's and the agency's screens.
const VerifyCertificatePage = page(() => import('./features/certificates/verify-certificate-page'), 'VerifyCertificatePage');
const MyCertificatesPage = page(() => import('./features/certificates/my-certificates-page'), 'MyCertificatesPage');
const AdminCertificatesPage = page(() => import('./features/certificates/admin-certificates-page'), 'AdminCertificatesPage');
const CertificateTemplatePage = page(() => import('./features/certificates/certificate-template-page'), 'CertificateTemplatePage');
const CertificateKeysPage = page(() => import('./features/certificate-admin/certificate-keys-page'), 'CertificateKeysPage');
const CertificateAuditPage = page(() => import('./features/certificate-admin/certificate-audit-page'), 'CertificateAuditPage');
// JP ledger (issue 7): the learner's ledger; the agency's report, review queue and policy.
const JpLedgerPage = page(() => import('./features/jp-ledger/jp-ledger-page'), 'JpLedgerPage');
const JpReportPage = page(() => import('./features/jp-admin/jp-report-page'), 'JpReportPage');
const JpReviewPage = page(() => import('./features/jp-admin/jp-review-page'), 'JpReviewPage');
const JpPolicyPage = page(() => import('./features/jp-admin/jp-policy-page'), 'JpPolicyPage');
const LearnerQuizAttemptPage = page(() => import('./features/quiz/quiz-attempt-page'), 'QuizAttemptPage');

export function App() {
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <ApolloProvider client={apolloClient}>
        <BrowserRouter>
          <AuthProvider session={authSession}>
            <Routes>
              <Route element={<AppLayout />}>
                <Route index element={<CataloguePage />} />
                <Route path={PATHS.course} element={<CoursePage />} />
                <Route path={PATHS.signIn} element={<SignInPage />} />
                <Route path={PATHS.resetPassword} element={<ResetPasswordPage />} />
                {/* Public: anyone holding a certificate (or its QR code) checks it without signing in. */}
                <Route path={PATHS.verifyCertificateForm} element={<VerifyCertificatePage />} />
                <Route path={PATHS.verifyCertificate} element={<VerifyCertificatePage />} />
                <Route element={<RequireSession />}>
                  <Route path={PATHS.profile} element={<ProfilePage />} />
                  {/* Enrolled learners, and authors previewing the published version. */}
                  <Route path={PATHS.lesson} element={<LessonPage />} />
                  <Route path={PATHS.learnerQuizAttempt} element={<LearnerQuizAttemptPage />} />
                </Route>
                <Route element={<RequireSession access="learner" />}>
                  <Route path={PATHS.learnerHome} element={<LearnerHomePage />} />
                  <Route path={PATHS.myCertificates} element={<MyCertificatesPage />} />
                  <Route path={PATHS.jpLedger} element={<JpLedgerPage />} />
                </Route>
                <Route element={<RequireSession access="instructor" />}>
                  <Route path={PATHS.instructorHome} element={<InstructorHomePage />} />
                </Route>
                <Route element={<RequireSession />}>
                  <Route element={<RequireAuthor />}>
                    <Route path={PATHS.authoringCourse} element={<CourseEditorPage />} />
                    <Route path={PATHS.courseEnrolments} element={<CourseEnrolmentsPage />} />
                    <Route path={PATHS.questionBank} element={<QuestionBankPage />} />
                    <Route path={PATHS.courseQuizzes} element={<CourseQuizzesPage />} />
                    <Route path={PATHS.quizResults} element={<QuizResultsPage />} />
                    <Route path={PATHS.quizAttempt} element={<QuizAttemptResultPage />} />
                    <Route path={PATHS.essayGrading} element={<EssayQueuePage />} />
                    <Route path={PATHS.learningGain} element={<LearningGainPage />} />
                  </Route>
                </Route>
                <Route element={<RequireSession access="admin" />}>
                  <Route path={PATHS.adminHome} element={<AdminHomePage />} />
                  <Route path={PATHS.adminUsers} element={<AdminUsersPage />} />
                  <Route path={PATHS.adminImport} element={<AdminImportPage />} />
                  <Route path={PATHS.adminCourses} element={<AdminCoursesPage />} />
                  <Route path={PATHS.adminOverdue} element={<OverduePage />} />
                  <Route path={PATHS.adminCertificates} element={<AdminCertificatesPage />} />
                  <Route path={PATHS.certificateTemplate} element={<CertificateTemplatePage />} />
                  <Route path={PATHS.certificateKeys} element={<CertificateKeysPage />} />
                  <Route path={PATHS.certificateAudit} element={<CertificateAuditPage />} />
                  <Route path={PATHS.adminJpReport} element={<JpReportPage />} />
                  <Route path={PATHS.adminJpReview} element={<JpReviewPage />} />
                  <Route path={PATHS.adminJpPolicy} element={<JpPolicyPage />} />
                </Route>
                <Route element={<RequireSession access="superAdmin" />}>
                  <Route path={PATHS.agencies} element={<AgenciesPage />} />
                </Route>
                <Route path="*" element={<NotFoundPage />} />
              </Route>
            </Routes>
          </AuthProvider>
        </BrowserRouter>
      </ApolloProvider>
    </MantineProvider>
  );
}
