/**
 * Reads ffmpeg's `-progress` output (key=value lines, a block every half second ending in
 * `progress=continue`, the last one in `progress=end`) and turns it into whole percents of
 * `durationSeconds`. Percents only rise; 100 comes only with `progress=end`, so a run that
 * dies at 99.9 % of the timeline never looks finished.
 */
export class FfmpegProgress {
  private pending = '';
  private percent = 0;

  constructor(
    private readonly durationSeconds: number,
    private readonly onPercent: (percent: number) => void,
  ) {}

  /** Feed stdout as it comes; lines may be split across chunks. */
  push(chunk: string): void {
    const lines = (this.pending + chunk).split('\n');
    this.pending = lines.pop() ?? '';
    for (const line of lines) this.line(line.trim());
  }

  private line(line: string): void {
    const equals = line.indexOf('=');
    if (equals < 0) return;
    const key = line.slice(0, equals);
    const value = line.slice(equals + 1);
    if (key === 'progress' && value === 'end') this.report(100);
    // out_time_ms is microseconds too (an old ffmpeg misnomer); out_time_us is the newer name.
    else if ((key === 'out_time_us' || key === 'out_time_ms') && this.durationSeconds > 0) {
      const microseconds = Number(value);
      if (Number.isFinite(microseconds) && microseconds > 0) {
        this.report(Math.min(99, Math.floor((microseconds / 1e6 / this.durationSeconds) * 100)));
      }
    }
  }

  private report(percent: number): void {
    if (percent <= this.percent) return;
    this.percent = percent;
    this.onPercent(percent);
  }
}
