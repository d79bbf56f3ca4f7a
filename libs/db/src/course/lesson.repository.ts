import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Types, type Model } from 'mongoose';
import type { CourseVersionKey } from './course-outline';
import { OUTLINE_BATCH_SIZE, versionFilter } from './course-module.repository';
import { DRAFT_VERSION } from './course-module.schema';
import { LESSON_MODEL, type LessonDocument, type LessonKind } from './lesson.schema';
import { DEFAULT_QUIZ_SETTINGS, toQuizSettingsDocument, toQuizSettingsRecord, type QuizSettingsRecord } from '../quiz/quiz-settings';

/** A lesson's place and rules in the outline, without its content. */
export interface LessonRecord {
  /** The stable lesson id (the same in every version). */
  id: string;
  courseId: string;
  version: number;
  moduleId: string;
  title: string;
  kind: LessonKind;
  position: number;
  required: boolean;
  lockedUntilPreviousDone: boolean;
  estimatedMinutes: number | null;
}

/** A lesson with what a learner reads, watches or opens. */
export interface LessonContentRecord extends LessonRecord {
  bodyHtml: string;
  documentId: string | null;
  allowDownload: boolean;
  /** Video lessons: a course asset of kind video. */
  videoId: string | null;
  externalUrl: string | null;
  /** Quiz lessons: their settings (the defaults until changed); null for other kinds. */
  quiz: QuizSettingsRecord | null;
}

export interface NewLesson {
  courseId: string;
  version: number;
  /** Given when copying a lesson into another version; a new lesson gets a fresh id. */
  lessonId?: string;
  moduleId: string;
  title: string;
  kind: LessonKind;
  position: number;
  required?: boolean;
  lockedUntilPreviousDone?: boolean;
  estimatedMinutes?: number | null;
  bodyHtml?: string;
  documentId?: string | null;
  allowDownload?: boolean;
  videoId?: string | null;
  externalUrl?: string | null;
}

/** What an edit of a draft lesson may change; `null` clears an optional field. */
export interface LessonChanges {
  title?: string;
  required?: boolean;
  lockedUntilPreviousDone?: boolean;
  estimatedMinutes?: number | null;
  bodyHtml?: string;
  documentId?: string | null;
  allowDownload?: boolean;
  videoId?: string | null;
  externalUrl?: string | null;
}

/** Where a lesson sits in the outline. */
export interface LessonPlacement {
  id: string;
  moduleId: string;
  position: number;
}

const WITHOUT_CONTENT = { bodyHtml: 0 } as const;

/** Lesson fields that name a course asset (stored as ObjectIds). */
const ASSET_FIELDS: ReadonlySet<string> = new Set(['documentId', 'videoId'] satisfies Array<keyof LessonChanges>);

@Injectable()
export class LessonRepository {
  constructor(@InjectModel(LESSON_MODEL) private readonly lessons: Model<LessonDocument>) {}

  async createMany(lessons: NewLesson[]): Promise<LessonRecord[]> {
    if (lessons.length === 0) return [];
    const documents = await this.lessons.insertMany(lessons.map(toDocumentFields));
    return documents.map((document) => toLessonRecord(document.toObject()));
  }

  /** The lessons of several course versions at once, without content (one query, for a DataLoader). */
  async findByCourseVersions(keys: readonly CourseVersionKey[]): Promise<LessonRecord[]> {
    if (keys.length === 0) return [];
    const documents = await this.lessons
      .find(versionFilter(keys), WITHOUT_CONTENT)
      .sort({ courseId: 1, version: 1, moduleId: 1, position: 1 })
      .batchSize(OUTLINE_BATCH_SIZE)
      .lean<LessonDocument[]>();
    return documents.map(toLessonRecord);
  }

  /** One lesson of one course version, with its content. */
  async findContent(key: CourseVersionKey, lessonId: string): Promise<LessonContentRecord | null> {
    const document = await this.lessons
      .findOne({ courseId: new Types.ObjectId(key.courseId), version: key.version, lessonId: new Types.ObjectId(lessonId) })
      .lean<LessonDocument>();
    return document ? toLessonContentRecord(document) : null;
  }

  /** The text bodies of one course version's lessons, for work that reads the content (statistics). */
  async findBodies(key: CourseVersionKey): Promise<string[]> {
    const documents = await this.lessons
      .find({ courseId: new Types.ObjectId(key.courseId), version: key.version }, { bodyHtml: 1 })
      .lean<Pick<LessonDocument, 'bodyHtml'>[]>();
    return documents.map((document) => document.bodyHtml ?? '');
  }

  /** The lessons of several course versions with their content (the authoring view), in order. */
  async findContentByCourseVersions(keys: readonly CourseVersionKey[]): Promise<LessonContentRecord[]> {
    if (keys.length === 0) return [];
    const documents = await this.lessons
      .find(versionFilter(keys))
      .sort({ courseId: 1, version: 1, moduleId: 1, position: 1 })
      .lean<LessonDocument[]>();
    return documents.map(toLessonContentRecord);
  }

  async countInVersion(key: CourseVersionKey): Promise<number> {
    return this.lessons.countDocuments({ courseId: new Types.ObjectId(key.courseId), version: key.version });
  }

  /** False when the draft has no such lesson. */
  async updateDraft(courseId: string, lessonId: string, changes: LessonChanges): Promise<boolean> {
    const set: Record<string, unknown> = {};
    const unset: Record<string, ''> = {};
    for (const [field, value] of Object.entries(changes)) {
      if (value === undefined) continue;
      if (value === null) unset[field] = '';
      else set[field] = ASSET_FIELDS.has(field) ? new Types.ObjectId(value as string) : value;
    }
    const update = { ...(Object.keys(set).length ? { $set: set } : {}), ...(Object.keys(unset).length ? { $unset: unset } : {}) };
    const filter = draftLessonFilter(courseId, lessonId);
    const result = Object.keys(update).length ? await this.lessons.updateOne(filter, update) : { matchedCount: await this.lessons.countDocuments(filter) };
    return result.matchedCount > 0;
  }

  /** Replaces a draft quiz lesson's settings. False when the draft has no such quiz lesson. */
  async setDraftQuiz(courseId: string, lessonId: string, settings: QuizSettingsRecord): Promise<boolean> {
    const result = await this.lessons.updateOne({ ...draftLessonFilter(courseId, lessonId), kind: 'quiz' }, { $set: { quiz: toQuizSettingsDocument(settings) } });
    return result.matchedCount > 0;
  }

  async deleteDraft(courseId: string, lessonId: string): Promise<void> {
    await this.lessons.deleteOne(draftLessonFilter(courseId, lessonId));
  }

  async deleteDraftOfModule(courseId: string, moduleId: string): Promise<void> {
    await this.lessons.deleteMany({ courseId: new Types.ObjectId(courseId), version: DRAFT_VERSION, moduleId: new Types.ObjectId(moduleId) });
  }

  /**
   * Moves draft lessons (also into other modules) in one round trip. FerretDB v1 runs updateOne
   * inside bulkWrite; positions are not unique, so the order of the updates does not matter.
   */
  async setDraftPlacements(courseId: string, placements: readonly LessonPlacement[]): Promise<void> {
    if (placements.length === 0) return;
    await this.lessons.bulkWrite(
      placements.map(({ id, moduleId, position }) => ({
        updateOne: {
          filter: draftLessonFilter(courseId, id),
          update: { $set: { moduleId: new Types.ObjectId(moduleId), position } },
        },
      })),
      { ordered: false },
    );
  }

  /** Copies every lesson of one version, with its content, into another, keeping the stable ids. */
  async copyVersion(courseId: string, from: number, to: number): Promise<number> {
    const documents = await this.lessons.find({ courseId: new Types.ObjectId(courseId), version: from }).lean<LessonDocument[]>();
    if (documents.length === 0) return 0;
    await this.lessons.insertMany(
      documents.map((document) => {
        const { _id: _ignoredId, createdAt: _created, updatedAt: _updated, ...fields } = document;
        return { ...fields, version: to };
      }),
    );
    return documents.length;
  }

  async deleteVersion(courseId: string, version: number): Promise<void> {
    await this.lessons.deleteMany({ courseId: new Types.ObjectId(courseId), version });
  }

  /** Removes publications older than `version`; the draft (version 0) always stays. */
  async deletePublishedBefore(courseId: string, version: number): Promise<void> {
    await this.lessons.deleteMany({ courseId: new Types.ObjectId(courseId), version: { $gt: DRAFT_VERSION, $lt: version } });
  }

  /** Every version's lessons of a course (when the course itself is deleted). */
  async deleteAllOfCourse(courseId: string): Promise<void> {
    await this.lessons.deleteMany({ courseId: new Types.ObjectId(courseId) });
  }
}

function draftLessonFilter(courseId: string, lessonId: string) {
  return { courseId: new Types.ObjectId(courseId), version: DRAFT_VERSION, lessonId: new Types.ObjectId(lessonId) };
}

function toDocumentFields(lesson: NewLesson) {
  return {
    ...lesson,
    courseId: new Types.ObjectId(lesson.courseId),
    moduleId: new Types.ObjectId(lesson.moduleId),
    lessonId: lesson.lessonId ? new Types.ObjectId(lesson.lessonId) : new Types.ObjectId(),
    documentId: lesson.documentId ? new Types.ObjectId(lesson.documentId) : undefined,
    videoId: lesson.videoId ? new Types.ObjectId(lesson.videoId) : undefined,
    externalUrl: lesson.externalUrl ?? undefined,
    estimatedMinutes: lesson.estimatedMinutes ?? undefined,
  };
}

export function toLessonRecord(document: LessonDocument): LessonRecord {
  return {
    id: document.lessonId.toHexString(),
    courseId: document.courseId.toHexString(),
    version: document.version,
    moduleId: document.moduleId.toHexString(),
    title: document.title,
    kind: document.kind,
    position: document.position,
    required: document.required,
    lockedUntilPreviousDone: document.lockedUntilPreviousDone,
    estimatedMinutes: document.estimatedMinutes ?? null,
  };
}

export function toLessonContentRecord(document: LessonDocument): LessonContentRecord {
  return {
    ...toLessonRecord(document),
    bodyHtml: document.bodyHtml ?? '',
    documentId: document.documentId?.toHexString() ?? null,
    allowDownload: document.allowDownload,
    videoId: document.videoId?.toHexString() ?? null,
    externalUrl: document.externalUrl ?? null,
    quiz: document.kind === 'quiz' ? (document.quiz ? toQuizSettingsRecord(document.quiz) : DEFAULT_QUIZ_SETTINGS) : null,
  };
}
