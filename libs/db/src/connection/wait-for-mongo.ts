import mongoose from 'mongoose';

export interface WaitLog {
  (message: string): void;
}

/**
 * Waits until MongoDB answers at `uri`, retrying every second, and tells the person at
 * the terminal what it waits for. Rejects with a one-line reason after `timeoutMs`.
 */
export async function waitForMongo(uri: string, timeoutMs: number, log: WaitLog): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 1; ; attempt += 1) {
    const remaining = Math.max(deadline - Date.now(), 500);
    const connection = mongoose.createConnection(uri, {
      serverSelectionTimeoutMS: Math.min(remaining, 3_000),
      bufferCommands: false,
    });
    try {
      await connection.asPromise();
      await connection.db?.command({ ping: 1 });
      return;
    } catch (error) {
      const reason = describeConnectionError(error);
      if (Date.now() >= deadline) {
        throw new Error(`MongoDB at ${redactUri(uri)} is not reachable (${reason})`, { cause: error });
      }
      if (attempt === 1) log(`waiting for MongoDB at ${redactUri(uri)} (${reason})…`);
      await sleep(1_000);
    } finally {
      await connection.close().catch(() => undefined);
    }
  }
}

export function redactUri(uri: string): string {
  return uri.replace(/\/\/[^@/]*@/, '//***@');
}

function describeConnectionError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0].slice(0, 200);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Drops the database named in `uri`. Used by tests, each of which runs in a database of its own. */
export async function dropDatabaseAt(uri: string): Promise<void> {
  const connection = await mongoose.createConnection(uri, { serverSelectionTimeoutMS: 5_000 }).asPromise();
  try {
    await connection.dropDatabase();
  } finally {
    await connection.close();
  }
}
