import { readFile } from 'node:fs/promises';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@lentera/config';
import { CertificateRepository, CertificateTemplateRepository, type CertificateRecord, type TemplateImage } from '@lentera/db';
import { DataDirectory } from '@lentera/media';
import { parseCertificateJson } from './certificate-data';
import { renderCertificatePdf } from './certificate-pdf';

export type RenderOutcome = 'rendered' | 'already_rendered' | 'not_issued';

/** Where a certificate's PDF lives under DATA_DIR. */
export function certificatePdfPath(certificate: Pick<CertificateRecord, 'agencyId' | 'id'>): string {
  return `certificates/${certificate.agencyId}/${certificate.id}.pdf`;
}

/**
 * Renders an issued certificate's PDF from its signed data (never from live records: the PDF
 * says what was signed) and the agency's template images, and stores it atomically.
 */
@Injectable()
export class CertificatePdfService {
  private readonly logger = new Logger(CertificatePdfService.name);
  private readonly dataDirectory: DataDirectory;

  constructor(
    private readonly certificates: CertificateRepository,
    private readonly templates: CertificateTemplateRepository,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.dataDirectory = new DataDirectory(config.dataDir);
  }

  async render(certificateId: string): Promise<RenderOutcome> {
    const certificate = await this.certificates.findById(certificateId);
    if (!certificate || certificate.status === 'pending' || !certificate.signedJson || !certificate.signature) return 'not_issued';
    const path = certificatePdfPath(certificate);
    if (certificate.pdf.status === 'ready' && (await this.dataDirectory.isFile(path))) return 'already_rendered';
    const data = parseCertificateJson(certificate.signedJson);
    if (!data) throw new Error(`certificate ${certificate.id} holds signed data that is not Lentera's`);
    const template = await this.templates.findForAgency(certificate.agencyId);
    const pdf = await renderCertificatePdf({
      data,
      signature: certificate.signature,
      heading: template.heading,
      language: template.language,
      images: {
        logo: await this.image(template.logo),
        background: await this.image(template.background),
        signatures: await Promise.all(template.signatories.map((signatory) => this.image(signatory.signature))),
      },
    });
    await this.dataDirectory.writeAtomically(path, pdf);
    await this.certificates.setPdf(certificate.id, { status: 'ready', path, sizeBytes: pdf.length, renderedAt: new Date(), error: null });
    this.logger.log({ certificateId: certificate.id, sizeBytes: pdf.length }, 'certificate PDF rendered');
    return 'rendered';
  }

  /** An image of the template; a missing file is left out (logged), not a failed certificate. */
  private async image(image: TemplateImage | null): Promise<Buffer | null> {
    if (!image) return null;
    try {
      return await readFile(this.dataDirectory.absolutePath(image.path));
    } catch (error) {
      this.logger.warn({ path: image.path, reason: (error as Error).message }, 'template image missing; the certificate is rendered without it');
      return null;
    }
  }
}
