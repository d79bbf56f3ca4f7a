import type { SupportedLanguage } from '../../i18n/i18n';

const LOCALES: Record<SupportedLanguage, string> = { id: 'id-ID', en: 'en-GB' };

/** "12 Maret 2026": a certificate's dates are days, shown in Jakarta's calendar like the PDF prints them. */
export function formatCertificateDate(value: string, language: SupportedLanguage): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone: 'Asia/Jakarta' }).format(date);
}

/** A signed `YYYY-MM-DD` (already a Jakarta day): formatted without moving it to another time zone. */
export function formatCertificateDay(day: string, language: SupportedLanguage): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** "1 Maret 2026 – 12 Maret 2026", or one day when the training took one. */
export function formatPeriod(start: string, end: string, language: SupportedLanguage): string {
  const from = formatCertificateDay(start, language);
  return start === end ? from : `${from} – ${formatCertificateDay(end, language)}`;
}

/** JP with a decimal comma in Indonesian ("1,5"). */
export function formatJp(jp: number, language: SupportedLanguage): string {
  return new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 2 }).format(jp);
}
