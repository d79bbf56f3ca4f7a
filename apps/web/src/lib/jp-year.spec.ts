/// <reference types="jest" />
import { jakartaYear, yearFromParam, yearOptions } from './jp-year';

describe('jakartaYear', () => {
  it('turns over at midnight in Jakarta, not in UTC', () => {
    // 31 December 2025, 17:30 UTC is already 1 January 2026, 00:30 in Jakarta.
    expect(jakartaYear(new Date('2025-12-31T17:30:00Z'))).toBe(2026);
    expect(jakartaYear(new Date('2025-12-31T16:59:59Z'))).toBe(2025);
  });
});

describe('yearFromParam', () => {
  it('takes a four-digit year the API accepts, else the fallback', () => {
    expect(yearFromParam('2024', 2026)).toBe(2024);
    for (const value of [null, '', '1999', '2101', '2024.5', '20x5', ' 2024']) expect(yearFromParam(value, 2026)).toBe(2026);
  });
});

describe('yearOptions', () => {
  it('offers the current year and five before it, newest first, plus an older one asked for', () => {
    expect(yearOptions(2026, 2026)).toEqual([2026, 2025, 2024, 2023, 2022, 2021]);
    expect(yearOptions(2026, 2015)).toEqual([2026, 2025, 2024, 2023, 2022, 2021, 2015]);
    expect(yearOptions(2026, 2027)).toEqual([2027, 2026, 2025, 2024, 2023, 2022, 2021]);
  });
});
