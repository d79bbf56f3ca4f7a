import mongoose from 'mongoose';

const unavailableErrorNames = new Set([
  'MongooseServerSelectionError',
  'MongoServerSelectionError',
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoNotConnectedError',
  'MongoTopologyClosedError',
]);

/** True for errors that mean "MongoDB cannot be reached", as opposed to a bad query. */
export function isDatabaseUnavailableError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (unavailableErrorNames.has(error.name)) return true;
  // bufferCommands is off, so an operation while disconnected fails with this message.
  if (error instanceof mongoose.Error && /before initial connection is complete/.test(error.message)) return true;
  // FerretDB on SQLite (dev and tests) gives up on a write that waited busy_timeout for another
  // writer; like an unreachable server it is worth a retry, not a bug report.
  return /database is locked \(5\) \(SQLITE_BUSY\)/.test(error.message);
}

/** MongoDB's duplicate-key error: with a unique index, "already done". */
export function isDuplicateKeyError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  if ((error as { code?: unknown }).code === 11000) return true;
  // FerretDB v1 on SQLite reports an update that breaks a unique index as an internal error with
  // SQLite's message (inserts get 11000): the same fact, so the same answer.
  return error instanceof Error && /UNIQUE constraint failed: index /.test(error.message);
}

export function isValidId(id: string): boolean {
  return mongoose.isObjectIdOrHexString(id) && /^[0-9a-f]{24}$/i.test(id);
}
