import { isIPv4, isIPv6 } from 'node:net';
import { Inject, Injectable } from '@nestjs/common';
import { ServiceUnavailableError } from '@lentera/errors';
import { QUEUE_PREFIX, REDIS_CONNECTION, type RedisClient } from '@lentera/jobs';
import { tooManyLookups } from './certificate-verification.errors';

/**
 * The public verification page is rate-limited (issue 7): 60 lookups per 10 minutes from one
 * address, counted together over GraphQL and the REST downloads, in a fixed window that starts
 * with the first lookup (a Redis counter that expires, like the sign-in throttle's). Codes are
 * 130 random bits, so this is not what stops guessing; it keeps one client from scraping or
 * loading the page's signature checks without end.
 */
export const LOOKUP_LIMIT = 60;
export const LOOKUP_WINDOW_SECONDS = 10 * 60;

@Injectable()
export class VerificationThrottle {
  constructor(
    @Inject(REDIS_CONNECTION) private readonly redis: RedisClient,
    @Inject(QUEUE_PREFIX) private readonly prefix: string,
  ) {}

  /** Counts one lookup from `address`; TOO_MANY_REQUESTS (with the seconds to wait) past the limit. */
  async count(address: string): Promise<void> {
    const key = `${this.prefix}:certificate-verification:${addressBucket(address)}`;
    const { lookups, secondsLeft } = await this.increment(key);
    if (lookups > LOOKUP_LIMIT) throw tooManyLookups(secondsLeft);
  }

  // Without Redis nothing can be counted: the page answers SERVICE_UNAVAILABLE rather than unlimited lookups.
  private async increment(key: string): Promise<{ lookups: number; secondsLeft: number }> {
    let replies: [Error | null, unknown][] | null;
    try {
      replies = await this.redis.multi().incr(key).expire(key, LOOKUP_WINDOW_SECONDS, 'NX').ttl(key).exec();
    } catch (error) {
      throw new ServiceUnavailableError('redis', error);
    }
    const failed = replies?.find(([error]) => error)?.[0];
    if (!replies || failed) throw new ServiceUnavailableError('redis', failed);
    const ttl = Number(replies[2][1]);
    return { lookups: Number(replies[0][1]), secondsLeft: ttl > 0 ? ttl : LOOKUP_WINDOW_SECONDS };
  }
}

/**
 * The bucket an address counts in: an IPv4 address as it is (also when it arrives IPv4-mapped,
 * `::ffff:203.0.113.7`), an IPv6 address by its /64, since one subscriber usually holds a whole
 * /64 and could otherwise take a fresh address for every lookup.
 */
export function addressBucket(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped && isIPv4(mapped)) return mapped;
  if (!isIPv6(address)) return address;
  return `${expandIPv6(address).slice(0, 4).join(':')}::/64`;
}

/** The groups of an IPv6 address with `::` filled in (an embedded IPv4 tail counts as two); a zone (`%eth0`) is dropped. */
function expandIPv6(address: string): string[] {
  const [head, tail] = address.split('%')[0].toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const width = (groups: string[]) => groups.reduce((sum, group) => sum + (group.includes('.') ? 2 : 1), 0);
  const zeros = Array.from({ length: Math.max(0, 8 - width(left) - width(right)) }, () => '0');
  return [...left, ...zeros, ...right].map((group) => (group.includes('.') ? group : parseInt(group, 16).toString(16)));
}
