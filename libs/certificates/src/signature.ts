import { sign, verify, type KeyObject } from 'node:crypto';
import { canonicalJson, type JsonValue } from './canonical-json';

/**
 * Ed25519 over the canonical JSON bytes. What is signed is exactly what a verifier downloads
 * (`signedBytes`), so `openssl pkeyutl -verify -rawin` checks it offline (see the README).
 */
export function signedBytes(data: JsonValue): Buffer {
  return Buffer.from(canonicalJson(data), 'utf8');
}

/** base64url signature of the data's canonical bytes. */
export function signData(data: JsonValue, privateKey: KeyObject): string {
  return sign(null, signedBytes(data), privateKey).toString('base64url');
}

/** False for a wrong key, altered data or a signature that is not one; never throws on bad input. */
export function verifyData(data: JsonValue, signature: string, publicKey: KeyObject): boolean {
  if (!/^[A-Za-z0-9_-]{86}$/.test(signature)) return false;
  try {
    return verify(null, signedBytes(data), publicKey, Buffer.from(signature, 'base64url'));
  } catch {
    return false;
  }
}
