import { randomBytes } from 'node:crypto';
import { loadConfig, type AppConfig } from '@lentera/config';
import { dropDatabaseAt } from '@lentera/db';
import { deleteQueueData } from '@lentera/jobs';

/**
 * A configuration of its own for one test file: a database and a queue prefix nobody else
 * uses, on the MongoDB (FerretDB) and Redis that `npm test` started. `cleanup()` removes both.
 */
export interface IsolatedConfig {
  config: AppConfig;
  cleanup(): Promise<void>;
}

export function isolatedConfig(label: string, overrides: Record<string, string> = {}): IsolatedConfig {
  const base = loadConfig({ ...process.env, ...overrides });
  const name = `t_${label.replace(/[^a-z0-9]/gi, '_').slice(0, 20)}_${randomBytes(4).toString('hex')}`;
  const config: AppConfig = {
    ...base,
    env: 'test',
    mongodbUri: withDatabase(base.mongodbUri, name),
    queuePrefix: name,
    seedDemo: overrides.SEED_DEMO === 'true',
    // Request lines and seed messages would bury the test report; warnings still show.
    log: { ...base.log, level: process.env.LOG_LEVEL ? base.log.level : 'warn' },
  };
  return {
    config,
    cleanup: async () => {
      await Promise.all([dropDatabaseAt(config.mongodbUri), deleteQueueData(config.redisUrl, config.queuePrefix)]);
    },
  };
}

/** Replaces the database name in a mongodb:// URI, keeping host and options. */
export function withDatabase(uri: string, database: string): string {
  const url = new URL(uri);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Polls `read` until `accept` says yes, or fails with `what` after `timeoutMs`. */
export async function eventually<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  what: string,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      last = await read();
      if (accept(last)) return last;
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`timed out waiting for ${what}; last value ${JSON.stringify(last)}${lastError ? `, last error ${String(lastError)}` : ''}`);
}
