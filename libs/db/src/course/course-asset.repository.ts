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
  type VideoCaptionDocument,
  type VideoDocument,
  type VideoStatus,
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

export interface VideoRenditionRecord {
  name: string;
  width: number;
  height: number;
  videoBitrateKbps: number;
  audioBitrateKbps: number;
}

export interface VideoCaptionRecord {
  language: string;
  label: string;
  /** Relative to DATA_DIR. */
  storagePath: string;
  sizeBytes: number;
  uploadedAt: Date;
}

/** See VideoDocument: a video's state from upload to playback. */
export interface VideoRecord {
  status: VideoStatus;
  progressPercent: number;
  durationSeconds: number;
  width: number;
  height: number;
  hasAudio: boolean;
  runId: string | null;
  runs: number;
  /** Relative to DATA_DIR; set when ready. */
  outputPath: string | null;
  renditions: VideoRenditionRecord[];
  captions: VideoCaptionRecord[];
  error: LocalizedMessage | null;
  startedAt: Date | null;
  readyAt: Date | null;
  updatedAt: Date;
}

/** What ffprobe established about an accepted upload: a new video starts `uploaded` with it. */
export interface ProbedVideo {
  durationSeconds: number;
  width: number;
  height: number;
  hasAudio: boolean;
}

/** What a finished transcode run publishes. */
export interface PublishedVideo {
  outputPath: string;
  renditions: VideoRenditionRecord[];
}

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
  /** Videos only. */
  video: VideoRecord | null;
  createdAt: Date;
}

export type NewCourseAsset = Omit<CourseAssetRecord, 'id' | 'createdAt' | 'preview' | 'video'> & {
  id?: string;
  preview?: DocumentPreviewChange;
  /** Videos: what the probe found; the video starts `uploaded`. */
  video?: ProbedVideo;
};

@Injectable()
export class CourseAssetRepository {
  constructor(@InjectModel(COURSE_ASSET_MODEL) private readonly assets: Model<CourseAssetDocument>) {}

  /** An id for an asset whose file is stored before its record exists. */
  allocateId(): string {
    return new Types.ObjectId().toHexString();
  }

  async create(asset: NewCourseAsset): Promise<CourseAssetRecord> {
    const { id, preview, video, ...fields } = asset;
    const document = await this.assets.create({
      ...fields,
      _id: id ? new Types.ObjectId(id) : new Types.ObjectId(),
      courseId: new Types.ObjectId(asset.courseId),
      agencyId: new Types.ObjectId(asset.agencyId),
      uploadedBy: new Types.ObjectId(asset.uploadedBy),
      ...(preview ? { preview: toPreviewDocument(preview) } : {}),
      ...(video ? { video: newVideoDocument(video) } : {}),
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

  /**
   * A transcode run takes the video: `uploaded`, or `processing` left by a run that died (the
   * queue hands a stalled job to the next worker), becomes `processing` under this run's id.
   * Null when the video is missing, ready or failed: nothing to do.
   */
  async claimVideo(assetId: string, runId: string): Promise<CourseAssetRecord | null> {
    const now = new Date();
    const result = await this.assets.updateOne(
      { _id: new Types.ObjectId(assetId), kind: 'video', 'video.status': { $in: ['uploaded', 'processing'] } },
      {
        $set: { 'video.status': 'processing', 'video.runId': runId, 'video.progressPercent': 0, 'video.startedAt': now, 'video.updatedAt': now },
        $inc: { 'video.runs': 1 },
      },
    );
    return result.matchedCount > 0 ? this.findById(assetId) : null;
  }

  /** The run's progress, 0..100; ignored once another run claimed the video. */
  async setVideoProgress(assetId: string, runId: string, percent: number): Promise<boolean> {
    const progressPercent = Math.max(0, Math.min(100, Math.round(percent)));
    const result = await this.assets.updateOne(
      { _id: new Types.ObjectId(assetId), 'video.status': 'processing', 'video.runId': runId },
      { $set: { 'video.progressPercent': progressPercent, 'video.updatedAt': new Date() } },
    );
    return result.matchedCount > 0;
  }

  /** `processing` → `ready` with the published output; false when this run no longer holds the video. */
  async publishVideo(assetId: string, runId: string, output: PublishedVideo): Promise<boolean> {
    const now = new Date();
    const result = await this.assets.updateOne(
      { _id: new Types.ObjectId(assetId), 'video.status': 'processing', 'video.runId': runId },
      {
        $set: {
          'video.status': 'ready',
          'video.progressPercent': 100,
          'video.outputPath': output.outputPath,
          'video.renditions': output.renditions.map((rendition) => ({ ...rendition })),
          'video.readyAt': now,
          'video.updatedAt': now,
        },
        $unset: { 'video.error': '' },
      },
    );
    return result.matchedCount > 0;
  }

  /**
   * → `failed` with the reason. With a run id only while that run holds the video; without one
   * (the upload itself was refused later) from `uploaded` or `processing`.
   */
  async failVideo(assetId: string, error: LocalizedMessage, runId?: string): Promise<boolean> {
    const filter = runId
      ? { _id: new Types.ObjectId(assetId), 'video.status': 'processing', 'video.runId': runId }
      : { _id: new Types.ObjectId(assetId), 'video.status': { $in: ['uploaded', 'processing'] } };
    const result = await this.assets.updateOne(filter, {
      $set: { 'video.status': 'failed', 'video.error': { id: error.id, en: error.en }, 'video.updatedAt': new Date() },
    });
    return result.matchedCount > 0;
  }

  /** An instructor's retry: `failed` → `uploaded`, the reason cleared. False unless it had failed. */
  async retryVideo(assetId: string): Promise<boolean> {
    const result = await this.assets.updateOne(
      { _id: new Types.ObjectId(assetId), kind: 'video', 'video.status': 'failed' },
      { $set: { 'video.status': 'uploaded', 'video.progressPercent': 0, 'video.updatedAt': new Date() }, $unset: { 'video.error': '' } },
    );
    return result.matchedCount > 0;
  }

  /**
   * Adds a caption, replacing the one in the same language. Read, change, `$set`: FerretDB v1
   * has no positional or conditional array updates. Returns the replaced caption (its file is
   * the caller's to remove), or null; false when the video is gone.
   */
  async putVideoCaption(assetId: string, caption: VideoCaptionRecord): Promise<{ replaced: VideoCaptionRecord | null } | false> {
    const asset = await this.findById(assetId);
    if (!asset?.video) return false;
    const replaced = asset.video.captions.find((existing) => existing.language === caption.language) ?? null;
    const captions = [...asset.video.captions.filter((existing) => existing.language !== caption.language), caption];
    await this.setCaptions(assetId, captions);
    return { replaced };
  }

  /** Removes the caption in this language; returns it (its file is the caller's to remove), or null. */
  async removeVideoCaption(assetId: string, language: string): Promise<VideoCaptionRecord | null> {
    const asset = await this.findById(assetId);
    const removed = asset?.video?.captions.find((existing) => existing.language === language) ?? null;
    if (!asset?.video || !removed) return null;
    await this.setCaptions(assetId, asset.video.captions.filter((existing) => existing !== removed));
    return removed;
  }

  /** Videos still to transcode (`uploaded`, or `processing` when a worker died), oldest first: what the worker re-queues at start. */
  async findAwaitingTranscode(limit: number): Promise<CourseAssetRecord[]> {
    const documents = await this.assets
      .find({ kind: 'video', 'video.status': { $in: ['uploaded', 'processing'] } })
      .sort({ _id: 1 })
      .limit(limit)
      .lean<CourseAssetDocument[]>();
    return documents.map(toCourseAssetRecord);
  }

  private async setCaptions(assetId: string, captions: readonly VideoCaptionRecord[]): Promise<void> {
    const documents: VideoCaptionDocument[] = captions.map((caption) => ({ ...caption }));
    await this.assets.updateOne({ _id: new Types.ObjectId(assetId) }, { $set: { 'video.captions': documents, 'video.updatedAt': new Date() } });
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
    video: document.video ? toVideoRecord(document.video) : null,
    createdAt: document.createdAt,
  };
}

function newVideoDocument(probed: ProbedVideo): VideoDocument {
  return { status: 'uploaded', progressPercent: 0, ...probed, runs: 0, renditions: [], captions: [], updatedAt: new Date() };
}

function toVideoRecord(video: VideoDocument): VideoRecord {
  return {
    status: video.status,
    progressPercent: video.progressPercent ?? 0,
    durationSeconds: video.durationSeconds,
    width: video.width,
    height: video.height,
    hasAudio: video.hasAudio,
    runId: video.runId ?? null,
    runs: video.runs ?? 0,
    outputPath: video.outputPath ?? null,
    renditions: (video.renditions ?? []).map((rendition) => ({
      name: rendition.name,
      width: rendition.width,
      height: rendition.height,
      videoBitrateKbps: rendition.videoBitrateKbps,
      audioBitrateKbps: rendition.audioBitrateKbps,
    })),
    captions: (video.captions ?? []).map((caption) => ({
      language: caption.language,
      label: caption.label,
      storagePath: caption.storagePath,
      sizeBytes: caption.sizeBytes,
      uploadedAt: caption.uploadedAt,
    })),
    error: video.error ? { id: video.error.id, en: video.error.en } : null,
    startedAt: video.startedAt ?? null,
    readyAt: video.readyAt ?? null,
    updatedAt: video.updatedAt,
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
