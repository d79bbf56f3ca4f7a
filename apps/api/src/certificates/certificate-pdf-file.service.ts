import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@lentera/config';
import { CertificateRepository, isValidId } from '@lentera/db';
import { DataDirectory } from '@lentera/media';
import { CertificateUrlSigner } from './certificate-url.signer';
import { invalidPdfLink, pdfNotFound } from './certificates.errors';

export interface CertificatePdfFile {
  path: string;
  /** `sertifikat-<number>.pdf`, the slashes of the number made dashes. */
  fileName: string;
  /** Unix seconds at which the link expires. */
  expiresAt: number;
}

/** The stored PDF a signed link opens: FORBIDDEN for a bad or expired link, NOT_FOUND when there is no PDF. */
@Injectable()
export class CertificatePdfFileService {
  private readonly dataDirectory: DataDirectory;

  constructor(
    private readonly certificates: CertificateRepository,
    private readonly urls: CertificateUrlSigner,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.dataDirectory = new DataDirectory(config.dataDir);
  }

  async fileToServe(certificateId: string, exp: string | undefined, sig: string | undefined): Promise<CertificatePdfFile> {
    if (!this.urls.verifyPdfLink(certificateId, exp, sig)) throw invalidPdfLink();
    const certificate = isValidId(certificateId) ? await this.certificates.findById(certificateId) : null;
    if (!certificate?.pdf.path || certificate.pdf.status !== 'ready') throw pdfNotFound();
    return {
      path: this.dataDirectory.absolutePath(certificate.pdf.path),
      fileName: `sertifikat-${(certificate.number ?? certificate.code).replace(/\//g, '-')}.pdf`,
      expiresAt: Number(exp),
    };
  }
}
