import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { LocalizedMessage } from '@lentera/errors';
import { Types, type Model } from 'mongoose';
import { grantAgencyScope, type AgencyScope } from '../tenancy/agency-scope';
import { USER_IMPORT_MODEL, type UserImportDocument, type UserImportProblemDocument, type UserImportStatus } from './user-import.schema';

/** A 10,000-row file with a problem in every row stays well under MongoDB's 16 MB document limit. */
export const MAX_STORED_IMPORT_PROBLEMS = 5_000;
/** What screens can ask for (`problems(first:)`); the error report has them all. */
export const FIRST_IMPORT_PROBLEMS = 50;

export interface UserImportCounts {
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
}

export interface UserImportProblemRecord {
  rowNumber: number;
  nip: string | null;
  /** The personnel column at fault (`nip`, `fullName`, `email`, ...); null when the whole row is. */
  field: string | null;
  message: LocalizedMessage;
}

export interface UserImportRecord extends UserImportCounts {
  id: string;
  agencyId: string;
  createdBy: string;
  fileName: string;
  storedFile: string;
  status: UserImportStatus;
  totalRows: number;
  processedRows: number;
  firstProblems: UserImportProblemRecord[];
  failureReason: LocalizedMessage | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
}

export interface NewUserImport {
  /** From `allocateId()`: the stored file is named after the import before the record exists. */
  id: string;
  createdBy: string;
  fileName: string;
  storedFile: string;
  totalRows: number;
}

export interface UserImportProgress extends UserImportCounts {
  processedRows: number;
}

/** An import the worker may process: it was authorized for its agency when the API created it. */
export interface ImportForProcessing {
  userImport: UserImportRecord;
  scope: AgencyScope;
}

// Lists and status polls never load the full problem list (see firstProblems in the schema).
const withoutProblems = { problems: 0 } as const;

@Injectable()
export class UserImportRepository {
  constructor(@InjectModel(USER_IMPORT_MODEL) private readonly imports: Model<UserImportDocument>) {}

  allocateId(): string {
    return new Types.ObjectId().toHexString();
  }

  async create(scope: AgencyScope, userImport: NewUserImport): Promise<UserImportRecord> {
    const document = await this.imports.create({
      _id: new Types.ObjectId(userImport.id),
      agencyId: new Types.ObjectId(scope.agencyId),
      createdBy: new Types.ObjectId(userImport.createdBy),
      fileName: userImport.fileName,
      storedFile: userImport.storedFile,
      status: 'queued',
      totalRows: userImport.totalRows,
    });
    return toUserImportRecord(document.toObject());
  }

  /** Only which agency owns an import, so the caller can be checked before anything private is read. */
  async findAgencyIdOf(importId: string): Promise<string | null> {
    const document = await this.imports.findById(importId, { agencyId: 1 }).lean<Pick<UserImportDocument, 'agencyId'>>();
    return document ? document.agencyId.toHexString() : null;
  }

  async findInAgency(scope: AgencyScope, importId: string): Promise<UserImportRecord | null> {
    const document = await this.imports.findOne(inAgency(scope, importId), withoutProblems).lean<UserImportDocument>();
    return document ? toUserImportRecord(document) : null;
  }

  /** Newest first. */
  async listInAgency(scope: AgencyScope, limit: number): Promise<UserImportRecord[]> {
    const documents = await this.imports
      .find({ agencyId: new Types.ObjectId(scope.agencyId) }, withoutProblems)
      .sort({ createdAt: -1, _id: -1 })
      .limit(limit)
      .lean<UserImportDocument[]>();
    return documents.map(toUserImportRecord);
  }

  /** Every stored problem, in row order; null when the import is not in the scoped agency. */
  async findProblems(scope: AgencyScope, importId: string): Promise<UserImportProblemRecord[] | null> {
    const document = await this.imports.findOne(inAgency(scope, importId), { problems: 1 }).lean<Pick<UserImportDocument, 'problems'>>();
    return document ? document.problems.map(toProblemRecord) : null;
  }

  /** The API could not hand the import to the worker (queue down): it will never run. */
  async abandon(scope: AgencyScope, importId: string, reason: LocalizedMessage): Promise<void> {
    await this.imports.updateOne(inAgency(scope, importId), { $set: failedFields(reason) });
  }

  // Worker side. The job payload carries only the import id; the record names its agency.

  /** For the worker only: loads an import by id, with the scope of the agency it was authorized for. */
  async findForProcessing(importId: string): Promise<ImportForProcessing | null> {
    const document = await this.imports.findById(importId, withoutProblems).lean<UserImportDocument>();
    if (!document) return null;
    const userImport = toUserImportRecord(document);
    return { userImport, scope: grantAgencyScope(userImport.agencyId) };
  }

  /** A run starts from zero: a worker killed mid-file processes the whole file again (the writes are idempotent). */
  async startRun(importId: string, totalRows: number): Promise<void> {
    await this.imports.updateOne(
      { _id: importId },
      {
        $set: {
          status: 'running',
          startedAt: new Date(),
          totalRows,
          processedRows: 0,
          created: 0,
          updated: 0,
          unchanged: 0,
          failed: 0,
          problems: [],
          firstProblems: [],
        },
      },
    );
  }

  async saveProgress(importId: string, progress: UserImportProgress): Promise<void> {
    await this.imports.updateOne({ _id: importId }, { $set: progress });
  }

  /** Problems known so far (e.g. the rows the file check refused), so the report is useful while the run goes on. */
  async saveProblems(importId: string, problems: readonly UserImportProblemRecord[]): Promise<void> {
    await this.imports.updateOne({ _id: importId }, { $set: problemFields(problems) });
  }

  async complete(importId: string, progress: UserImportProgress, problems: readonly UserImportProblemRecord[]): Promise<void> {
    await this.imports.updateOne(
      { _id: importId },
      { $set: { ...progress, ...problemFields(problems), status: 'completed', finishedAt: new Date() } },
    );
  }

  async markFailed(importId: string, reason: LocalizedMessage): Promise<void> {
    await this.imports.updateOne({ _id: importId }, { $set: failedFields(reason) });
  }
}

function inAgency(scope: AgencyScope, importId: string) {
  return { _id: new Types.ObjectId(importId), agencyId: new Types.ObjectId(scope.agencyId) };
}

function failedFields(reason: LocalizedMessage) {
  return { status: 'failed', failureReason: { id: reason.id, en: reason.en }, finishedAt: new Date() };
}

function problemFields(problems: readonly UserImportProblemRecord[]) {
  const stored = problems.slice(0, MAX_STORED_IMPORT_PROBLEMS).map(toProblemDocument);
  return { problems: stored, firstProblems: stored.slice(0, FIRST_IMPORT_PROBLEMS) };
}

function toProblemDocument(problem: UserImportProblemRecord): UserImportProblemDocument {
  return {
    rowNumber: problem.rowNumber,
    nip: problem.nip,
    field: problem.field,
    messageId: problem.message.id,
    messageEn: problem.message.en,
  };
}

function toProblemRecord(problem: UserImportProblemDocument): UserImportProblemRecord {
  return {
    rowNumber: problem.rowNumber,
    nip: problem.nip ?? null,
    field: problem.field ?? null,
    message: { id: problem.messageId, en: problem.messageEn },
  };
}

function toUserImportRecord(document: UserImportDocument): UserImportRecord {
  return {
    id: document._id.toHexString(),
    agencyId: document.agencyId.toHexString(),
    createdBy: document.createdBy.toHexString(),
    fileName: document.fileName,
    storedFile: document.storedFile,
    status: document.status,
    totalRows: document.totalRows,
    processedRows: document.processedRows,
    created: document.created,
    updated: document.updated,
    unchanged: document.unchanged,
    failed: document.failed,
    firstProblems: (document.firstProblems ?? []).map(toProblemRecord),
    failureReason: document.failureReason ? { id: document.failureReason.id, en: document.failureReason.en } : null,
    createdAt: document.createdAt,
    startedAt: document.startedAt ?? null,
    finishedAt: document.finishedAt ?? null,
  };
}
