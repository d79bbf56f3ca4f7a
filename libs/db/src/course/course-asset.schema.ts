import { Schema, type Types } from 'mongoose';

export const COURSE_ASSET_MODEL = 'CourseAsset';

export const courseAssetKinds = ['image', 'document'] as const;
export type CourseAssetKind = (typeof courseAssetKinds)[number];

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
  createdAt: Date;
  updatedAt: Date;
}

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
  },
  { collection: 'course_assets', timestamps: true },
);

courseAssetSchema.index({ courseId: 1, kind: 1 });
