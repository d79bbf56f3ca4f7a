import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { CertificateRepository, CourseCompletionRepository } from '@lentera/db';
import { JobQueue } from '@lentera/jobs';

/** How far back a completion without a certificate is looked for at start. */
const LOOK_BACK_DAYS = 30;
const REQUEUE_LIMIT = 500;

/**
 * When the worker starts, queues what the records say is still to do: recent completions that
 * never got their certificate (Redis was down when the course was completed), certificates
 * claimed but not signed, and signed ones without a PDF. A job still queued is not added twice:
 * its id is the completion's or the certificate's.
 *
 * A completion counts as certified once a certificate names it (`completionId`). A learner who
 * already held a certificate of the course (issued by hand) gets no second one: the
 * `certificate.issue` job attaches the completion to that certificate, so one run of the job is
 * enough and the completion is not queued at every start after.
 */
@Injectable()
export class PendingCertificateRequeue implements OnApplicationBootstrap {
  private readonly logger = new Logger(PendingCertificateRequeue.name);

  constructor(
    private readonly completions: CourseCompletionRepository,
    private readonly certificates: CertificateRepository,
    private readonly jobs: JobQueue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    try {
      const recent = await this.completions.findIdsSince(new Date(Date.now() - LOOK_BACK_DAYS * 24 * 3600_000), REQUEUE_LIMIT);
      const certified = await this.certificates.findCompletionIdsWithCertificate(recent);
      const uncertified = recent.filter((id) => !certified.has(id));
      for (const completionId of uncertified) await this.jobs.enqueue('certificate.issue', { completionId });
      const { pending, pdfPending } = await this.certificates.findUnfinishedIds();
      const unfinished = [...pending, ...pdfPending].slice(0, REQUEUE_LIMIT);
      for (const certificateId of unfinished) await this.jobs.enqueue('certificate.render', { certificateId });
      if (uncertified.length + unfinished.length > 0) {
        this.logger.log({ completions: uncertified.length, certificates: unfinished.length }, 'queued the certificates still to issue or render');
      }
    } catch (error) {
      // Never a reason not to start: the next start tries again.
      this.logger.warn({ err: error }, 'could not queue the certificates still to issue or render');
    }
  }
}
