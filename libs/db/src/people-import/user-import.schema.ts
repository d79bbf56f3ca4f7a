import { Schema, type Types } from 'mongoose';

export const USER_IMPORT_MODEL = 'UserImport';

export const userImportStatuses = ['queued', 'running', 'completed', 'failed'] as const;
export type UserImportStatus = (typeof userImportStatuses)[number];

/** One problem of one row; `field` is the personnel column at fault (`nip`, `fullName`, ...), null for the whole row. */
export interface UserImportProblemDocument {
  rowNumber: number;
  nip: string | null;
  field: string | null;
  messageId: string;
  messageEn: string;
}

export interface UserImportDocument {
  _id: Types.ObjectId;
  agencyId: Types.ObjectId;
  createdBy: Types.ObjectId;
  fileName: string;
  /** Relative to DATA_DIR, e.g. `imports/<id>.csv`. */
  storedFile: string;
  status: UserImportStatus;
  totalRows: number;
  processedRows: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Rows refused; a row can have several problems. */
  failed: number;
  /** In row order, at most MAX_STORED_IMPORT_PROBLEMS; the error report reads these. */
  problems: UserImportProblemDocument[];
  /**
   * The first few problems again, for screens. FerretDB v1 has no `$slice` projection, so lists
   * and status polls read this copy and leave the (up to megabyte-sized) `problems` out.
   */
  firstProblems: UserImportProblemDocument[];
  failureReason?: { id: string; en: string };
  createdAt: Date;
  updatedAt: Date;
  startedAt?: Date;
  finishedAt?: Date;
}

const problemSchema = new Schema<UserImportProblemDocument>(
  {
    rowNumber: { type: Number, required: true },
    nip: { type: String, default: null },
    field: { type: String, default: null },
    messageId: { type: String, required: true },
    messageEn: { type: String, required: true },
  },
  { _id: false },
);

// `id: false`: the reason's Indonesian text is stored under `id`, which Mongoose would otherwise claim as a virtual.
const localizedSchema = new Schema({ id: { type: String, required: true }, en: { type: String, required: true } }, { _id: false, id: false });

export const userImportSchema = new Schema<UserImportDocument>(
  {
    agencyId: { type: Schema.Types.ObjectId, required: true },
    createdBy: { type: Schema.Types.ObjectId, required: true },
    fileName: { type: String, required: true },
    storedFile: { type: String, required: true },
    status: { type: String, required: true, enum: userImportStatuses },
    totalRows: { type: Number, required: true, default: 0 },
    processedRows: { type: Number, required: true, default: 0 },
    created: { type: Number, required: true, default: 0 },
    updated: { type: Number, required: true, default: 0 },
    unchanged: { type: Number, required: true, default: 0 },
    failed: { type: Number, required: true, default: 0 },
    problems: { type: [problemSchema], default: [] },
    firstProblems: { type: [problemSchema], default: [] },
    failureReason: { type: localizedSchema },
    startedAt: { type: Date },
    finishedAt: { type: Date },
  },
  { collection: 'user_imports', timestamps: true },
);

// An agency's imports, newest first.
userImportSchema.index({ agencyId: 1, createdAt: -1 });
