import { Schema, type Types } from 'mongoose';

export const CERTIFICATE_AUDIT_MODEL = 'CertificateAuditEntry';

export const certificateAuditActions = ['issued', 'revoked', 'reissued', 'key_created', 'key_rotated', 'template_changed'] as const;
export type CertificateAuditAction = (typeof certificateAuditActions)[number];

/**
 * One entry of an agency's certificate audit log. Append-only: the repository has no update or
 * delete, and each entry carries the SHA-256 of the one before it (`prevHash`) and of itself
 * (`hash`), so an entry edited or removed in the database breaks the chain that
 * `verifyAuditChain` recomputes. `seq` counts per agency; its unique index orders concurrent
 * appends (the loser of a race takes the next number).
 */
export interface CertificateAuditDocument {
  _id: Types.ObjectId;
  agencyId: Types.ObjectId;
  seq: number;
  action: CertificateAuditAction;
  certificateId?: Types.ObjectId;
  /** Absent for what the system did by itself (a certificate issued at completion). */
  actorId?: Types.ObjectId;
  reason?: string;
  /** Small facts of the entry (certificate number, key ids); strings only. */
  details: Record<string, string>;
  at: Date;
  /** Set for events a repeated run could write twice (a certificate signed twice at once): unique, so it is written once. */
  eventKey?: string;
  prevHash: string;
  hash: string;
}

export const certificateAuditSchema = new Schema<CertificateAuditDocument>(
  {
    agencyId: { type: Schema.Types.ObjectId, required: true },
    seq: { type: Number, required: true, min: 1 },
    action: { type: String, required: true },
    certificateId: { type: Schema.Types.ObjectId },
    actorId: { type: Schema.Types.ObjectId },
    reason: { type: String },
    details: { type: Schema.Types.Mixed, required: true, default: () => ({}) },
    at: { type: Date, required: true },
    eventKey: { type: String },
    prevHash: { type: String, required: true },
    hash: { type: String, required: true },
  },
  { collection: 'certificate_audit', timestamps: false, minimize: false },
);

certificateAuditSchema.index({ agencyId: 1, seq: 1 }, { unique: true });
certificateAuditSchema.index({ certificateId: 1, seq: 1 });
certificateAuditSchema.index({ eventKey: 1 }, { unique: true, sparse: true });
