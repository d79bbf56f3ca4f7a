import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Types, type Model } from 'mongoose';
import type { CourseVersionKey } from './course-outline';
import { versionFilter } from './course-module.repository';
import { LESSON_MODEL, type LessonDocument, type LessonKind } from './lesson.schema';

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
  externalUrl: string | null;
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
  externalUrl?: string | null;
}

const WITHOUT_CONTENT = { bodyHtml: 0 } as const;

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
}

function toDocumentFields(lesson: NewLesson) {
  return {
    ...lesson,
    courseId: new Types.ObjectId(lesson.courseId),
    moduleId: new Types.ObjectId(lesson.moduleId),
    lessonId: lesson.lessonId ? new Types.ObjectId(lesson.lessonId) : new Types.ObjectId(),
    documentId: lesson.documentId ? new Types.ObjectId(lesson.documentId) : undefined,
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

function toLessonContentRecord(document: LessonDocument): LessonContentRecord {
  return {
    ...toLessonRecord(document),
    bodyHtml: document.bodyHtml ?? '',
    documentId: document.documentId?.toHexString() ?? null,
    allowDownload: document.allowDownload,
    externalUrl: document.externalUrl ?? null,
  };
}
