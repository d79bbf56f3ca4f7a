import { publicCertificateFileUrl, type PublicCertificateFile } from '@lentera/certificates';
import { toCertificateContent } from '../certificates/certificate-content.model';
import { signingKeyStatuses } from '../certificates/certificate-enums';
import type { FoundCertificate } from './certificate-lookup';
import { CertificateVerdict, type CertificateVerificationModel } from './certificate-verification.model';

/** Input far too long to be a code is not echoed back whole (in characters). */
const MAX_ECHOED_LENGTH = 64;

/** No certificate behind the code: nothing but the verdict and the code. */
export function unknownVerification(code: string): CertificateVerificationModel {
  return {
    verdict: CertificateVerdict.UNKNOWN,
    // By code points, so a cut never splits a character.
    code: Array.from(code.trim()).slice(0, MAX_ECHOED_LENGTH).join(''),
    content: null,
    revokedAt: null,
    revokeReason: null,
    replacedByNumber: null,
    keyId: null,
    keyStatus: null,
    dataUrl: null,
    signatureUrl: null,
    publicKeyUrl: null,
    openBadgeUrl: null,
  };
}

/**
 * A found certificate as the page shows it. The verdict comes from the signature first: data that
 * fails its check is INVALID_SIGNATURE whatever its status says, and its content is not shown
 * (it is not what the agency signed). Revocation is the live status, not part of the signed data.
 */
export function toVerification(found: FoundCertificate, replacedByNumber: string | null, publicUrl: string): CertificateVerificationModel {
  const { certificate, key, data } = found;
  const verdict = !data ? CertificateVerdict.INVALID_SIGNATURE : certificate.status === 'revoked' ? CertificateVerdict.REVOKED : CertificateVerdict.VALID;
  const url = (file: PublicCertificateFile) => publicCertificateFileUrl(publicUrl, certificate.code, file);
  const signed = Boolean(certificate.signedJson && certificate.signature);
  return {
    verdict,
    code: certificate.code,
    content: data ? toCertificateContent(data) : null,
    revokedAt: certificate.revokedAt,
    revokeReason: certificate.revokeReason,
    replacedByNumber,
    keyId: certificate.keyId,
    keyStatus: key ? signingKeyStatuses[key.status] : null,
    // The evidence stays downloadable for a revoked or failing certificate: it is what shows why.
    dataUrl: signed ? url('sertifikat.json') : null,
    signatureUrl: signed ? url('sertifikat.sig') : null,
    publicKeyUrl: key ? url('kunci-publik.pem') : null,
    openBadgeUrl: verdict === CertificateVerdict.VALID ? url('open-badge.json') : null,
  };
}
