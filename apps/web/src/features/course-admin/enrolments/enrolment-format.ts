import type { TFunction } from 'i18next';
import type { SupportedLanguage } from '../../../i18n/i18n';

const LOCALES: Record<SupportedLanguage, string> = { id: 'id-ID', en: 'en-GB' };

/** "15 Mar 2025" in the user's time zone. */
export function formatDate(value: string, language: SupportedLanguage): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium' }).format(date);
}

/** Time spent learning: "2 jam 5 menit", "12 menit", "< 1 menit". */
export function formatTimeSpent(seconds: number, t: TFunction): string {
  const minutes = Math.floor(seconds / 60);
  if (minutes < 1) return seconds > 0 ? t('authoring.enrolments.underAMinute') : t('authoring.enrolments.noTime');
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return t('authoring.enrolments.minutes', { count: rest });
  if (rest === 0) return t('authoring.enrolments.hours', { count: hours });
  return `${t('authoring.enrolments.hours', { count: hours })} ${t('authoring.enrolments.minutes', { count: rest })}`;
}
