import { Injectable } from '@nestjs/common';
import { CertificateIssuingService, CertificatePdfService } from '@lentera/certificates';
import type { JobHandler, JobPayloads, JobResults } from '@lentera/jobs';

/** `certificate.render`: finishes a claimed certificate (manual issue, re-issue, one left pending) and renders its PDF. */
@Injectable()
export class CertificateRenderProcessor implements JobHandler<'certificate.render'> {
  readonly jobName = 'certificate.render' as const;

  constructor(
    private readonly issuing: CertificateIssuingService,
    private readonly pdfs: CertificatePdfService,
  ) {}

  async handle({ certificateId }: JobPayloads['certificate.render']): Promise<JobResults['certificate.render']> {
    const { outcome } = await this.issuing.finish(certificateId);
    const pdf = await this.pdfs.render(certificateId);
    return { outcome, pdf };
  }
}
