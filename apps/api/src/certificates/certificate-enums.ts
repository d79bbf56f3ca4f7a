import { registerEnumType } from '@nestjs/graphql';
import type {
  CertificateAuditAction as StoredCertificateAuditAction,
  CertificateLanguage as StoredCertificateLanguage,
  CertificateStatus as StoredCertificateStatus,
  PdfStatus as StoredPdfStatus,
  SigningKeyStatus as StoredSigningKeyStatus,
} from '@lentera/db';

// GraphQL enum names are the upper-case form of the stored values. The records below are
// complete, so a value added to the database enums fails to compile until it is mapped here.

export enum CertificateStatus {
  PENDING = 'pending',
  ISSUED = 'issued',
  REVOKED = 'revoked',
}
registerEnumType(CertificateStatus, { name: 'CertificateStatus', description: 'PENDING until the worker numbers and signs it' });

export enum CertificatePdfStatus {
  PENDING = 'pending',
  READY = 'ready',
  FAILED = 'failed',
}
registerEnumType(CertificatePdfStatus, { name: 'CertificatePdfStatus' });

export enum CertificateLanguage {
  ID = 'id',
  EN = 'en',
  BILINGUAL = 'bilingual',
}
registerEnumType(CertificateLanguage, { name: 'CertificateLanguage', description: 'The language the PDF is printed in' });

export enum SigningKeyStatus {
  ACTIVE = 'active',
  RETIRED = 'retired',
}
registerEnumType(SigningKeyStatus, { name: 'SigningKeyStatus', description: 'A retired key signs nothing new and still verifies what it signed' });

export enum CertificateAuditAction {
  ISSUED = 'issued',
  REVOKED = 'revoked',
  REISSUED = 'reissued',
  KEY_CREATED = 'key_created',
  KEY_ROTATED = 'key_rotated',
  TEMPLATE_CHANGED = 'template_changed',
}
registerEnumType(CertificateAuditAction, { name: 'CertificateAuditAction' });

export const certificateStatuses: Record<StoredCertificateStatus, CertificateStatus> = {
  pending: CertificateStatus.PENDING,
  issued: CertificateStatus.ISSUED,
  revoked: CertificateStatus.REVOKED,
};

export const storedCertificateStatuses: Record<CertificateStatus, StoredCertificateStatus> = {
  [CertificateStatus.PENDING]: 'pending',
  [CertificateStatus.ISSUED]: 'issued',
  [CertificateStatus.REVOKED]: 'revoked',
};

export const storedCertificateLanguages: Record<CertificateLanguage, StoredCertificateLanguage> = {
  [CertificateLanguage.ID]: 'id',
  [CertificateLanguage.EN]: 'en',
  [CertificateLanguage.BILINGUAL]: 'bilingual',
};

export const pdfStatuses: Record<StoredPdfStatus, CertificatePdfStatus> = {
  pending: CertificatePdfStatus.PENDING,
  ready: CertificatePdfStatus.READY,
  failed: CertificatePdfStatus.FAILED,
};

export const certificateLanguages: Record<StoredCertificateLanguage, CertificateLanguage> = {
  id: CertificateLanguage.ID,
  en: CertificateLanguage.EN,
  bilingual: CertificateLanguage.BILINGUAL,
};

export const signingKeyStatuses: Record<StoredSigningKeyStatus, SigningKeyStatus> = {
  active: SigningKeyStatus.ACTIVE,
  retired: SigningKeyStatus.RETIRED,
};

export const auditActions: Record<StoredCertificateAuditAction, CertificateAuditAction> = {
  issued: CertificateAuditAction.ISSUED,
  revoked: CertificateAuditAction.REVOKED,
  reissued: CertificateAuditAction.REISSUED,
  key_created: CertificateAuditAction.KEY_CREATED,
  key_rotated: CertificateAuditAction.KEY_ROTATED,
  template_changed: CertificateAuditAction.TEMPLATE_CHANGED,
};
