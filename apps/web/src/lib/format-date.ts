import type { SupportedLanguage } from '../i18n/i18n';

const LOCALES: Record<SupportedLanguage, string> = { id: 'id-ID', en: 'en-GB' };

/** "15 Mar 2025, 09.30" / "15 Mar 2025, 09:30" in the user's time zone. */
export function formatDateTime(value: string, language: SupportedLanguage): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
