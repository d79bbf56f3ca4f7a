import { isCutShort, ProgressThrottle } from './transcode-progress';

describe('ProgressThrottle', () => {
  it('lets the first report through, then at most one per interval, and only when the whole percent moved', () => {
    let now = 0;
    const throttle = new ProgressThrottle(2_000, () => now);
    expect(throttle.next(0.4)).toBe(0);
    now = 500;
    expect(throttle.next(3)).toBeNull();
    now = 2_000;
    expect(throttle.next(3.9)).toBe(3);
    now = 6_000;
    expect(throttle.next(3.2)).toBeNull();
    expect(throttle.next(4)).toBe(4);
  });

  it('clamps to 0..100', () => {
    let now = 0;
    const throttle = new ProgressThrottle(1, () => now);
    expect(throttle.next(-5)).toBe(0);
    now = 10;
    expect(throttle.next(140)).toBe(100);
  });
});

describe('isCutShort', () => {
  it('accepts segment rounding, refuses a ladder much shorter than its source', () => {
    expect(isCutShort(6.0, 6.0)).toBe(false);
    expect(isCutShort(5.1, 6.0)).toBe(false);
    expect(isCutShort(3.0, 6.0)).toBe(true);
    expect(isCutShort(590, 600)).toBe(false);
    expect(isCutShort(500, 600)).toBe(true);
    expect(isCutShort(0, 1)).toBe(false);
  });
});
