import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Types, type Model } from 'mongoose';
import { CERTIFICATE_MODEL, type CertificateDocument, type CertificateStatus } from '../certificate/certificate.schema';
import type { CompetencyType } from '../course/course.schema';
import { COURSE_COMPLETION_MODEL, type CourseCompletionDocument } from '../learning/course-completion.schema';

export interface LedgerCompletionRow {
  id: string;
  userId: string;
  courseId: string;
  agencyId: string;
  completedAt: Date;
  jp: number;
  competencyType: CompetencyType;
  courseTitle: string;
}

export interface LedgerCertificateRow {
  id: string;
  userId: string;
  courseId: string;
  agencyId: string;
  completionId: string | null;
  status: CertificateStatus;
  number: string | null;
  issuedAt: Date | null;
  replacedById: string | null;
  jp: number | null;
  competencyType: CompetencyType | null;
  courseTitle: string | null;
}

/**
 * What the JP ledger reads from Lentera's own learning: completions and certificates of a set of
 * learners, each in one query (no $lookup on FerretDB v1; the ledger joins them in TypeScript).
 */
@Injectable()
export class LedgerSourceRepository {
  constructor(
    @InjectModel(COURSE_COMPLETION_MODEL) private readonly completions: Model<CourseCompletionDocument>,
    @InjectModel(CERTIFICATE_MODEL) private readonly certificates: Model<CertificateDocument>,
  ) {}

  async completionsBetween(userIds: readonly string[], from: Date, to: Date): Promise<LedgerCompletionRow[]> {
    if (userIds.length === 0) return [];
    const documents = await this.completions
      .find({ userId: { $in: toObjectIds(userIds) }, completedAt: { $gte: from, $lt: to } })
      .lean<CourseCompletionDocument[]>();
    return documents.map((document) => ({
      id: document._id.toHexString(),
      userId: document.userId.toHexString(),
      courseId: document.courseId.toHexString(),
      agencyId: document.agencyId.toHexString(),
      completedAt: document.completedAt,
      jp: document.jp,
      competencyType: document.competencyType as CompetencyType,
      courseTitle: document.courseTitle,
    }));
  }

  /** Every signed certificate (issued or revoked) of these learners; pending ones are not certificates yet. */
  async certificatesOf(userIds: readonly string[]): Promise<LedgerCertificateRow[]> {
    if (userIds.length === 0) return [];
    const documents = await this.certificates
      .find({ userId: { $in: toObjectIds(userIds) }, status: { $in: ['issued', 'revoked'] } })
      .lean<CertificateDocument[]>();
    return documents.map((document) => ({
      id: document._id.toHexString(),
      userId: document.userId.toHexString(),
      courseId: document.courseId.toHexString(),
      agencyId: document.agencyId.toHexString(),
      completionId: document.completionId?.toHexString() ?? null,
      status: document.status,
      number: document.number ?? null,
      issuedAt: document.issuedAt ?? null,
      replacedById: document.replacedById?.toHexString() ?? null,
      jp: document.jp ?? null,
      competencyType: (document.competencyType as CompetencyType | undefined) ?? null,
      courseTitle: document.courseTitle ?? null,
    }));
  }
}

const toObjectIds = (ids: readonly string[]) => ids.map((id) => new Types.ObjectId(id));
