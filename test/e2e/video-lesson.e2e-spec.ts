import { spawnSync } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Upload } from 'tus-js-client';
import { eventually, graphqlAs, launchBrowser, signInThroughApi, signInThroughPage, startStack, temporaryDirectory, type RunningStack } from '@lentera/test-support';

const PHONE = { width: 360, height: 740 };
const WAIT = { timeout: 20_000 };
const COURSE_TITLE = 'Pelayanan Prima dalam Video';
const LESSON_TITLE = 'Menyapa warga dengan ramah';
const CLIP_SECONDS = 20;
/** A 720p source gets every rendition up to 720p (never above the source). */
const RENDITIONS = [
  { name: '240p', height: 240 },
  { name: '360p', height: 360 },
  { name: '480p', height: 480 },
  { name: '720p', height: 720 },
];

type Course = { id: string; revision: number; modules: Array<{ id: string; lessons: Array<{ id: string; title: string }> }> };
const COURSE = 'id revision modules { id lessons { id title } }';
type Video = { id: string; status: string; progressPercent: number; durationSeconds: number; playlistUrl: string | null; renditions: Array<{ name: string; height: number }> };

/** A clip made at test time: ffmpeg's moving test picture (with a clock) and a tone. */
function makeClip(path: string): void {
  const result = spawnSync(
    'ffmpeg',
    [
      '-hide_banner', '-loglevel', 'error', '-y',
      '-f', 'lavfi', '-i', 'testsrc2=size=1280x720:rate=25',
      '-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=48000',
      '-t', String(CLIP_SECONDS), '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-movflags', '+faststart', path,
    ],
    { encoding: 'utf8', timeout: 120_000 },
  );
  if (result.status !== 0) throw new Error(`could not make the test clip: ${result.stderr}`);
}

/** ffprobe of a local file only: the playlist and its segments were downloaded first. */
function probe(path: string): { streams: Array<{ codec_type: string; codec_name: string; width?: number; height?: number }>; format: { duration: string } } {
  const result = spawnSync(
    'ffprobe',
    ['-v', 'error', '-protocol_whitelist', 'file', '-print_format', 'json', '-show_format', '-show_streams', path],
    { encoding: 'utf8', timeout: 60_000 },
  );
  if (result.status !== 0) throw new Error(`ffprobe failed on ${path}: ${result.stderr}`);
  return JSON.parse(result.stdout) as ReturnType<typeof probe>;
}

/** The URIs of a playlist (the lines that are not tags). */
const urisOf = (playlist: string): string[] =>
  playlist
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));

/**
 * A video lesson from end to end, on the built API and worker and in a real browser: an
 * instructor uploads a clip through tus, the worker makes the HLS ladder (each rendition checked
 * with ffprobe), the course (no skipping ahead) is published, and a learner on a phone enrols,
 * watches, reloads and goes on from where they were, and finishes the lesson and the course by watching it.
 */
describe('a learner watches a video lesson on a phone', () => {
  let stack: RunningStack;
  let folder: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let course: Course;
  let video: Video;
  const hlsChunkRequests: string[] = [];

  const call = <T,>(token: string, query: string, variables?: Record<string, unknown>) => graphqlAs<T>(stack.baseUrl, token, query, variables);
  const signIn = (identifier: string) => signInThroughApi(stack.baseUrl, identifier);

  /** Through the tus endpoint, as the authoring page does, in 1 MiB chunks; resolves with the video id. */
  function uploadVideo(token: string, bytes: Buffer, fileName: string): Promise<string> {
    return new Promise((resolve, reject) => {
      let videoId: string | null = null;
      const upload = new Upload(bytes, {
        endpoint: `${stack.baseUrl}/uploads/videos`,
        metadata: { courseId: course.id, filename: fileName },
        headers: { Authorization: `Bearer ${token}` },
        chunkSize: 1024 * 1024,
        retryDelays: [],
        onAfterResponse: (_request, response) => {
          videoId = response.getHeader('X-Video-Id') ?? videoId;
        },
        onError: reject,
        onSuccess: () => {
          const fromUrl = upload.url?.split('/').pop() ?? null;
          if (!videoId && !fromUrl) reject(new Error('the upload finished without a video id'));
          else resolve((videoId ?? fromUrl) as string);
        },
      });
      upload.start();
    });
  }

  /** What the player shows: its video element's time and state. */
  function playback(): Promise<{ currentTime: number; paused: boolean; readyState: number }> {
    return page
      .getByTestId('video-player')
      .locator('video')
      .evaluate((element: HTMLVideoElement) => ({ currentTime: element.currentTime, paused: element.paused, readyState: element.readyState }));
  }

  async function expectNoSidewaysScrolling(): Promise<void> {
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  }

  beforeAll(async () => {
    folder = temporaryDirectory('e2e-video-lesson-');
    makeClip(join(folder, 'sapa-warga.mp4'));
    stack = await startStack('e2e-video-lesson');
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await stack?.stop();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('an instructor uploads a clip through tus; the worker makes every rendition of the ladder', async () => {
    const instructor = await signIn('instruktur@demo.lentera.id');
    course = (
      await call<{ createCourse: Course }>(instructor.token, `mutation ($input: CreateCourseInput!) { createCourse(input: $input) { ${COURSE} } }`, {
        input: { agencyId: instructor.agencyId, title: COURSE_TITLE, summary: 'Cara menyapa dan melayani warga, dalam video singkat.', competencyType: 'SOSIAL_KULTURAL', level: 'DASAR', jp: 1 },
      })
    ).createCourse;
    course = (await call<{ addModule: Course }>(instructor.token, `mutation ($c: ID!, $r: Int!) { addModule(courseId: $c, revision: $r, title: "Modul 1") { ${COURSE} } }`, { c: course.id, r: course.revision })).addModule;

    const videoId = await uploadVideo(instructor.token, await readFile(join(folder, 'sapa-warga.mp4')), 'sapa-warga.mp4');
    expect(videoId).toMatch(/^[0-9a-f]{24}$/);
    const VIDEO = 'id status progressPercent durationSeconds playlistUrl renditions { name height }';
    video = await eventually(
      async () => (await call<{ video: Video }>(instructor.token, `query ($id: ID!) { video(id: $id) { ${VIDEO} } }`, { id: videoId })).video,
      (answer) => answer.status === 'READY' || answer.status === 'FAILED',
      'the worker to transcode the clip',
      240_000,
    );
    expect(video.status).toBe('READY');
    expect(video.durationSeconds).toBeCloseTo(CLIP_SECONDS, 0);
    expect(video.renditions.map((rendition) => rendition.name)).toEqual(RENDITIONS.map((rendition) => rendition.name));
    expect(video.playlistUrl).toMatch(/^\/media\/[0-9a-f]{24}\/\d+\/[\w-]+\/master\.m3u8$/);

    // The master playlist names every rendition; each one, downloaded with its segments, is real
    // H.264 + AAC video of the right height and length (ffprobe reads the local copy only).
    const prefix = `${stack.baseUrl}${video.playlistUrl!.replace(/\/master\.m3u8$/, '')}`;
    const master = await fetch(`${prefix}/master.m3u8`);
    expect(master.status).toBe(200);
    expect(master.headers.get('content-type')).toMatch(/^application\/vnd\.apple\.mpegurl/);
    const masterText = await master.text();
    expect(masterText.startsWith('#EXTM3U')).toBe(true);
    expect(urisOf(masterText).sort()).toEqual(RENDITIONS.map((rendition) => `${rendition.name}/index.m3u8`).sort());
    for (const rendition of RENDITIONS) {
      const local = join(folder, 'hls', rendition.name);
      await mkdir(local, { recursive: true });
      const playlist = await (await fetch(`${prefix}/${rendition.name}/index.m3u8`)).text();
      await writeFile(join(local, 'index.m3u8'), playlist);
      const segments = urisOf(playlist);
      expect(segments.length).toBeGreaterThanOrEqual(CLIP_SECONDS / 2);
      for (const segment of segments) {
        expect(segment).toMatch(/^seg_\d{5}\.ts$/);
        const response = await fetch(`${prefix}/${rendition.name}/${segment}`);
        expect(response.status).toBe(200);
        await writeFile(join(local, segment), Buffer.from(await response.arrayBuffer()));
      }
      const probed = probe(join(local, 'index.m3u8'));
      const picture = probed.streams.find((stream) => stream.codec_type === 'video');
      expect(picture).toMatchObject({ codec_name: 'h264', height: rendition.height });
      expect(probed.streams.find((stream) => stream.codec_type === 'audio')).toMatchObject({ codec_name: 'aac' });
      expect(Number(probed.format.duration)).toBeCloseTo(CLIP_SECONDS, 0);
    }
    // A poster was made from the video.
    const poster = await fetch(`${prefix}/poster.jpg`);
    expect(poster.status).toBe(200);
    expect(poster.headers.get('content-type')).toBe('image/jpeg');

    // Indonesian captions, as the authoring page sends them.
    const captions = await fetch(`${stack.baseUrl}/videos/${videoId}/captions?language=id&label=${encodeURIComponent('Bahasa Indonesia')}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${instructor.token}`, 'content-type': 'text/vtt' },
      body: 'WEBVTT\n\n00:00:00.000 --> 00:00:19.000\nSelamat datang, mari melayani warga dengan ramah.\n',
    });
    expect(captions.status).toBe(201);

    course = (
      await call<{ addLesson: Course }>(
        instructor.token,
        `mutation ($c: ID!, $r: Int!, $m: ID!, $input: NewLessonInput!) { addLesson(courseId: $c, revision: $r, moduleId: $m, input: $input) { ${COURSE} } }`,
        { c: course.id, r: course.revision, m: course.modules[0].id, input: { title: LESSON_TITLE, kind: 'VIDEO', videoId } },
      )
    ).addLesson;
    // Learners may not skip what they have not watched yet.
    course = (
      await call<{ updateCourseDetails: Course }>(
        instructor.token,
        `mutation ($c: ID!, $r: Int!, $input: CourseDetailsInput!) { updateCourseDetails(courseId: $c, revision: $r, input: $input) { ${COURSE} } }`,
        { c: course.id, r: course.revision, input: { preventSkippingAhead: true } },
      )
    ).updateCourseDetails;
    const admin = await signIn('admin@demo.lentera.id');
    await call(admin.token, 'mutation ($c: ID!, $r: Int!) { publishCourse(courseId: $c, revision: $r) { id } }', { c: course.id, r: course.revision });
    }, 360_000);

  it('asn1 enrols on a phone and plays the lesson; hls.js arrives only with the video lesson', async () => {
    context = await browser.newContext({ viewport: PHONE, hasTouch: true });
    page = await context.newPage();
    page.on('request', (request) => {
      if (/\/assets\/hls[^/]*\.js$/.test(request.url())) hlsChunkRequests.push(request.url());
    });
    const coursePath = `/kursus/${course.id}`;
    await signInThroughPage(page, stack.baseUrl, 'asn1@demo.lentera.id', coursePath);
    await page.getByRole('heading', { level: 1, name: COURSE_TITLE }).waitFor(WAIT);
    await page.getByRole('button', { name: 'Ikuti kursus' }).click();
    await page.getByRole('link', { name: 'Mulai belajar' }).waitFor(WAIT);
    expect(hlsChunkRequests).toEqual([]);
    await page.getByRole('link', { name: 'Mulai belajar' }).click();

    await page.getByRole('heading', { level: 1, name: LESSON_TITLE }).waitFor(WAIT);
    const player = page.getByTestId('video-player');
    await player.waitFor(WAIT);
    await player.getByRole('button', { name: 'Putar video' }).click();
    await eventually(playback, (state) => !state.paused && state.currentTime > 1, 'the video to play', 30_000);
    expect(hlsChunkRequests).toHaveLength(1);
    await expectNoSidewaysScrolling();

    // The quality menu: automatic, and each rendition of the ladder.
    await player.getByRole('button', { name: 'Kualitas video' }).click();
    // The menu opens a frame after the click: read it once every choice is there.
    const choices = player.getByRole('menuitemradio');
    await choices.nth(RENDITIONS.length).waitFor(WAIT);
    const qualities = await choices.allInnerTexts();
    expect(qualities[0]).toMatch(/^Otomatis/);
    expect(qualities.slice(1).sort()).toEqual(RENDITIONS.map((rendition) => rendition.name).sort());
    await page.keyboard.press('Escape');

    // Captions: picked in their menu (a native <track>), and off again with the C key.
    const captionMode = () => player.locator('video').evaluate((element: HTMLVideoElement) => Array.from(element.textTracks).map((track) => `${track.language}:${track.mode}`));
    await player.getByRole('button', { name: 'Teks film' }).click();
    await player.getByRole('menuitemradio', { name: 'Bahasa Indonesia' }).click();
    expect(await captionMode()).toEqual(['id:showing']);
    await player.focus();
    await page.keyboard.press('c');
    expect(await captionMode()).toEqual(['id:disabled']);

    // This course forbids skipping ahead: L (10 s on) past what was watched goes back there, with a notice.
    await page.getByText('Di kursus ini, bagian video yang belum ditonton tidak dapat dilewati.').waitFor(WAIT);
    const at = (await playback()).currentTime;
    await page.keyboard.press('l');
    await player.getByText('Bagian itu belum Anda tonton.', { exact: false }).waitFor(WAIT);
    expect((await playback()).currentTime).toBeLessThan(at + 3);
    // Going back inside what was watched is allowed.
    await page.keyboard.press('ArrowLeft');
    await eventually(playback, (state) => state.currentTime < at, 'the player to go back 5 s', 5_000);
    await expectNoSidewaysScrolling();
  });

  it('after a reload, the player goes on from where the learner was, loading nothing before play', async () => {
    const before = await eventually(playback, (state) => state.currentTime >= 8, 'eight seconds of playback', 30_000);
    expect(before.paused).toBe(false);
    const segmentRequests: string[] = [];
    const countSegments = (request: { url(): string }) => {
      if (/\/seg_\d+\.ts$/.test(request.url())) segmentRequests.push(request.url());
    };
    await page.reload();
    page.on('request', countSegments);
    await page.getByRole('heading', { level: 1, name: LESSON_TITLE }).waitFor(WAIT);
    const player = page.getByTestId('video-player');
    const play = player.getByRole('button', { name: 'Putar video' });
    await play.waitFor(WAIT);
    await page.getByTestId('video-watched').getByText(/^Sudah ditonton \d+%/).waitFor(WAIT);
    // The poster and the place to resume from are shown; no video is downloaded until play.
    const [shownMinutes, shownSeconds] = ((await player.getByTestId('player-time').innerText()).split(' / ')[0] ?? '').split(':').map(Number);
    const shown = shownMinutes * 60 + shownSeconds;
    // The last report went at most 5 s before the reload (or as the page went away).
    expect(shown).toBeGreaterThan(before.currentTime - 6);
    expect(shown).toBeLessThan(before.currentTime + 3);
    expect(segmentRequests).toEqual([]);

    await play.click();
    const resumed = await eventually(playback, (state) => !state.paused && state.currentTime > shown, 'the video to play on from there', 30_000);
    expect(resumed.currentTime).toBeLessThan(shown + 5);
    expect(segmentRequests.length).toBeGreaterThan(0);
    page.off('request', countSegments);
  });

  it('watching the rest (at double speed) completes the lesson and the course', async () => {
    const player = page.getByTestId('video-player');
    await player.getByRole('button', { name: /^Kecepatan putar/ }).click();
    await player.getByRole('menuitemradio', { name: '2×' }).click();
    expect(await player.locator('video').evaluate((element: HTMLVideoElement) => element.playbackRate)).toBe(2);
    await page.getByTestId('lesson-done').waitFor({ timeout: 40_000 });
    await page.getByTestId('course-completed').waitFor(WAIT);
    await expectNoSidewaysScrolling();
  });

  it('keeps the API free of logged errors', () => {
    expect(stack.api.output()).not.toMatch(/"level":(50|60)/);
  });
});
