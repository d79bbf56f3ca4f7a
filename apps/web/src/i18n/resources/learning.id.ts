/** Bahasa Indonesia texts of the learner's side: catalogue search, enrolment, lessons, "Belajar saya". */
export const learningId = {
  placeholder: 'Belajar',
};
