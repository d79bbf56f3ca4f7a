import {
  CourseAssetRepository,
  CourseModuleRepository,
  CourseRepository,
  DRAFT_VERSION,
  LessonRepository,
  QuestionRepository,
  DEFAULT_QUIZ_SETTINGS,
  type EnrolmentPolicy,
  type LessonKind,
  type QuizSettingsRecord,
} from '@lentera/db';
import { questionContent, type QuestionSpec } from './quiz-samples';

/** A Nest application (or testing module) to take repositories from. */
export interface RepositorySource {
  get<T>(type: abstract new (...args: never[]) => T): T;
}

export interface LessonSpec {
  title?: string;
  kind?: LessonKind;
  required?: boolean;
  lockedUntilPreviousDone?: boolean;
  bodyHtml?: string;
  externalUrl?: string;
  allowDownload?: boolean;
  /** DOCUMENT lessons: a file record of the course is created for it (no bytes are stored). */
  document?: { fileName: string; mediaType: string; sizeBytes: number };
  /** VIDEO lessons: a video record of the course, READY with a made-up output folder (no files are stored). */
  video?: { durationSeconds: number };
  /**
   * QUIZ lessons: questions written to the course's bank and the settings (FIXED over those
   * questions, in order, unless the settings say otherwise).
   */
  quiz?: { questions?: QuestionSpec[]; settings?: Partial<QuizSettingsRecord> };
}

export interface CourseSpec {
  agencyId: string;
  title?: string;
  summary?: string;
  jp?: number;
  enrolmentPolicy?: EnrolmentPolicy;
  /** Each entry is a module: its lessons in order. */
  modules: LessonSpec[][];
  /** Publish through the real publish path (default true). */
  publish?: boolean;
}

export interface BuiltCourse {
  id: string;
  moduleIds: string[];
  /** Stable lesson ids in course order (module by module). */
  lessonIds: string[];
  /** QUIZ lessons: their lesson id and the bank question ids created for them, in order. */
  quizzes: Array<{ lessonId: string; questionIds: string[] }>;
}

/**
 * A course written straight through the repositories, in two inserts for any size (modules,
 * then lessons), then published like an admin would: for tests that need many or special lessons.
 */
export async function buildCourse(app: RepositorySource, spec: CourseSpec): Promise<BuiltCourse> {
  const courses = app.get(CourseRepository);
  const course = await courses.create({
    agencyId: spec.agencyId,
    title: spec.title ?? 'Kursus Uji',
    summary: spec.summary ?? 'Ringkasan kursus uji untuk pengujian otomatis.',
    competencyType: 'teknis',
    level: 'dasar',
    jp: spec.jp ?? 4,
    enrolmentPolicy: spec.enrolmentPolicy ?? 'open',
  });
  const modules = await app
    .get(CourseModuleRepository)
    .createMany(spec.modules.map((_lessons, position) => ({ courseId: course.id, version: DRAFT_VERSION, title: `Modul ${position + 1}`, position })));
  const assets = app.get(CourseAssetRepository);
  const lessonRows = [];
  for (const [moduleIndex, lessons] of spec.modules.entries()) {
    for (const [position, lesson] of lessons.entries()) {
      const asset = lesson.document
        ? await assets.create({
            courseId: course.id,
            agencyId: spec.agencyId,
            kind: 'document',
            ...lesson.document,
            sha256: '0'.repeat(64),
            storagePath: `course-files/${course.id}/test`,
            uploadedBy: course.id,
          })
        : null;
      const video = lesson.video ? await readyVideo(assets, course.id, spec.agencyId, lesson.video.durationSeconds) : null;
      lessonRows.push({
        courseId: course.id,
        version: DRAFT_VERSION,
        moduleId: modules[moduleIndex].id,
        title: lesson.title ?? `Pelajaran ${moduleIndex + 1}.${position + 1}`,
        kind: lesson.kind ?? ('text' as const),
        position,
        required: lesson.required ?? true,
        lockedUntilPreviousDone: lesson.lockedUntilPreviousDone ?? false,
        bodyHtml: lesson.bodyHtml ?? `<p>Isi pelajaran ${moduleIndex + 1}.${position + 1}</p>`,
        externalUrl: lesson.externalUrl ?? null,
        allowDownload: lesson.allowDownload ?? false,
        documentId: asset?.id ?? null,
        videoId: video?.id ?? null,
      });
    }
  }
  const lessonRepository = app.get(LessonRepository);
  const lessons = await lessonRepository.createMany(lessonRows);
  const quizzes = await writeQuizzes(app, course, spec.modules.flat(), lessons.map((lesson) => lesson.id));
  if (spec.publish ?? true) await courses.publish(course.id);
  return { id: course.id, moduleIds: modules.map((module) => module.id), lessonIds: lessons.map((lesson) => lesson.id), quizzes };
}

/** The bank questions and draft settings of the spec's QUIZ lessons (before publishing copies them). */
async function writeQuizzes(
  app: RepositorySource,
  course: { id: string; agencyId: string },
  specs: readonly LessonSpec[],
  lessonIds: readonly string[],
): Promise<BuiltCourse['quizzes']> {
  const questions = app.get(QuestionRepository);
  const quizzes: BuiltCourse['quizzes'] = [];
  for (const [index, lesson] of specs.entries()) {
    if ((lesson.kind ?? 'text') !== 'quiz') continue;
    const created = [];
    for (const question of lesson.quiz?.questions ?? []) {
      created.push(await questions.create({ courseId: course.id, agencyId: course.agencyId, ...questionContent(question) }));
    }
    const questionIds = created.map((question) => question.id);
    const settings: QuizSettingsRecord = { ...DEFAULT_QUIZ_SETTINGS, questionIds, ...lesson.quiz?.settings };
    await app.get(LessonRepository).setDraftQuiz(course.id, lessonIds[index], settings);
    quizzes.push({ lessonId: lessonIds[index], questionIds });
  }
  return quizzes;
}

/** A video asset moved through the transcode states to READY, as the worker would leave it. */
async function readyVideo(assets: CourseAssetRepository, courseId: string, agencyId: string, durationSeconds: number): Promise<{ id: string }> {
  const asset = await assets.create({
    courseId,
    agencyId,
    kind: 'video',
    fileName: 'video-uji.mp4',
    mediaType: 'video/mp4',
    sizeBytes: 1_000_000,
    sha256: '0'.repeat(64),
    storagePath: `videos/${courseId}/source`,
    uploadedBy: courseId,
    video: { durationSeconds, width: 1280, height: 720, hasAudio: true },
  });
  await assets.claimVideo(asset.id, 'test-run');
  await assets.publishVideo(asset.id, 'test-run', {
    outputPath: `videos/${asset.id}/hls-test-run`,
    renditions: [{ name: '360p', width: 640, height: 360, videoBitrateKbps: 800, audioBitrateKbps: 96 }],
  });
  return asset;
}
