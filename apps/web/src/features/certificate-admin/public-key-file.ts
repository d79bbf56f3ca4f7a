import { saveBlob } from '../../lib/download-file';

/** `kunci-publik-<keyId>.pem`: the verification page's `kunci-publik.pem`, named after the key so an agency's keys do not overwrite each other. */
export function publicKeyFileName(keyId: string): string {
  return `kunci-publik-${keyId.replace(/[^A-Za-z0-9_-]/g, '_')}.pem`;
}

/** Hands the public key to the browser as a `.pem` file. */
export function downloadPublicKey(key: { keyId: string; publicKeyPem: string }): void {
  saveBlob(new Blob([key.publicKeyPem], { type: 'application/x-pem-file' }), publicKeyFileName(key.keyId));
}
