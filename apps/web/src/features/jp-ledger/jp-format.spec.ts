/// <reference types="jest" />
import { formatDays } from './jp-format';

describe('formatDays', () => {
  it('shows the days in Jakarta, where midnight is 17:00 UTC the day before', () => {
    expect(formatDays(null, '2026-03-02T17:00:00.000Z', 'id')).toBe('3 Maret 2026');
  });

  it('shows one day once', () => {
    expect(formatDays('2026-03-02T17:00:00.000Z', '2026-03-02T17:00:00.000Z', 'en')).toBe('3 March 2026');
  });

  it('shows a range of days', () => {
    const range = formatDays('2026-03-01T17:00:00.000Z', '2026-03-02T17:00:00.000Z', 'id');
    expect(range).toMatch(/^2\s*[–-]\s*3 Maret 2026$/);
  });
});
