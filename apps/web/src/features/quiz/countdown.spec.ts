/// <reference types="jest" />
import { clockOffsetMs, formatCountdown, remainingMs } from './countdown';

describe('countdown', () => {
  const serverNow = '2026-03-01T10:00:00.000Z';
  const deadline = '2026-03-01T10:05:00.000Z';

  it('measures how far the device clock is from the server', () => {
    const device = Date.parse(serverNow) - 90_000; // the phone is 90 s behind
    expect(clockOffsetMs(serverNow, device)).toBe(90_000);
    expect(clockOffsetMs('not a date', device)).toBe(0);
  });

  it('counts down in server time whatever the device clock says', () => {
    const device = Date.parse(serverNow) - 90_000;
    const offset = clockOffsetMs(serverNow, device);
    expect(remainingMs(deadline, offset, device)).toBe(300_000);
    expect(remainingMs(deadline, offset, device + 299_000)).toBe(1_000);
    expect(remainingMs(deadline, offset, device + 400_000)).toBe(0);
  });

  it('works with a device clock ahead of the server', () => {
    const device = Date.parse(serverNow) + 120_000;
    const offset = clockOffsetMs(serverNow, device);
    expect(offset).toBe(-120_000);
    expect(remainingMs(deadline, offset, device + 60_000)).toBe(240_000);
  });

  it('shows whole seconds rounded up, hours when needed', () => {
    expect(formatCountdown(300_000)).toBe('05:00');
    expect(formatCountdown(299_001)).toBe('05:00');
    expect(formatCountdown(59_000)).toBe('00:59');
    expect(formatCountdown(1)).toBe('00:01');
    expect(formatCountdown(0)).toBe('00:00');
    expect(formatCountdown(-5)).toBe('00:00');
    expect(formatCountdown(3_900_000)).toBe('1:05:00');
  });
});
