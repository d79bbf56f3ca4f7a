import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Types, type Model } from 'mongoose';
import type { CourseVersionKey } from './course-outline';
import { COURSE_MODULE_MODEL, type CourseModuleDocument } from './course-module.schema';

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
      .lean<CourseModuleDocument[]>();
    return documents.map(toCourseModuleRecord);
  }
}

/**
 * Rows of the given course versions. `$in` on both fields then a filter in code would read
 * other versions too; `$or` of exact pairs reads only what was asked for.
 */
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
