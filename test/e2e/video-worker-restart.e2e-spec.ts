import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Test, type TestingModule } from '@nestjs/testing';
import { ConfigModule, loadConfig, type AppConfig } from '@lentera/config';
import {
  AgencyRepository,
  CourseAssetRepository,
  CourseRepository,
  DatabaseModule,
  UserRepository,
  type CourseAssetRecord,
  type VideoRecord,
} from '@lentera/db';
import { JobQueue, JobsProducerModule } from '@lentera/jobs';
import { probeVideo, videoPaths, type VideoProbe } from '@lentera/media';
import { eventually, startLenteraApp, startStack, temporaryDirectory, type RunningStack } from '@lentera/test-support';

const DEMO_AGENCY = 'BPSDM-KALBAR';
const DEMO_COURSE = 'Pengembangan Kompetensi ASN: Strategi dan Praktik Daerah';

/** A 16 s 1280×720 lecture-like clip: four renditions, long enough to be mid-transcode when the worker stops. */
function makeClip(path: string): void {
  const result = spawnSync(
    'ffmpeg',
    [
      '-hide_banner', '-loglevel', 'error', '-y',
      '-f', 'lavfi', '-i', 'testsrc2=size=1280x720:rate=25',
      '-f', 'lavfi', '-i', 'sine=frequency=330:sample_rate=48000',
      '-t', '16', '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-movflags', '+faststart', path,
    ],
    { encoding: 'utf8', timeout: 60_000 },
  );
  if (result.status !== 0) throw new Error(`could not make the test clip: ${result.stderr}`);
}

/** The ffmpeg processes working on this video (their arguments name its folder). */
function ffmpegOf(assetId: string): string[] {
  const result = spawnSync('pgrep', ['-a', '-f', `videos/${assetId}`], { encoding: 'utf8' });
  return result.stdout.split('\n').filter((line) => line.includes('ffmpeg'));
}

/**
 * A worker that stops in the middle of a transcode loses nothing and leaves nothing behind:
 * killed outright (SIGKILL: the OOM killer, a lost VM), its ffmpeg dies with it, the job's
 * lock runs out and the next worker transcodes the video again from the start; stopped
 * (SIGTERM: a deploy), it kills ffmpeg itself and exits at once instead of after the
 * transcode, and the job waits for the next worker. Either way the video is published
 * exactly once. Videos are stored the way the API stores an accepted upload (the tus
 * upload has its own tests), for the demo course.
 */
describe('a video transcode survives its worker stopping mid-job', () => {
  let stack: RunningStack;
  let db: TestingModule;
  let config: AppConfig;
  let clipPath: string;
  let probe: VideoProbe;
  let demo: { agencyId: string; courseId: string; instructorId: string };

  const assets = () => db.get(CourseAssetRepository);
  const videoOf = async (asset: CourseAssetRecord) => (await assets().findById(asset.id))?.video ?? null;
  const progressOf = (asset: CourseAssetRecord) =>
    eventually(() => videoOf(asset), (video) => video?.status === 'processing' && video.progressPercent > 0, 'the transcode to make progress', 60_000);
  const settledOf = (asset: CourseAssetRecord, timeoutMs: number) =>
    eventually(() => videoOf(asset), (video) => video?.status === 'ready' || video?.status === 'failed', 'the video to be ready', timeoutMs);

  /** What the API seeded; the videos are its instructor's uploads to the demo course. */
  async function findDemo() {
    const agency = await db.get(AgencyRepository).findByCode(DEMO_AGENCY);
    const instructor = await db.get(UserRepository).findByEmail('instruktur@demo.lentera.id');
    const course = agency && (await db.get(CourseRepository).findByAgencyAndTitle(agency.id, DEMO_COURSE));
    return agency && instructor && course ? { agencyId: agency.id, courseId: course.id, instructorId: instructor.id } : null;
  }

  /** The clip at `videos/<id>/source` and an `uploaded` video record with what ffprobe found, queued for transcoding. */
  async function uploadVideo(fileName: string): Promise<CourseAssetRecord> {
    const id = assets().allocateId();
    await mkdir(join(config.dataDir, videoPaths.folder(id)), { recursive: true });
    await copyFile(clipPath, join(config.dataDir, videoPaths.source(id)));
    const asset = await assets().create({
      id,
      courseId: demo.courseId,
      agencyId: demo.agencyId,
      kind: 'video',
      fileName,
      mediaType: 'video/mp4',
      sizeBytes: probe.sizeBytes,
      sha256: '0'.repeat(64),
      storagePath: videoPaths.source(id),
      uploadedBy: demo.instructorId,
      video: { durationSeconds: probe.durationSeconds, width: probe.width, height: probe.height, hasAudio: probe.hasAudio },
    });
    await db.get(JobQueue).enqueue('video.transcode', { assetId: asset.id });
    return asset;
  }

  /** One published ladder, every rendition complete, nothing of the interrupted run left. */
  async function expectPublishedOnce(asset: CourseAssetRecord, video: VideoRecord): Promise<void> {
    const names = await readdir(join(config.dataDir, videoPaths.folder(asset.id)));
    expect(names.sort()).toEqual([`hls-${video.runId}`, 'source']);
    expect(video.outputPath).toBe(videoPaths.output(asset.id, video.runId!));
    expect(video.renditions.map((rendition) => rendition.name)).toEqual(['240p', '360p', '480p', '720p']);
    const output = join(config.dataDir, video.outputPath!);
    const master = await readFile(join(output, 'master.m3u8'), 'utf8');
    for (const { name } of video.renditions) {
      expect(master).toContain(`${name}/index.m3u8`);
      const playlist = await readFile(join(output, name, 'index.m3u8'), 'utf8');
      expect(playlist.trim().endsWith('#EXT-X-ENDLIST')).toBe(true);
      const segments = playlist.split('\n').filter((line) => line.endsWith('.ts'));
      // 16 s in 2 s segments.
      expect(segments).toHaveLength(8);
      expect((await readdir(join(output, name))).filter((file) => file.endsWith('.ts')).sort()).toEqual(segments.sort());
    }
    expect(ffmpegOf(asset.id)).toEqual([]);
  }

  beforeAll(async () => {
    stack = await startStack('e2e-video-restart');
    config = { ...loadConfig({ ...process.env, ...stack.env }), mongodbUri: stack.isolated.config.mongodbUri, queuePrefix: stack.isolated.config.queuePrefix };
    db = await Test.createTestingModule({
      imports: [ConfigModule.forRoot(config), DatabaseModule.forRoot(config), JobsProducerModule.forRoot(config)],
    }).compile();
    db.useLogger(false);
    await db.init();
    demo = (await eventually(findDemo, (found) => found !== null, 'the demo agency, instructor and course the API seeds', 10_000))!;
    clipPath = join(temporaryDirectory('lentera-video-clip-'), 'kuliah.mp4');
    makeClip(clipPath);
    const verdict = await probeVideo(clipPath);
    if (!verdict.accepted) throw new Error(`the test clip was refused: ${verdict.reason.en}`);
    probe = verdict.video;
  });

  afterAll(async () => {
    await db?.close();
    await stack?.stop();
    if (clipPath) await rm(dirname(clipPath), { recursive: true, force: true });
  });

  it('killed outright: ffmpeg dies with the worker, and the next worker transcodes the video once more after the lock ran out', async () => {
    const asset = await uploadVideo('Kuliah Umum.mp4');
    const processing = await progressOf(asset);
    expect(processing?.runs).toBe(1);
    expect(ffmpegOf(asset.id)).not.toEqual([]);

    stack.worker.child.kill('SIGKILL');
    await stack.worker.exited;
    // setpriv's death signal: ffmpeg goes with its worker, it does not transcode on as an orphan.
    await eventually(async () => ffmpegOf(asset.id), (left) => left.length === 0, 'ffmpeg to die with its worker', 2_000);
    const interrupted = await videoOf(asset);
    expect(interrupted).toMatchObject({ status: 'processing', runs: 1 });
    expect(interrupted!.progressPercent).toBeLessThan(100);

    stack.worker = startLenteraApp('worker', stack.env);
    // The dead worker's lock lasts 20 s (lockDurationMs); the stalled check then hands the job on.
    const ready = await settledOf(asset, 110_000);
    expect(ready).toMatchObject({ status: 'ready', runs: 2, progressPercent: 100, error: null });
    expect(ready!.runId).not.toBe(processing!.runId);
    await expectPublishedOnce(asset, ready!);
  }, 170_000);

  it('stopped (SIGTERM): the worker kills ffmpeg and exits at once, and the next worker transcodes the video', async () => {
    const asset = await uploadVideo('Sambutan Kepala Badan.mp4');
    const processing = await progressOf(asset);
    const stoppedAt = Date.now();
    await stack.worker.stop(30_000);
    // Long before the transcode would have ended: it was killed, not waited for.
    expect(Date.now() - stoppedAt).toBeLessThan(5_000);
    // Nest re-raises the signal once its shutdown hooks ran; the stop timer's SIGKILL never came.
    expect(await stack.worker.exited).toEqual({ code: null, signal: 'SIGTERM' });
    expect(ffmpegOf(asset.id)).toEqual([]);
    expect(await videoOf(asset)).toMatchObject({ status: 'processing', runs: 1, runId: processing!.runId });
    // Back in the queue for the next worker, without counting as a failed attempt.
    expect(await db.get(JobQueue).stateOf('video.transcode', { assetId: asset.id })).toBe('delayed');

    stack.worker = startLenteraApp('worker', stack.env);
    const ready = await settledOf(asset, 60_000);
    expect(ready).toMatchObject({ status: 'ready', runs: 2, progressPercent: 100, error: null });
    await expectPublishedOnce(asset, ready!);
  }, 90_000);
});
