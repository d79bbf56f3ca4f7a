import { Inject, Injectable } from '@nestjs/common';
import {
  PUBLIC_CERTIFICATE_FILES,
  normalizeVerificationCode,
  openBadgeCredential,
  openBadgeJwt,
  openSigningKey,
  type OpenBadgeCredential,
  type PublicCertificateFile,
} from '@lentera/certificates';
import { APP_CONFIG, type AppConfig } from '@lentera/config';
import type { SigningKeyRecord } from '@lentera/db';
import { CertificateLookup, type FoundCertificate } from './certificate-lookup';
import { badgeOfRevokedCertificate, badgeOfUnverifiedCertificate, certificateNotFound, unknownCertificateFile } from './certificate-verification.errors';
import { VerificationThrottle } from './verification-throttle';

export interface CertificateFile {
  fileName: PublicCertificateFile;
  mediaType: string;
  body: Buffer;
}

/**
 * The files behind the verification page, for checking a certificate without trusting Lentera's
 * answer: the signed bytes, the signature and the public key (`openssl pkeyutl -verify`, see the
 * README), and the certificate as an Open Badges 3.0 credential (JSON and VC-JWT).
 * A revoked certificate keeps its evidence downloadable but is no longer offered as a badge.
 */
@Injectable()
export class CertificateEvidenceService {
  constructor(
    private readonly throttle: VerificationThrottle,
    private readonly lookup: CertificateLookup,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async file(code: string, fileName: string, address: string): Promise<CertificateFile> {
    await this.throttle.count(address);
    if (!isPublicCertificateFile(fileName)) throw unknownCertificateFile();
    const normalized = normalizeVerificationCode(code);
    const found = normalized ? await this.lookup.find(normalized) : null;
    if (!found) throw certificateNotFound();
    return { fileName, ...this.contentOf(found, fileName) };
  }

  private contentOf(found: FoundCertificate, fileName: PublicCertificateFile): Omit<CertificateFile, 'fileName'> {
    const { certificate, key } = found;
    switch (fileName) {
      case 'sertifikat.json':
        if (!certificate.signedJson) throw certificateNotFound();
        // The stored string is the signed bytes; nothing re-serializes it on the way out.
        return { mediaType: 'application/json; charset=utf-8', body: Buffer.from(certificate.signedJson, 'utf8') };
      case 'sertifikat.sig':
        if (!certificate.signature) throw certificateNotFound();
        return { mediaType: 'application/octet-stream', body: Buffer.from(certificate.signature, 'base64url') };
      case 'kunci-publik.pem':
        if (!key) throw certificateNotFound();
        return { mediaType: 'application/x-pem-file', body: Buffer.from(key.publicKeyPem, 'utf8') };
      case 'open-badge.json':
        return { mediaType: 'application/json; charset=utf-8', body: Buffer.from(JSON.stringify(this.badgeOf(found).credential, null, 2), 'utf8') };
      case 'open-badge.jwt': {
        // Signed with the key that signed the certificate (also when that key has been retired since),
        // so the badge and the paper name the same key.
        const { credential, signingKey } = this.badgeOf(found);
        const jwt = openBadgeJwt(credential, openSigningKey(signingKey, this.config.certificates.keySecret), signingKey.keyId);
        return { mediaType: 'application/jwt', body: Buffer.from(jwt, 'ascii') };
      }
    }
  }

  /** Only a certificate that is issued and verifies becomes a badge: Lentera must never sign data the agency did not. */
  private badgeOf(found: FoundCertificate): { credential: OpenBadgeCredential; signingKey: SigningKeyRecord } {
    if (found.certificate.status === 'revoked') throw badgeOfRevokedCertificate();
    if (!found.data || !found.key) throw badgeOfUnverifiedCertificate();
    return { credential: openBadgeCredential(found.data, this.config.publicUrl), signingKey: found.key };
  }
}

function isPublicCertificateFile(fileName: string): fileName is PublicCertificateFile {
  return (PUBLIC_CERTIFICATE_FILES as readonly string[]).includes(fileName);
}
