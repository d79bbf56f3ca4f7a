import { Injectable } from '@nestjs/common';
import { hlsArguments, probeVideo, runFfmpeg, type FfmpegRunResult, type HlsJob, type ProbeVerdict } from '@lentera/media';

/** Seconds ffprobe may take on a source before the worker gives up on it (a re-probe of a file already probed once). */
const PROBE_TIMEOUT_MS = 60_000;

/** ffprobe and ffmpeg (from @lentera/media) as the processor uses them: one seam for tests to watch. */
@Injectable()
export class VideoTranscoder {
  probe(sourcePath: string): Promise<ProbeVerdict> {
    return probeVideo(sourcePath, { timeoutMs: PROBE_TIMEOUT_MS });
  }

  /** One ffmpeg run that decodes the source once and writes every rendition and the poster into `job.outputDir`. */
  transcode(job: HlsJob, options: { timeoutMs: number; signal: AbortSignal; onProgress: (percent: number) => void }): Promise<FfmpegRunResult> {
    return runFfmpeg(hlsArguments(job), { ...options, durationSeconds: job.durationSeconds });
  }
}
