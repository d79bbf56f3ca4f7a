import { createHash, randomBytes } from 'node:crypto';

/** A random token for a link or a cookie: 256 bits, URL-safe. */
export function newSecretToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Only this digest is stored, so a database leak yields no usable token. Tokens are random
 * and long, so a fast hash is enough (no salt or stretching needed, unlike passwords).
 */
export function digestToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
