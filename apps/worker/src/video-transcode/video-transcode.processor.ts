import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@lentera/config';
import { CourseAssetRepository, type CourseAssetRecord, type VideoRenditionRecord } from '@lentera/db';
import type { LocalizedMessage } from '@lentera/errors';
import { contractOf, PermanentJobError, type JobContext, type JobHandler, type JobPayloads, type JobResults } from '@lentera/jobs';
import { HLS_SETTINGS, ladderFor, videoPaths, type FfmpegRunResult, type Rendition, type VideoProbe } from '@lentera/media';
import { inspectHlsOutput } from './hls-output';
import { isCutShort, ProgressThrottle } from './transcode-progress';
import { transcodeFailure } from './video-transcode.messages';
import { VideoFileStore } from './video-file-store';
import { VideoTranscoder } from './video-transcoder';

type TranscodeResult = JobResults['video.transcode'];

/** What ffmpeg says on stderr when the machine, not the source, is at fault: worth a retry. */
const MACHINE_TROUBLE = /No space left on device|Input\/output error|Cannot allocate memory|Too many open files/i;

/** A run's identity and the ids its log lines carry. */
interface Run {
  asset: CourseAssetRecord;
  runId: string;
  log: { assetId: string; courseId: string; jobId: string; runId: string; run: number };
}

/**
 * `video.transcode`: an uploaded video becomes an HLS ladder with a poster. State on the asset:
 * uploaded → processing (this run's id) → ready | failed. The source is probed again (it is on
 * disk since the upload; trust nothing), then one ffmpeg run writes `.work-<runId>`, the output
 * is checked, renamed to `hls-<runId>` and published. What a retry would not change (a source
 * ffprobe refuses or ffmpeg cannot decode, a timeout, an incomplete ladder) fails the video at
 * once, with the reason for the instructor, and the job ends normally. Trouble of the machine
 * (ffmpeg killed by someone else, a full disk) throws, so BullMQ retries.
 *
 * A stopping worker (SIGTERM) kills the running ffmpeg instead of waiting up to hours for it:
 * JobWorkerHost puts the job back in the queue without counting an attempt, and the next
 * worker transcodes from the start under a new run id (the video stays `processing` meanwhile).
 * A worker killed outright takes ffmpeg with it (see runFfmpeg); its job stalls, and once its
 * lock runs out (the contract's lockDurationMs) the next worker runs it the same way.
 */
@Injectable()
export class VideoTranscodeProcessor implements JobHandler<'video.transcode'>, OnApplicationShutdown {
  readonly jobName = 'video.transcode' as const;
  private readonly logger = new Logger(VideoTranscodeProcessor.name);
  private readonly shutdown = new AbortController();

  constructor(
    private readonly assets: CourseAssetRepository,
    private readonly files: VideoFileStore,
    private readonly transcoder: VideoTranscoder,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationShutdown(): void {
    this.shutdown.abort();
  }

  async handle({ assetId }: JobPayloads['video.transcode'], context: JobContext): Promise<TranscodeResult> {
    const asset = await this.assets.findById(assetId);
    if (!asset) throw new PermanentJobError(`asset ${assetId} does not exist (its course was deleted?)`);
    if (asset.kind !== 'video' || !asset.video) throw new PermanentJobError(`asset ${assetId} (${asset.kind}) is not a video`);
    // Ready or failed already: a repeated job (an enqueue racing a finished run, a retry after one).
    if (asset.video.status === 'ready' || asset.video.status === 'failed') return unchanged(asset);
    const runId = randomUUID().replace(/-/g, '');
    const claimed = await this.assets.claimVideo(assetId, runId);
    if (!claimed?.video) return unchanged(await this.assets.findById(assetId));
    const run: Run = {
      asset: claimed,
      runId,
      log: { assetId, courseId: claimed.courseId, jobId: context.jobId, runId, run: claimed.video.runs },
    };
    try {
      return await this.transcode(run, context);
    } catch (error) {
      await this.files.remove(videoPaths.work(assetId, runId)).catch(() => undefined);
      if (!(error instanceof PermanentJobError) && !this.shutdown.signal.aborted && isLastAttempt(context)) {
        // No retry follows: without this the video would stay `processing` for ever.
        await this.assets.failVideo(assetId, transcodeFailure.interrupted(), runId).catch((markError: unknown) => {
          this.logger.error({ ...run.log, err: markError }, 'could not mark the video as failed');
        });
      }
      throw error;
    }
  }

  private async transcode(run: Run, context: JobContext): Promise<TranscodeResult> {
    const { asset, runId } = run;
    const startedAt = Date.now();
    if (!(await this.files.isFile(asset.storagePath))) return this.fail(run, transcodeFailure.sourceMissing(), 'the source file is missing');
    const sourcePath = this.files.absolutePath(asset.storagePath);
    const verdict = await this.transcoder.probe(sourcePath);
    if (!verdict.accepted) return this.fail(run, verdict.reason, `the probe refused the source: ${verdict.reason.en}`);
    const source = verdict.video;
    const leftovers = await this.files.removeRunFolders(asset.id, { only: 'work' });
    if (leftovers.length > 0) this.logger.log({ ...run.log, leftovers }, 'removed the folders of earlier runs that did not finish');

    const renditions = ladderFor(source);
    const workPath = videoPaths.work(asset.id, runId);
    await this.files.prepareRun(workPath, renditions.map((rendition) => rendition.name));
    this.logger.log(
      { ...run.log, renditions: renditions.map((rendition) => rendition.name), durationSeconds: source.durationSeconds },
      'transcoding the video',
    );
    const progress = this.progressRecorder(run, context);
    const result = await this.transcoder.transcode(
      { sourcePath, outputDir: this.files.absolutePath(workPath), renditions, hasAudio: source.hasAudio, durationSeconds: source.durationSeconds },
      { timeoutMs: this.config.video.transcodeTimeoutMs, signal: this.shutdown.signal, onProgress: progress.report },
    );
    await progress.settled();
    const elapsedMs = Date.now() - startedAt;
    const outcome = { ...run.log, code: result.code, signal: result.signal, elapsedMs, cpuSeconds: result.cpuSeconds };

    const problem = this.problemOf(result, run);
    if (problem) {
      this.logger.warn({ ...outcome, stderrTail: result.stderrTail }, `ffmpeg did not finish: ${problem.cause}`);
      return this.fail(run, problem.reason, problem.cause);
    }
    const inspection = await inspectHlsOutput(this.files.readerOf(workPath), {
      masterFileName: HLS_SETTINGS.masterFileName,
      posterFileName: HLS_SETTINGS.posterFileName,
      renditionNames: renditions.map((rendition) => rendition.name),
    });
    if (!inspection.complete) return this.fail(run, transcodeFailure.incomplete(), `incomplete output: ${inspection.problem}`);
    if (isCutShort(inspection.durationSeconds, source.durationSeconds)) {
      const cause = `the ladder lasts ${inspection.durationSeconds.toFixed(1)} s of the source's ${source.durationSeconds.toFixed(1)} s: the source cannot be fully decoded`;
      this.logger.warn({ ...outcome, stderrTail: result.stderrTail }, cause);
      return this.fail(run, transcodeFailure.undecodable(), cause);
    }
    return this.publish(run, workPath, renditions, source, outcome);
  }

  /**
   * A permanent problem of this run (recorded, not retried), or null when ffmpeg finished well.
   * Throws for what a later attempt may not meet: a shutdown, a signal nobody here sent, a sick disk.
   */
  private problemOf(result: FfmpegRunResult, run: Run): { reason: LocalizedMessage; cause: string } | null {
    if (result.aborted) throw new Error(`transcode of asset ${run.asset.id} interrupted by the worker's shutdown`);
    if (result.timedOut) {
      return { reason: transcodeFailure.timeout(this.config.video.transcodeTimeoutMs), cause: `no result after ${this.config.video.transcodeTimeoutMs} ms` };
    }
    if (result.signal !== null) throw new Error(`ffmpeg was killed by ${result.signal} (not by the worker); the job is retried`);
    if (result.code !== 0) {
      if (MACHINE_TROUBLE.test(result.stderrTail)) throw new Error(`ffmpeg exited with ${result.code} on trouble of the machine: ${lastLine(result.stderrTail)}`);
      return { reason: transcodeFailure.undecodable(), cause: `ffmpeg exited with ${result.code}: ${lastLine(result.stderrTail)}` };
    }
    return null;
  }

  private async publish(
    run: Run,
    workPath: string,
    renditions: readonly Rendition[],
    source: VideoProbe,
    outcome: Record<string, unknown>,
  ): Promise<TranscodeResult> {
    const { asset, runId } = run;
    const outputPath = videoPaths.output(asset.id, runId);
    await this.files.publish(workPath, outputPath);
    const records = renditions.map((rendition) => renditionRecord(rendition, source.hasAudio));
    if (!(await this.assets.publishVideo(asset.id, runId, { outputPath, renditions: records }))) {
      // Another run claimed the video meanwhile (or it was deleted): its output is the one that counts.
      await this.files.remove(outputPath);
      this.logger.warn(run.log, 'the video was claimed by another run meanwhile; this output is dropped');
      return unchanged(await this.assets.findById(asset.id));
    }
    // After publishing: until then the older output (there is none for a video never ready) stays readable.
    await this.files.removeRunFolders(asset.id, { keep: outputPath });
    this.logger.log({ ...outcome, outputPath, renditions: records.length }, 'video ready');
    return { status: 'ready', transcoded: true, renditions: records.length };
  }

  /** ffmpeg reports progress several times a second: the asset and the job get it at most every ~2 s. */
  private progressRecorder(run: Run, context: JobContext): { report: (percent: number) => void; settled: () => Promise<void> } {
    const throttle = new ProgressThrottle();
    let writes = Promise.resolve();
    return {
      report: (percent) => {
        const whole = throttle.next(percent);
        if (whole === null) return;
        // Chained: writes land in order, and a failed write (a database hiccup) costs only that report.
        writes = writes
          .then(async () => {
            await this.assets.setVideoProgress(run.asset.id, run.runId, whole);
            await context.reportProgress(whole);
          })
          .catch((error: unknown) => this.logger.warn({ ...run.log, err: error }, 'could not record the progress'));
      },
      settled: () => writes,
    };
  }

  private async fail(run: Run, reason: LocalizedMessage, cause: string): Promise<TranscodeResult> {
    await this.files.remove(videoPaths.work(run.asset.id, run.runId));
    const recorded = await this.assets.failVideo(run.asset.id, reason, run.runId);
    this.logger.warn({ ...run.log, recorded }, `video failed: ${cause}`);
    return { status: 'failed', transcoded: true, renditions: 0 };
  }
}

function unchanged(asset: CourseAssetRecord | null): TranscodeResult {
  const status = asset?.video?.status === 'ready' ? 'ready' : 'failed';
  return { status, transcoded: false, renditions: status === 'ready' ? (asset?.video?.renditions.length ?? 0) : 0 };
}

function renditionRecord(rendition: Rendition, hasAudio: boolean): VideoRenditionRecord {
  return {
    name: rendition.name,
    width: rendition.width,
    height: rendition.height,
    videoBitrateKbps: rendition.videoBitrateKbps,
    // A source without sound gives video-only renditions: their bandwidth has no audio share.
    audioBitrateKbps: hasAudio ? rendition.audioBitrateKbps : 0,
  };
}

function lastLine(text: string): string {
  return text.trim().split('\n').at(-1)?.trim() ?? '';
}

function isLastAttempt(context: JobContext): boolean {
  return context.attempt >= (contractOf('video.transcode').options.attempts ?? 1);
}
