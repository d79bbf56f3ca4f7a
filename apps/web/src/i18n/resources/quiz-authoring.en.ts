import type { QuizAuthoringTranslation } from './quiz-authoring.types';

export const quizAuthoringEn: QuizAuthoringTranslation = {
  title: 'Question bank',
};
