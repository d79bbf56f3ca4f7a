/**
 * JP years: the API counts JP in calendar years of Asia/Jakarta, which is UTC+7 all year (no
 * daylight saving). The learner's ledger and the agency's report pick a year the same way.
 */
const JAKARTA_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The years the API accepts (jp-ledger.errors.ts, invalidYear). */
export const YEAR_RANGE = { min: 2000, max: 2100 } as const;

/** How many past years the year pickers offer besides the current one. */
const PAST_YEARS = 5;

/** The calendar year of an instant in Asia/Jakarta. */
export function jakartaYear(instant: Date = new Date()): number {
  return new Date(instant.getTime() + JAKARTA_OFFSET_MS).getUTCFullYear();
}

/** The year asked for in the address (`?tahun=2025`), or `fallback` when it is missing or not one the API accepts. */
export function yearFromParam(value: string | null, fallback: number): number {
  if (value === null || !/^\d{4}$/.test(value)) return fallback;
  const year = Number(value);
  return year >= YEAR_RANGE.min && year <= YEAR_RANGE.max ? year : fallback;
}

/** The current year and the five before it, newest first, plus `selected` when a link asked for another one. */
export function yearOptions(current: number, selected: number): number[] {
  const years = Array.from({ length: PAST_YEARS + 1 }, (_, index) => current - index);
  if (!years.includes(selected)) years.push(selected);
  return years.sort((a, b) => b - a);
}
