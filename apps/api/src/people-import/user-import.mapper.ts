import { personnelColumnLabel } from '@lentera/asn';
import type { UserImportProblemRecord, UserImportRecord, UserImportStatus as StoredStatus } from '@lentera/db';
import { UserImportStatus, type UserImportModel, type UserImportProblemModel } from './user-import.model';

const statuses: Record<StoredStatus, UserImportStatus> = {
  queued: UserImportStatus.QUEUED,
  running: UserImportStatus.RUNNING,
  completed: UserImportStatus.COMPLETED,
  failed: UserImportStatus.FAILED,
};

export function errorReportPath(importId: string): string {
  return `/imports/users/${importId}/errors.csv`;
}

export function toUserImportModel(record: UserImportRecord): UserImportModel {
  return {
    id: record.id,
    agencyId: record.agencyId,
    fileName: record.fileName,
    status: statuses[record.status],
    totalRows: record.totalRows,
    processedRows: record.processedRows,
    created: record.created,
    updated: record.updated,
    unchanged: record.unchanged,
    failed: record.failed,
    firstProblems: record.firstProblems.map(toUserImportProblemModel),
    errorReportUrl: record.failed > 0 ? errorReportPath(record.id) : null,
    createdAt: record.createdAt,
    finishedAt: record.finishedAt,
    failureReason: record.failureReason?.id ?? null,
  };
}

function toUserImportProblemModel(problem: UserImportProblemRecord): UserImportProblemModel {
  return {
    rowNumber: problem.rowNumber,
    nip: problem.nip,
    field: problem.field ? personnelColumnLabel(problem.field) : null,
    message: problem.message.id,
    messageEn: problem.message.en,
  };
}
