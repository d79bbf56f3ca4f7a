import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { LocalizedMessage } from '@lentera/errors';
import { Types, type Model } from 'mongoose';
import {
  COURSE_ASSET_MODEL,
  type CourseAssetDocument,
  type CourseAssetKind,
  type DocumentPreviewDocument,
  type DocumentPreviewStatus,
} from './course-asset.schema';

/** The PDF an office document is shown through (see DocumentPreviewDocument). */
export interface DocumentPreviewRecord {
  status: DocumentPreviewStatus;
  /** Relative to DATA_DIR; set when ready. */
  storagePath: string | null;
  sizeBytes: number | null;
  error: LocalizedMessage | null;
  updatedAt: Date;
}

/** A preview's next state; each replaces the whole preview, so nothing of an older state lingers. */
export type DocumentPreviewChange =
  | { status: 'pending' }
  | { status: 'ready'; storagePath: string; sizeBytes: number }
  | { status: 'failed'; error: LocalizedMessage };

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
  /** Office documents only; null for PDFs and images. */
  preview: DocumentPreviewRecord | null;
  createdAt: Date;
}

export type NewCourseAsset = Omit<CourseAssetRecord, 'id' | 'createdAt' | 'preview'> & { id?: string; preview?: DocumentPreviewChange };

@Injectable()
export class CourseAssetRepository {
  constructor(@InjectModel(COURSE_ASSET_MODEL) private readonly assets: Model<CourseAssetDocument>) {}

  /** An id for an asset whose file is stored before its record exists. */
  allocateId(): string {
    return new Types.ObjectId().toHexString();
  }

  async create(asset: NewCourseAsset): Promise<CourseAssetRecord> {
    const { id, preview, ...fields } = asset;
    const document = await this.assets.create({
      ...fields,
      _id: id ? new Types.ObjectId(id) : new Types.ObjectId(),
      courseId: new Types.ObjectId(asset.courseId),
      agencyId: new Types.ObjectId(asset.agencyId),
      uploadedBy: new Types.ObjectId(asset.uploadedBy),
      ...(preview ? { preview: toPreviewDocument(preview) } : {}),
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

  /**
   * Moves an office document's preview to its next state (see DocumentPreviewChange). False
   * when the asset is gone (its course was deleted meanwhile).
   */
  async setPreview(assetId: string, change: DocumentPreviewChange): Promise<boolean> {
    const result = await this.assets.updateOne({ _id: new Types.ObjectId(assetId) }, { $set: { preview: toPreviewDocument(change) } });
    return result.matchedCount > 0;
  }

  /**
   * Documents of these types whose preview is still pending, or that have none yet (uploaded
   * before previews existed), oldest first: what the worker (re)queues when it starts.
   */
  async findAwaitingPreview(mediaTypes: readonly string[], limit: number): Promise<CourseAssetRecord[]> {
    const documents = await this.assets
      .find({
        kind: 'document',
        mediaType: { $in: [...mediaTypes] },
        $or: [{ preview: { $exists: false } }, { 'preview.status': 'pending' }],
      })
      .sort({ _id: 1 })
      .limit(limit)
      .lean<CourseAssetDocument[]>();
    return documents.map(toCourseAssetRecord);
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
    preview: document.preview ? toPreviewRecord(document.preview) : null,
    createdAt: document.createdAt,
  };
}

function toPreviewDocument(change: DocumentPreviewChange): DocumentPreviewDocument {
  const updatedAt = new Date();
  switch (change.status) {
    case 'pending':
      return { status: 'pending', updatedAt };
    case 'ready':
      return { status: 'ready', storagePath: change.storagePath, sizeBytes: change.sizeBytes, updatedAt };
    case 'failed':
      return { status: 'failed', error: { id: change.error.id, en: change.error.en }, updatedAt };
  }
}

function toPreviewRecord(preview: DocumentPreviewDocument): DocumentPreviewRecord {
  return {
    status: preview.status,
    storagePath: preview.storagePath ?? null,
    sizeBytes: preview.sizeBytes ?? null,
    error: preview.error ? { id: preview.error.id, en: preview.error.en } : null,
    updatedAt: preview.updatedAt,
  };
}
