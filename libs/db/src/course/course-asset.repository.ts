import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Types, type Model } from 'mongoose';
import { COURSE_ASSET_MODEL, type CourseAssetDocument, type CourseAssetKind } from './course-asset.schema';

export interface CourseAssetRecord {
  id: string;
  courseId: string;
  agencyId: string;
  kind: CourseAssetKind;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  storagePath: string;
  uploadedBy: string;
  createdAt: Date;
}

export type NewCourseAsset = Omit<CourseAssetRecord, 'id' | 'createdAt'> & { id?: string };

@Injectable()
export class CourseAssetRepository {
  constructor(@InjectModel(COURSE_ASSET_MODEL) private readonly assets: Model<CourseAssetDocument>) {}

  /** An id for an asset whose file is stored before its record exists. */
  allocateId(): string {
    return new Types.ObjectId().toHexString();
  }

  async create(asset: NewCourseAsset): Promise<CourseAssetRecord> {
    const { id, ...fields } = asset;
    const document = await this.assets.create({
      ...fields,
      _id: id ? new Types.ObjectId(id) : new Types.ObjectId(),
      courseId: new Types.ObjectId(asset.courseId),
      agencyId: new Types.ObjectId(asset.agencyId),
      uploadedBy: new Types.ObjectId(asset.uploadedBy),
    });
    return toCourseAssetRecord(document.toObject());
  }

  async findById(assetId: string): Promise<CourseAssetRecord | null> {
    const document = await this.assets.findById(assetId).lean<CourseAssetDocument>();
    return document ? toCourseAssetRecord(document) : null;
  }

  /** A course's assets, newest first (for an author's file list or a course's clean-up). */
  async findByCourse(courseId: string, kind?: CourseAssetKind): Promise<CourseAssetRecord[]> {
    const filter = { courseId: new Types.ObjectId(courseId), ...(kind ? { kind } : {}) };
    const documents = await this.assets.find(filter).sort({ _id: -1 }).lean<CourseAssetDocument[]>();
    return documents.map(toCourseAssetRecord);
  }

  /** Removes the records of a course's assets (the files are CourseFileStore's); returns how many. */
  async deleteByCourse(courseId: string): Promise<number> {
    const result = await this.assets.deleteMany({ courseId: new Types.ObjectId(courseId) });
    return result.deletedCount;
  }

  /** Several assets at once (for a DataLoader). */
  async findByIds(assetIds: readonly string[]): Promise<CourseAssetRecord[]> {
    if (assetIds.length === 0) return [];
    const documents = await this.assets
      .find({ _id: { $in: assetIds.map((id) => new Types.ObjectId(id)) } })
      .lean<CourseAssetDocument[]>();
    return documents.map(toCourseAssetRecord);
  }
}

function toCourseAssetRecord(document: CourseAssetDocument): CourseAssetRecord {
  return {
    id: document._id.toHexString(),
    courseId: document.courseId.toHexString(),
    agencyId: document.agencyId.toHexString(),
    kind: document.kind,
    fileName: document.fileName,
    mediaType: document.mediaType,
    sizeBytes: document.sizeBytes,
    sha256: document.sha256,
    storagePath: document.storagePath,
    uploadedBy: document.uploadedBy.toHexString(),
    createdAt: document.createdAt,
  };
}
