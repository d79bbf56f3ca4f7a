/** Longest time one report may claim (the API refuses more than 600 s). */
export const MAX_REPORT_SECONDS = 600;

/**
 * Without any input for this long, the learner is taken to be away: a lesson
 * left open on an office PC over lunch does not count as two hours of study.
 */
export const IDLE_AFTER_MS = 10 * 60 * 1000;

/**
 * Counts the time a lesson is on screen: only while the page is visible, and
 * only up to IDLE_AFTER_MS after the last input. Plain class, no React, so the
 * rules can be tested with a fake clock.
 */
export class LessonTimeMeter {
  private pendingMs = 0;
  private countingSince: number | null;
  private lastInputAt: number;

  constructor(
    private readonly now: () => number = Date.now,
    visible = true,
  ) {
    const start = now();
    this.countingSince = visible ? start : null;
    this.lastInputAt = start;
  }

  /** The learner did something (scrolled, tapped, typed). */
  input(): void {
    const now = this.now();
    // Coming back from idle: the idle stretch is not counted, counting restarts now.
    if (this.countingSince !== null && now - this.lastInputAt > IDLE_AFTER_MS) {
      this.accumulate(now);
      this.countingSince = now;
    }
    this.lastInputAt = now;
  }

  /** The page became visible or hidden. */
  visibility(visible: boolean): void {
    const now = this.now();
    if (visible) {
      if (this.countingSince === null) this.countingSince = now;
      this.lastInputAt = now;
    } else {
      this.accumulate(now);
      this.countingSince = null;
    }
  }

  /**
   * Whole seconds counted since the last take, at most MAX_REPORT_SECONDS (the
   * fraction stays for the next report; an excess, e.g. after the computer slept,
   * is dropped).
   */
  take(): number {
    const now = this.now();
    this.accumulate(now);
    if (this.countingSince !== null) this.countingSince = now;
    const seconds = Math.floor(this.pendingMs / 1000);
    if (seconds >= MAX_REPORT_SECONDS) {
      this.pendingMs = 0;
      return MAX_REPORT_SECONDS;
    }
    this.pendingMs -= seconds * 1000;
    return seconds;
  }

  /** A report failed: its seconds go back, to be sent with the next one. */
  giveBack(seconds: number): void {
    this.pendingMs = Math.min(this.pendingMs + seconds * 1000, MAX_REPORT_SECONDS * 1000);
  }

  private accumulate(now: number): void {
    if (this.countingSince === null) return;
    const countUntil = Math.min(now, this.lastInputAt + IDLE_AFTER_MS);
    if (countUntil > this.countingSince) this.pendingMs += countUntil - this.countingSince;
    this.countingSince = Math.max(this.countingSince, Math.min(now, countUntil));
  }
}
