/// <reference types="jest" />
import {
  EMPTY_WATCH_LOG,
  MAX_REPORTED_INTERVALS,
  allowedSeekTarget,
  furthestWatched,
  interruptPlayback,
  intervalsToReport,
  mergeIntervals,
  recordPlayback,
  watchedIntervals,
  watchedSeconds,
  type WatchLog,
} from './watched-intervals';

/** Plays from `from` to `to` in `timeupdate`-sized steps of 0.25 s. */
function play(log: WatchLog, from: number, to: number): WatchLog {
  let next = log;
  for (let time = from; time <= to + 1e-9; time += 0.25) next = recordPlayback(next, time);
  return next;
}

describe('watched intervals', () => {
  it('counts real playback as one interval', () => {
    const log = play(EMPTY_WATCH_LOG, 0, 8);
    expect(watchedIntervals(log)).toEqual([{ start: 0, end: 8 }]);
    expect(watchedSeconds(watchedIntervals(log))).toBe(8);
  });

  it('breaks the interval at a seek: the skipped part is not watched', () => {
    let log = play(EMPTY_WATCH_LOG, 0, 5);
    log = interruptPlayback(log); // `seeking`
    log = play(log, 30, 34);
    expect(watchedIntervals(log)).toEqual([
      { start: 0, end: 5 },
      { start: 30, end: 34 },
    ]);
    expect(watchedSeconds(watchedIntervals(log))).toBe(9);
  });

  it('takes a long jump for a seek even when the browser sent no seeking event', () => {
    let log = play(EMPTY_WATCH_LOG, 0, 4);
    log = recordPlayback(log, 60);
    log = recordPlayback(log, 60.25);
    expect(watchedIntervals(log)).toEqual([
      { start: 0, end: 4 },
      { start: 60, end: 60.25 },
    ]);
  });

  it('starts a new interval when the playhead goes back, and counts the replayed seconds once', () => {
    let log = play(EMPTY_WATCH_LOG, 0, 10);
    log = recordPlayback(log, 6);
    log = play(log, 6, 12);
    expect(watchedIntervals(log)).toEqual([{ start: 0, end: 12 }]);
    expect(watchedSeconds(watchedIntervals(log))).toBe(12);
  });

  it('counts nothing for a pause, or for a seek while paused', () => {
    let log = play(EMPTY_WATCH_LOG, 10, 12);
    log = interruptPlayback(log); // pause
    log = interruptPlayback(log); // seeking while paused
    log = recordPlayback(log, 50); // `playing` at the new place: no time has passed yet
    expect(watchedIntervals(log)).toEqual([{ start: 10, end: 12 }]);
  });

  it('ignores positions that are not numbers', () => {
    const log = play(EMPTY_WATCH_LOG, 0, 2);
    expect(recordPlayback(log, Number.NaN)).toBe(log);
    expect(recordPlayback(log, -1)).toBe(log);
  });

  it('merges overlapping and touching intervals and drops empty ones', () => {
    expect(
      mergeIntervals([
        { start: 20, end: 25 },
        { start: 0, end: 5 },
        { start: 4, end: 8 },
        { start: 8.1, end: 9 },
        { start: 12, end: 12 },
      ]),
    ).toEqual([
      { start: 0, end: 9 },
      { start: 20, end: 25 },
    ]);
  });

  it('reports at most the API limit of intervals, the longest, in time order', () => {
    const many = Array.from({ length: MAX_REPORTED_INTERVALS + 10 }, (_, index) => ({ start: index * 10, end: index * 10 + (index < 10 ? 0.5 : 2) }));
    const reported = intervalsToReport(many);
    expect(reported).toHaveLength(MAX_REPORTED_INTERVALS);
    expect(reported[0]).toEqual({ start: 100, end: 102 });
    expect(reported.every((interval, index) => index === 0 || interval.start > reported[index - 1].start)).toBe(true);
  });

  describe('no skipping ahead', () => {
    const watched = [
      { start: 0, end: 30 },
      { start: 30.5, end: 40 },
      { start: 60, end: 70 },
    ];

    it('reaches as far as the video was watched without a gap from its start', () => {
      expect(furthestWatched(watched)).toBe(40);
      expect(furthestWatched([])).toBe(0);
      expect(furthestWatched([{ start: 5, end: 10 }])).toBe(0);
    });

    it('lets a seek land inside what was watched, and snaps one beyond it back', () => {
      expect(allowedSeekTarget(12, watched)).toBe(12);
      expect(allowedSeekTarget(40.5, watched)).toBe(40.5);
      expect(allowedSeekTarget(65, watched)).toBe(40);
      expect(allowedSeekTarget(3, [])).toBe(0);
    });
  });
});
