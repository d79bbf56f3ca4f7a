import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Types, type Model } from 'mongoose';
import { COURSE_MODULE_MODEL, type CourseModuleDocument } from './course-module.schema';

export interface CourseModuleRecord {
  id: string;
  courseId: string;
  title: string;
  position: number;
}

export interface NewCourseModule {
  courseId: string;
  title: string;
  position: number;
}

@Injectable()
export class CourseModuleRepository {
  constructor(@InjectModel(COURSE_MODULE_MODEL) private readonly modules: Model<CourseModuleDocument>) {}

  async createMany(modules: NewCourseModule[]): Promise<CourseModuleRecord[]> {
    const documents = await this.modules.insertMany(
      modules.map((module) => ({ ...module, courseId: new Types.ObjectId(module.courseId) })),
    );
    return documents.map((document) => toCourseModuleRecord(document.toObject()));
  }

  /** Modules of several courses at once, each course's in order (for a DataLoader). */
  async findByCourseIds(courseIds: readonly string[]): Promise<CourseModuleRecord[]> {
    const documents = await this.modules
      .find({ courseId: { $in: courseIds.map((id) => new Types.ObjectId(id)) } })
      .sort({ courseId: 1, position: 1 })
      .lean<CourseModuleDocument[]>();
    return documents.map(toCourseModuleRecord);
  }
}

function toCourseModuleRecord(document: CourseModuleDocument): CourseModuleRecord {
  return {
    id: document._id.toHexString(),
    courseId: document.courseId.toHexString(),
    title: document.title,
    position: document.position,
  };
}
