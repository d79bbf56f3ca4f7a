import type { LearningTranslation } from './learning.types';

export const learningEn: LearningTranslation = {
  placeholder: 'Learning',
};
