/** Bahasa Indonesia texts of taking a quiz: the attempt screen, the result and the review. */
export const quizId = {
  title: 'Kuis',
};
