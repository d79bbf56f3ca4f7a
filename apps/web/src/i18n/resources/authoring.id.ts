/** Bahasa Indonesia texts of the instructor's and admin's course pages: authoring, publishing, enrolments. */
export const authoringId = {
  placeholder: 'Mengajar',
};
