import { jakartaDate } from '@lentera/asn';
import type { JsonValue } from './canonical-json';
import { canonicalJson } from './canonical-json';

/**
 * What a certificate says, exactly as it is signed (version 1). Every field of an Indonesian
 * training certificate is here, so the verification page and an offline check show the same
 * thing as the PDF. Dates are calendar dates in Asia/Jakarta (WIB), as the paper shows them;
 * `issuedAt` is the exact instant. Status (revoked or not) is deliberately not signed: it changes
 * after signing and is answered live by the verification page.
 */
export interface CertificateData {
  type: 'LenteraCertificate';
  v: 1;
  code: string;
  number: string;
  issuer: { agencyId: string; code: string; name: string };
  course: { id: string; title: string; jp: number; competencyType: string };
  participant: {
    name: string;
    nip: string | null;
    rankGrade: string | null;
    position: string | null;
    workUnit: string | null;
    agencyOfOrigin: string | null;
  };
  period: { start: string; end: string };
  issuedAt: string;
  signatories: { name: string; title: string; nip: string | null }[];
  /** The number of the certificate this one replaces (a re-issue), else null. */
  replaces: string | null;
  keyId: string;
  verifyUrl: string;
}

export interface CertificateFacts {
  code: string;
  number: string;
  issuer: CertificateData['issuer'];
  course: CertificateData['course'];
  participant: CertificateData['participant'];
  period: { start: Date; end: Date };
  issuedAt: Date;
  signatories: CertificateData['signatories'];
  replaces: string | null;
  keyId: string;
  /** Lentera's public address, without a trailing slash. */
  publicUrl: string;
}

/** The public page a certificate's QR code opens. */
export function verificationUrl(publicUrl: string, code: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/verifikasi/${code}`;
}

export function certificateData(facts: CertificateFacts): CertificateData {
  return {
    type: 'LenteraCertificate',
    v: 1,
    code: facts.code,
    number: facts.number,
    issuer: { ...facts.issuer },
    course: { ...facts.course },
    participant: { ...facts.participant },
    period: { start: jakartaDate(facts.period.start), end: jakartaDate(facts.period.end) },
    issuedAt: facts.issuedAt.toISOString(),
    signatories: facts.signatories.map((signatory) => ({ ...signatory })),
    replaces: facts.replaces,
    keyId: facts.keyId,
    verifyUrl: verificationUrl(facts.publicUrl, facts.code),
  };
}

/** The signed bytes as stored: canonical JSON of the data. */
export function certificateJson(data: CertificateData): string {
  return canonicalJson(data as unknown as JsonValue);
}

/**
 * The stored signed JSON read back, or null when it is not what Lentera signs: not JSON, not in
 * canonical form (the bytes were rewritten), or not a version-1 certificate.
 */
export function parseCertificateJson(json: string): CertificateData | null {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  if (!isRecord(value) || value.type !== 'LenteraCertificate' || value.v !== 1) return null;
  try {
    if (canonicalJson(value as JsonValue) !== json) return null;
  } catch {
    return null;
  }
  return value as unknown as CertificateData;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
