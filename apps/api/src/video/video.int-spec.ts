import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import {
  AgencyRepository,
  CourseAssetRepository,
  LessonProgressRepository,
  UserRepository,
  type AgencyRole,
  type CourseAssetRecord,
  type UserRecord,
} from '@lentera/db';
import { JobQueue } from '@lentera/jobs';
import { buildCourse, isolatedConfig, temporaryDirectory, type BuiltCourse, type IsolatedConfig } from '@lentera/test-support';
import { AppModule } from '../app.module';
import { SessionService } from '../auth/session.service';
import { MediaUrlSigner } from '../media/media-url-signer';

type Json = request.Response['body'];

const VIDEO_FIELDS = 'id fileName sizeBytes status progressPercent error errorEn durationSeconds width height renditions { name width height bandwidth } posterUrl playlistUrl captions { language label url } createdAt updatedAt';
const RECORD = `mutation ($input: VideoWatchInput!) {
  recordVideoWatch(input: $input) { courseCompletedNow watchedShare positionSeconds lesson { id } enrolment { status progress { percent } } }
}`;
const MY_PROGRESS = 'query ($c: ID!) { course(id: $c) { modules { lessons { id kind myProgress { state videoPositionSeconds watchedShare } } } } }';
const SIGNED_MEDIA = /^\/media\/([0-9a-f]{24})\/(\d+)\/([A-Za-z0-9_-]+)\/(master\.m3u8|poster\.jpg|captions\/[a-z]{2,3}\.vtt)$/;

/**
 * Video lessons through GraphQL: authors attach a video and publish once it is ready; enrolled
 * learners get signed media URLs and report what they watched, which completes the lesson only
 * for seconds really watched; videos are their agency's authors' alone.
 */
describe('video lessons', () => {
  let isolated: IsolatedConfig;
  let dataDir: string;
  let app: INestApplication;
  let agencyA: string;
  let instructor: UserRecord;
  let admin: UserRecord;
  let learner: UserRecord;
  let otherInstructor: UserRecord;
  let otherLearner: UserRecord;
  let counter = 0;

  async function call(user: UserRecord, query: string, variables: Record<string, unknown> = {}): Promise<Json> {
    const { token } = (await app.get(SessionService).start(user, {})).accessToken;
    const response = await request(app.getHttpServer()).post('/graphql').set('Authorization', `Bearer ${token}`).send({ query, variables });
    expect(response.status).toBe(200);
    return response.body;
  }

  async function as(user: UserRecord, query: string, variables: Record<string, unknown> = {}): Promise<Json> {
    const body = await call(user, query, variables);
    expect(body.errors).toBeUndefined();
    return body.data;
  }

  /** The codes of a refused call, which must carry no data. */
  async function refused(user: UserRecord, query: string, variables: Record<string, unknown> = {}): Promise<string[]> {
    const body = await call(user, query, variables);
    expect(Object.values(body.data ?? {}).filter((value) => value !== null)).toEqual([]);
    return (body.errors ?? []).map((error: Json) => error.extensions.code);
  }

  async function person(label: string, agencyId: string, role: AgencyRole): Promise<UserRecord> {
    return app.get(UserRepository).create({ fullName: `Uji ${label}`, email: `${label}@uji.lentera.id`, memberships: [{ agencyId, role }] });
  }

  /** A video record of the course as the tus upload leaves it (`uploaded`). */
  async function uploadedVideo(courseId: string, durationSeconds = 120, agencyId = agencyA): Promise<CourseAssetRecord> {
    return app.get(CourseAssetRepository).create({
      courseId,
      agencyId,
      kind: 'video',
      fileName: 'pelayanan-publik.mp4',
      mediaType: 'video/mp4',
      // Above 2^31: GraphQL's Int could not carry it.
      sizeBytes: 3_500_000_000,
      sha256: 'a'.repeat(64),
      storagePath: `videos/${courseId}/source`,
      uploadedBy: instructor.id,
      video: { durationSeconds, width: 1920, height: 1080, hasAudio: true },
    });
  }

  /** What the worker does: claim, then publish a ladder (no files: GraphQL only needs the record). */
  async function transcode(assetId: string): Promise<void> {
    const assets = app.get(CourseAssetRepository);
    const runId = `run${(counter += 1)}`;
    expect(await assets.claimVideo(assetId, runId)).not.toBeNull();
    expect(
      await assets.publishVideo(assetId, runId, {
        outputPath: `videos/${assetId}/hls-${runId}`,
        renditions: [
          { name: '360p', width: 640, height: 360, videoBitrateKbps: 800, audioBitrateKbps: 96 },
          { name: '720p', width: 1280, height: 720, videoBitrateKbps: 2800, audioBitrateKbps: 128 },
        ],
      }),
    ).toBe(true);
  }

  async function failedVideo(courseId: string): Promise<CourseAssetRecord> {
    const video = await uploadedVideo(courseId);
    await app.get(CourseAssetRepository).failVideo(video.id, { id: 'Berkas rusak.', en: 'The file is broken.' });
    return video;
  }

  /** A published course of agency A: a text lesson, then a video lesson of `durationSeconds`; the learner enrolled. */
  async function courseWithVideo(durationSeconds: number, enrol: UserRecord | null = learner): Promise<BuiltCourse> {
    const course = await buildCourse(app, { agencyId: agencyA, modules: [[{ kind: 'text' }, { kind: 'video', title: 'Video pelayanan', video: { durationSeconds } }]] });
    if (enrol) await as(enrol, 'mutation ($c: ID!) { enrol(courseId: $c) { id } }', { c: course.id });
    return course;
  }

  const watch = (course: BuiltCourse, secondsSpent: number, positionSeconds: number, watched: Array<[number, number]>) => ({
    input: { courseId: course.id, lessonId: course.lessonIds[1], secondsSpent, positionSeconds, watched: watched.map(([start, end]) => ({ start, end })) },
  });

  function expectSigned(url: string, assetId: string): void {
    const match = SIGNED_MEDIA.exec(url);
    expect(match).not.toBeNull();
    const [, id, exp, sig] = match as RegExpExecArray;
    expect(id).toBe(assetId);
    expect(app.get(MediaUrlSigner).verify(id, exp, sig)).toBe(true);
  }

  beforeAll(async () => {
    dataDir = temporaryDirectory('lentera-video-gql-');
    isolated = isolatedConfig('video_gql', { DATA_DIR: dataDir });
    const module = await Test.createTestingModule({ imports: [AppModule.forRoot(isolated.config)] }).compile();
    app = module.createNestApplication({ logger: ['error'] });
    await app.init();
    const agencies = app.get(AgencyRepository);
    agencyA = (await agencies.create({ code: 'BPSDM-NTB', name: 'BPSDM Provinsi Nusa Tenggara Barat', kind: 'regional' })).id;
    const agencyB = (await agencies.create({ code: 'BPSDM-SULSEL', name: 'BPSDM Provinsi Sulawesi Selatan', kind: 'regional' })).id;
    instructor = await person('widyaiswara-ntb', agencyA, 'instructor');
    admin = await person('admin-ntb', agencyA, 'admin');
    learner = await person('asn-ntb', agencyA, 'learner');
    otherInstructor = await person('widyaiswara-sulsel', agencyB, 'instructor');
    otherLearner = await person('asn-sulsel', agencyB, 'learner');
  });

  afterAll(async () => {
    await app?.close();
    await isolated?.cleanup();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  describe('authoring', () => {
    it('attaches a video to a lesson, refuses to publish it until it is ready, then publishes', async () => {
      let draft = (
        await as(instructor, 'mutation ($input: CreateCourseInput!) { createCourse(input: $input) { id revision } }', {
          input: { agencyId: agencyA, title: 'Pelayanan Publik dalam Video', summary: 'Video tentang pelayanan publik yang prima.', competencyType: 'TEKNIS', level: 'DASAR', jp: 2 },
        })
      ).createCourse;
      draft = (await as(instructor, 'mutation ($c: ID!, $r: Int!) { addModule(courseId: $c, revision: $r, title: "Modul video") { id revision modules { id } } }', { c: draft.id, r: draft.revision })).addModule;
      const video = await uploadedVideo(draft.id);
      const otherCourse = await buildCourse(app, { agencyId: agencyA, modules: [[{}]], publish: false });
      const foreignVideo = await uploadedVideo(otherCourse.id);
      const addLesson = 'mutation ($c: ID!, $r: Int!, $m: ID!, $input: NewLessonInput!) { addLesson(courseId: $c, revision: $r, moduleId: $m, input: $input) { id revision modules { lessons { id kind video { id status } } } } }';
      const lessonInput = (videoId: string | null) => ({ c: draft.id, r: draft.revision, m: draft.modules[0].id, input: { title: 'Tonton: Maklumat pelayanan', kind: 'VIDEO', videoId } });

      // Only a video of this course.
      expect(await refused(instructor, addLesson, lessonInput(foreignVideo.id))).toEqual(['BAD_USER_INPUT']);
      expect(await refused(instructor, addLesson, lessonInput('not-an-id'))).toEqual(['BAD_USER_INPUT']);
      draft = (await as(instructor, addLesson, lessonInput(video.id))).addLesson;
      expect(draft.modules[0].lessons[0]).toMatchObject({ kind: 'VIDEO', video: { id: video.id, status: 'UPLOADED' } });
      draft = (
        await as(instructor, 'mutation ($c: ID!, $r: Int!, $input: CourseDetailsInput!) { updateCourseDetails(courseId: $c, revision: $r, input: $input) { id revision preventSkippingAhead } }', {
          c: draft.id,
          r: draft.revision,
          input: { preventSkippingAhead: true },
        })
      ).updateCourseDetails;
      expect(draft.preventSkippingAhead).toBe(true);

      // Not ready: the lesson's title and the reason, in Bahasa Indonesia.
      const publish = 'mutation ($c: ID!, $r: Int!) { publishCourse(courseId: $c, revision: $r) { status } }';
      const notReady = await call(admin, publish, { c: draft.id, r: draft.revision });
      expect(notReady.errors.map((error: Json) => error.extensions.code)).toEqual(['BAD_USER_INPUT']);
      expect(notReady.errors[0].message).toMatch(/Video pelajaran "Tonton: Maklumat pelayanan" belum siap/);
      await app.get(CourseAssetRepository).claimVideo(video.id, 'run-processing');
      expect(await refused(admin, publish, { c: draft.id, r: draft.revision })).toEqual(['BAD_USER_INPUT']);
      await app.get(CourseAssetRepository).failVideo(video.id, { id: 'Berkas rusak.', en: 'Broken.' }, 'run-processing');
      const failed = await call(admin, publish, { c: draft.id, r: draft.revision });
      expect(failed.errors[0].message).toMatch(/gagal diproses/);

      // Retried and transcoded: ready, with its ladder, poster and playlist.
      expect((await as(instructor, 'mutation ($v: ID!) { retryVideo(videoId: $v) { status error } }', { v: video.id })).retryVideo).toEqual({ status: 'UPLOADED', error: null });
      await transcode(video.id);
      const authored = (await as(instructor, `query ($c: ID!) { authoringCourse(id: $c) { modules { lessons { video { ${VIDEO_FIELDS} } } } } }`, { c: draft.id })).authoringCourse;
      const shown = authored.modules[0].lessons[0].video;
      expect(shown).toMatchObject({ id: video.id, status: 'READY', progressPercent: 100, sizeBytes: 3_500_000_000, durationSeconds: 120, width: 1920, height: 1080, error: null });
      expect(shown.renditions).toEqual([
        { name: '360p', width: 640, height: 360, bandwidth: 896_000 },
        { name: '720p', width: 1280, height: 720, bandwidth: 2_928_000 },
      ]);
      expectSigned(shown.playlistUrl, video.id);
      expectSigned(shown.posterUrl, video.id);

      expect((await as(admin, publish, { c: draft.id, r: draft.revision })).publishCourse.status).toBe('PUBLISHED');
      expect((await as(learner, 'query ($c: ID!) { course(id: $c) { preventSkippingAhead } }', { c: draft.id })).course.preventSkippingAhead).toBe(true);
    });

    it('refuses to publish a video lesson without a video', async () => {
      const course = await buildCourse(app, { agencyId: agencyA, modules: [[{ kind: 'video', title: 'Tanpa video' }]], publish: false });
      const body = await call(admin, 'mutation ($c: ID!) { publishCourse(courseId: $c, revision: 1) { status } }', { c: course.id });
      expect(body.errors.map((error: Json) => error.extensions.code)).toEqual(['BAD_USER_INPUT']);
      expect(body.errors[0].message).toBe('Pelajaran "Tanpa video" belum memiliki video.');
    });
  });

  describe('a learner watching', () => {
    it('gets signed playlist, poster and caption URLs when enrolled; others get the usual refusal and no URL', async () => {
      const course = await courseWithVideo(300);
      const lesson = (await as(instructor, 'query ($c: ID!) { authoringCourse(id: $c) { modules { lessons { video { id } } } } }', { c: course.id })).authoringCourse.modules[0]
        .lessons[1];
      const videoId: string = lesson.video.id;
      await app.get(CourseAssetRepository).putVideoCaption(videoId, {
        language: 'id',
        label: 'Bahasa Indonesia',
        storagePath: `videos/${videoId}/captions/id.vtt`,
        sizeBytes: 40,
        uploadedAt: new Date(),
      });
      const view = 'query ($c: ID!, $l: ID!) { lesson(courseId: $c, lessonId: $l) { lesson { kind } video { status durationSeconds posterUrl playlistUrl captions { language label url } renditions { name bandwidth } } } }';
      const seen = (await as(learner, view, { c: course.id, l: course.lessonIds[1] })).lesson;
      expect(seen.lesson.kind).toBe('VIDEO');
      expect(seen.video).toMatchObject({ status: 'READY', durationSeconds: 300, renditions: [{ name: '360p', bandwidth: 896_000 }] });
      expectSigned(seen.video.playlistUrl, videoId);
      expectSigned(seen.video.posterUrl, videoId);
      expect(seen.video.captions).toHaveLength(1);
      expect(seen.video.captions[0]).toMatchObject({ language: 'id', label: 'Bahasa Indonesia' });
      expectSigned(seen.video.captions[0].url, videoId);
      // The text lesson has no video.
      expect((await as(learner, view, { c: course.id, l: course.lessonIds[0] })).lesson.video).toBeNull();

      // Not enrolled (another agency's learner), or an unknown lesson: refused, nothing signed.
      expect(await refused(otherLearner, view, { c: course.id, l: course.lessonIds[1] })).toEqual(['FORBIDDEN']);
      expect(await refused(learner, view, { c: course.id, l: '0123456789abcdef01234567' })).toEqual(['NOT_FOUND']);
    });

    it('credits only what was watched: a jump to the end is a small share, honest watching to 90 % completes the lesson and the course', async () => {
      const course = await courseWithVideo(600);
      const text = { courseId: course.id, lessonId: course.lessonIds[0], secondsSpent: 60, reachedEnd: true };
      await as(learner, 'mutation ($input: LessonProgressInput!) { recordLessonProgress(input: $input) { courseCompletedNow } }', { input: text });

      const jump = (await as(learner, RECORD, watch(course, 5, 600, [[595, 600]]))).recordVideoWatch;
      expect(jump.courseCompletedNow).toBe(false);
      expect(jump.watchedShare).toBeCloseTo(5 / 600, 5);
      expect(jump.positionSeconds).toBe(600);
      expect(jump.enrolment.progress.percent).toBe(50);

      // The player reports every 30 s what it played since it opened.
      const results: Json[] = [];
      for (let end = 30; end <= 540; end += 30) {
        results.push((await as(learner, RECORD, watch(course, 30, end, [[0, end]]))).recordVideoWatch);
      }
      expect(results.slice(0, -1).every((result) => !result.courseCompletedNow)).toBe(true);
      const last = results[results.length - 1];
      expect(last.watchedShare).toBeCloseTo((540 + 5) / 600, 5);
      expect(last.courseCompletedNow).toBe(true);
      expect(last.enrolment).toEqual({ status: 'COMPLETED', progress: { percent: 100 } });
      // Completed once: a later report does not complete again.
      expect((await as(learner, RECORD, watch(course, 10, 550, [[540, 550]]))).recordVideoWatch.courseCompletedNow).toBe(false);

      // A reload: the position and the share come back from the learner's row.
      const outline = (await as(learner, MY_PROGRESS, { c: course.id })).course.modules[0].lessons;
      expect(outline[0].myProgress).toEqual({ state: 'DONE', videoPositionSeconds: null, watchedShare: null });
      expect(outline[1].myProgress.state).toBe('DONE');
      expect(outline[1].myProgress.videoPositionSeconds).toBe(550);
      expect(outline[1].myProgress.watchedShare).toBeCloseTo(555 / 600, 5);
    });

    it('does not credit more than twice the time spent, nor (in a no-skip course) what lies ahead of the watched part', async () => {
      const course = await courseWithVideo(600);
      const fast = (await as(learner, RECORD, watch(course, 10, 300, [[0, 300]]))).recordVideoWatch;
      expect(fast.watchedShare).toBeCloseTo(25 / 600, 5);

      const strict = await buildCourse(app, { agencyId: agencyA, modules: [[{ kind: 'video', video: { durationSeconds: 600 } }]], publish: false });
      await as(instructor, 'mutation ($c: ID!, $input: CourseDetailsInput!) { updateCourseDetails(courseId: $c, revision: 1, input: $input) { id } }', {
        c: strict.id,
        input: { preventSkippingAhead: true },
      });
      await as(admin, 'mutation ($c: ID!) { publishCourse(courseId: $c, revision: 2) { id } }', { c: strict.id });
      await as(learner, 'mutation ($c: ID!) { enrol(courseId: $c) { id } }', { c: strict.id });
      const input = { courseId: strict.id, lessonId: strict.lessonIds[0], secondsSpent: 120, positionSeconds: 260, watched: [{ start: 0, end: 30 }, { start: 200, end: 260 }] };
      const skipped = (await as(learner, RECORD, { input })).recordVideoWatch;
      expect(skipped.watchedShare).toBeCloseTo(30 / 600, 5);
      expect(skipped.positionSeconds).toBe(35);
    });

    it('refuses bad reports with BAD_USER_INPUT in Bahasa Indonesia, and writes nothing', async () => {
      const course = await courseWithVideo(120);
      await as(learner, RECORD, watch(course, 20, 20, [[0, 20]]));
      const progress = app.get(LessonProgressRepository);
      const before = await progress.findByLearnerCourse({ userId: learner.id, courseId: course.id });
      const bad = [
        watch(course, 10, -1, [[0, 10]]),
        watch(course, 10, 10, [[10, 5]]),
        watch(course, 10, 10, [[-3, 5]]),
        watch(course, 601, 10, [[0, 10]]),
        watch(course, 10, 10, Array.from({ length: 501 }, (_, i): [number, number] => [i, i + 0.5])),
        { input: { ...watch(course, 10, 10, [[0, 10]]).input, lessonId: course.lessonIds[0] } },
        { input: { ...watch(course, 10, 10, [[0, 10]]).input, lessonId: 'nope' } },
      ];
      for (const variables of bad) {
        const body = await call(learner, RECORD, variables);
        expect(body.errors.map((error: Json) => error.extensions.code)).toEqual(['BAD_USER_INPUT']);
        expect(body.errors[0].message).not.toMatch(/^Invalid|must be/);
        expect(body.data).toBeNull();
      }
      expect(await progress.findByLearnerCourse({ userId: learner.id, courseId: course.id })).toEqual(before);
      // Not enrolled: the existing refusal.
      expect(await refused(otherLearner, RECORD, watch(course, 10, 10, [[0, 10]]))).toEqual(['FORBIDDEN']);
    });
  });

  describe('videos are their agency authors\' alone', () => {
    it('refuses video, retryVideo and removeVideoCaption to an author of another agency and to learners', async () => {
      const course = await buildCourse(app, { agencyId: agencyA, modules: [[{}]], publish: false });
      const video = await failedVideo(course.id);
      for (const user of [otherInstructor, learner]) {
        expect(await refused(user, `query ($v: ID!) { video(id: $v) { id } }`, { v: video.id })).toEqual(['FORBIDDEN']);
        expect(await refused(user, 'mutation ($v: ID!) { retryVideo(videoId: $v) { id } }', { v: video.id })).toEqual(['FORBIDDEN']);
        expect(await refused(user, 'mutation ($v: ID!) { removeVideoCaption(videoId: $v, language: "id") { id } }', { v: video.id })).toEqual(['FORBIDDEN']);
      }
      expect(await refused(instructor, `query ($v: ID!) { video(id: $v) { id } }`, { v: '0123456789abcdef01234567' })).toEqual(['NOT_FOUND']);
      expect(await refused(instructor, `query ($v: ID!) { video(id: $v) { id } }`, { v: 'nope' })).toEqual(['BAD_USER_INPUT']);
      expect((await as(instructor, `query ($v: ID!) { video(id: $v) { ${VIDEO_FIELDS} } }`, { v: video.id })).video).toMatchObject({
        status: 'FAILED',
        error: 'Berkas rusak.',
        errorEn: 'The file is broken.',
        playlistUrl: null,
        posterUrl: null,
        renditions: [],
      });
    });

    it('retries only a failed video: back to UPLOADED with a transcode job queued', async () => {
      const course = await buildCourse(app, { agencyId: agencyA, modules: [[{}]], publish: false });
      const ready = await uploadedVideo(course.id);
      await transcode(ready.id);
      const retry = 'mutation ($v: ID!) { retryVideo(videoId: $v) { id status progressPercent error } }';
      expect(await refused(instructor, retry, { v: ready.id })).toEqual(['BAD_USER_INPUT']);
      const waiting = await uploadedVideo(course.id);
      expect(await refused(instructor, retry, { v: waiting.id })).toEqual(['BAD_USER_INPUT']);

      const failed = await failedVideo(course.id);
      const jobs = app.get(JobQueue);
      expect(await jobs.stateOf('video.transcode', { assetId: failed.id })).toBe('unknown');
      expect((await as(instructor, retry, { v: failed.id })).retryVideo).toEqual({ id: failed.id, status: 'UPLOADED', progressPercent: 0, error: null });
      expect(await jobs.stateOf('video.transcode', { assetId: failed.id })).toBe('waiting');
    });

    it('removes a caption and its file; removing it again changes nothing', async () => {
      const course = await buildCourse(app, { agencyId: agencyA, modules: [[{}]], publish: false });
      const video = await uploadedVideo(course.id);
      await transcode(video.id);
      const storagePath = `videos/${video.id}/captions/en.vtt`;
      const file = join(dataDir, storagePath);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, 'WEBVTT\n\n00:00.000 --> 00:02.000\nHello\n');
      const assets = app.get(CourseAssetRepository);
      await assets.putVideoCaption(video.id, { language: 'en', label: 'English', storagePath, sizeBytes: 40, uploadedAt: new Date() });
      await assets.putVideoCaption(video.id, { language: 'id', label: 'Bahasa Indonesia', storagePath: `videos/${video.id}/captions/id.vtt`, sizeBytes: 40, uploadedAt: new Date() });

      const remove = 'mutation ($v: ID!, $l: String!) { removeVideoCaption(videoId: $v, language: $l) { captions { language url } } }';
      const after = (await as(admin, remove, { v: video.id, l: 'en' })).removeVideoCaption;
      expect(after.captions.map((caption: Json) => caption.language)).toEqual(['id']);
      expectSigned(after.captions[0].url, video.id);
      expect(existsSync(file)).toBe(false);
      expect((await as(admin, remove, { v: video.id, l: 'en' })).removeVideoCaption.captions).toHaveLength(1);
      expect(await refused(admin, remove, { v: video.id, l: '../x' })).toEqual(['BAD_USER_INPUT']);
    });
  });
  it('deleting a course removes its videos: records and folders', async () => {
    const course = await buildCourse(app, { agencyId: agencyA, modules: [[{}]], publish: false });
    const video = await uploadedVideo(course.id);
    const folder = join(dataDir, 'videos', video.id);
    mkdirSync(join(folder, 'hls-run'), { recursive: true });
    writeFileSync(join(folder, 'source'), 'bytes of the upload');
    writeFileSync(join(folder, 'hls-run', 'master.m3u8'), '#EXTM3U');

    expect(await as(admin, 'mutation ($c: ID!) { deleteCourse(courseId: $c) }', { c: course.id })).toEqual({ deleteCourse: true });
    expect(existsSync(folder)).toBe(false);
    expect(await app.get(CourseAssetRepository).findById(video.id)).toBeNull();
  });
});
