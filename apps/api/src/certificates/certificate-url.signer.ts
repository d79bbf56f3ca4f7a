import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@lentera/config';
import { verificationUrl } from '@lentera/certificates';
import type { CertificateRecord } from '@lentera/db';
import { FileUrlSigner } from '../course-files/file-url-signer';
import type { CertificateUrls } from './certificate.mapper';

/** The route that serves a certificate's PDF (CertificatePdfController). */
export const CERTIFICATE_PDF_ROUTE = 'files/certificates';

/** What the file signature covers: the kind and the id, so it opens this PDF and nothing else. */
const subjectOf = (certificateId: string) => `certificate:${certificateId}`;

/**
 * A certificate's links: its public verification page, and a signed, expiring link to its PDF
 * made like course files' (FileUrlSigner: 6 to 12 hours, always a download). Whoever is handed
 * the link through GraphQL was already allowed to see the certificate.
 */
@Injectable()
export class CertificateUrlSigner {
  constructor(
    private readonly files: FileUrlSigner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  urlsOf(certificate: CertificateRecord): CertificateUrls {
    return {
      verifyUrl: verificationUrl(this.config.publicUrl, certificate.code),
      pdfUrl: certificate.pdf.status === 'ready' ? this.pdfUrl(certificate.id) : null,
    };
  }

  pdfUrl(certificateId: string): string {
    return `/${CERTIFICATE_PDF_ROUTE}/${certificateId}?${this.files.signedQuery(subjectOf(certificateId), { download: true })}`;
  }

  verifyPdfLink(certificateId: string, exp: string | undefined, sig: string | undefined): boolean {
    return this.files.verify(subjectOf(certificateId), exp, sig, { download: true });
  }
}
