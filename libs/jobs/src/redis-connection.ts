import { Logger } from '@nestjs/common';
import IORedis, { type RedisOptions } from 'ioredis';

export type RedisRole = 'producer' | 'worker' | 'health';

/**
 * A Redis connection that reports an outage in one line and its end in another, instead of
 * one stack trace per reconnect attempt.
 *
 * - producer: commands fail at once while Redis is down, so a request answers "queue
 *   unavailable" instead of hanging.
 * - worker: BullMQ workers need `maxRetriesPerRequest: null` and wait for Redis to return.
 */
export function createRedisConnection(url: string, role: RedisRole, timeoutMs: number): IORedis {
  const options: RedisOptions =
    role === 'worker'
      ? { maxRetriesPerRequest: null, enableReadyCheck: true }
      : { maxRetriesPerRequest: 1, enableOfflineQueue: false, commandTimeout: timeoutMs };
  const connection = new IORedis(url, {
    ...options,
    connectTimeout: timeoutMs,
    lazyConnect: false,
    retryStrategy: (attempt) => Math.min(attempt * 500, 5_000),
  });
  reportOutages(connection, url, role);
  return connection;
}

function reportOutages(connection: IORedis, url: string, role: RedisRole): void {
  const logger = new Logger(`Redis:${role}`);
  let down = false;
  connection.on('error', (error: Error) => {
    if (down) return;
    down = true;
    logger.warn(`Redis at ${redactRedisUrl(url)} is unreachable (${error.message}); retrying in the background`);
  });
  connection.on('ready', () => {
    if (!down) return;
    down = false;
    logger.log(`Redis at ${redactRedisUrl(url)} is reachable again`);
  });
}

export function redactRedisUrl(url: string): string {
  return url.replace(/\/\/[^@/]*@/, '//***@');
}

/** Waits until Redis answers PING; rejects with a one-line reason after `timeoutMs`. */
export async function waitForRedis(url: string, timeoutMs: number, log: (message: string) => void): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError = 'no answer';
  let told = false;
  const connection = new IORedis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    connectTimeout: 2_000,
    retryStrategy: () => null,
  });
  connection.on('error', (error: Error) => {
    lastError = error.message;
  });
  try {
    for (;;) {
      try {
        if (connection.status !== 'ready') await connection.connect();
        if ((await connection.ping()) === 'PONG') return;
      } catch (error) {
        lastError = error instanceof Error ? error.message : String(error);
      }
      if (Date.now() >= deadline) {
        throw new Error(`Redis at ${redactRedisUrl(url)} is not reachable (${lastError})`);
      }
      if (!told) log(`waiting for Redis at ${redactRedisUrl(url)} (${lastError})…`);
      told = true;
      connection.disconnect();
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  } finally {
    connection.disconnect();
  }
}

/** Deletes every key under a BullMQ prefix. Used by tests, each of which runs under a prefix of its own. */
export async function deleteQueueData(url: string, prefix: string): Promise<number> {
  const connection = new IORedis(url, { maxRetriesPerRequest: 1 });
  let deleted = 0;
  try {
    let cursor = '0';
    do {
      const [next, keys] = await connection.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      if (keys.length) deleted += await connection.del(...keys);
      cursor = next;
    } while (cursor !== '0');
    return deleted;
  } finally {
    connection.disconnect();
  }
}
