import { Injectable } from '@nestjs/common';
import { checkCertificateSignature, type CertificateData } from '@lentera/certificates';
import { CertificateRepository, SigningKeyRepository, type CertificateRecord, type SigningKeyRecord } from '@lentera/db';

/** A certificate that anyone may look up: issued or revoked (a pending one is not a certificate yet). */
export interface FoundCertificate {
  certificate: CertificateRecord;
  /** The key the certificate names, when it is one of its agency's keys. */
  key: SigningKeyRecord | null;
  /** The signed data when the signature checks out with that key; null when it does not. */
  data: CertificateData | null;
}

/** Finds a certificate by its verification code and checks its signature, for the page and the downloads alike. */
@Injectable()
export class CertificateLookup {
  constructor(
    private readonly certificates: CertificateRepository,
    private readonly keys: SigningKeyRepository,
  ) {}

  /** `code` in its stored form. Null for an unknown code and a pending certificate alike: the answer must not tell them apart. */
  async find(code: string): Promise<FoundCertificate | null> {
    const certificate = await this.certificates.findByCode(code);
    if (!certificate || certificate.status === 'pending') return null;
    const named = certificate.keyId ? await this.keys.findByKeyId(certificate.keyId) : null;
    // Key ids are global; a key of another agency must not vouch for this agency's certificate.
    const key = named?.agencyId === certificate.agencyId ? named : null;
    return { certificate, key, data: signedData(certificate, key) };
  }
}

function signedData(certificate: CertificateRecord, key: SigningKeyRecord | null): CertificateData | null {
  const { code, signedJson, signature, keyId } = certificate;
  if (!key || !signedJson || !signature || !keyId) return null;
  try {
    const check = checkCertificateSignature({ code, signedJson, signature, keyId }, key);
    return check.valid && check.data.issuer.agencyId === certificate.agencyId ? check.data : null;
  } catch {
    // A stored public key that does not parse verifies nothing.
    return null;
  }
}
