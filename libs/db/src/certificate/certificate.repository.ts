import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Types, type FilterQuery, type Model } from 'mongoose';
import { isDuplicateKeyError } from '../connection/database-errors';
import type { AgencyScope } from '../tenancy/agency-scope';
import { escapeRegExp } from '../user/search-text';
import { CERTIFICATE_MODEL, type CertificateDocument, type CertificateSource, type CertificateStatus, type PdfStatus } from './certificate.schema';

export interface CertificatePdf {
  status: PdfStatus;
  path: string | null;
  sizeBytes: number | null;
  renderedAt: Date | null;
  error: string | null;
}

export interface CertificateRecord {
  id: string;
  agencyId: string;
  courseId: string;
  userId: string;
  completionId: string | null;
  assignmentId: string | null;
  source: CertificateSource;
  issueKey: string;
  code: string;
  status: CertificateStatus;
  requestedBy: string | null;
  number: string | null;
  sequence: number | null;
  keyId: string | null;
  signedJson: string | null;
  signature: string | null;
  issuedAt: Date | null;
  participantName: string | null;
  courseTitle: string | null;
  jp: number | null;
  competencyType: string | null;
  revokedAt: Date | null;
  revokedBy: string | null;
  revokeReason: string | null;
  replacesId: string | null;
  replacedById: string | null;
  pdf: CertificatePdf;
  createdAt: Date;
}

/** What a claim writes: who and what the certificate is for, why, and its code. */
export type CertificateClaim = Pick<
  CertificateRecord,
  'agencyId' | 'courseId' | 'userId' | 'completionId' | 'assignmentId' | 'source' | 'issueKey' | 'code' | 'requestedBy' | 'replacesId'
>;

export interface CertificateSignature {
  number: string;
  sequence: number;
  keyId: string;
  signedJson: string;
  signature: string;
  issuedAt: Date;
  participantName: string;
  courseTitle: string;
  jp: number;
  competencyType: string;
}

export interface CertificateRevocation {
  revokedAt: Date;
  revokedBy: string;
  reason: string;
}

/** What an agency's certificate list is narrowed to; every part is optional. */
export interface AgencyCertificateFilter {
  courseId?: string;
  status?: CertificateStatus;
  /**
   * Matches a certificate whose participant name holds every word (any case), whose number holds
   * the text, whose verification code is `code`, or whose learner is one of `userIds` (found by NIP).
   */
  search?: { text: string; code: string | null; userIds: readonly string[] };
}

export interface AgencyCertificatePage extends AgencyCertificateFilter {
  limit: number;
  /** Continue after this certificate id (the list is newest claim first). */
  beforeId?: string;
}

/**
 * Certificates: claimed once per issue key, numbered without repeats, signed, revoked; never deleted.
 * The issue keys themselves (one valid certificate per learner and course) are made in
 * @lentera/certificates (certificate-issue-key.ts); this repository only holds them unique.
 */
@Injectable()
export class CertificateRepository {
  constructor(@InjectModel(CERTIFICATE_MODEL) private readonly certificates: Model<CertificateDocument>) {}

  /**
   * The certificate for this issue key: created pending, or the one that exists (`created: false`).
   * Null when the random code was already taken by another certificate: the caller draws a new one.
   */
  async claim(claim: CertificateClaim): Promise<{ certificate: CertificateRecord; created: boolean } | null> {
    try {
      const document = await this.certificates.create({
        agencyId: new Types.ObjectId(claim.agencyId),
        courseId: new Types.ObjectId(claim.courseId),
        userId: new Types.ObjectId(claim.userId),
        ...(claim.completionId && { completionId: new Types.ObjectId(claim.completionId) }),
        ...(claim.assignmentId && { assignmentId: new Types.ObjectId(claim.assignmentId) }),
        ...(claim.requestedBy && { requestedBy: new Types.ObjectId(claim.requestedBy) }),
        ...(claim.replacesId && { replacesId: new Types.ObjectId(claim.replacesId) }),
        source: claim.source,
        issueKey: claim.issueKey,
        code: claim.code,
        status: 'pending',
        pdf: { status: 'pending' },
      });
      return { certificate: toCertificateRecord(document.toObject()), created: true };
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      const existing = await this.findByIssueKey(claim.issueKey);
      return existing ? { certificate: existing, created: false } : null;
    }
  }

  async findById(id: string): Promise<CertificateRecord | null> {
    const document = await this.certificates.findById(new Types.ObjectId(id)).lean<CertificateDocument>();
    return document ? toCertificateRecord(document) : null;
  }

  async findByIds(ids: readonly string[]): Promise<CertificateRecord[]> {
    if (ids.length === 0) return [];
    const documents = await this.certificates.find({ _id: { $in: ids.map((id) => new Types.ObjectId(id)) } }).lean<CertificateDocument[]>();
    return documents.map(toCertificateRecord);
  }

  async findByIssueKey(issueKey: string): Promise<CertificateRecord | null> {
    const document = await this.certificates.findOne({ issueKey }).lean<CertificateDocument>();
    return document ? toCertificateRecord(document) : null;
  }

  async findByCode(code: string): Promise<CertificateRecord | null> {
    const document = await this.certificates.findOne({ code }).lean<CertificateDocument>();
    return document ? toCertificateRecord(document) : null;
  }

  /** A learner's certificates (issued or revoked; pending ones are not certificates yet), newest first. */
  async findByUser(userId: string): Promise<CertificateRecord[]> {
    const documents = await this.certificates
      .find({ userId: new Types.ObjectId(userId), status: { $in: ['issued', 'revoked'] } })
      .sort({ issuedAt: -1, _id: -1 })
      .lean<CertificateDocument[]>();
    return documents.map(toCertificateRecord);
  }

  async findByCourse(courseId: string): Promise<CertificateRecord[]> {
    const documents = await this.certificates.find({ courseId: new Types.ObjectId(courseId) }).sort({ issuedAt: -1, _id: -1 }).lean<CertificateDocument[]>();
    return documents.map(toCertificateRecord);
  }

  /** The certificates of these learners in the course that are not revoked (pending or issued), in one query. */
  async findNotRevokedByCourseAndUsers(courseId: string, userIds: readonly string[]): Promise<CertificateRecord[]> {
    if (userIds.length === 0) return [];
    const documents = await this.certificates
      .find({ courseId: new Types.ObjectId(courseId), status: { $in: ['pending', 'issued'] }, userId: { $in: userIds.map((id) => new Types.ObjectId(id)) } })
      .lean<CertificateDocument[]>();
    return documents.map(toCertificateRecord);
  }

  /** The certificates that certify this completion: its own, one it was attached to, or a re-issue of one of these. Oldest first. */
  async findByCompletion(completionId: string): Promise<CertificateRecord[]> {
    const documents = await this.certificates.find({ completionId: new Types.ObjectId(completionId) }).sort({ _id: 1 }).lean<CertificateDocument[]>();
    return documents.map(toCertificateRecord);
  }

  /** How many of each learner's certificates of the course are revoked (learners with none are absent), in one query. */
  async countRevokedByCourseAndUsers(courseId: string, userIds: readonly string[]): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    if (userIds.length === 0) return counts;
    const documents = await this.certificates
      .find({ courseId: new Types.ObjectId(courseId), status: 'revoked', userId: { $in: userIds.map((id) => new Types.ObjectId(id)) } }, { userId: 1 })
      .lean<Pick<CertificateDocument, 'userId'>[]>();
    for (const { userId } of documents) counts.set(userId.toHexString(), (counts.get(userId.toHexString()) ?? 0) + 1);
    return counts;
  }

  /**
   * Records that the certificate also certifies this completion (one issued by hand before the
   * learner completed), unless it already names one: false then. The filter makes it a
   * compare-and-set, so racing runs cannot overwrite each other's completion.
   */
  async attachCompletion(id: string, completionId: string): Promise<boolean> {
    const result = await this.certificates.updateOne(
      { _id: new Types.ObjectId(id), completionId: { $exists: false } },
      { $set: { completionId: new Types.ObjectId(completionId) } },
    );
    return result.modifiedCount === 1;
  }

  /** One page of the scoped agency's certificates, newest claim first. */
  async listByAgency(scope: AgencyScope, page: AgencyCertificatePage): Promise<CertificateRecord[]> {
    const conditions = agencyConditions(scope, page);
    if (page.beforeId) conditions.push({ _id: { $lt: new Types.ObjectId(page.beforeId) } });
    const documents = await this.certificates.find({ $and: conditions }).sort({ _id: -1 }).limit(page.limit).lean<CertificateDocument[]>();
    return documents.map(toCertificateRecord);
  }

  async countByAgency(scope: AgencyScope, filter: AgencyCertificateFilter): Promise<number> {
    return this.certificates.countDocuments({ $and: agencyConditions(scope, filter) });
  }

  /**
   * pending → issued with its number and signature; false when it was no longer pending (another
   * run signed it first). On FerretDB the status filter narrows the race without closing it (no
   * lock between read and write): two runs may both store, the last one's number is the same
   * (certificate_numbers) and its data and signature are stored together, so what stays is whole.
   */
  async markIssued(id: string, signed: CertificateSignature): Promise<boolean> {
    const result = await this.certificates.updateOne({ _id: new Types.ObjectId(id), status: 'pending' }, { $set: { ...signed, status: 'issued' } });
    return result.modifiedCount === 1;
  }

  /** issued → revoked; false when it was not issued (pending, or revoked already). */
  async revoke(id: string, revocation: CertificateRevocation): Promise<boolean> {
    const current = await this.findById(id);
    if (current?.status !== 'issued') return false;
    await this.certificates.updateOne(
      { _id: new Types.ObjectId(id) },
      { $set: { status: 'revoked', revokedAt: revocation.revokedAt, revokedBy: new Types.ObjectId(revocation.revokedBy), revokeReason: revocation.reason } },
    );
    return true;
  }

  async setReplacedBy(id: string, replacementId: string): Promise<void> {
    await this.certificates.updateOne({ _id: new Types.ObjectId(id) }, { $set: { replacedById: new Types.ObjectId(replacementId) } });
  }

  async setPdf(id: string, pdf: Omit<CertificatePdf, 'renderedAt'> & { renderedAt: Date | null }): Promise<void> {
    const set: Record<string, unknown> = { 'pdf.status': pdf.status };
    const unset: Record<string, ''> = {};
    for (const [key, value] of Object.entries({ path: pdf.path, sizeBytes: pdf.sizeBytes, renderedAt: pdf.renderedAt, error: pdf.error })) {
      if (value === null) unset[`pdf.${key}`] = '';
      else set[`pdf.${key}`] = value;
    }
    await this.certificates.updateOne({ _id: new Types.ObjectId(id) }, { $set: set, ...(Object.keys(unset).length && { $unset: unset }) });
  }

  /** Of these completions, the ones that have a certificate (claimed, issued or revoked). */
  async findCompletionIdsWithCertificate(completionIds: readonly string[]): Promise<Set<string>> {
    if (completionIds.length === 0) return new Set();
    const documents = await this.certificates
      .find({ completionId: { $in: completionIds.map((id) => new Types.ObjectId(id)) } }, { completionId: 1 })
      .lean<Pick<CertificateDocument, 'completionId'>[]>();
    return new Set(documents.map((document) => document.completionId!.toHexString()));
  }

  /** Certificates not signed yet, or signed without a PDF: what the worker's start-up requeue picks up. */
  async findUnfinishedIds(): Promise<{ pending: string[]; pdfPending: string[] }> {
    const documents = await this.certificates
      .find({ $or: [{ status: 'pending' }, { status: 'issued', 'pdf.status': 'pending' }] }, { status: 1 })
      .lean<Pick<CertificateDocument, '_id' | 'status'>[]>();
    return {
      pending: documents.filter((document) => document.status === 'pending').map((document) => document._id.toHexString()),
      pdfPending: documents.filter((document) => document.status === 'issued').map((document) => document._id.toHexString()),
    };
  }
}

const idOrNull = (id: Types.ObjectId | undefined) => id?.toHexString() ?? null;

function agencyConditions(scope: AgencyScope, filter: AgencyCertificateFilter): FilterQuery<CertificateDocument>[] {
  const conditions: FilterQuery<CertificateDocument>[] = [{ agencyId: new Types.ObjectId(scope.agencyId) }];
  if (filter.courseId) conditions.push({ courseId: new Types.ObjectId(filter.courseId) });
  if (filter.status) conditions.push({ status: filter.status });
  if (filter.search) conditions.push({ $or: searchAlternatives(filter.search) });
  return conditions;
}

/**
 * FerretDB has no collation or text indexes: case-insensitive regexes over the copied name and
 * number (an agency's list, already narrowed by its agencyId index), exact matches for the rest.
 */
function searchAlternatives(search: NonNullable<AgencyCertificateFilter['search']>): FilterQuery<CertificateDocument>[] {
  // Words as typed (accents kept): the stored name has its accents, and the regex ignores case only.
  const words = search.text.split(/\s+/).filter(Boolean);
  const alternatives: FilterQuery<CertificateDocument>[] = [{ number: { $regex: escapeRegExp(search.text.trim()), $options: 'i' } }];
  if (words.length) alternatives.push({ $and: words.map((word) => ({ participantName: { $regex: escapeRegExp(word), $options: 'i' } })) });
  if (search.code) alternatives.push({ code: search.code });
  if (search.userIds.length) alternatives.push({ userId: { $in: search.userIds.map((id) => new Types.ObjectId(id)) } });
  return alternatives;
}

function toCertificateRecord(document: CertificateDocument): CertificateRecord {
  return {
    id: document._id.toHexString(),
    agencyId: document.agencyId.toHexString(),
    courseId: document.courseId.toHexString(),
    userId: document.userId.toHexString(),
    completionId: idOrNull(document.completionId),
    assignmentId: idOrNull(document.assignmentId),
    source: document.source,
    issueKey: document.issueKey,
    code: document.code,
    status: document.status,
    requestedBy: idOrNull(document.requestedBy),
    number: document.number ?? null,
    sequence: document.sequence ?? null,
    keyId: document.keyId ?? null,
    signedJson: document.signedJson ?? null,
    signature: document.signature ?? null,
    issuedAt: document.issuedAt ?? null,
    participantName: document.participantName ?? null,
    courseTitle: document.courseTitle ?? null,
    jp: document.jp ?? null,
    competencyType: document.competencyType ?? null,
    revokedAt: document.revokedAt ?? null,
    revokedBy: idOrNull(document.revokedBy),
    revokeReason: document.revokeReason ?? null,
    replacesId: idOrNull(document.replacesId),
    replacedById: idOrNull(document.replacedById),
    pdf: {
      status: document.pdf?.status ?? 'pending',
      path: document.pdf?.path ?? null,
      sizeBytes: document.pdf?.sizeBytes ?? null,
      renderedAt: document.pdf?.renderedAt ?? null,
      error: document.pdf?.error ?? null,
    },
    createdAt: document.createdAt,
  };
}
