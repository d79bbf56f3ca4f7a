import type { SupportedLanguage } from '../../i18n/i18n';

const LOCALES: Record<SupportedLanguage, string> = { id: 'id-ID', en: 'en-GB' };

/**
 * "13 Mar 2026, 00.30.05": an audit or key moment in Jakarta time (WIB), whatever the
 * viewer's own zone, like certificates print their dates; seconds tell close entries apart.
 */
export function formatJakartaDateTime(value: string, language: SupportedLanguage): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(LOCALES[language], {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    timeZone: 'Asia/Jakarta',
  }).format(date);
}
