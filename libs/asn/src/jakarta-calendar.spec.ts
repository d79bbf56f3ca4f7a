import { jakartaDate, jakartaYear, jakartaYearMonth, jakartaYearRange } from './jakarta-calendar';

describe('Jakarta calendar (UTC+7)', () => {
  it('moves an instant to the next day from 17:00 UTC', () => {
    expect(jakartaDate(new Date('2026-03-11T16:59:59.999Z'))).toBe('2026-03-11');
    expect(jakartaDate(new Date('2026-03-11T17:00:00.000Z'))).toBe('2026-03-12');
  });

  it('starts the year at 17:00 UTC on 31 December', () => {
    expect(jakartaYear(new Date('2025-12-31T16:59:59.999Z'))).toBe(2025);
    expect(jakartaYear(new Date('2025-12-31T17:00:00.000Z'))).toBe(2026);
    expect(jakartaYearMonth(new Date('2025-12-31T17:00:00.000Z'))).toEqual({ year: 2026, month: 1 });
    expect(jakartaYearMonth(new Date('2026-12-31T16:00:00.000Z'))).toEqual({ year: 2026, month: 12 });
  });

  it('gives a year as the instants where it starts and the next one starts', () => {
    const { from, to } = jakartaYearRange(2026);
    expect(from.toISOString()).toBe('2025-12-31T17:00:00.000Z');
    expect(to.toISOString()).toBe('2026-12-31T17:00:00.000Z');
    expect(jakartaYear(from)).toBe(2026);
    expect(jakartaYear(new Date(to.getTime() - 1))).toBe(2026);
    expect(jakartaYear(to)).toBe(2027);
  });
});
