import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Types, type Model } from 'mongoose';
import { isDuplicateKeyError } from '../connection/database-errors';
import { CERTIFICATE_AUDIT_MODEL, type CertificateAuditAction, type CertificateAuditDocument } from './certificate-audit.schema';

export interface CertificateAuditRecord {
  id: string;
  agencyId: string;
  seq: number;
  action: CertificateAuditAction;
  certificateId: string | null;
  actorId: string | null;
  reason: string | null;
  details: Record<string, string>;
  at: Date;
  prevHash: string;
  hash: string;
}

export type NewCertificateAuditEntry = Pick<CertificateAuditRecord, 'agencyId' | 'action' | 'certificateId' | 'actorId' | 'reason' | 'details' | 'at'>;

/** The first entry's prevHash. */
export const AUDIT_GENESIS_HASH = '0'.repeat(64);
const MAX_APPEND_TRIES = 50;

/** The hash an entry must carry: SHA-256 over its previous hash and its own fields, in a fixed order. */
export function auditEntryHash(entry: Omit<CertificateAuditRecord, 'id' | 'hash'>): string {
  const details = Object.keys(entry.details)
    .sort()
    .map((key) => [key, entry.details[key]]);
  const fields = [entry.prevHash, entry.agencyId, entry.seq, entry.action, entry.certificateId, entry.actorId, entry.reason, details, entry.at.toISOString()];
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}

/** Where an agency's log stops being what was written: the first entry whose hashes do not hold, or null. */
export function firstBrokenAuditEntry(entries: readonly CertificateAuditRecord[]): { seq: number; problem: string } | null {
  let prevHash = AUDIT_GENESIS_HASH;
  for (const [index, entry] of entries.entries()) {
    if (entry.seq !== index + 1) return { seq: index + 1, problem: `entry ${index + 1} is missing` };
    if (entry.prevHash !== prevHash) return { seq: entry.seq, problem: 'does not follow the entry before it' };
    if (auditEntryHash(entry) !== entry.hash) return { seq: entry.seq, problem: 'was changed after it was written' };
    prevHash = entry.hash;
  }
  return null;
}

@Injectable()
export class CertificateAuditRepository {
  constructor(@InjectModel(CERTIFICATE_AUDIT_MODEL) private readonly entries: Model<CertificateAuditDocument>) {}

  /**
   * Appends after the agency's last entry; concurrent appends retry on the unique (agencyId, seq).
   * With an `eventKey`, an event already recorded is not recorded again (its entry is returned).
   */
  async append(entry: NewCertificateAuditEntry, eventKey?: string): Promise<CertificateAuditRecord> {
    for (let attempt = 0; attempt < MAX_APPEND_TRIES; attempt += 1) {
      const last = await this.last(entry.agencyId);
      const unsigned = { ...entry, seq: (last?.seq ?? 0) + 1, prevHash: last?.hash ?? AUDIT_GENESIS_HASH };
      const hash = auditEntryHash(unsigned);
      try {
        const document = await this.entries.create({
          agencyId: new Types.ObjectId(entry.agencyId),
          seq: unsigned.seq,
          action: entry.action,
          ...(entry.certificateId && { certificateId: new Types.ObjectId(entry.certificateId) }),
          ...(entry.actorId && { actorId: new Types.ObjectId(entry.actorId) }),
          ...(entry.reason !== null && { reason: entry.reason }),
          details: entry.details,
          at: entry.at,
          ...(eventKey && { eventKey }),
          prevHash: unsigned.prevHash,
          hash,
        });
        return toAuditRecord(document.toObject());
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error;
        const recorded = eventKey ? await this.entries.findOne({ eventKey }).lean<CertificateAuditDocument>() : null;
        if (recorded) return toAuditRecord(recorded);
      }
    }
    throw new Error(`could not append to agency ${entry.agencyId}'s certificate audit log after ${MAX_APPEND_TRIES} tries`);
  }

  /** The agency's whole log, oldest first. */
  async findByAgency(agencyId: string): Promise<CertificateAuditRecord[]> {
    const documents = await this.entries.find({ agencyId: new Types.ObjectId(agencyId) }).sort({ seq: 1 }).lean<CertificateAuditDocument[]>();
    return documents.map(toAuditRecord);
  }

  async findByCertificate(certificateId: string): Promise<CertificateAuditRecord[]> {
    const documents = await this.entries.find({ certificateId: new Types.ObjectId(certificateId) }).sort({ seq: 1 }).lean<CertificateAuditDocument[]>();
    return documents.map(toAuditRecord);
  }

  private async last(agencyId: string): Promise<CertificateAuditRecord | null> {
    const [document] = await this.entries.find({ agencyId: new Types.ObjectId(agencyId) }).sort({ seq: -1 }).limit(1).lean<CertificateAuditDocument[]>();
    return document ? toAuditRecord(document) : null;
  }
}

function toAuditRecord(document: CertificateAuditDocument): CertificateAuditRecord {
  return {
    id: document._id.toHexString(),
    agencyId: document.agencyId.toHexString(),
    seq: document.seq,
    action: document.action,
    certificateId: document.certificateId?.toHexString() ?? null,
    actorId: document.actorId?.toHexString() ?? null,
    reason: document.reason ?? null,
    details: { ...document.details },
    at: document.at,
    prevHash: document.prevHash,
    hash: document.hash,
  };
}
