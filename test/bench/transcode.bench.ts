// `npm run bench -- transcode [--rounds N]` (tools/bench.mjs starts the services and runs this).
//
// On a generated 30-second 1080p clip with audio, alternating, round after round:
//   (a) the whole job: enqueue `video.transcode` to the built worker, until the asset is ready;
//   (b) the bare single ffmpeg command (hlsArguments) for the same ladder, run directly;
//   (c) one ffmpeg per rendition (renditionArguments), all at once.
// (a) and (b) use the same arguments (the worker builds them with hlsArguments), so quality is
// alike. The last line is one JSON object with the medians.
import { execFile } from 'node:child_process';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
// First: @nestjs/testing loads reflect-metadata, which the built libraries' decorators need.
import { Test } from '@nestjs/testing';
import { CourseAssetRepository, DatabaseModule, DatabaseSetup } from '@lentera/db';
import { JobQueue, JobsProducerModule } from '@lentera/jobs';
import { hlsArguments, ladderFor, probeVideo, renditionArguments, runFfmpeg, videoPaths, type HlsJob, type VideoProbe } from '@lentera/media';
import { startLenteraApp, temporaryDirectory, type RunningProcess } from '../support/processes';
import { eventually, isolatedConfig } from '../support/test-config';

const GOAL = 1.05;
const CLIP_SECONDS = 30;
const FFMPEG_TIMEOUT_MS = 20 * 60_000;
const run = promisify(execFile);

interface Measure {
  wallSeconds: number;
  cpuSeconds: number;
}

interface Round {
  job: Measure;
  single: Measure;
  perRendition: Measure;
}

function roundsFromArguments(): number {
  const index = process.argv.indexOf('--rounds');
  const rounds = index >= 0 ? Number(process.argv[index + 1]) : 5;
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds needs a whole number ≥ 1');
  return rounds;
}

async function generateClip(path: string): Promise<void> {
  await run('ffmpeg', [
    '-hide_banner', '-loglevel', 'error', '-y',
    '-f', 'lavfi', '-i', 'testsrc2=size=1920x1080:rate=30',
    '-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=48000',
    '-t', String(CLIP_SECONDS), '-shortest',
    '-c:v', 'libx264', '-preset', 'veryfast', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-b:a', '128k',
    path,
  ]);
}

/** User + system seconds of a process and of the children it has reaped (ffmpeg, ffprobe). */
function processTreeCpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime 14, stime 15, cutime 16, cstime 17 (1-based, counted from pid).
  return fields.slice(11, 15).reduce((sum, field) => sum + Number(field), 0) / 100;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const round2 = (value: number) => Math.round(value * 100) / 100;
const round3 = (value: number) => Math.round(value * 1000) / 1000;
const seconds = (value: number) => `${value.toFixed(1)} s`;

async function main(): Promise<void> {
  const rounds = roundsFromArguments();
  const work = temporaryDirectory('lentera-bench-transcode-');
  const dataDir = join(work, 'data');
  const source = join(work, 'source.mp4');
  const isolated = isolatedConfig('bench-transcode', { DATA_DIR: dataDir });
  let worker: RunningProcess | null = null;
  const context = await Test.createTestingModule({
    imports: [DatabaseModule.forRoot(isolated.config), JobsProducerModule.forRoot(isolated.config)],
  }).compile();
  context.useLogger(false);
  try {
    console.log(`• generating a ${CLIP_SECONDS}-second 1080p clip with audio…`);
    await generateClip(source);
    const verdict = await probeVideo(source);
    if (!verdict.accepted) throw new Error(`the generated clip was rejected: ${verdict.reason.en}`);
    const video = verdict.video;
    const ladder = ladderFor(video);
    console.log(`• ladder: ${ladder.map((rendition) => rendition.name).join(' ')}; ${rounds} rounds of (a) job, (b) one ffmpeg, (c) one ffmpeg per rendition`);

    await context.init();
    await context.get(DatabaseSetup).ensureIndexes();
    const assets = context.get(CourseAssetRepository);
    const queue = context.get(JobQueue);
    worker = startLenteraApp('worker', {
      MONGODB_URI: isolated.config.mongodbUri,
      REDIS_URL: isolated.config.redisUrl,
      QUEUE_PREFIX: isolated.config.queuePrefix,
      DATA_DIR: dataDir,
      // info: the start-up line below is how the bench knows the worker is ready.
      LOG_LEVEL: 'info',
    });
    const started = worker;
    await eventually(async () => started.output(), (output) => output.includes('Lentera worker running') || started.child.exitCode !== null, 'the worker to start', 60_000);
    if (started.child.exitCode !== null) throw new Error(`the worker stopped:\n${started.output()}`);

    const wholeJob = async (): Promise<Measure> => measureJob(assets, queue, started, dataDir, source, video);
    const single = async (): Promise<Measure> => {
      const job = await freshJob(work, 'single', source, video, ladder);
      const startedAt = performance.now();
      const result = await runFfmpeg(hlsArguments(job), { timeoutMs: FFMPEG_TIMEOUT_MS, durationSeconds: video.durationSeconds });
      if (result.code !== 0) throw new Error(`ffmpeg failed (${result.code ?? result.signal}):\n${result.stderrTail}`);
      return { wallSeconds: (performance.now() - startedAt) / 1000, cpuSeconds: result.cpuSeconds };
    };
    const perRendition = async (): Promise<Measure> => {
      const job = await freshJob(work, 'per-rendition', source, video, ladder);
      await Promise.all(ladder.map((rendition) => mkdir(join(job.outputDir, rendition.name))));
      const startedAt = performance.now();
      const results = await Promise.all(
        ladder.map((rendition) => runFfmpeg(renditionArguments(job, rendition), { timeoutMs: FFMPEG_TIMEOUT_MS, durationSeconds: video.durationSeconds })),
      );
      const failed = results.find((result) => result.code !== 0);
      if (failed) throw new Error(`ffmpeg failed (${failed.code ?? failed.signal}):\n${failed.stderrTail}`);
      return { wallSeconds: (performance.now() - startedAt) / 1000, cpuSeconds: results.reduce((sum, result) => sum + result.cpuSeconds, 0) };
    };

    const measured: Round[] = [];
    for (let index = 0; index < rounds; index += 1) {
      // The order turns each round, so a drift of the machine (another load, heat) hits each side alike.
      const order: Array<keyof Round> = [['job', 'single', 'perRendition'], ['single', 'perRendition', 'job'], ['perRendition', 'job', 'single']][index % 3] as Array<keyof Round>;
      const round = {} as Round;
      for (const part of order) round[part] = await { job: wholeJob, single, perRendition }[part]();
      measured.push(round);
      console.log(
        `round ${index + 1}: (a) job ${seconds(round.job.wallSeconds)} (cpu ${seconds(round.job.cpuSeconds)})` +
          ` · (b) ffmpeg ${seconds(round.single.wallSeconds)} (cpu ${seconds(round.single.cpuSeconds)})` +
          ` · (c) per rendition ${seconds(round.perRendition.wallSeconds)} (cpu ${seconds(round.perRendition.cpuSeconds)})` +
          ` · a/b ${(round.job.wallSeconds / round.single.wallSeconds).toFixed(3)}`,
      );
    }
    console.log(
      JSON.stringify({
        bench: 'transcode',
        ratio: round3(median(measured.map((round) => round.job.wallSeconds / round.single.wallSeconds))),
        goal: GOAL,
        cpuRatio: round3(median(measured.map((round) => round.job.cpuSeconds / round.single.cpuSeconds))),
        perRenditionRatio: round3(median(measured.map((round) => round.perRendition.wallSeconds / round.single.wallSeconds))),
        perRenditionCpuRatio: round3(median(measured.map((round) => round.perRendition.cpuSeconds / round.single.cpuSeconds))),
        rounds,
        medianJobSeconds: round2(median(measured.map((round) => round.job.wallSeconds))),
        medianFfmpegSeconds: round2(median(measured.map((round) => round.single.wallSeconds))),
        medianPerRenditionSeconds: round2(median(measured.map((round) => round.perRendition.wallSeconds))),
        medianJobCpuSeconds: round2(median(measured.map((round) => round.job.cpuSeconds))),
        medianFfmpegCpuSeconds: round2(median(measured.map((round) => round.single.cpuSeconds))),
        renditions: ladder.map((rendition) => rendition.name),
        clip: `${video.width}x${video.height} ${video.durationSeconds}s`,
      }),
    );
  } finally {
    await worker?.stop();
    await context.close();
    await isolated.cleanup();
    await rm(work, { recursive: true, force: true });
  }
}

/** An empty output folder for (b) or (c), and the job that writes into it. */
async function freshJob(work: string, name: string, source: string, video: VideoProbe, ladder: HlsJob['renditions']): Promise<HlsJob> {
  const outputDir = join(work, name);
  await rm(outputDir, { recursive: true, force: true });
  await mkdir(outputDir, { recursive: true });
  return { sourcePath: source, outputDir, renditions: ladder, hasAudio: video.hasAudio, durationSeconds: video.durationSeconds };
}

/**
 * (a): an uploaded video as the API leaves it (source under DATA_DIR, asset `uploaded`), then
 * from enqueue to `ready`. CPU: the worker's own and its reaped children's (ffprobe, ffmpeg).
 */
async function measureJob(
  assets: CourseAssetRepository,
  queue: JobQueue,
  worker: RunningProcess,
  dataDir: string,
  source: string,
  video: VideoProbe,
): Promise<Measure> {
  const id = assets.allocateId();
  await mkdir(join(dataDir, videoPaths.folder(id)), { recursive: true });
  await copyFile(source, join(dataDir, videoPaths.source(id)));
  await assets.create({
    id,
    courseId: assets.allocateId(),
    agencyId: assets.allocateId(),
    kind: 'video',
    fileName: 'bench.mp4',
    mediaType: 'video/mp4',
    sizeBytes: video.sizeBytes,
    sha256: '0'.repeat(64),
    storagePath: videoPaths.source(id),
    uploadedBy: assets.allocateId(),
    video: { durationSeconds: video.durationSeconds, width: video.width, height: video.height, hasAudio: video.hasAudio },
  });
  const pid = worker.child.pid;
  if (pid === undefined) throw new Error('the worker has no pid');
  const cpuBefore = processTreeCpuSeconds(pid);
  const startedAt = performance.now();
  await queue.enqueue('video.transcode', { assetId: id });
  await eventually(
    () => assets.findById(id),
    (asset) => asset?.video?.status !== 'uploaded',
    `the worker to take video ${id} (does it run the video.transcode processor? rebuild with pnpm run build)`,
    60_000,
  );
  const done = await eventually(
    () => assets.findById(id),
    (asset) => asset?.video?.status === 'ready' || asset?.video?.status === 'failed',
    `video ${id} to be ready`,
    FFMPEG_TIMEOUT_MS,
  );
  const wallSeconds = (performance.now() - startedAt) / 1000;
  const cpuSeconds = processTreeCpuSeconds(pid) - cpuBefore;
  if (done?.video?.status !== 'ready') throw new Error(`the job failed: ${JSON.stringify(done?.video?.error)}\n${worker.output().slice(-4000)}`);
  await rm(join(dataDir, videoPaths.folder(id)), { recursive: true, force: true });
  return { wallSeconds, cpuSeconds };
}

main().catch((error: unknown) => {
  console.error(`✖ ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
