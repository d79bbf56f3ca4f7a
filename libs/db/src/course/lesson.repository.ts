import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Types, type Model } from 'mongoose';
import { LESSON_MODEL, type LessonDocument, type LessonKind } from './lesson.schema';

export interface LessonRecord {
  id: string;
  courseId: string;
  moduleId: string;
  title: string;
  kind: LessonKind;
  position: number;
}

export interface NewLesson {
  courseId: string;
  moduleId: string;
  title: string;
  kind: LessonKind;
  position: number;
  body: string;
}

@Injectable()
export class LessonRepository {
  constructor(@InjectModel(LESSON_MODEL) private readonly lessons: Model<LessonDocument>) {}

  async createMany(lessons: NewLesson[]): Promise<void> {
    await this.lessons.insertMany(
      lessons.map((lesson) => ({
        ...lesson,
        courseId: new Types.ObjectId(lesson.courseId),
        moduleId: new Types.ObjectId(lesson.moduleId),
      })),
    );
  }

  /** Lessons of several modules at once, each module's in order (for a DataLoader). */
  async findByModuleIds(moduleIds: readonly string[]): Promise<LessonRecord[]> {
    const documents = await this.lessons
      .find({ moduleId: { $in: moduleIds.map((id) => new Types.ObjectId(id)) } }, { body: 0 })
      .sort({ moduleId: 1, position: 1 })
      .lean<LessonDocument[]>();
    return documents.map(toLessonRecord);
  }

  /** The text bodies of a course's lessons, for work that reads the content (statistics). */
  async findBodiesByCourseId(courseId: string): Promise<string[]> {
    const documents = await this.lessons
      .find({ courseId: new Types.ObjectId(courseId) }, { body: 1 })
      .lean<Pick<LessonDocument, 'body'>[]>();
    return documents.map((document) => document.body ?? '');
  }
}

function toLessonRecord(document: LessonDocument): LessonRecord {
  return {
    id: document._id.toHexString(),
    courseId: document.courseId.toHexString(),
    moduleId: document.moduleId.toHexString(),
    title: document.title,
    kind: document.kind,
    position: document.position,
  };
}
