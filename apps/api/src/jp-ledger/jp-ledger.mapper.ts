import type { ExternalActivityRecord, UserRecord } from '@lentera/db';
import type { EmploymentType } from '../accounts/user.model';
import type { CompetencyType } from '../catalogue/course.model';
import type { JpLedger } from './jp-ledger';
import type { ExternalActivityKind, ExternalActivityModel, ExternalActivityStatus, JpLedgerEntrySource, JpLedgerModel } from './jp-ledger.model';

// Stored values and GraphQL enum values are the same strings (see jp-ledger.model.ts).

export function toExternalActivityModel(activity: ExternalActivityRecord, evidenceUrl: string, learner?: UserRecord): ExternalActivityModel {
  return {
    id: activity.id,
    userId: activity.userId,
    agencyId: activity.agencyId,
    learnerName: learner?.fullName ?? null,
    learnerNip: learner?.nip ?? null,
    kind: activity.kind as ExternalActivityKind,
    title: activity.title,
    organizer: activity.organizer,
    startDate: activity.startDate,
    endDate: activity.endDate,
    jp: activity.jp,
    competencyType: activity.competencyType as CompetencyType,
    evidence: { fileName: activity.evidence.fileName, mediaType: activity.evidence.mediaType, sizeBytes: activity.evidence.sizeBytes, url: evidenceUrl },
    status: activity.status as ExternalActivityStatus,
    reviewedAt: activity.reviewedAt,
    reviewNote: activity.reviewNote,
    createdAt: activity.createdAt,
  };
}

export function toJpLedgerModel(ledger: JpLedger, evidenceUrl: (activity: ExternalActivityRecord) => string): JpLedgerModel {
  return {
    year: ledger.year,
    entries: ledger.entries.map((entry) => ({
      ...entry,
      source: entry.source as JpLedgerEntrySource,
      competencyType: entry.competencyType as CompetencyType,
      externalKind: entry.externalKind as ExternalActivityKind | null,
    })),
    totalsByCompetency: { teknis: ledger.totalsByCompetency.teknis, manajerial: ledger.totalsByCompetency.manajerial, sosialKultural: ledger.totalsByCompetency.sosial_kultural },
    totalJp: ledger.totalJp,
    targetJp: ledger.targetJp,
    percent: ledger.percent,
    missingJp: ledger.missingJp,
    pendingJp: ledger.pendingJp,
    pending: ledger.pending.map((activity) => toExternalActivityModel(activity, evidenceUrl(activity))),
  };
}

export const employmentTypeOf = (user: UserRecord) => user.employmentType as EmploymentType | null;
