import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n/i18n';
import { errorMessage } from './api-error';

/** `errorMessage` bound to the language on screen (re-renders when it changes). */
export function useErrorMessage(): (error: unknown) => string {
  const { i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  return (error: unknown) => errorMessage(error, language);
}
