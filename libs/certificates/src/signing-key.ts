import { createCipheriv, createDecipheriv, createHash, createPrivateKey, createPublicKey, generateKeyPairSync, hkdfSync, randomBytes, type KeyObject } from 'node:crypto';

/**
 * An agency's Ed25519 signing key as stored: the public half in the clear (anyone verifies with
 * it), the private half sealed with AES-256-GCM under a key derived from the server's secret.
 * `keyId` names the key in every certificate it signed, so a rotated (retired) key still
 * verifies what it signed.
 */
export interface StoredSigningKey {
  keyId: string;
  publicKeyPem: string;
  sealedPrivateKey: SealedSecret;
}

export interface SealedSecret {
  /** base64 of iv (12 bytes) ‖ ciphertext ‖ GCM tag (16 bytes). */
  sealed: string;
  /** Which derivation of the server secret sealed it (bumped if the derivation ever changes); checked when opened. */
  scheme: string;
}

const SCHEME = 'aes-256-gcm/hkdf-sha256/v1' as const;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HKDF_SALT = 'lentera/certificate-signing-keys';

/** A new key pair for an agency, its private half sealed under `serverSecret`. */
export function generateSigningKey(serverSecret: string): StoredSigningKey {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const keyId = signingKeyId(publicKey);
  const privatePem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
  return {
    keyId,
    publicKeyPem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
    sealedPrivateKey: sealSecret(Buffer.from(privatePem), serverSecret, keyId),
  };
}

/** The private key, unsealed; throws when the secret is not the one that sealed it or the data was altered. */
export function openSigningKey(stored: StoredSigningKey, serverSecret: string): KeyObject {
  return createPrivateKey(openSecret(stored.sealedPrivateKey, serverSecret, stored.keyId));
}

export function publicKeyOf(stored: Pick<StoredSigningKey, 'publicKeyPem'>): KeyObject {
  return createPublicKey(stored.publicKeyPem);
}

/** base64url of the first 16 bytes of SHA-256 over the raw 32-byte public key: short, and bound to the key. */
export function signingKeyId(publicKey: KeyObject): string {
  const raw = publicKey.export({ format: 'jwk' }).x;
  if (typeof raw !== 'string') throw new TypeError('not an Ed25519 public key');
  return createHash('sha256').update(Buffer.from(raw, 'base64url')).digest().subarray(0, 16).toString('base64url');
}

/** `context` (the key id) is bound as associated data: a sealed key moved to another id does not open. */
export function sealSecret(plain: Buffer, serverSecret: string, context: string): SealedSecret {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', sealingKey(serverSecret), iv);
  cipher.setAAD(Buffer.from(context));
  const ciphertext = Buffer.concat([cipher.update(plain), cipher.final()]);
  return { sealed: Buffer.concat([iv, ciphertext, cipher.getAuthTag()]).toString('base64'), scheme: SCHEME };
}

export function openSecret(secret: SealedSecret, serverSecret: string, context: string): Buffer {
  if (secret.scheme !== SCHEME) throw new Error(`unknown sealing scheme ${String(secret.scheme)}`);
  const bytes = Buffer.from(secret.sealed, 'base64');
  if (bytes.length < IV_BYTES + TAG_BYTES) throw new Error('sealed secret is too short');
  const decipher = createDecipheriv('aes-256-gcm', sealingKey(serverSecret), bytes.subarray(0, IV_BYTES));
  decipher.setAAD(Buffer.from(context));
  decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
  return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES)), decipher.final()]);
}

function sealingKey(serverSecret: string): Buffer {
  if (serverSecret.length < 32) throw new Error('the certificate key secret must be at least 32 characters');
  return Buffer.from(hkdfSync('sha256', serverSecret, HKDF_SALT, 'seal agency signing keys', 32));
}
