import { Injectable, Logger } from '@nestjs/common';
import {
  competencyTypes,
  externalActivityKinds,
  isDuplicateKeyError,
  isValidId,
  ExternalActivityRepository,
  UserRepository,
  type AgencyScope,
  type ExternalActivityRecord,
  type ExternalActivityStatus,
  type UserRecord,
} from '@lentera/db';
import { forbidden } from '../auth/auth-errors';
import { detectFileType } from '../course-files/file-signature';
import { EvidenceFileStore } from './evidence-file.store';
import {
  activityNotFound,
  alreadyReviewed,
  evidenceEmpty,
  evidenceNotAccepted,
  invalidDates,
  invalidJp,
  invalidTitle,
  MAX_ACTIVITY_JP,
  NOTE_LENGTH,
  noteRequired,
  TITLE_LENGTH,
  uploadAlreadyUsed,
  uploadNotFound,
} from './jp-ledger.errors';
import { reviewingAgencyOf } from './learner-agency';

/** Evidence is a scan or a certificate: these formats only, judged by the bytes. */
const EVIDENCE_FORMATS = new Set(['pdf', 'jpeg', 'png']);

export interface ExternalActivityDraft {
  kind: string;
  title: string;
  organizer: string;
  startDate: Date;
  endDate: Date;
  jp: number;
  competencyType: string;
  uploadId: string;
}

/** A learner's activities outside Lentera: evidence upload, record, review by their agency. */
@Injectable()
export class ExternalActivityService {
  private readonly logger = new Logger(ExternalActivityService.name);

  constructor(
    private readonly activities: ExternalActivityRepository,
    private readonly users: UserRepository,
    private readonly files: EvidenceFileStore,
  ) {}

  async uploadEvidence(userId: string, fileName: string, bytes: Buffer): Promise<{ uploadId: string; fileName: string; mediaType: string; sizeBytes: number }> {
    if (bytes.length === 0) throw evidenceEmpty();
    const detected = detectFileType(bytes);
    if (!detected.accepted || !EVIDENCE_FORMATS.has(detected.format)) throw evidenceNotAccepted(detected.format);
    const { uploadId, evidence } = await this.files.save(userId, { fileName: fileName || `bukti.${detected.format}`, mediaType: detected.mediaType, sizeBytes: bytes.length }, bytes);
    this.logger.log({ userId, uploadId, sizeBytes: bytes.length }, 'JP evidence uploaded');
    return { uploadId, fileName: evidence.fileName, mediaType: evidence.mediaType, sizeBytes: evidence.sizeBytes };
  }

  async record(user: UserRecord, draft: ExternalActivityDraft): Promise<ExternalActivityRecord> {
    const agencyId = reviewingAgencyOf(user);
    const checked = checkedDraft(draft);
    const evidence = await this.files.find(user.id, draft.uploadId);
    if (!evidence) throw uploadNotFound();
    try {
      const activity = await this.activities.create({ ...checked, userId: user.id, agencyId, evidence, uploadId: draft.uploadId });
      this.logger.log({ userId: user.id, activityId: activity.id }, 'External activity recorded');
      return activity;
    } catch (error) {
      if (isDuplicateKeyError(error)) throw uploadAlreadyUsed();
      throw error;
    }
  }

  mine(userId: string): Promise<ExternalActivityRecord[]> {
    return this.activities.findByUser(userId);
  }

  async queue(scope: AgencyScope, status: ExternalActivityStatus | null, limit: number, beforeId: string | null): Promise<{ nodes: ExternalActivityRecord[]; totalCount: number }> {
    const [nodes, totalCount] = await Promise.all([
      this.activities.listByAgency(scope, { ...(status && { status }), limit, ...(beforeId && { beforeId }) }),
      this.activities.countByAgency(scope, status ?? undefined),
    ]);
    return { nodes, totalCount };
  }

  /** The activity, when the caller is its learner or `canReview` says they review its agency. */
  async readable(userId: string, id: string, canReview: (agencyId: string) => boolean): Promise<ExternalActivityRecord> {
    const activity = await this.find(id);
    if (activity.userId !== userId && !canReview(activity.agencyId)) throw forbidden();
    return activity;
  }

  async review(scope: AgencyScope, reviewerId: string, id: string, approve: boolean, note: string | null): Promise<ExternalActivityRecord> {
    const trimmed = note?.trim() || null;
    if (!approve && (!trimmed || trimmed.length < NOTE_LENGTH.min)) throw noteRequired();
    if (trimmed && trimmed.length > NOTE_LENGTH.max) throw noteRequired();
    const activity = await this.find(id);
    if (activity.agencyId !== scope.agencyId) throw forbidden();
    if (activity.status !== 'pending') throw alreadyReviewed(activity.status);
    const done = await this.activities.review(scope, id, { status: approve ? 'approved' : 'rejected', reviewedBy: reviewerId, reviewedAt: new Date(), note: trimmed });
    const after = await this.find(id);
    if (!done && after.reviewedBy !== reviewerId) throw alreadyReviewed(after.status);
    this.logger.log({ activityId: id, reviewerId, status: after.status }, 'External activity reviewed');
    return after;
  }

  /** For the evidence download, whose signed URL already decided who may see it. */
  async byId(id: string): Promise<ExternalActivityRecord | null> {
    return this.activities.findById(id);
  }

  learnersOf(activities: readonly ExternalActivityRecord[]): Promise<UserRecord[]> {
    return this.users.findByIds([...new Set(activities.map((activity) => activity.userId))]);
  }

  private async find(id: string): Promise<ExternalActivityRecord> {
    if (!isValidId(id)) throw activityNotFound();
    const activity = await this.activities.findById(id);
    if (!activity) throw activityNotFound();
    return activity;
  }
}

type CheckedDraft = Pick<ExternalActivityRecord, 'kind' | 'title' | 'organizer' | 'startDate' | 'endDate' | 'jp' | 'competencyType'>;

function checkedDraft(draft: ExternalActivityDraft): CheckedDraft {
  const title = draft.title.trim();
  const organizer = draft.organizer.trim();
  if (title.length < TITLE_LENGTH.min || title.length > TITLE_LENGTH.max) throw invalidTitle('title');
  if (organizer.length < TITLE_LENGTH.min || organizer.length > TITLE_LENGTH.max) throw invalidTitle('organizer');
  const [start, end] = [draft.startDate.getTime(), draft.endDate.getTime()];
  if (!Number.isFinite(start) || !Number.isFinite(end) || end < start || end > Date.now() + 24 * 60 * 60 * 1000) throw invalidDates();
  if (!Number.isFinite(draft.jp) || draft.jp <= 0 || draft.jp > MAX_ACTIVITY_JP) throw invalidJp();
  return {
    kind: externalActivityKinds.find((kind) => kind === draft.kind) ?? 'other',
    competencyType: competencyTypes.find((type) => type === draft.competencyType) ?? 'teknis',
    title,
    organizer,
    startDate: draft.startDate,
    endDate: draft.endDate,
    jp: Math.round(draft.jp * 100) / 100,
  };
}
