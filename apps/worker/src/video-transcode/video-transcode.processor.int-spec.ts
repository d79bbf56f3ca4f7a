import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Test, type TestingModule } from '@nestjs/testing';
import { AgencyRepository, CourseAssetRepository, CourseRepository, DatabaseSetup, type CourseAssetRecord } from '@lentera/db';
import { JobQueue } from '@lentera/jobs';
import { videoPaths } from '@lentera/media';
import { eventually, isolatedConfig, type IsolatedConfig } from '@lentera/test-support';
import { WorkerModule } from '../worker.module';
import { PendingTranscodeRequeue } from './pending-transcode-requeue';
import { VideoTranscodeProcessor } from './video-transcode.processor';
import { VideoTranscoder } from './video-transcoder';

/** Never skipped: without ffmpeg the worker cannot do this job, and the test says so. */
function requireFfmpeg(): void {
  for (const command of ['ffmpeg', 'ffprobe']) {
    const result = spawnSync(command, ['-version'], { stdio: 'ignore', timeout: 30_000 });
    if (result.error) throw new Error(`${command} is not installed, and the video tests need it (${result.error.message}). apt-get install ffmpeg`);
  }
}

/** A test pattern with a tone, as a camera or screen recorder would give an MP4 (moov first). */
function makeClip(path: string, seconds: number, width: number, height: number): void {
  const result = spawnSync(
    'ffmpeg',
    [
      '-hide_banner', '-loglevel', 'error', '-y',
      '-f', 'lavfi', '-i', `testsrc2=size=${width}x${height}:rate=25`,
      '-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=48000',
      '-t', String(seconds), '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-movflags', '+faststart', path,
    ],
    { encoding: 'utf8', timeout: 60_000 },
  );
  if (result.status !== 0) throw new Error(`could not make a test clip: ${result.stderr}`);
}

/**
 * The same MP4 with its media data (the `mdat` box) replaced by random bytes from `fromShare`
 * of it on: the header (moov, first) still probes fine, the frames do not decode.
 */
function scrambleMediaData(mp4: Buffer, fromShare = 0): Buffer {
  const copy = Buffer.from(mp4);
  let offset = 0;
  while (offset + 8 <= copy.length) {
    const size = copy.readUInt32BE(offset);
    const type = copy.toString('latin1', offset + 4, offset + 8);
    if (type === 'mdat') {
      const end = size === 0 ? copy.length : offset + size;
      const start = offset + 8 + Math.floor((end - offset - 8) * fromShare);
      randomBytes(end - start).copy(copy, start);
      return copy;
    }
    if (size < 8) break;
    offset += size;
  }
  throw new Error('no mdat box in the test clip');
}

// Each transcode of the short clips takes a few seconds on two cores; the file does five.
jest.setTimeout(120_000);

describe('video.transcode in the worker: an uploaded video becomes an HLS ladder with ffmpeg', () => {
  let isolated: IsolatedConfig;
  let dataDir: string;
  let clipDir: string;
  let worker: TestingModule;
  let courseId: string;
  let agencyId: string;
  let transcodes: jest.SpyInstance;
  let runs: jest.SpyInstance;
  let clip: Buffer;

  const assets = () => worker.get(CourseAssetRepository);
  const queue = () => worker.get(JobQueue);
  const ofAsset = (spy: jest.SpyInstance, assetId: string) =>
    spy.mock.calls.filter(([argument]) => JSON.stringify(argument).includes(assetId)).length;

  /** A video as the API accepts it: the bytes at `videos/<id>/source`, a record `uploaded` with what the probe found. */
  async function storeUpload(bytes: Buffer): Promise<CourseAssetRecord> {
    const id = assets().allocateId();
    const storagePath = videoPaths.source(id);
    await mkdir(join(dataDir, videoPaths.folder(id)), { recursive: true });
    await writeFile(join(dataDir, storagePath), bytes);
    return assets().create({
      id,
      courseId,
      agencyId,
      kind: 'video',
      fileName: 'Pengantar.mp4',
      mediaType: 'video/mp4',
      sizeBytes: bytes.length,
      sha256: '0'.repeat(64),
      storagePath,
      uploadedBy: agencyId,
      video: { durationSeconds: 6, width: 640, height: 360, hasAudio: true },
    });
  }

  const settled = (assetId: string) =>
    eventually(
      () => assets().findById(assetId),
      (asset) => asset?.video?.status === 'ready' || asset?.video?.status === 'failed',
      `the video ${assetId} to be ready or failed`,
      90_000,
    );
  const folderOf = (assetId: string) => readdir(join(dataDir, videoPaths.folder(assetId)));

  beforeAll(async () => {
    requireFfmpeg();
    dataDir = await mkdtemp(join(tmpdir(), 'lentera-video-transcode-'));
    clipDir = await mkdtemp(join(tmpdir(), 'lentera-video-clip-'));
    makeClip(join(clipDir, 'clip.mp4'), 6, 640, 360);
    clip = await readFile(join(clipDir, 'clip.mp4'));
    isolated = isolatedConfig('video-transcode', { DATA_DIR: dataDir });
    worker = await Test.createTestingModule({ imports: [WorkerModule.forRoot(isolated.config)] }).compile();
    worker.useLogger(false);
    transcodes = jest.spyOn(worker.get(VideoTranscoder), 'transcode');
    runs = jest.spyOn(worker.get(VideoTranscodeProcessor, { strict: false }), 'handle');
    await worker.init();
    await worker.get(DatabaseSetup).ensureIndexes();
    const agency = await worker.get(AgencyRepository).create({ code: 'BPSDM-VIDEO', name: 'BPSDM Video', kind: 'regional' });
    agencyId = agency.id;
    const course = await worker.get(CourseRepository).create({
      agencyId,
      title: 'Pelayanan Prima',
      summary: 'Ringkasan',
      description: '',
      competencyType: 'sosial_kultural',
      level: 'dasar',
      jp: 2,
      language: 'id',
    });
    courseId = course.id;
  });

  afterAll(async () => {
    await worker?.close();
    await isolated?.cleanup();
    for (const folder of [dataDir, clipDir]) if (folder) await rm(folder, { recursive: true, force: true });
  });

  describe('a 6 s 640×360 clip with sound', () => {
    let asset: CourseAssetRecord;
    let ready: CourseAssetRecord | null;
    let elapsedMs: number;

    beforeAll(async () => {
      asset = await storeUpload(clip);
      const startedAt = Date.now();
      await queue().enqueue('video.transcode', { assetId: asset.id });
      ready = await settled(asset.id);
      elapsedMs = Date.now() - startedAt;
    });

    it('is ready with a 240p and a 360p rendition, at 100 %, after one run', () => {
      expect(ready?.video).toMatchObject({
        status: 'ready',
        progressPercent: 100,
        runs: 1,
        error: null,
        outputPath: `videos/${asset.id}/hls-${ready?.video?.runId}`,
        renditions: [
          { name: '240p', height: 240, videoBitrateKbps: expect.any(Number), audioBitrateKbps: expect.any(Number) },
          { name: '360p', width: 640, height: 360, videoBitrateKbps: expect.any(Number), audioBitrateKbps: expect.any(Number) },
        ],
      });
      expect(ready?.video?.readyAt).toBeInstanceOf(Date);
      // Two cores, veryfast: a few seconds; far more would mean the ladder is decoded more than once.
      expect(elapsedMs).toBeLessThan(45_000);
    });

    it('has the master playlist, the poster and every segment in its published folder, and nothing else beside the source', async () => {
      const output = join(dataDir, ready!.video!.outputPath!);
      expect((await readdir(output)).sort()).toEqual(['240p', '360p', 'master.m3u8', 'poster.jpg']);
      const master = await readFile(join(output, 'master.m3u8'), 'utf8');
      expect(master).toContain('240p/index.m3u8');
      expect(master).toContain('360p/index.m3u8');
      for (const name of ['240p', '360p']) {
        const playlist = await readFile(join(output, name, 'index.m3u8'), 'utf8');
        expect(playlist.trim().endsWith('#EXT-X-ENDLIST')).toBe(true);
        const segments = playlist.split('\n').filter((line) => line.endsWith('.ts'));
        // 6 s in 2 s segments.
        expect(segments.length).toBeGreaterThanOrEqual(3);
        expect((await readdir(join(output, name))).sort()).toEqual(['index.m3u8', ...segments].sort());
      }
      const poster = await readFile(join(output, 'poster.jpg'));
      expect(poster.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
      expect((await folderOf(asset.id)).sort()).toEqual([`hls-${ready!.video!.runId}`, 'source']);
    });

    it('is left alone by a repeated job: no second ffmpeg, the same output', async () => {
      const runsBefore = runs.mock.calls.length;
      await queue().enqueue('video.transcode', { assetId: asset.id });
      await eventually(async () => runs.mock.calls.length, (count) => count > runsBefore, 'the repeated job to run');
      await expect(runs.mock.results.at(-1)?.value).resolves.toEqual({ status: 'ready', transcoded: false, renditions: 2 });
      expect(ofAsset(transcodes, asset.id)).toBe(1);
      expect((await assets().findById(asset.id))?.video).toMatchObject({ status: 'ready', runs: 1, runId: ready?.video?.runId });
    });
  });

  it('fails a source that probes fine but cannot be decoded once, with a reason for the instructor, and does not retry it', async () => {
    const asset = await storeUpload(scrambleMediaData(clip));
    await queue().enqueue('video.transcode', { assetId: asset.id });
    const failed = await settled(asset.id);
    expect(failed?.video).toMatchObject({
      status: 'failed',
      outputPath: null,
      runs: 1,
      error: {
        id: expect.stringMatching(/^Video ini tidak dapat diolah; berkasnya mungkin rusak/),
        en: expect.stringMatching(/^This video could not be processed; the file may be damaged/),
      },
    });
    // The contract allows 3 attempts 30 s apart; a permanent failure uses one and ends the job normally.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(ofAsset(runs, asset.id)).toBe(1);
    await expect(queue().stateOf('video.transcode', { assetId: asset.id })).resolves.not.toMatch(/waiting|delayed|active/);
    expect(await folderOf(asset.id)).toEqual(['source']);
  });

  it('fails a source whose second half cannot be decoded: ffmpeg ends well, but the ladder is far shorter than the source', async () => {
    const asset = await storeUpload(scrambleMediaData(clip, 0.5));
    await queue().enqueue('video.transcode', { assetId: asset.id });
    const failed = await settled(asset.id);
    expect(failed?.video).toMatchObject({ status: 'failed', outputPath: null, runs: 1, error: { id: expect.stringMatching(/rusak atau terpotong/) } });
    expect(ofAsset(transcodes, asset.id)).toBe(1);
    expect(await folderOf(asset.id)).toEqual(['source']);
  });

  it('probes the source again: a file replaced by text after the upload is refused, and never reaches ffmpeg', async () => {
    const asset = await storeUpload(clip);
    await writeFile(join(dataDir, asset.storagePath), 'Ini bukan video, hanya teks.\n'.repeat(200));
    // Queued the way a worker start finds it (an upload the API could not queue).
    await worker.get(PendingTranscodeRequeue).onApplicationBootstrap();
    const refused = await settled(asset.id);
    expect(refused?.video?.status).toBe('failed');
    expect(refused?.video?.error?.id).toEqual(expect.any(String));
    expect(refused?.video?.error?.en).toEqual(expect.any(String));
    expect(ofAsset(transcodes, asset.id)).toBe(0);
    expect(await folderOf(asset.id)).toEqual(['source']);
  });
});
