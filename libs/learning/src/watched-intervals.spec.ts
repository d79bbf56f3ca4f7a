import { DomainError } from '@lentera/errors';
import {
  MAX_REPORTED_INTERVALS,
  applyVideoWatch,
  assertVideoWatchReport,
  creditLimit,
  furthestContiguous,
  mergeIntervals,
  type VideoWatchReport,
  type WatchedVideo,
} from './watched-intervals';

const video: WatchedVideo = { durationSeconds: 600, preventSkippingAhead: false };
const noSkip: WatchedVideo = { ...video, preventSkippingAhead: true };

function report(watched: Array<[number, number]>, secondsSpent = 600, positionSeconds = 0): VideoWatchReport {
  return { secondsSpent, positionSeconds, watched: watched.map(([start, end]) => ({ start, end })) };
}

function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('watched intervals of a video', () => {
  it('merges overlapping and touching intervals, in order, and drops empty ones', () => {
    expect(
      mergeIntervals([
        { start: 50, end: 60 },
        { start: 0, end: 10 },
        { start: 5, end: 20 },
        { start: 20, end: 30 },
        { start: 40, end: 40 },
      ]),
    ).toEqual([
      { start: 0, end: 30 },
      { start: 50, end: 60 },
    ]);
  });

  it('counts distinct seconds: watching the same minute twice is one minute', () => {
    const first = applyVideoWatch([], report([[0, 60]]), video);
    const again = applyVideoWatch(first.watched, report([[0, 60], [30, 90]]), video);
    expect(first.watchedSeconds).toBe(60);
    expect(again.watched).toEqual([{ start: 0, end: 90 }]);
    expect(again.watchedSeconds).toBe(90);
    expect(again.share).toBeCloseTo(90 / 600);
  });

  it('clamps intervals and the position to the video', () => {
    const state = applyVideoWatch([], report([[590, 700]], 600, 900), video);
    expect(state.watched).toEqual([{ start: 590, end: 600 }]);
    expect(state.positionSeconds).toBe(600);
    expect(state.share).toBeLessThanOrEqual(1);
  });

  it('credits at most 2 × secondsSpent + 5 new seconds per report, earliest first', () => {
    expect(creditLimit(10)).toBe(25);
    const state = applyVideoWatch([], report([[0, 100], [200, 300]], 10), video);
    expect(state.watched).toEqual([{ start: 0, end: 25 }]);
    expect(state.watchedSeconds).toBe(25);
    // Seconds watched before are not new: they cost nothing.
    const next = applyVideoWatch(state.watched, report([[0, 40]], 5), video);
    expect(next.watched).toEqual([{ start: 0, end: 40 }]);
  });

  it('does not count seeking to the end: only the seconds played there', () => {
    const state = applyVideoWatch([], report([[595, 600]], 5, 600), video);
    expect(state.watchedSeconds).toBe(5);
    expect(state.share).toBeLessThan(0.01);
  });

  it('reaches the whole video with honest reports, whatever their order', () => {
    let watched = [] as ReturnType<typeof applyVideoWatch>['watched'];
    let share = 0;
    for (let end = 30; end <= 600; end += 30) {
      ({ watched, share } = applyVideoWatch(watched, report([[0, end]], 30, end), video));
    }
    expect(watched).toEqual([{ start: 0, end: 600 }]);
    expect(share).toBe(1);
  });

  it('with no skipping ahead, ignores intervals beyond the furthest point watched without a gap (+5 s)', () => {
    const start = applyVideoWatch([], report([[0, 100]]), noSkip);
    expect(furthestContiguous(start.watched)).toBe(100);
    const skipped = applyVideoWatch(start.watched, report([[0, 100], [300, 400]], 100, 400), noSkip);
    expect(skipped.watched).toEqual([{ start: 0, end: 100 }]);
    expect(skipped.positionSeconds).toBe(105);
    const resumedJustAhead = applyVideoWatch(start.watched, report([[104, 200]], 100, 200), noSkip);
    expect(resumedJustAhead.watchedSeconds).toBe(196);
    expect(furthestContiguous(resumedJustAhead.watched)).toBe(200);
    // Without the rule the same skip counts.
    expect(applyVideoWatch(start.watched, report([[300, 400]], 100), video).watchedSeconds).toBe(200);
  });

  it('a chain of intervals reported at once extends the furthest point as it goes', () => {
    const state = applyVideoWatch([], report([[0, 50], [52, 120], [300, 310]], 200), noSkip);
    expect(state.watched).toEqual([
      { start: 0, end: 50 },
      { start: 52, end: 120 },
    ]);
  });

  it('rounds to milliseconds, so float noise from players merges', () => {
    const state = applyVideoWatch([], report([[0, 10.0000001], [10.0000002, 20]]), video);
    expect(state.watched).toEqual([{ start: 0, end: 20 }]);
  });

  it.each([
    ['a negative position', { positionSeconds: -1, watched: [] }, 'positionSeconds'],
    ['a position that is not a number', { positionSeconds: Number.NaN, watched: [] }, 'positionSeconds'],
    ['an infinite position', { positionSeconds: Number.POSITIVE_INFINITY, watched: [] }, 'positionSeconds'],
    ['an interval ending before it starts', { positionSeconds: 0, watched: [{ start: 10, end: 5 }] }, 'watched'],
    ['a negative interval', { positionSeconds: 0, watched: [{ start: -5, end: 5 }] }, 'watched'],
    ['a NaN interval', { positionSeconds: 0, watched: [{ start: 0, end: Number.NaN }] }, 'watched'],
    ['too many intervals', { positionSeconds: 0, watched: Array.from({ length: MAX_REPORTED_INTERVALS + 1 }, (_, i) => ({ start: i, end: i + 1 })) }, 'watched'],
  ])('refuses %s (BAD_USER_INPUT, in Bahasa Indonesia)', (_case, given, field) => {
    const error = refusal(() => assertVideoWatchReport(given));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.details).toMatchObject({ field });
    expect(error.localized.id).toMatch(/detik|rentang/);
  });

  it('accepts an empty report and exactly the most intervals allowed', () => {
    expect(() => assertVideoWatchReport({ positionSeconds: 0, watched: [] })).not.toThrow();
    const most = Array.from({ length: MAX_REPORTED_INTERVALS }, (_, i) => ({ start: i, end: i + 0.5 }));
    expect(() => assertVideoWatchReport({ positionSeconds: 12.5, watched: most })).not.toThrow();
  });
});
