import { Schema, type Types } from 'mongoose';

export const COURSE_ASSET_MODEL = 'CourseAsset';

export const courseAssetKinds = ['image', 'document', 'video'] as const;
export type CourseAssetKind = (typeof courseAssetKinds)[number];

export const documentPreviewStatuses = ['pending', 'ready', 'failed'] as const;
export type DocumentPreviewStatus = (typeof documentPreviewStatuses)[number];

/**
 * The PDF an office document is shown through in browsers, made by the worker's
 * `document.preview` job. PDFs and images have none: browsers show them as they are.
 */
export interface DocumentPreviewDocument {
  status: DocumentPreviewStatus;
  /** Relative to DATA_DIR; set when ready. */
  storagePath?: string;
  sizeBytes?: number;
  /** Why it failed, for the author (Bahasa Indonesia and English). */
  error?: { id: string; en: string };
  updatedAt: Date;
}

export const videoStatuses = ['uploaded', 'processing', 'ready', 'failed'] as const;
export type VideoStatus = (typeof videoStatuses)[number];

/** One quality of the HLS ladder the `video.transcode` job made. */
export interface VideoRenditionDocument {
  /** '240p', '360p', …: also its folder in the output. */
  name: string;
  width: number;
  height: number;
  videoBitrateKbps: number;
  audioBitrateKbps: number;
}

/** A WebVTT caption file an instructor uploaded for a video; one per language. */
export interface VideoCaptionDocument {
  /** BCP 47, e.g. 'id', 'en'. */
  language: string;
  /** What the player's menu shows, e.g. 'Bahasa Indonesia'. */
  label: string;
  /** Relative to DATA_DIR. */
  storagePath: string;
  sizeBytes: number;
  uploadedAt: Date;
}

/**
 * A video's way from upload to playback: `uploaded` (probed and accepted) → `processing` (a
 * transcode run holds `runId`) → `ready` (the HLS ladder under `outputPath`) or `failed` (`error`).
 */
export interface VideoDocument {
  status: VideoStatus;
  /** 0..100 while processing, from ffmpeg's progress output. */
  progressPercent: number;
  /** From ffprobe when the upload was accepted. */
  durationSeconds: number;
  width: number;
  height: number;
  hasAudio: boolean;
  /** The run that claimed the video last; only it may report progress or publish (a restarted job claims anew). */
  runId?: string;
  /** How many runs claimed it (a restart after a crash is one more). */
  runs: number;
  /** Relative to DATA_DIR: the published folder holding master.m3u8, poster.jpg and one folder per rendition. */
  outputPath?: string;
  renditions: VideoRenditionDocument[];
  captions: VideoCaptionDocument[];
  /** Why it failed, for the instructor. */
  error?: { id: string; en: string };
  startedAt?: Date;
  readyAt?: Date;
  updatedAt: Date;
}

/** A file an instructor uploaded to a course: a cover image, a lesson's document or a lesson's video. */
export interface CourseAssetDocument {
  _id: Types.ObjectId;
  courseId: Types.ObjectId;
  agencyId: Types.ObjectId;
  kind: CourseAssetKind;
  /** As the uploader named it, for downloads; never used as a path. */
  fileName: string;
  /** Detected from the content, not from the name or the request's header. */
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  /** Relative to DATA_DIR. */
  storagePath: string;
  uploadedBy: Types.ObjectId;
  /** Office documents only. */
  preview?: DocumentPreviewDocument;
  /** Videos only. */
  video?: VideoDocument;
  createdAt: Date;
  updatedAt: Date;
}

// `id: false`: the reason's Indonesian text is stored under `id`, which Mongoose would otherwise claim as a virtual.
const localizedSchema = new Schema({ id: { type: String, required: true }, en: { type: String, required: true } }, { _id: false, id: false });

const documentPreviewSchema = new Schema<DocumentPreviewDocument>(
  {
    status: { type: String, required: true, enum: documentPreviewStatuses },
    storagePath: { type: String },
    sizeBytes: { type: Number, min: 0 },
    error: { type: localizedSchema },
    updatedAt: { type: Date, required: true },
  },
  { _id: false },
);

const videoRenditionSchema = new Schema<VideoRenditionDocument>(
  {
    name: { type: String, required: true },
    width: { type: Number, required: true },
    height: { type: Number, required: true },
    videoBitrateKbps: { type: Number, required: true },
    audioBitrateKbps: { type: Number, required: true },
  },
  { _id: false },
);

const videoCaptionSchema = new Schema<VideoCaptionDocument>(
  {
    language: { type: String, required: true },
    label: { type: String, required: true },
    storagePath: { type: String, required: true },
    sizeBytes: { type: Number, required: true, min: 0 },
    uploadedAt: { type: Date, required: true },
  },
  { _id: false },
);

const videoSchema = new Schema<VideoDocument>(
  {
    status: { type: String, required: true, enum: videoStatuses },
    progressPercent: { type: Number, required: true, min: 0, max: 100, default: 0 },
    durationSeconds: { type: Number, required: true, min: 0 },
    width: { type: Number, required: true, min: 1 },
    height: { type: Number, required: true, min: 1 },
    hasAudio: { type: Boolean, required: true },
    runId: { type: String },
    runs: { type: Number, required: true, default: 0 },
    outputPath: { type: String },
    renditions: { type: [videoRenditionSchema], default: [] },
    captions: { type: [videoCaptionSchema], default: [] },
    error: { type: localizedSchema },
    startedAt: { type: Date },
    readyAt: { type: Date },
    updatedAt: { type: Date, required: true },
  },
  { _id: false },
);

export const courseAssetSchema = new Schema<CourseAssetDocument>(
  {
    courseId: { type: Schema.Types.ObjectId, required: true },
    agencyId: { type: Schema.Types.ObjectId, required: true },
    kind: { type: String, required: true, enum: courseAssetKinds },
    fileName: { type: String, required: true },
    mediaType: { type: String, required: true },
    sizeBytes: { type: Number, required: true, min: 0 },
    sha256: { type: String, required: true },
    storagePath: { type: String, required: true },
    uploadedBy: { type: Schema.Types.ObjectId, required: true },
    preview: { type: documentPreviewSchema },
    video: { type: videoSchema },
  },
  { collection: 'course_assets', timestamps: true },
);

courseAssetSchema.index({ courseId: 1, kind: 1 });
// What the worker re-queues at start: videos uploaded or left processing by a crash.
courseAssetSchema.index({ 'video.status': 1 });
