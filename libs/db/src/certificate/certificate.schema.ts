import { Schema, type Types } from 'mongoose';

export const CERTIFICATE_MODEL = 'Certificate';

export const certificateStatuses = ['pending', 'issued', 'revoked'] as const;
export type CertificateStatus = (typeof certificateStatuses)[number];

export const certificateSources = ['completion', 'manual', 'reissue'] as const;
export type CertificateSource = (typeof certificateSources)[number];

export const pdfStatuses = ['pending', 'ready', 'failed'] as const;
export type PdfStatus = (typeof pdfStatuses)[number];

/**
 * A certificate (STTP). Claimed first (status pending, with its verification code), then numbered
 * and signed (issued); the PDF is rendered by the worker afterwards. `signedJson` is the exact
 * canonical JSON that was signed, kept as a string so the bytes a verifier downloads are the
 * bytes the signature covers (a stored object could come back with its keys or numbers changed).
 *
 * Uniqueness is what makes it exactly-once on FerretDB (no transactions, no document locks):
 * - `issueKey`: one valid certificate per learner and course. A first-time certificate, for a
 *   completion or issued by hand, is `course:<courseId>:<userId>:<n>` with n = how many of the
 *   learner's certificates of the course were revoked when it was claimed; a re-issue is
 *   `reissue:<certificateId>`. Rows claimed before that have `completion:<completionId>` or
 *   `manual:<userId>:<courseId>` (see certificate-issue-key.ts in @lentera/certificates);
 * - `code`: the random public verification code.
 * Numbers are taken in `certificate_numbers` (see there) and copied here when it is signed.
 */
export interface CertificateDocument {
  _id: Types.ObjectId;
  agencyId: Types.ObjectId;
  courseId: Types.ObjectId;
  userId: Types.ObjectId;
  /** The completion it certifies: set when claimed for it, or attached later to one issued by hand before the learner completed. */
  completionId?: Types.ObjectId;
  assignmentId?: Types.ObjectId;
  source: CertificateSource;
  issueKey: string;
  code: string;
  status: CertificateStatus;
  /** Who asked: the admin of a manual issue or re-issue; absent for a completion. */
  requestedBy?: Types.ObjectId;
  number?: string;
  sequence?: number;
  keyId?: string;
  signedJson?: string;
  signature?: string;
  issuedAt?: Date;
  /** Copied for lists and the JP ledger without parsing signedJson. */
  participantName?: string;
  courseTitle?: string;
  jp?: number;
  competencyType?: string;
  revokedAt?: Date;
  revokedBy?: Types.ObjectId;
  revokeReason?: string;
  replacesId?: Types.ObjectId;
  replacedById?: Types.ObjectId;
  pdf: { status: PdfStatus; path?: string; sizeBytes?: number; renderedAt?: Date; error?: string };
  createdAt: Date;
  updatedAt: Date;
}

const pdfSchema = new Schema(
  {
    status: { type: String, required: true, enum: pdfStatuses },
    path: { type: String },
    sizeBytes: { type: Number },
    renderedAt: { type: Date },
    error: { type: String },
  },
  { _id: false },
);

export const certificateSchema = new Schema<CertificateDocument>(
  {
    agencyId: { type: Schema.Types.ObjectId, required: true },
    courseId: { type: Schema.Types.ObjectId, required: true },
    userId: { type: Schema.Types.ObjectId, required: true },
    completionId: { type: Schema.Types.ObjectId },
    assignmentId: { type: Schema.Types.ObjectId },
    source: { type: String, required: true, enum: certificateSources },
    issueKey: { type: String, required: true },
    code: { type: String, required: true },
    status: { type: String, required: true, enum: certificateStatuses },
    requestedBy: { type: Schema.Types.ObjectId },
    number: { type: String },
    sequence: { type: Number },
    keyId: { type: String },
    signedJson: { type: String },
    signature: { type: String },
    issuedAt: { type: Date },
    participantName: { type: String },
    courseTitle: { type: String },
    jp: { type: Number },
    competencyType: { type: String },
    revokedAt: { type: Date },
    revokedBy: { type: Schema.Types.ObjectId },
    revokeReason: { type: String },
    replacesId: { type: Schema.Types.ObjectId },
    replacedById: { type: Schema.Types.ObjectId },
    pdf: { type: pdfSchema, required: true, default: () => ({ status: 'pending' }) },
  },
  { collection: 'certificates', timestamps: true },
);

certificateSchema.index({ issueKey: 1 }, { unique: true });
certificateSchema.index({ code: 1 }, { unique: true });
certificateSchema.index({ userId: 1, issuedAt: -1 });
certificateSchema.index({ agencyId: 1, status: 1, issuedAt: -1 });
certificateSchema.index({ courseId: 1, status: 1 });
certificateSchema.index({ completionId: 1 });
