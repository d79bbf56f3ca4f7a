/** Bahasa Indonesia texts for instructors and admins: question bank, quiz settings, essay grading, results, learning gain. */
export const quizAuthoringId = {
  title: 'Bank soal',
};
