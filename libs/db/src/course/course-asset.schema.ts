import { Schema, type Types } from 'mongoose';

export const COURSE_ASSET_MODEL = 'CourseAsset';

export const courseAssetKinds = ['image', 'document'] as const;
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

/** A file an instructor uploaded to a course: a cover image or a lesson's document. */
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
  },
  { collection: 'course_assets', timestamps: true },
);

courseAssetSchema.index({ courseId: 1, kind: 1 });
