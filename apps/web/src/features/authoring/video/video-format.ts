import type { SupportedLanguage } from '../../../i18n/i18n';

const localeOf = (language: SupportedLanguage) => (language === 'en' ? 'en-GB' : 'id-ID');

/** A video's length as a player shows it: "4:05", "1:02:09". */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(Number.isFinite(totalSeconds) ? totalSeconds : 0));
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = String(seconds % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

type ByteUnit = 'byte' | 'kilobyte' | 'megabyte' | 'gigabyte';
const BYTE_UNITS: readonly ByteUnit[] = ['byte', 'kilobyte', 'megabyte', 'gigabyte'];

/** "820 kB", "12,5 MB", "1,2 GB" (binary multiples, the way file managers count). */
export function formatBytes(bytes: number, language: SupportedLanguage): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(localeOf(language), {
    style: 'unit',
    unit: BYTE_UNITS[unit],
    maximumFractionDigits: unit >= 2 ? 1 : 0,
  }).format(value);
}

/** "2,4 MB/s". */
export function formatSpeed(bytesPerSecond: number, language: SupportedLanguage): string {
  return `${formatBytes(bytesPerSecond, language)}/s`;
}

/** The renditions from the smallest up: "240p · 360p · 720p". */
export function formatRenditions(renditions: readonly { name: string; height: number }[]): string {
  return [...renditions]
    .sort((left, right) => left.height - right.height)
    .map((rendition) => rendition.name)
    .join(' · ');
}
