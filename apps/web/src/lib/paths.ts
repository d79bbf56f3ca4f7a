/** The app's routes. Indonesian paths: they show in the address bar and in shared links. */
export const PATHS = {
  catalogue: '/',
  // Learner pages (H5): build URLs with coursePath / lessonPath in features/course/course-path.ts.
  course: '/kursus/:courseId',
  lesson: '/kursus/:courseId/pelajaran/:lessonId',
  // Quiz attempt (issue 6): taking it, then its result; build with quizAttemptPath (features/quiz/quiz-paths.ts).
  learnerQuizAttempt: '/kursus/:courseId/pelajaran/:lessonId/kuis/:attemptId',
  signIn: '/masuk',
  resetPassword: '/atur-ulang-sandi',
  profile: '/profil',
  learnerHome: '/belajar',
  instructorHome: '/mengajar',
  authoringCourse: '/mengajar/kursus/:courseId',
  courseEnrolments: '/mengajar/kursus/:courseId/peserta',
  // Quizzes of a course (instructors and agency admins): bank, results, essays, learning gain.
  questionBank: '/mengajar/kursus/:courseId/bank-soal',
  courseQuizzes: '/mengajar/kursus/:courseId/kuis',
  quizResults: '/mengajar/kursus/:courseId/kuis/:lessonId/hasil',
  quizAttempt: '/mengajar/kursus/:courseId/percobaan/:attemptId',
  essayGrading: '/mengajar/kursus/:courseId/penilaian-esai',
  learningGain: '/mengajar/kursus/:courseId/peningkatan-belajar',
  adminHome: '/admin',
  adminUsers: '/admin/pengguna',
  adminImport: '/admin/impor',
  adminCourses: '/admin/kursus',
  adminOverdue: '/admin/tenggat',
  agencies: '/admin/instansi',
  // Certificates (issue 7): the public verification page the QR code opens (no sign-in), the
  // learner's list, the agency's list and template. Build with features/certificates/certificate-paths.ts.
  verifyCertificateForm: '/verifikasi',
  verifyCertificate: '/verifikasi/:code',
  myCertificates: '/belajar/sertifikat',
  adminCertificates: '/admin/sertifikat',
  certificateTemplate: '/admin/sertifikat/templat',
  certificateKeys: '/admin/sertifikat/kunci',
  certificateAudit: '/admin/sertifikat/audit',
  // JP ledger (issue 7): the learner's ledger and outside activities; the agency's report, review queue and policy.
  jpLedger: '/belajar/jp',
  adminJpReport: '/admin/jp',
  adminJpReview: '/admin/jp/tinjauan',
  adminJpPolicy: '/admin/jp/kebijakan',
} as const;

/** Query parameter on the sign-in page naming the page to return to. */
export const RETURN_TO_PARAM = 'lanjut';

/** `/masuk`, remembering where to go back to after signing in. */
export function signInPath(returnTo?: string): string {
  if (!returnTo || returnTo === PATHS.catalogue) return PATHS.signIn;
  return `${PATHS.signIn}?${new URLSearchParams({ [RETURN_TO_PARAM]: returnTo }).toString()}`;
}

/**
 * A return path from the address bar, if it is safe to follow: a path on this
 * origin. `//evil.example` and `/\evil.example` are other origins to a browser.
 */
export function safeReturnPath(value: string | null): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null;
  if (value === PATHS.signIn || value.startsWith(`${PATHS.signIn}?`)) return null;
  return value;
}
