import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/i18n';
import type { SupportedLanguage } from '../../i18n/i18n';

const LOCALES: Record<SupportedLanguage, string> = { id: 'id-ID', en: 'en-GB' };

/** "15 Mar 2025" in the user's time zone; the raw value when it is not a date. */
export function formatDate(value: string, language: SupportedLanguage): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium' }).format(date);
}

/** "2,4 MB" / "2.4 MB". */
export function formatFileSize(bytes: number, language: SupportedLanguage): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  return `${new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
}

/** Date, duration and size formatting in the language on screen. */
export function useLearningFormat() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);

  /** "45 menit", "2 jam", "1 jam 30 menit". */
  const duration = (minutes: number): string => {
    const rounded = Math.max(1, Math.round(minutes));
    const hours = Math.floor(rounded / 60);
    const rest = rounded % 60;
    if (hours === 0) return t('learning.duration.minutes', { count: rest });
    if (rest === 0) return t('learning.duration.hours', { count: hours });
    return t('learning.duration.hoursMinutes', { hours, minutes: rest });
  };

  return {
    date: (value: string) => formatDate(value, language),
    fileSize: (bytes: number) => formatFileSize(bytes, language),
    duration,
  };
}
