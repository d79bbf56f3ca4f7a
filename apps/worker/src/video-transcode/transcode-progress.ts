/** Progress is written to the database at most this often while ffmpeg runs. */
export const PROGRESS_INTERVAL_MS = 2_000;

/**
 * Decides which of ffmpeg's progress reports (several a second) are worth a database write:
 * at most one per `intervalMs`, and only when the whole percent moved.
 */
export class ProgressThrottle {
  private lastPercent = -1;
  private lastAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly intervalMs = PROGRESS_INTERVAL_MS,
    private readonly now: () => number = Date.now,
  ) {}

  /** The whole percent to record now, or null to skip this report. */
  next(percent: number): number | null {
    const whole = Math.max(0, Math.min(100, Math.floor(percent)));
    const at = this.now();
    if (whole === this.lastPercent || at - this.lastAt < this.intervalMs) return null;
    this.lastPercent = whole;
    this.lastAt = at;
    return whole;
  }
}

/**
 * A source ffmpeg could not fully decode still "succeeds": the decoder skips what it cannot
 * read and the ladder comes out shorter. Shorter than the source by more than 10 % (and more
 * than 2 s, for very short clips) is taken for that, not for rounding of segment lengths.
 */
export function isCutShort(outputSeconds: number, sourceSeconds: number): boolean {
  return sourceSeconds - outputSeconds > Math.max(2, sourceSeconds * 0.1);
}
