import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/i18n';
import type { SupportedLanguage } from '../../i18n/i18n';
import { formatDateTime } from '../../lib/format-date';

const LOCALES: Record<SupportedLanguage, string> = { id: 'id-ID', en: 'en-GB' };

/** Numbers, percentages and times of a quiz in the language on screen ("80,5%" / "80.5%"). */
export function useQuizFormat() {
  const { i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const locale = LOCALES[language];
  const number = (value: number, maximumFractionDigits = 2) => new Intl.NumberFormat(locale, { maximumFractionDigits }).format(value);
  return {
    language,
    number,
    percent: (value: number) => `${number(value, 1)}%`,
    /** "10.31" / "10:31". */
    time: (value: string) => {
      const date = new Date(value);
      return Number.isNaN(date.getTime()) ? value : new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(date);
    },
    dateTime: (value: string) => formatDateTime(value, language),
  };
}
