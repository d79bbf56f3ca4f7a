import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Types, type Model } from 'mongoose';
import type { CourseVersionKey } from './course-outline';
import { COURSE_MODULE_MODEL, DRAFT_VERSION, type CourseModuleDocument } from './course-module.schema';

export interface CourseModuleRecord {
  /** The stable module id (the same in every version). */
  id: string;
  courseId: string;
  version: number;
  title: string;
  position: number;
}

export interface NewCourseModule {
  courseId: string;
  version: number;
  /** Given when copying a module into another version; a new module gets a fresh id. */
  moduleId?: string;
  title: string;
  position: number;
}

@Injectable()
export class CourseModuleRepository {
  constructor(@InjectModel(COURSE_MODULE_MODEL) private readonly modules: Model<CourseModuleDocument>) {}

  async createMany(modules: NewCourseModule[]): Promise<CourseModuleRecord[]> {
    if (modules.length === 0) return [];
    const documents = await this.modules.insertMany(
      modules.map((module) => ({
        ...module,
        courseId: new Types.ObjectId(module.courseId),
        moduleId: module.moduleId ? new Types.ObjectId(module.moduleId) : new Types.ObjectId(),
      })),
    );
    return documents.map((document) => toCourseModuleRecord(document.toObject()));
  }

  /** The modules of several course versions at once, each in order (one query, for a DataLoader). */
  async findByCourseVersions(keys: readonly CourseVersionKey[]): Promise<CourseModuleRecord[]> {
    if (keys.length === 0) return [];
    const documents = await this.modules
      .find(versionFilter(keys))
      .sort({ courseId: 1, version: 1, position: 1 })
      .batchSize(OUTLINE_BATCH_SIZE)
      .lean<CourseModuleDocument[]>();
    return documents.map(toCourseModuleRecord);
  }

  /** The draft's modules in order. */
  async findDraft(courseId: string): Promise<CourseModuleRecord[]> {
    return this.findByCourseVersions([{ courseId, version: DRAFT_VERSION }]);
  }

  /** False when the draft has no such module. */
  async renameDraft(courseId: string, moduleId: string, title: string): Promise<boolean> {
    const result = await this.modules.updateOne(draftModuleFilter(courseId, moduleId), { $set: { title } });
    return result.matchedCount > 0;
  }

  async deleteDraft(courseId: string, moduleId: string): Promise<void> {
    await this.modules.deleteOne(draftModuleFilter(courseId, moduleId));
  }

  /**
   * Moves draft modules to new positions in one round trip. FerretDB v1 runs updateOne inside
   * bulkWrite; there is no positional operator to do it inside one document instead.
   */
  async setDraftPositions(courseId: string, positions: ReadonlyArray<{ id: string; position: number }>): Promise<void> {
    if (positions.length === 0) return;
    await this.modules.bulkWrite(
      positions.map(({ id, position }) => ({ updateOne: { filter: draftModuleFilter(courseId, id), update: { $set: { position } } } })),
      { ordered: false },
    );
  }

  /** Copies every module of one version into another, keeping the stable module ids. */
  async copyVersion(courseId: string, from: number, to: number): Promise<number> {
    const documents = await this.modules.find({ courseId: new Types.ObjectId(courseId), version: from }).lean<CourseModuleDocument[]>();
    if (documents.length === 0) return 0;
    await this.modules.insertMany(
      documents.map(({ moduleId, title, position }) => ({ courseId: new Types.ObjectId(courseId), version: to, moduleId, title, position })),
    );
    return documents.length;
  }

  async deleteVersion(courseId: string, version: number): Promise<void> {
    await this.modules.deleteMany({ courseId: new Types.ObjectId(courseId), version });
  }

  /** Removes publications older than `version`; the draft (version 0) always stays. */
  async deletePublishedBefore(courseId: string, version: number): Promise<void> {
    await this.modules.deleteMany({ courseId: new Types.ObjectId(courseId), version: { $gt: DRAFT_VERSION, $lt: version } });
  }

  /** Every version's modules of a course (when the course itself is deleted). */
  async deleteAllOfCourse(courseId: string): Promise<void> {
    await this.modules.deleteMany({ courseId: new Types.ObjectId(courseId) });
  }
}

function draftModuleFilter(courseId: string, moduleId: string) {
  return { courseId: new Types.ObjectId(courseId), version: DRAFT_VERSION, moduleId: new Types.ObjectId(moduleId) };
}

/**
 * Rows of the given course versions. `$in` on both fields then a filter in code would read
 * other versions too; `$or` of exact pairs reads only what was asked for.
 */
/**
 * Outlines come back in one batch: the driver's default first batch (101 rows) would add a
 * `getMore` command for a big course, and the number of commands must not grow with the outline.
 */
export const OUTLINE_BATCH_SIZE = 10_000;

export function versionFilter(keys: readonly CourseVersionKey[]) {
  return {
    $or: keys.map((key) => ({ courseId: new Types.ObjectId(key.courseId), version: key.version })),
  };
}

function toCourseModuleRecord(document: CourseModuleDocument): CourseModuleRecord {
  return {
    id: document.moduleId.toHexString(),
    courseId: document.courseId.toHexString(),
    version: document.version,
    title: document.title,
    position: document.position,
  };
}
