/**
 * Calendar dates in Asia/Jakarta (WIB), where JP years, certificate dates and certificate
 * number sequences are counted. WIB is UTC+7 all year, without daylight saving.
 */
const JAKARTA_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The calendar date of an instant in Jakarta, `YYYY-MM-DD`. */
export function jakartaDate(instant: Date): string {
  return new Date(instant.getTime() + JAKARTA_OFFSET_MS).toISOString().slice(0, 10);
}

/** The calendar year of an instant in Jakarta. */
export function jakartaYear(instant: Date): number {
  return new Date(instant.getTime() + JAKARTA_OFFSET_MS).getUTCFullYear();
}

/** The year and month (1–12) of an instant in Jakarta. */
export function jakartaYearMonth(instant: Date): { year: number; month: number } {
  const shifted = new Date(instant.getTime() + JAKARTA_OFFSET_MS);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1 };
}

/** [from, to) of a Jakarta calendar year, as instants. */
export function jakartaYearRange(year: number): { from: Date; to: Date } {
  return { from: new Date(Date.UTC(year, 0, 1) - JAKARTA_OFFSET_MS), to: new Date(Date.UTC(year + 1, 0, 1) - JAKARTA_OFFSET_MS) };
}
