import type { QuizTranslation } from './quiz.types';

export const quizEn: QuizTranslation = {
  title: 'Quiz',
};
