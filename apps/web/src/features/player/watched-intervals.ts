/** A stretch of the video that was played, in seconds of video time. */
export interface WatchedInterval {
  start: number;
  end: number;
}

/**
 * What the player saw being played since it opened: closed intervals (merged) and the one
 * growing now. Plain data and pure functions, no React or DOM, so the rules can be tested.
 */
export interface WatchLog {
  closed: WatchedInterval[];
  open: WatchedInterval | null;
}

/** The API refuses a report with more intervals than this. */
export const MAX_REPORTED_INTERVALS = 500;

/**
 * Longest step of the playhead still taken for playback between two `timeupdate` events
 * (they come every ~250 ms, less often in a background tab, and 2× speed doubles the step).
 * A longer jump is a seek, even if the browser did not say so.
 */
export const MAX_PLAYBACK_STEP_SECONDS = 3;

/** Intervals closer than this are one: `timeupdate` does not land exactly where the last one ended. */
const JOIN_GAP_SECONDS = 0.3;

export const EMPTY_WATCH_LOG: WatchLog = { closed: [], open: null };

/** Sorted, overlapping or touching intervals joined, empty ones dropped. */
export function mergeIntervals(intervals: readonly WatchedInterval[]): WatchedInterval[] {
  const sorted = intervals.filter((interval) => interval.end > interval.start).sort((a, b) => a.start - b.start);
  const merged: WatchedInterval[] = [];
  for (const interval of sorted) {
    const last = merged[merged.length - 1];
    if (last && interval.start <= last.end + JOIN_GAP_SECONDS) last.end = Math.max(last.end, interval.end);
    else merged.push({ start: interval.start, end: interval.end });
  }
  return merged;
}

/**
 * The playhead moved to `time` by playing. Extends the open interval when the move is a
 * short step forward; anything else (a jump, a step back) starts a new interval there.
 */
export function recordPlayback(log: WatchLog, time: number): WatchLog {
  if (!Number.isFinite(time) || time < 0) return log;
  const { open } = log;
  if (open && time >= open.end && time - open.end <= MAX_PLAYBACK_STEP_SECONDS) {
    return { closed: log.closed, open: { start: open.start, end: time } };
  }
  return { closed: closeOpen(log), open: { start: time, end: time } };
}

/**
 * Playback stopped counting: paused, seeking, waiting for data, ended. The next
 * `recordPlayback` starts a new interval, so a seek never counts as watched.
 */
export function interruptPlayback(log: WatchLog): WatchLog {
  return log.open ? { closed: closeOpen(log), open: null } : log;
}

/** Every interval of the log, merged (the open one included). */
export function watchedIntervals(log: WatchLog): WatchedInterval[] {
  return mergeIntervals(log.open ? [...log.closed, log.open] : log.closed);
}

/**
 * What a report may carry: at most MAX_REPORTED_INTERVALS intervals, the longest ones
 * (a learner jumping around for hours); in time order.
 */
export function intervalsToReport(intervals: readonly WatchedInterval[]): WatchedInterval[] {
  const merged = mergeIntervals(intervals);
  if (merged.length <= MAX_REPORTED_INTERVALS) return merged;
  return merged
    .sort((a, b) => b.end - b.start - (a.end - a.start))
    .slice(0, MAX_REPORTED_INTERVALS)
    .sort((a, b) => a.start - b.start);
}

/** Seconds of video watched, each second counted once. */
export function watchedSeconds(intervals: readonly WatchedInterval[]): number {
  return mergeIntervals(intervals).reduce((total, interval) => total + interval.end - interval.start, 0);
}

/**
 * How far the learner may go when skipping ahead is not allowed: the end of what was watched
 * without a gap from the start of the video (`tolerance` covers a second lost to rounding).
 */
export function furthestWatched(intervals: readonly WatchedInterval[], tolerance = 1): number {
  let reach = 0;
  for (const interval of mergeIntervals(intervals)) {
    if (interval.start > reach + tolerance) break;
    reach = Math.max(reach, interval.end);
  }
  return reach;
}

/** Where a seek to `target` may land in no-skip mode: there, or back at the furthest watched point. */
export function allowedSeekTarget(target: number, intervals: readonly WatchedInterval[], tolerance = 1): number {
  const reach = furthestWatched(intervals, tolerance);
  return target <= reach + tolerance ? target : reach;
}

function closeOpen(log: WatchLog): WatchedInterval[] {
  return log.open && log.open.end > log.open.start ? mergeIntervals([...log.closed, log.open]) : log.closed;
}
