import { Schema, type Types } from 'mongoose';

export const EXTERNAL_ACTIVITY_MODEL = 'ExternalActivity';

/** Development forms outside Lentera that count toward JP (PP 11/2017: classical and non-classical). */
export const externalActivityKinds = ['classical_training', 'seminar', 'workshop', 'coaching', 'mentoring', 'internship', 'other'] as const;
export type ExternalActivityKind = (typeof externalActivityKinds)[number];

export const externalActivityStatuses = ['pending', 'approved', 'rejected'] as const;
export type ExternalActivityStatus = (typeof externalActivityStatuses)[number];

export interface EvidenceFileDocument {
  /** Relative to DATA_DIR. */
  path: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
}

/**
 * Training a learner took outside Lentera, recorded with evidence and approved or rejected by an
 * admin of the learner's agency. Only approved ones count toward JP, in the year of `endDate`.
 * The review is one `$set` guarded by `status: 'pending'`; see the repository for the race.
 */
export interface ExternalActivityDocument {
  _id: Types.ObjectId;
  userId: Types.ObjectId;
  agencyId: Types.ObjectId;
  kind: ExternalActivityKind;
  title: string;
  organizer: string;
  startDate: Date;
  endDate: Date;
  jp: number;
  competencyType: string;
  evidence: EvidenceFileDocument;
  /** The upload this record was made from: unique, so one upload makes one record. */
  uploadId: string;
  status: ExternalActivityStatus;
  reviewedBy?: Types.ObjectId;
  reviewedAt?: Date;
  reviewNote?: string;
  createdAt: Date;
  updatedAt: Date;
}

const evidenceSchema = new Schema<EvidenceFileDocument>(
  {
    path: { type: String, required: true },
    fileName: { type: String, required: true },
    mediaType: { type: String, required: true },
    sizeBytes: { type: Number, required: true },
  },
  { _id: false },
);

export const externalActivitySchema = new Schema<ExternalActivityDocument>(
  {
    userId: { type: Schema.Types.ObjectId, required: true },
    agencyId: { type: Schema.Types.ObjectId, required: true },
    kind: { type: String, required: true, enum: externalActivityKinds },
    title: { type: String, required: true },
    organizer: { type: String, required: true },
    startDate: { type: Date, required: true },
    endDate: { type: Date, required: true },
    jp: { type: Number, required: true, min: 0 },
    competencyType: { type: String, required: true },
    evidence: { type: evidenceSchema, required: true },
    uploadId: { type: String, required: true },
    status: { type: String, required: true, enum: externalActivityStatuses },
    reviewedBy: { type: Schema.Types.ObjectId },
    reviewedAt: { type: Date },
    reviewNote: { type: String },
  },
  { collection: 'external_activities', timestamps: true },
);

externalActivitySchema.index({ uploadId: 1 }, { unique: true });
externalActivitySchema.index({ userId: 1, endDate: -1 });
externalActivitySchema.index({ agencyId: 1, status: 1, _id: -1 });
