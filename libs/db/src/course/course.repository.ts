import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Types, type FilterQuery, type Model } from 'mongoose';
import {
  COURSE_MODEL,
  type CompetencyType,
  type CourseDocument,
  type CourseLevel,
  type CourseStatus,
} from './course.schema';

export interface CourseStatsRecord {
  lessonCount: number;
  wordCount: number;
  readingMinutes: number;
  computedAt: Date;
}

export interface CourseRecord {
  id: string;
  agencyId: string;
  title: string;
  summary: string;
  description: string;
  competencyType: CompetencyType;
  level: CourseLevel;
  jp: number;
  language: string;
  status: CourseStatus;
  /** The version of the outline learners see; 0 until the first publication. */
  publishedVersion: number;
  publishedAt: Date | null;
  stats: CourseStatsRecord | null;
}

export type NewCourse = Pick<
  CourseRecord,
  'agencyId' | 'title' | 'summary' | 'description' | 'competencyType' | 'level' | 'jp' | 'language'
>;

/** Position of the last course a page ended on: catalogue order is publishedAt desc, _id desc. */
export interface CatalogueKey {
  publishedAt: Date;
  id: string;
}

@Injectable()
export class CourseRepository {
  constructor(@InjectModel(COURSE_MODEL) private readonly courses: Model<CourseDocument>) {}

  async create(course: NewCourse): Promise<CourseRecord> {
    const document = await this.courses.create({ ...course, agencyId: new Types.ObjectId(course.agencyId) });
    return toCourseRecord(document.toObject());
  }

  async publish(courseId: string, publishedAt: Date): Promise<void> {
    await this.courses.updateOne({ _id: courseId }, { $set: { status: 'published', publishedAt } });
  }

  /** Published courses in catalogue order, starting after `after` when given. */
  async listPublished(limit: number, after?: CatalogueKey): Promise<CourseRecord[]> {
    const filter: FilterQuery<CourseDocument> = { status: 'published' };
    if (after) {
      filter.$or = [
        { publishedAt: { $lt: after.publishedAt } },
        { publishedAt: after.publishedAt, _id: { $lt: new Types.ObjectId(after.id) } },
      ];
    }
    const documents = await this.courses
      .find(filter)
      .sort({ publishedAt: -1, _id: -1 })
      .limit(limit)
      .lean<CourseDocument[]>();
    return documents.map(toCourseRecord);
  }

  async countPublished(): Promise<number> {
    return this.courses.countDocuments({ status: 'published' });
  }

  async findPublishedById(courseId: string): Promise<CourseRecord | null> {
    const document = await this.courses
      .findOne({ _id: courseId, status: 'published' })
      .lean<CourseDocument>();
    return document ? toCourseRecord(document) : null;
  }

  async findByAgencyAndTitle(agencyId: string, title: string): Promise<CourseRecord | null> {
    const document = await this.courses
      .findOne({ agencyId: new Types.ObjectId(agencyId), title })
      .lean<CourseDocument>();
    return document ? toCourseRecord(document) : null;
  }

  async findById(courseId: string): Promise<CourseRecord | null> {
    const document = await this.courses.findById(courseId).lean<CourseDocument>();
    return document ? toCourseRecord(document) : null;
  }

  async saveStats(courseId: string, stats: CourseStatsRecord): Promise<void> {
    await this.courses.updateOne({ _id: courseId }, { $set: { stats } });
  }
}

function toCourseRecord(document: CourseDocument): CourseRecord {
  return {
    id: document._id.toHexString(),
    agencyId: document.agencyId.toHexString(),
    title: document.title,
    summary: document.summary,
    description: document.description,
    competencyType: document.competencyType,
    level: document.level,
    jp: document.jp,
    language: document.language,
    status: document.status,
    publishedVersion: document.publishedVersion ?? 0,
    publishedAt: document.publishedAt ?? null,
    stats: document.stats
      ? {
          lessonCount: document.stats.lessonCount,
          wordCount: document.stats.wordCount,
          readingMinutes: document.stats.readingMinutes,
          computedAt: document.stats.computedAt,
        }
      : null,
  };
}
