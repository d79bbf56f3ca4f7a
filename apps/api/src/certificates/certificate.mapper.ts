import { parseCertificateJson } from '@lentera/certificates';
import type { CertificateAuditRecord, CertificateRecord, CertificateTemplateRecord, SigningKeyRecord, TemplateImage } from '@lentera/db';
import type { CertificateAuditEntryModel, SigningKeyModel } from './certificate-admin.model';
import { toCertificateContent } from './certificate-content.model';
import { slotName } from './certificate-template-image.slot';
import { auditActions, certificateLanguages, certificateStatuses, pdfStatuses, signingKeyStatuses } from './certificate-enums';
import type { CertificateTemplateModel } from './certificate-template.model';
import type { CertificateModel } from './certificate.model';

/** What a certificate's view needs besides its record: the links the server makes (CertificateUrlSigner). */
export interface CertificateUrls {
  verifyUrl: string;
  /** Null unless the PDF is ready. */
  pdfUrl: string | null;
}

export function toCertificateModel(record: CertificateRecord, urls: CertificateUrls): CertificateModel {
  const data = record.signedJson ? parseCertificateJson(record.signedJson) : null;
  return {
    id: record.id,
    code: record.code,
    status: certificateStatuses[record.status],
    number: record.number,
    courseId: record.courseId,
    signedCourseTitle: record.courseTitle,
    userId: record.userId,
    signedParticipantName: record.participantName,
    jp: record.jp,
    issuedAt: record.issuedAt,
    revokedAt: record.revokedAt,
    revokeReason: record.revokeReason,
    replacesId: record.replacesId,
    replacedById: record.replacedById,
    content: data ? toCertificateContent(data) : null,
    pdfStatus: pdfStatuses[record.pdf.status],
    pdfUrl: urls.pdfUrl,
    verifyUrl: urls.verifyUrl,
  };
}

export function toSigningKeyModel(record: SigningKeyRecord): SigningKeyModel {
  return { keyId: record.keyId, status: signingKeyStatuses[record.status], activatedAt: record.activatedAt, retiredAt: record.retiredAt, publicKeyPem: record.publicKeyPem };
}

/** Makes the signed link of the image stored in a slot (`logo`, `background`, `signature-<n>`): CertificateTemplateImageUrlSigner. */
export type TemplateImageUrl = (slot: string, image: TemplateImage) => string;

export function toTemplateModel(record: CertificateTemplateRecord, sampleNumber: string, imageUrl: TemplateImageUrl): CertificateTemplateModel {
  const image = (slot: string, stored: TemplateImage | null) => (stored ? { contentType: stored.contentType, url: imageUrl(slot, stored) } : null);
  return {
    agencyId: record.agencyId,
    heading: record.heading,
    language: certificateLanguages[record.language],
    numberFormat: record.numberFormat,
    signatories: record.signatories.map((signatory, index) => ({
      name: signatory.name,
      title: signatory.title,
      nip: signatory.nip,
      signatureImage: image(slotName({ kind: 'signature', index }), signatory.signature),
    })),
    logo: image(slotName({ kind: 'logo' }), record.logo),
    background: image(slotName({ kind: 'background' }), record.background),
    updatedAt: record.updatedAt,
    sampleNumber,
  };
}

export function toAuditEntryModel(record: CertificateAuditRecord): CertificateAuditEntryModel {
  return {
    seq: record.seq,
    action: auditActions[record.action],
    certificateId: record.certificateId,
    number: record.details.number ?? null,
    actorId: record.actorId,
    reason: record.reason,
    at: record.at,
  };
}
