import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { AgencyRepository, CourseAssetRepository, CourseRepository, UserRepository } from '@lentera/db';
import { JobQueue } from '@lentera/jobs';
import { hlsArguments, ladderFor, runFfmpeg } from '@lentera/media';
import { isolatedConfig, type IsolatedConfig } from '@lentera/test-support';
import { AppModule } from '../app.module';
import { PasswordHasher } from '../auth/password-hasher';
import { DEMO_PASSWORD } from '../demo/demo-accounts';
import { MediaUrlSigner } from '../media/media-url-signer';
import { TusUploadServer } from './tus-upload.server';

const run = promisify(execFile);
const TUS = { 'Tus-Resumable': '1.0.0' };
const MAX_UPLOAD_BYTES = 3 * 1024 * 1024;
const CAPTION = 'WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nSelamat datang di pelatihan.\n\n00:00:02.000 --> 00:00:04.000\nMari mulai.\n';

/**
 * The tus client the web app uses, from the end-to-end test package (the API does not depend on
 * it). Typed here by what these tests use.
 */
interface TusClientResponse {
  getStatus(): number;
  getHeader(name: string): string | undefined;
  getBody(): string;
}
interface TusClientError extends Error {
  originalResponse: TusClientResponse | null;
}
interface TusClientOptions {
  endpoint: string;
  chunkSize: number;
  metadata: Record<string, string>;
  retryDelays: number[] | null;
  onBeforeRequest(request: { setHeader(name: string, value: string): void }): void;
  onAfterResponse(request: unknown, response: TusClientResponse): void;
  onSuccess(): void;
  onError(error: TusClientError): void;
}
const tusClient = createRequire(join(__dirname, '..', '..', '..', '..', 'test', 'package.json'))('tus-js-client') as {
  Upload: new (file: Buffer, options: TusClientOptions) => { start(): void; url: string | null };
};

/** tus `Upload-Metadata`: comma-separated `key base64(value)` pairs. */
function tusMetadata(values: Record<string, string>): string {
  return Object.entries(values)
    .map(([key, value]) => `${key} ${Buffer.from(value).toString('base64')}`)
    .join(',');
}

/** A 4-second 320×240 clip with a 440 Hz tone, made by the real ffmpeg. */
async function makeClip(path: string): Promise<Buffer> {
  await run('ffmpeg', [
    '-v', 'error', '-y',
    '-f', 'lavfi', '-i', 'testsrc=size=320x240:rate=25',
    '-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=48000',
    '-t', '4', '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest', path,
  ]);
  return readFile(path);
}

describe('video uploads over tus, HLS behind signed URLs, WebVTT captions', () => {
  let isolated: IsolatedConfig;
  let dataDir: string;
  let app: INestApplication;
  let port: number;
  let agencyId: string;
  let courseId: string;
  let clip: Buffer;
  const tokens: Record<'instructor' | 'admin' | 'learner' | 'otherInstructor', string> = { instructor: '', admin: '', learner: '', otherInstructor: '' };

  const httpClient = () => request(app.getHttpServer());
  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
  const create = (options: { length: number; token?: string | null; metadata?: Record<string, string> }) => {
    const call = httpClient()
      .post('/uploads/videos')
      .set(TUS)
      .set('Upload-Length', String(options.length))
      .set('Upload-Metadata', tusMetadata(options.metadata ?? { courseId, filename: 'Kuliah 1 – Pembukaan.mp4', filetype: 'video/mp4' }));
    const token = options.token === undefined ? tokens.instructor : options.token;
    return token ? call.set(bearer(token)) : call;
  };
  const patch = (location: string, offset: number, body: Buffer, token = tokens.instructor) =>
    httpClient()
      .patch(location)
      .set(TUS)
      .set(bearer(token))
      .set('Upload-Offset', String(offset))
      .set('Content-Type', 'application/offset+octet-stream')
      .send(body);
  const head = (location: string, token = tokens.instructor) => httpClient().head(location).set(TUS).set(bearer(token));
  const rawGet = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
    new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      // node:http sends the path as written: no URL normalisation of `..` or percent-escapes.
      const call = http.request({ host: '127.0.0.1', port, path, method, headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      });
      call.on('error', reject);
      call.end();
    });

  async function signIn(identifier: string): Promise<string> {
    const response = await httpClient()
      .post('/graphql')
      .send({ query: 'mutation ($input: SignInInput!) { signIn(input: $input) { accessToken } }', variables: { input: { identifier, password: DEMO_PASSWORD } } });
    return response.body.data.signIn.accessToken;
  }

  async function createCourse(title: string): Promise<string> {
    const course = await app.get(CourseRepository).create({
      agencyId,
      title,
      summary: 'Kursus untuk menguji video.',
      description: '',
      competencyType: 'teknis',
      level: 'dasar',
      jp: 2,
      language: 'id',
    });
    return course.id;
  }

  /** A full upload in two PATCHes; returns the response of the last one. */
  async function uploadWhole(bytes: Buffer, fileName = 'video.mp4'): Promise<{ location: string; finish: request.Response }> {
    const created = await create({ length: bytes.length, metadata: { courseId, filename: fileName } });
    expect(created.status).toBe(201);
    const location = created.headers.location as string;
    const half = Math.floor(bytes.length / 2);
    expect((await patch(location, 0, bytes.subarray(0, half))).status).toBe(204);
    return { location, finish: await patch(location, half, bytes.subarray(half)) };
  }

  async function tusFiles(): Promise<string[]> {
    const folder = join(dataDir, 'uploads', 'tus');
    return existsSync(folder) ? readdir(folder) : [];
  }

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'lentera-video-upload-'));
    clip = await makeClip(join(dataDir, 'clip.mp4'));
    isolated = isolatedConfig('video-upload', { SEED_DEMO: 'true', DATA_DIR: dataDir, VIDEO_MAX_UPLOAD_BYTES: String(MAX_UPLOAD_BYTES) });
    const module = await Test.createTestingModule({ imports: [AppModule.forRoot(isolated.config)] }).compile();
    app = module.createNestApplication({ logger: ['error'] });
    await app.listen(0, '127.0.0.1');
    port = (app.getHttpServer().address() as AddressInfo).port;
    agencyId = (await app.get(AgencyRepository).findByCode('BPSDM-KALBAR'))!.id;
    const otherAgency = await app.get(AgencyRepository).create({ code: 'PUSDIKLAT-VIDEO', name: 'Pusdiklat Video', kind: 'central' });
    await app.get(UserRepository).create({
      fullName: 'Widyaiswara Instansi Lain',
      email: 'pengajar@video.contoh.go.id',
      passwordHash: await app.get(PasswordHasher).hash(DEMO_PASSWORD),
      memberships: [{ agencyId: otherAgency.id, role: 'instructor' }],
    });
    tokens.instructor = await signIn('instruktur@demo.lentera.id');
    tokens.admin = await signIn('admin@demo.lentera.id');
    tokens.learner = await signIn('asn1@demo.lentera.id');
    tokens.otherInstructor = await signIn('pengajar@video.contoh.go.id');
    courseId = await createCourse('Kursus Video');
  });

  afterAll(async () => {
    await app?.close();
    await isolated?.cleanup();
    await rm(dataDir, { recursive: true, force: true });
  });

  describe('an instructor uploads a 4-second clip in two chunks, with a HEAD in between', () => {
    let location: string;
    let assetId: string;
    let finish: request.Response;

    beforeAll(async () => {
      const created = await create({ length: clip.length });
      expect(created.status).toBe(201);
      location = created.headers.location as string;
      assetId = location.split('/').pop()!;
      const half = Math.floor(clip.length / 2);
      const first = await patch(location, 0, clip.subarray(0, half));
      expect(first.status).toBe(204);
      expect(first.headers['upload-offset']).toBe(String(half));
      const resumed = await head(location);
      expect(resumed.status).toBe(200);
      expect(resumed.headers['upload-offset']).toBe(String(half));
      finish = await patch(location, Number(resumed.headers['upload-offset']), clip.subarray(half));
    });

    it('names the upload after the future asset: /uploads/videos/<ObjectId>', () => {
      expect(location).toMatch(/^\/uploads\/videos\/[0-9a-f]{24}$/);
    });

    it('answers the last PATCH with 204 and X-Video-Id', () => {
      expect(finish.status).toBe(204);
      expect(finish.headers['upload-offset']).toBe(String(clip.length));
      expect(finish.headers['x-video-id']).toBe(assetId);
    });

    it('creates the video asset as probed, in state uploaded, with the digest of the bytes', async () => {
      const asset = await app.get(CourseAssetRepository).findById(assetId);
      expect(asset).toMatchObject({
        courseId,
        agencyId,
        kind: 'video',
        fileName: 'Kuliah 1 – Pembukaan.mp4',
        mediaType: 'video/mp4',
        sizeBytes: clip.length,
        sha256: createHash('sha256').update(clip).digest('hex'),
        storagePath: `videos/${assetId}/source`,
        video: { status: 'uploaded', width: 320, height: 240, hasAudio: true },
      });
      expect(asset!.video!.durationSeconds).toBeGreaterThan(3.5);
      expect(asset!.video!.durationSeconds).toBeLessThan(4.5);
    });

    it('moves the file to videos/<id>/source and leaves nothing in the tus folder', async () => {
      expect(await readFile(join(dataDir, 'videos', assetId, 'source'))).toEqual(clip);
      expect((await tusFiles()).filter((name) => name.startsWith(assetId))).toEqual([]);
    });

    it('queues the transcode', async () => {
      expect(await app.get(JobQueue).stateOf('video.transcode', { assetId })).toBe('waiting');
    });

    it('answers a HEAD on the finished upload with 404: it is an asset now', async () => {
      const response = await head(location);
      expect(response.status).toBe(404);
    });
  });

  it('resumes an upload cut off half-way: HEAD tells what arrived, PATCH sends the rest', async () => {
    const created = await create({ length: clip.length });
    const location = created.headers.location as string;
    // Half the clip goes out on a raw socket, which is then destroyed mid-body, as a dropped link would.
    await new Promise<void>((resolve) => {
      const call = http.request({
        host: '127.0.0.1',
        port,
        path: location,
        method: 'PATCH',
        headers: {
          ...TUS,
          ...bearer(tokens.instructor),
          'Upload-Offset': '0',
          'Content-Type': 'application/offset+octet-stream',
          'Content-Length': String(clip.length),
        },
      });
      call.on('error', () => resolve());
      call.write(clip.subarray(0, Math.floor(clip.length / 2)), () => setTimeout(() => { call.destroy(); resolve(); }, 300));
    });
    let offset = -1;
    for (let attempt = 0; attempt < 40; attempt += 1) {
      const response = await head(location);
      if (response.status === 200) {
        offset = Number(response.headers['upload-offset']);
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(offset).toBeGreaterThan(0);
    expect(offset).toBeLessThan(clip.length);
    const finish = await patch(location, offset, clip.subarray(offset));
    expect(finish.status).toBe(204);
    const assetId = finish.headers['x-video-id'] as string;
    expect(await readFile(join(dataDir, 'videos', assetId, 'source'))).toEqual(clip);
  });

  it('takes a whole video with the creation request (creation-with-upload): 201 with Location and X-Video-Id', async () => {
    const response = await create({ length: clip.length }).set('Content-Type', 'application/offset+octet-stream').send(clip);
    expect(response.status).toBe(201);
    expect(response.headers.location).toBe(`/uploads/videos/${response.headers['x-video-id']}`);
    expect((await app.get(CourseAssetRepository).findById(response.headers['x-video-id'] as string))?.video?.status).toBe('uploaded');
  });

  it('refuses a non-video sent whole with the creation request with 422 and the reason', async () => {
    const text = Buffer.from('bukan video\n'.repeat(100));
    const response = await create({ length: text.length }).set('Content-Type', 'application/offset+octet-stream').send(text);
    expect(response.status).toBe(422);
    expect(JSON.parse(response.text)).toMatchObject({ code: 'BAD_USER_INPUT', messageEn: expect.stringMatching(/\S/) });
  });

  it('answers OPTIONS without a session: the tus version, extensions and maximum size', async () => {
    const response = await httpClient().options('/uploads/videos');
    expect(response.status).toBe(204);
    expect(response.headers['tus-version']).toBe('1.0.0');
    expect(response.headers['tus-extension']).toMatch(/creation/);
    expect(response.headers['tus-extension']).toMatch(/termination/);
    expect(response.headers['tus-max-size']).toBe(String(MAX_UPLOAD_BYTES));
    // Same origin only: no CORS grant for other sites.
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });

  describe('driven by tus-js-client, as the web app does', () => {
    /** Uploads in 64 KB chunks with a fresh Bearer on every request; resolves with the last response or the error. */
    const uploadWithClient = (bytes: Buffer, fileName: string) =>
      new Promise<{ videoId: string | null; error: TusClientError | null; requests: number }>((resolve) => {
        let videoId: string | null = null;
        let requests = 0;
        const upload = new tusClient.Upload(bytes, {
          endpoint: `http://127.0.0.1:${port}/uploads/videos`,
          chunkSize: 64 * 1024,
          metadata: { courseId, filename: fileName, filetype: 'video/mp4' },
          retryDelays: null,
          onBeforeRequest: (call) => {
            requests += 1;
            call.setHeader('Authorization', `Bearer ${tokens.instructor}`);
          },
          onAfterResponse: (_call, response) => {
            videoId = response.getHeader('X-Video-Id') ?? videoId;
          },
          onSuccess: () => resolve({ videoId, error: null, requests }),
          onError: (error) => resolve({ videoId, error, requests }),
        });
        upload.start();
      });

    it('uploads the clip chunk by chunk and learns the video id from the last response', async () => {
      const { videoId, error, requests } = await uploadWithClient(clip, 'klien.mp4');
      expect(error).toBeNull();
      expect(requests).toBeGreaterThan(2);
      expect(videoId).toMatch(/^[0-9a-f]{24}$/);
      expect(await readFile(join(dataDir, 'videos', videoId!, 'source'))).toEqual(clip);
      expect((await app.get(CourseAssetRepository).findById(videoId!))?.video?.status).toBe('uploaded');
    });

    it('hands a refusal to onError with the 422 and its JSON reason', async () => {
      const { error } = await uploadWithClient(Buffer.from('bukan video\n'.repeat(10_000)), 'palsu.mp4');
      expect(error?.originalResponse?.getStatus()).toBe(422);
      expect(JSON.parse(error!.originalResponse!.getBody())).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/\S/) });
    });
  });

  it('answers a PATCH at the wrong offset with 409, changing nothing', async () => {
    const created = await create({ length: clip.length });
    const location = created.headers.location as string;
    expect((await patch(location, 100, clip.subarray(100, 200))).status).toBe(409);
    expect((await head(location)).headers['upload-offset']).toBe('0');
  });

  describe('who may upload', () => {
    it('refuses an instructor of another agency with 403 at creation', async () => {
      const response = await create({ length: clip.length, token: tokens.otherInstructor });
      expect(response.status).toBe(403);
      expect(response.body).toMatchObject({ code: 'FORBIDDEN', message: expect.any(String), messageEn: expect.any(String) });
    });

    it('refuses a learner with 403', async () => {
      expect((await create({ length: clip.length, token: tokens.learner })).status).toBe(403);
    });

    it('refuses a request without a token with 401 and a message', async () => {
      const response = await create({ length: clip.length, token: null });
      expect(response.status).toBe(401);
      expect(response.body).toMatchObject({ code: 'UNAUTHENTICATED', message: 'Silakan masuk terlebih dahulu.' });
    });

    it("refuses HEAD, PATCH and DELETE of someone else's upload with 403, even from an admin of the agency", async () => {
      const created = await create({ length: clip.length });
      const location = created.headers.location as string;
      const patched = await patch(location, 0, clip.subarray(0, 100), tokens.admin);
      expect(patched.status).toBe(403);
      expect(patched.body).toMatchObject({ code: 'FORBIDDEN', message: 'Unggahan ini dimulai oleh pengguna lain.' });
      expect((await head(location, tokens.admin)).status).toBe(403);
      expect((await httpClient().delete(location).set(TUS).set(bearer(tokens.admin))).status).toBe(403);
      expect((await head(location)).headers['upload-offset']).toBe('0');
      // The owner may give up on it: the termination extension.
      expect((await httpClient().delete(location).set(TUS).set(bearer(tokens.instructor))).status).toBe(204);
      expect((await head(location)).status).toBe(404);
    });

    it('answers an unknown or malformed upload id with 404', async () => {
      expect((await head('/uploads/videos/0123456789abcdef01234567')).status).toBe(404);
      expect((await head('/uploads/videos/..%2F..%2Fetc')).status).toBe(404);
    });
  });

  describe('what is refused', () => {
    it('refuses an Upload-Length over VIDEO_MAX_UPLOAD_BYTES with 413 before anything is stored', async () => {
      const before = await tusFiles();
      const response = await create({ length: MAX_UPLOAD_BYTES + 1 });
      expect(response.status).toBe(413);
      expect(response.body).toMatchObject({ code: 'BAD_USER_INPUT', message: 'Video terlalu besar: paling besar 3 MB.' });
      expect(await tusFiles()).toEqual(before);
    });

    it('refuses a creation without the course or the file name with 400', async () => {
      const response = await create({ length: 10, metadata: { filename: 'a.mp4' } });
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('BAD_USER_INPUT');
      expect((await create({ length: 10, metadata: { courseId: 'not-an-id', filename: 'a.mp4' } })).status).toBe(400);
      expect((await create({ length: 10, metadata: { courseId: '0123456789abcdef01234567', filename: 'a.mp4' } })).status).toBe(404);
    });

    it('answers a text file named .mp4 with 422 and the reason, and keeps neither an asset nor a file', async () => {
      const text = Buffer.from('Ini bukan video, hanya catatan rapat.\n'.repeat(200));
      const { location, finish } = await uploadWhole(text, 'rapat.mp4');
      const assetId = location.split('/').pop()!;
      expect(finish.status).toBe(422);
      expect(finish.headers['content-type']).toMatch(/^application\/json/);
      expect(JSON.parse(finish.text)).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/\S/), messageEn: expect.stringMatching(/\S/) });
      expect(await app.get(CourseAssetRepository).findById(assetId)).toBeNull();
      expect((await tusFiles()).filter((name) => name.startsWith(assetId))).toEqual([]);
      expect(existsSync(join(dataDir, 'videos', assetId))).toBe(false);
    });
  });

  it('deletes unfinished uploads once they expire', async () => {
    const created = await create({ length: clip.length });
    const uploadId = (created.headers.location as string).split('/').pop()!;
    expect(await tusFiles()).toContain(`${uploadId}.json`);
    // FileStore compares `new Date()`: a day and an hour from now, for every clock it reads.
    const later = Date.now() + 25 * 3600 * 1000;
    jest.useFakeTimers({ now: later, doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'queueMicrotask', 'hrtime', 'performance'] });
    try {
      expect(await app.get(TusUploadServer).cleanUpExpired()).toBeGreaterThanOrEqual(1);
    } finally {
      jest.useRealTimers();
    }
    expect((await tusFiles()).filter((name) => name.startsWith(uploadId))).toEqual([]);
  });

  describe('HLS behind a signed prefix', () => {
    let assetId: string;
    let prefix: string;
    const segment = Buffer.alloc(4096, 0x47);
    const master = '#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=400000,RESOLUTION=320x240\n240p/index.m3u8\n';
    const playlist = '#EXTM3U\n#EXT-X-TARGETDURATION:2\n#EXTINF:2.0,\nseg_00000.ts\n#EXT-X-ENDLIST\n';

    beforeAll(async () => {
      const { finish } = await uploadWhole(clip);
      assetId = finish.headers['x-video-id'] as string;
      // A published run, written by hand: what the worker's ffmpeg leaves (tested there).
      const outputPath = `videos/${assetId}/hls-run1`;
      await mkdir(join(dataDir, outputPath, '240p'), { recursive: true });
      await writeFile(join(dataDir, outputPath, 'master.m3u8'), master);
      await writeFile(join(dataDir, outputPath, 'poster.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0, 0xff, 0xd9]));
      await writeFile(join(dataDir, outputPath, '240p', 'index.m3u8'), playlist);
      await writeFile(join(dataDir, outputPath, '240p', 'seg_00000.ts'), segment);
      const assets = app.get(CourseAssetRepository);
      await assets.claimVideo(assetId, 'run1');
      expect(await assets.publishVideo(assetId, 'run1', { outputPath, renditions: [{ name: '240p', width: 320, height: 240, videoBitrateKbps: 300, audioBitrateKbps: 64 }] })).toBe(true);
      prefix = app.get(MediaUrlSigner).prefix(assetId);
    });

    it('serves the playlists with their HLS types, privately cached until the link expires, no sniffing', async () => {
      const response = await rawGet(`${prefix}/master.m3u8`);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('application/vnd.apple.mpegurl');
      expect(response.body.toString()).toBe(master);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      const maxAge = Number(/^private, max-age=(\d+), immutable$/.exec(response.headers['cache-control'] ?? '')?.[1]);
      expect(maxAge).toBeGreaterThan(6 * 3600 - 60);
      expect(maxAge).toBeLessThanOrEqual(12 * 3600);
      const rendition = await rawGet(`${prefix}/240p/index.m3u8`);
      expect(rendition.status).toBe(200);
      expect(rendition.body.toString()).toBe(playlist);
    });

    it('answers a Range request for a segment with 206 and video/mp2t', async () => {
      const response = await rawGet(`${prefix}/240p/seg_00000.ts`, { Range: 'bytes=0-99' });
      expect(response.status).toBe(206);
      expect(response.headers['content-type']).toBe('video/mp2t');
      expect(response.headers['content-range']).toBe(`bytes 0-99/${segment.length}`);
      expect(response.body).toEqual(segment.subarray(0, 100));
    });

    it('answers HEAD for the poster with its type and length, without a body', async () => {
      const response = await rawGet(`${prefix}/poster.jpg`, {}, 'HEAD');
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('image/jpeg');
      expect(response.headers['content-length']).toBe('8');
      expect(response.body.length).toBe(0);
    });

    it('refuses a tampered signature and an expired link with 403', async () => {
      const [, , id, exp, sig] = prefix.split('/');
      const tampered = await rawGet(`/media/${id}/${exp}/${sig.slice(0, -2)}xx/master.m3u8`);
      expect(tampered.status).toBe(403);
      expect(JSON.parse(tampered.body.toString())).toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/kedaluwarsa/) });
      expect((await rawGet(`/media/${id}/${Number(exp) + 21600}/${sig}/master.m3u8`)).status).toBe(403);
      const now = jest.spyOn(Date, 'now').mockReturnValue(Date.now() - 13 * 3600 * 1000);
      const expired = app.get(MediaUrlSigner).prefix(assetId);
      now.mockRestore();
      expect((await rawGet(`${expired}/master.m3u8`)).status).toBe(403);
      // The same signature does not open another video.
      expect((await rawGet(`/media/0123456789abcdef01234567/${exp}/${sig}/master.m3u8`)).status).toBe(403);
    });

    it.each([
      '../source',
      '..%2fsource',
      '%2e%2e/source',
      '%2e%2e%2fsource',
      '240p/../../source',
      '240p/..%2f..%2fsource',
      '240p%2f..%2f..%2fsource',
      '..%5c..%5csource',
      '../../../../../../etc/passwd',
      '240p/seg_00000.ts%00.m3u8',
      '480p/index.m3u8',
      'captions/../../source',
      '.work-run1/master.m3u8',
    ])('never serves anything outside the published files: %s', async (path) => {
      const response = await rawGet(`${prefix}/${path}`);
      expect([403, 404]).toContain(response.status);
      expect(response.body.includes(clip.subarray(0, 64))).toBe(false);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
    });

    it('serves a real ladder from ffmpeg: every URL in the playlists resolves under the one signed prefix', async () => {
      const { finish } = await uploadWhole(clip);
      const realId = finish.headers['x-video-id'] as string;
      const renditions = ladderFor({ width: 320, height: 240 });
      const outputPath = `videos/${realId}/hls-real`;
      const result = await runFfmpeg(
        hlsArguments({ sourcePath: join(dataDir, 'videos', realId, 'source'), outputDir: join(dataDir, outputPath), renditions, hasAudio: true, durationSeconds: 4 }),
        { timeoutMs: 120_000, durationSeconds: 4 },
      );
      expect(result.code).toBe(0);
      const assets = app.get(CourseAssetRepository);
      await assets.claimVideo(realId, 'real');
      await assets.publishVideo(realId, 'real', { outputPath, renditions: renditions.map(({ name, width, height, videoBitrateKbps, audioBitrateKbps }) => ({ name, width, height, videoBitrateKbps, audioBitrateKbps })) });
      const realPrefix = app.get(MediaUrlSigner).prefix(realId);
      const uris = (text: string) => text.split('\n').filter((line) => line !== '' && !line.startsWith('#'));
      const masterResponse = await rawGet(`${realPrefix}/master.m3u8`);
      expect(masterResponse.status).toBe(200);
      const playlists = uris(masterResponse.body.toString());
      expect(playlists.length).toBe(renditions.length);
      for (const playlist of playlists) {
        const response = await rawGet(`${realPrefix}/${playlist}`);
        expect(response.status).toBe(200);
        expect(response.headers['content-type']).toBe('application/vnd.apple.mpegurl');
        const segments = uris(response.body.toString());
        expect(segments.length).toBeGreaterThanOrEqual(2);
        const folder = playlist.split('/')[0];
        for (const segmentName of segments) {
          const segmentResponse = await rawGet(`${realPrefix}/${folder}/${segmentName}`, {}, 'HEAD');
          expect(segmentResponse.status).toBe(200);
          expect(segmentResponse.headers['content-type']).toBe('video/mp2t');
        }
      }
      const poster = await rawGet(`${realPrefix}/poster.jpg`);
      expect(poster.status).toBe(200);
      expect(poster.body.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
    });

    it('answers 404 for a video that is not ready yet', async () => {
      const { finish } = await uploadWhole(clip);
      const pending = finish.headers['x-video-id'] as string;
      expect((await rawGet(`${app.get(MediaUrlSigner).playlistUrl(pending)}`)).status).toBe(404);
    });

    describe('captions', () => {
      const postCaption = (query: Record<string, string>, body: string | Buffer, token = tokens.instructor, type = 'text/vtt') =>
        httpClient().post(`/videos/${assetId}/captions`).query(query).set(bearer(token)).set('Content-Type', type).send(Buffer.from(body));

      it('stores a WebVTT file and answers 201 with a signed URL that serves it as text/vtt', async () => {
        const response = await postCaption({ language: 'id', label: 'Bahasa Indonesia' }, `\ufeff${CAPTION}`);
        expect(response.status).toBe(201);
        expect(response.body).toEqual({ language: 'id', label: 'Bahasa Indonesia', url: `${prefix}/captions/id.vtt` });
        expect(await readFile(join(dataDir, 'videos', assetId, 'captions', 'id.vtt'), 'utf8')).toBe(CAPTION);
        const served = await rawGet(response.body.url);
        expect(served.status).toBe(200);
        expect(served.headers['content-type']).toBe('text/vtt; charset=utf-8');
        expect(served.body.toString()).toBe(CAPTION);
      });

      it('replaces the caption of the same language, and names it when no label is given', async () => {
        const replacement = CAPTION.replace('Mari mulai.', 'Mari kita mulai.');
        const response = await postCaption({ language: 'id' }, replacement);
        expect(response.status).toBe(201);
        expect(response.body.label).toBe('Bahasa Indonesia');
        const captions = (await app.get(CourseAssetRepository).findById(assetId))!.video!.captions;
        expect(captions.map((caption) => caption.language)).toEqual(['id']);
        expect(await readFile(join(dataDir, 'videos', assetId, 'captions', 'id.vtt'), 'utf8')).toBe(replacement);
      });

      it('refuses a file that is not WebVTT with 422 and the reason, storing nothing', async () => {
        const response = await postCaption({ language: 'en', label: 'English' }, '1\n00:00:00,000 --> 00:00:02,000\nHello\n');
        expect(response.status).toBe(422);
        expect(response.body).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/WEBVTT/), messageEn: expect.any(String) });
        expect(existsSync(join(dataDir, 'videos', assetId, 'captions', 'en.vtt'))).toBe(false);
      });

      it('refuses a bad language, a learner, another agency and a JSON body', async () => {
        expect((await postCaption({ language: '../x' }, CAPTION)).status).toBe(400);
        expect((await postCaption({ language: 'en' }, CAPTION, tokens.learner)).status).toBe(403);
        expect((await postCaption({ language: 'en' }, CAPTION, tokens.otherInstructor)).status).toBe(403);
        expect((await postCaption({ language: 'en' }, JSON.stringify({ a: 1 }), tokens.instructor, 'application/json')).status).toBe(415);
        expect((await httpClient().post('/videos/0123456789abcdef01234567/captions?language=id').set(bearer(tokens.instructor)).set('Content-Type', 'text/vtt').send(CAPTION)).status).toBe(404);
      });
    });
  });
});
