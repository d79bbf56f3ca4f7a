import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { QUEUE_PREFIX, REDIS_CONNECTION, type RedisClient } from '@lentera/jobs';
import { ServiceUnavailableError } from '@lentera/errors';

/**
 * Failed sign-in counters in Redis, in three buckets:
 * - one identifier from one address: 5 failures, then a lock that doubles from 1 minute up
 *   to 15 minutes. This is what stops guessing a password.
 * - one identifier from anywhere: 50 failures an hour lock it for 15 minutes, to slow a
 *   spread-out attack. An attacker can at worst keep a person waiting 15 minutes at a time,
 *   never locked out for good, and the person's own address stays under its own bucket.
 * - one address: 100 failures in 15 minutes lock that address for 15 minutes.
 * Identifiers are hashed and counted whether or not the account exists, so the answer
 * never tells a stranger which accounts are real.
 */
const rules = {
  identifierAtAddress: { limit: 5, windowSeconds: 15 * 60 },
  identifier: { limit: 50, windowSeconds: 3600 },
  address: { limit: 100, windowSeconds: 15 * 60 },
} as const;
const MAX_LOCK_SECONDS = 15 * 60;

@Injectable()
export class LoginThrottle {
  constructor(
    @Inject(REDIS_CONNECTION) private readonly redis: RedisClient,
    @Inject(QUEUE_PREFIX) private readonly prefix: string,
  ) {}

  /** Seconds until `identifier` may try again from `address`; 0 when it may try now. */
  async retryAfter(identifier: string, address: string): Promise<number> {
    const keys = this.keys(identifier, address);
    const ttls = await this.run(() => Promise.all([keys.identifierAtAddress, keys.identifier, keys.address].map((key) => this.redis.pttl(`${key}:lock`))));
    return Math.ceil(Math.max(0, ...ttls) / 1000);
  }

  async recordFailure(identifier: string, address: string): Promise<void> {
    const keys = this.keys(identifier, address);
    await this.run(async () => {
      for (const [bucket, rule] of Object.entries(rules) as Array<[keyof typeof rules, (typeof rules)[keyof typeof rules]]>) {
        const key = keys[bucket];
        const [[, failures]] = (await this.redis.multi().incr(`${key}:failures`).expire(`${key}:failures`, rule.windowSeconds, 'NX').exec()) as [[null, number]];
        if (failures < rule.limit) continue;
        const lockSeconds = bucket === 'identifierAtAddress' ? Math.min(60 * 2 ** (failures - rule.limit), MAX_LOCK_SECONDS) : MAX_LOCK_SECONDS;
        await this.redis.set(`${key}:lock`, '1', 'EX', lockSeconds);
      }
    });
  }

  /** A correct password clears that identifier's own counters (not the address's). */
  async recordSuccess(identifier: string, address: string): Promise<void> {
    const keys = this.keys(identifier, address);
    await this.run(() => this.redis.del(`${keys.identifierAtAddress}:failures`, `${keys.identifierAtAddress}:lock`));
  }

  private keys(identifier: string, address: string): Record<keyof typeof rules, string> {
    const id = createHash('sha256').update(identifier.trim().toLowerCase()).digest('hex').slice(0, 32);
    const base = `${this.prefix}:login-throttle`;
    return {
      identifierAtAddress: `${base}:id-addr:${id}:${address}`,
      identifier: `${base}:id:${id}`,
      address: `${base}:addr:${address}`,
    };
  }

  // Without Redis we cannot count failures, so sign-in stops rather than allowing unlimited guesses.
  private async run<T>(operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      throw new ServiceUnavailableError('redis', error);
    }
  }
}
