import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Types, type FilterQuery, type Model } from 'mongoose';
import type { CompetencyType } from '../course/course.schema';
import type { AgencyScope } from '../tenancy/agency-scope';
import {
  EXTERNAL_ACTIVITY_MODEL,
  type EvidenceFileDocument,
  type ExternalActivityDocument,
  type ExternalActivityKind,
  type ExternalActivityStatus,
} from './external-activity.schema';

export type EvidenceFileRecord = EvidenceFileDocument;

export interface ExternalActivityRecord {
  id: string;
  userId: string;
  agencyId: string;
  kind: ExternalActivityKind;
  title: string;
  organizer: string;
  startDate: Date;
  endDate: Date;
  jp: number;
  competencyType: CompetencyType;
  evidence: EvidenceFileRecord;
  uploadId: string;
  status: ExternalActivityStatus;
  reviewedBy: string | null;
  reviewedAt: Date | null;
  reviewNote: string | null;
  createdAt: Date;
}

export type NewExternalActivity = Omit<ExternalActivityRecord, 'id' | 'status' | 'reviewedBy' | 'reviewedAt' | 'reviewNote' | 'createdAt'>;

export interface ExternalActivityReview {
  status: Exclude<ExternalActivityStatus, 'pending'>;
  reviewedBy: string;
  reviewedAt: Date;
  note: string | null;
}

/** Activities outside Lentera that learners record; reviewed once by their agency. */
@Injectable()
export class ExternalActivityRepository {
  constructor(@InjectModel(EXTERNAL_ACTIVITY_MODEL) private readonly activities: Model<ExternalActivityDocument>) {}

  /** Throws a duplicate key error (11000) when the upload was used already. */
  async create(activity: NewExternalActivity): Promise<ExternalActivityRecord> {
    const document = await this.activities.create({
      ...activity,
      userId: new Types.ObjectId(activity.userId),
      agencyId: new Types.ObjectId(activity.agencyId),
      status: 'pending',
    });
    return toExternalActivityRecord(document.toObject());
  }

  async findById(id: string): Promise<ExternalActivityRecord | null> {
    const document = await this.activities.findById(new Types.ObjectId(id)).lean<ExternalActivityDocument>();
    return document ? toExternalActivityRecord(document) : null;
  }

  /** A learner's activities, latest end date first. */
  async findByUser(userId: string): Promise<ExternalActivityRecord[]> {
    const documents = await this.activities.find({ userId: new Types.ObjectId(userId) }).sort({ endDate: -1, _id: -1 }).lean<ExternalActivityDocument[]>();
    return documents.map(toExternalActivityRecord);
  }

  /** These learners' activities ending in [from, to), in one query. */
  async findByUsersEndingBetween(userIds: readonly string[], from: Date, to: Date): Promise<ExternalActivityRecord[]> {
    if (userIds.length === 0) return [];
    const documents = await this.activities
      .find({ userId: { $in: userIds.map((id) => new Types.ObjectId(id)) }, endDate: { $gte: from, $lt: to } })
      .lean<ExternalActivityDocument[]>();
    return documents.map(toExternalActivityRecord);
  }

  /** One page of the scoped agency's activities, newest first. */
  async listByAgency(scope: AgencyScope, filter: { status?: ExternalActivityStatus; limit: number; beforeId?: string }): Promise<ExternalActivityRecord[]> {
    const query: FilterQuery<ExternalActivityDocument> = { agencyId: new Types.ObjectId(scope.agencyId) };
    if (filter.status) query.status = filter.status;
    if (filter.beforeId) query._id = { $lt: new Types.ObjectId(filter.beforeId) };
    const documents = await this.activities.find(query).sort({ _id: -1 }).limit(filter.limit).lean<ExternalActivityDocument[]>();
    return documents.map(toExternalActivityRecord);
  }

  async countByAgency(scope: AgencyScope, status?: ExternalActivityStatus): Promise<number> {
    return this.activities.countDocuments({ agencyId: new Types.ObjectId(scope.agencyId), ...(status && { status }) });
  }

  /**
   * pending → approved/rejected; false when it was reviewed already. On FerretDB v1 the status
   * filter narrows a race between two reviewers without closing it (no document lock): the last
   * write wins, and both reviews are whole (status, reviewer, date and note in one $set).
   */
  async review(scope: AgencyScope, id: string, review: ExternalActivityReview): Promise<boolean> {
    const result = await this.activities.updateOne(
      { _id: new Types.ObjectId(id), agencyId: new Types.ObjectId(scope.agencyId), status: 'pending' },
      {
        $set: {
          status: review.status,
          reviewedBy: new Types.ObjectId(review.reviewedBy),
          reviewedAt: review.reviewedAt,
          ...(review.note !== null && { reviewNote: review.note }),
        },
      },
    );
    return result.modifiedCount === 1;
  }
}

function toExternalActivityRecord(document: ExternalActivityDocument): ExternalActivityRecord {
  return {
    id: document._id.toHexString(),
    userId: document.userId.toHexString(),
    agencyId: document.agencyId.toHexString(),
    kind: document.kind,
    title: document.title,
    organizer: document.organizer,
    startDate: document.startDate,
    endDate: document.endDate,
    jp: document.jp,
    competencyType: document.competencyType as CompetencyType,
    evidence: { path: document.evidence.path, fileName: document.evidence.fileName, mediaType: document.evidence.mediaType, sizeBytes: document.evidence.sizeBytes },
    uploadId: document.uploadId,
    status: document.status,
    reviewedBy: document.reviewedBy?.toHexString() ?? null,
    reviewedAt: document.reviewedAt ?? null,
    reviewNote: document.reviewNote ?? null,
    createdAt: document.createdAt,
  };
}
