import type { WatchedInterval } from '@lentera/db';
import { DomainError, ErrorCode } from '@lentera/errors';

/** The most intervals one report may carry (a player sends what it played since it opened). */
export const MAX_REPORTED_INTERVALS = 500;

/** The most merged intervals a learner's row keeps; an honest player makes one per seek. */
export const MAX_STORED_INTERVALS = 1_000;

/**
 * Slack for the no-skip rule: a stretch may start this far past what was watched without a
 * gap (a player resumes a little ahead, a report rounds).
 */
export const SKIP_TOLERANCE_SECONDS = 5;

/** Nobody watches faster than 2×; the 5 seconds cover rounding and the delay of the report itself. */
export function creditLimit(secondsSpent: number): number {
  return 2 * secondsSpent + 5;
}

export interface VideoWatchReport {
  /** Seconds spent since the previous report (already checked: 0..600). */
  secondsSpent: number;
  positionSeconds: number;
  /** What the player played since it opened; may repeat what earlier reports sent. */
  watched: readonly WatchedInterval[];
}

export interface WatchedVideo {
  durationSeconds: number;
  /** The course's rule: what lies beyond the furthest point watched without a gap is not credited. */
  preventSkippingAhead: boolean;
}

/** A learner's state in a video after a report. */
export interface VideoWatchState {
  positionSeconds: number;
  /** Merged: sorted by start, not overlapping. */
  watched: WatchedInterval[];
  /** Distinct seconds watched. */
  watchedSeconds: number;
  /** watchedSeconds / duration, 0..1. */
  share: number;
}

/** Refuses what no player sends: NaN, negative times, an interval ending before it starts, too many intervals. */
export function assertVideoWatchReport(report: Pick<VideoWatchReport, 'positionSeconds' | 'watched'>): void {
  if (!isTime(report.positionSeconds)) {
    throw badReport('positionSeconds', {
      id: 'Posisi video harus berupa angka detik yang tidak negatif.',
      en: 'The video position must be a non-negative number of seconds.',
    });
  }
  if (report.watched.length > MAX_REPORTED_INTERVALS) {
    throw badReport('watched', {
      id: `Satu laporan menonton paling banyak memuat ${MAX_REPORTED_INTERVALS} rentang.`,
      en: `One watch report carries at most ${MAX_REPORTED_INTERVALS} intervals.`,
    });
  }
  if (!report.watched.every((interval) => isTime(interval.start) && isTime(interval.end) && interval.end >= interval.start)) {
    throw badReport('watched', {
      id: 'Setiap rentang yang ditonton harus berupa detik yang tidak negatif, dengan akhir tidak sebelum awalnya.',
      en: 'Every watched interval must be non-negative seconds, its end not before its start.',
    });
  }
}

/** Sorted by start, overlapping or touching intervals joined, empty ones dropped. */
export function mergeIntervals(intervals: readonly WatchedInterval[]): WatchedInterval[] {
  const sorted = intervals.filter((interval) => interval.end > interval.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: WatchedInterval[] = [];
  for (const interval of sorted) {
    const last = merged[merged.length - 1];
    if (last && interval.start <= last.end) last.end = Math.max(last.end, interval.end);
    else merged.push({ start: interval.start, end: interval.end });
  }
  return merged;
}

export function totalSeconds(intervals: readonly WatchedInterval[]): number {
  return intervals.reduce((total, interval) => total + (interval.end - interval.start), 0);
}

/**
 * How far the learner watched from the start without skipping: the end of the chain of merged
 * intervals beginning at 0, each starting at most `tolerance` seconds after the previous one ends.
 */
export function furthestContiguous(merged: readonly WatchedInterval[], tolerance = SKIP_TOLERANCE_SECONDS): number {
  let reach = 0;
  for (const interval of merged) {
    if (interval.start > reach + tolerance) break;
    reach = Math.max(reach, interval.end);
  }
  return reach;
}

/**
 * Adds a report to what was watched before. Reported intervals are clamped to the video; only
 * seconds not watched before are new, and a report credits at most `creditLimit(secondsSpent)`
 * of them, earliest first. Seeking to the end and playing the last seconds therefore counts as
 * those seconds only. With `preventSkippingAhead`, an interval starting beyond the furthest
 * point watched without a gap (+ tolerance) is ignored.
 */
export function applyVideoWatch(before: readonly WatchedInterval[], report: VideoWatchReport, video: WatchedVideo): VideoWatchState {
  const duration = Math.max(0, video.durationSeconds);
  let watched = mergeIntervals(before.map((interval) => clamp(interval, duration)));
  let budget = creditLimit(report.secondsSpent);
  const reported = report.watched
    .map((interval) => clamp({ start: millis(interval.start), end: millis(interval.end) }, duration))
    .filter((interval) => interval.end > interval.start)
    .sort((a, b) => a.start - b.start);
  for (const interval of reported) {
    if (budget <= 0 || watched.length >= MAX_STORED_INTERVALS) break;
    if (video.preventSkippingAhead && interval.start > furthestContiguous(watched) + SKIP_TOLERANCE_SECONDS) continue;
    const credited: WatchedInterval[] = [];
    for (const gap of uncovered(interval, watched)) {
      const taken = Math.min(gap.end - gap.start, budget);
      if (taken <= 0) break;
      credited.push({ start: gap.start, end: gap.start + taken });
      budget -= taken;
    }
    watched = mergeIntervals([...watched, ...credited]);
  }
  const watchedSeconds = millis(totalSeconds(watched));
  const reachable = video.preventSkippingAhead ? Math.min(duration, furthestContiguous(watched) + SKIP_TOLERANCE_SECONDS) : duration;
  return {
    positionSeconds: Math.min(millis(report.positionSeconds), reachable),
    watched,
    watchedSeconds,
    share: duration > 0 ? Math.min(1, watchedSeconds / duration) : 0,
  };
}

/** The parts of `interval` no merged interval covers, in order. */
function uncovered(interval: WatchedInterval, merged: readonly WatchedInterval[]): WatchedInterval[] {
  const gaps: WatchedInterval[] = [];
  let cursor = interval.start;
  for (const covered of merged) {
    if (covered.end <= cursor) continue;
    if (covered.start >= interval.end) break;
    if (covered.start > cursor) gaps.push({ start: cursor, end: covered.start });
    cursor = Math.max(cursor, covered.end);
    if (cursor >= interval.end) break;
  }
  if (cursor < interval.end) gaps.push({ start: cursor, end: interval.end });
  return gaps;
}

function clamp(interval: WatchedInterval, duration: number): WatchedInterval {
  return { start: Math.min(Math.max(interval.start, 0), duration), end: Math.min(Math.max(interval.end, 0), duration) };
}

/** Milliseconds are enough; rounding keeps players' float noise out of the stored intervals. */
function millis(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}

function isTime(value: number): boolean {
  return Number.isFinite(value) && value >= 0;
}

function badReport(field: 'positionSeconds' | 'watched', message: { id: string; en: string }): DomainError {
  return new DomainError(ErrorCode.BadUserInput, message, { field });
}
