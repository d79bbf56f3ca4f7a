import { verify } from 'node:crypto';
import { parseCertificateJson, type CertificateData } from './certificate-data';
import { publicKeyOf } from './signing-key';

export type SignatureCheck = { valid: true; data: CertificateData } | { valid: false; reason: 'malformed' | 'wrong_key' | 'bad_signature' };

/**
 * Checks a stored certificate against the public key it names: the bytes must be Lentera's
 * canonical version-1 data, name this key and this code, and carry a good Ed25519 signature.
 * The same check `openssl pkeyutl -verify -rawin` makes on the downloaded files.
 */
export function checkCertificateSignature(
  stored: { code: string; signedJson: string; signature: string; keyId: string },
  key: { keyId: string; publicKeyPem: string },
): SignatureCheck {
  const data = parseCertificateJson(stored.signedJson);
  if (!data || data.code !== stored.code || data.keyId !== stored.keyId) return { valid: false, reason: 'malformed' };
  if (key.keyId !== data.keyId) return { valid: false, reason: 'wrong_key' };
  if (!/^[A-Za-z0-9_-]{86}$/.test(stored.signature)) return { valid: false, reason: 'bad_signature' };
  const good = verify(null, Buffer.from(stored.signedJson, 'utf8'), publicKeyOf(key), Buffer.from(stored.signature, 'base64url'));
  return good ? { valid: true, data } : { valid: false, reason: 'bad_signature' };
}
