import { Injectable } from '@nestjs/common';
import { CertificateIssuingService, CertificatePdfService } from '@lentera/certificates';
import { PermanentJobError, type JobHandler, type JobPayloads, type JobResults } from '@lentera/jobs';

/**
 * `certificate.issue`: the certificate of a course completion, exactly once however often the
 * job runs (the unique issue key), numbered, signed, then rendered. A run that throws is retried;
 * what a killed run left (a pending certificate, a missing PDF) the next run finishes.
 */
@Injectable()
export class CertificateIssueProcessor implements JobHandler<'certificate.issue'> {
  readonly jobName = 'certificate.issue' as const;

  constructor(
    private readonly issuing: CertificateIssuingService,
    private readonly pdfs: CertificatePdfService,
  ) {}

  async handle({ completionId }: JobPayloads['certificate.issue']): Promise<JobResults['certificate.issue']> {
    const claimed = await this.issuing.claimForCompletion(completionId);
    if (!claimed) throw new PermanentJobError(`completion ${completionId} does not exist`);
    const { outcome } = await this.issuing.finish(claimed.id);
    const pdf = await this.pdfs.render(claimed.id);
    return { certificateId: claimed.id, outcome, pdf };
  }
}
