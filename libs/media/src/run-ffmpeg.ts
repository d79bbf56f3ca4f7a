import { readFileSync } from 'node:fs';
import { killGroup, spawnInGroup } from './child-process-group';
import { FfmpegProgress } from './ffmpeg-progress';

export interface FfmpegRunResult {
  /** Null when a signal ended it. */
  code: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  /** The caller's AbortSignal fired and we killed it. */
  aborted: boolean;
  /** The last few kilobytes of stderr, for the log and the failure reason. */
  stderrTail: string;
  /** User + system CPU time ffmpeg used, all its threads (see `cpuSeconds` below). */
  cpuSeconds: number;
}

export interface FfmpegRunOptions {
  timeoutMs: number;
  /** Of the source, to turn `-progress` timestamps into percents. */
  durationSeconds: number;
  signal?: AbortSignal;
  onProgress?: (percent: number) => void;
}

const MAX_STDERR_CHARS = 16 * 1024;
const CPU_SAMPLE_MS = 500;
/** What `-benchmark` prints at the end of a run (ffmpeg's own getrusage of itself). */
const BENCH_LINE = /bench: utime=([\d.]+)s stime=([\d.]+)s/;

/**
 * Runs `ffmpeg <args>` to its end, or kills it on timeout or abort. It leads a process group of
 * its own, under `setpriv --pdeathsig KILL` where available, so it dies with the worker (and
 * with `SIGPIPE` on the progress pipe). Rejects only when ffmpeg cannot be started.
 */
export function runFfmpeg(args: readonly string[], options: FfmpegRunOptions): Promise<FfmpegRunResult> {
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) {
      resolve({ code: null, signal: null, timedOut: false, aborted: true, stderrTail: '', cpuSeconds: 0 });
      return;
    }
    // -benchmark: a global option, so its place among the arguments does not matter.
    const child = spawnInGroup('ffmpeg', ['-benchmark', ...args]);
    const progress = new FfmpegProgress(options.durationSeconds, (percent) => options.onProgress?.(percent));
    let stderrTail = '';
    let timedOut = false;
    let aborted = false;
    let settled = false;
    let sampledCpuSeconds = 0;
    const sample = (): void => {
      sampledCpuSeconds = cpuSecondsOf(child.pid) ?? sampledCpuSeconds;
    };
    // Sampled once more before a kill: an abort can come before the first sample.
    const stop = (): void => {
      sample();
      killGroup(child.pid);
    };
    const timer = setTimeout(() => {
      timedOut = true;
      stop();
    }, options.timeoutMs);
    const sampler = setInterval(sample, CPU_SAMPLE_MS);
    const handleAbort = (): void => {
      aborted = true;
      stop();
    };
    options.signal?.addEventListener('abort', handleAbort, { once: true });
    const finish = (): void => {
      settled = true;
      clearTimeout(timer);
      clearInterval(sampler);
      options.signal?.removeEventListener('abort', handleAbort);
      stop();
    };

    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => progress.push(chunk));
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderrTail = (stderrTail + chunk).slice(-MAX_STDERR_CHARS);
    });
    child.once('error', (error) => {
      if (settled) return;
      finish();
      reject(error);
    });
    child.once('close', (code, signal) => {
      if (settled) return;
      finish();
      resolve({ code, signal, timedOut, aborted, stderrTail, cpuSeconds: reportedCpuSeconds(stderrTail) ?? sampledCpuSeconds });
    });
  });
}

/**
 * CPU time: on a normal end, ffmpeg's own `-benchmark` line (getrusage of the process, every
 * thread, exact). A killed ffmpeg prints nothing, so the last sample of /proc/<pid>/stat
 * (utime + stime, taken every 500 ms while it ran and once more just before the kill) stands in.
 * Node offers no getrusage of one child, and wrapping ffmpeg in `time` or a shell would put
 * another process between setpriv's death signal and ffmpeg.
 */
function reportedCpuSeconds(stderr: string): number | null {
  const match = BENCH_LINE.exec(stderr);
  return match ? Number(match[1]) + Number(match[2]) : null;
}

const CLOCK_TICKS_PER_SECOND = 100;

function cpuSecondsOf(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after "(comm)", which may itself hold spaces: state is field 3, utime 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return null;
  }
}
