import type { SupportedLanguage } from '../../i18n/i18n';

const LOCALES: Record<SupportedLanguage, string> = { id: 'id-ID', en: 'en-GB' };

/**
 * "2–3 Maret 2026", or one day ("3 Maret 2026"): the days of an activity or a ledger entry in
 * Jakarta's calendar, where the API counts them.
 */
export function formatDays(start: string | null, end: string, language: SupportedLanguage): string {
  const format = new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone: 'Asia/Jakarta' });
  const to = new Date(end);
  if (Number.isNaN(to.getTime())) return end;
  const from = start ? new Date(start) : null;
  if (!from || Number.isNaN(from.getTime()) || from.getTime() > to.getTime()) return format.format(to);
  return format.formatRange(from, to);
}
