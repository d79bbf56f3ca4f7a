import type { AuthoringTranslation } from './authoring.types';

export const authoringEn: AuthoringTranslation = {
  placeholder: 'Teaching',
};
