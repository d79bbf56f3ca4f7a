import { CertificateAdminResolver } from './certificate-admin.resolver';
import { CertificateAuditEntryResolver, CertificateFieldsResolver } from './certificate-fields.resolver';
import { CertificateResolver } from './certificate.resolver';

/** This feature's resolver classes, for the app's resolver list (graphql/resolvers.ts). */
export const certificatesResolvers: Array<new (...args: never[]) => unknown> = [
  CertificateResolver,
  CertificateAdminResolver,
  CertificateFieldsResolver,
  CertificateAuditEntryResolver,
];
