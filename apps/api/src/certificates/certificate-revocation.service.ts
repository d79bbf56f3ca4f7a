import { Injectable, Logger } from '@nestjs/common';
import { CertificateIssuingService } from '@lentera/certificates';
import { CertificateAuditRepository, CertificateRepository, type CertificateRecord } from '@lentera/db';
import { JobQueue } from '@lentera/jobs';
import type { Actor } from '../auth/actor';
import { CertificateAccess } from './certificate-access';
import { certificateAlreadyRevoked, certificateNotFound, certificateNotIssuedYet, checkedReason } from './certificates.errors';

/**
 * Revoking and re-issuing. The status is not signed, so a revocation changes no signed bytes:
 * the verification page answers it live. A re-issue is a new certificate (new number, new code)
 * whose signed data names the number it replaces.
 */
@Injectable()
export class CertificateRevocationService {
  private readonly logger = new Logger(CertificateRevocationService.name);

  constructor(
    private readonly certificates: CertificateRepository,
    private readonly audit: CertificateAuditRepository,
    private readonly issuing: CertificateIssuingService,
    private readonly jobs: JobQueue,
    private readonly access: CertificateAccess,
  ) {}

  async revoke(actor: Actor, certificateId: string, reason: string): Promise<CertificateRecord> {
    const { certificate } = await this.access.manageable(actor, certificateId);
    const why = checkedReason(reason);
    if (certificate.status === 'pending') throw certificateNotIssuedYet();
    if (certificate.status === 'revoked') throw certificateAlreadyRevoked(certificate.revokedAt);
    const revoked = await this.revokeIssued(actor, certificate, why);
    if (!revoked) throw certificateAlreadyRevoked((await this.certificates.findById(certificate.id))?.revokedAt ?? null);
    return revoked;
  }

  /**
   * Claims the replacement once (`reissue:<id>`: a second call returns the same one), then revokes
   * the certificate when it is still issued, and queues the replacement for the worker, which
   * numbers and signs it with `replaces` = the old number. Returns the replacement, pending.
   * Claiming first: a manual issue or a completion landing in between still finds a valid
   * certificate (the old one) and makes no third one.
   */
  async reissue(actor: Actor, certificateId: string, reason: string): Promise<CertificateRecord> {
    const { certificate } = await this.access.manageable(actor, certificateId);
    const why = checkedReason(reason);
    if (certificate.status === 'pending') throw certificateNotIssuedYet();
    const replacement = await this.issuing.claim({
      agencyId: certificate.agencyId,
      courseId: certificate.courseId,
      userId: certificate.userId,
      // The completion it certified, so the replacement states the same JP and dates.
      completionId: certificate.completionId,
      assignmentId: certificate.assignmentId,
      source: 'reissue',
      issueKey: `reissue:${certificate.id}`,
      requestedBy: actor.userId,
      replacesId: certificate.id,
    });
    // Revoked meanwhile by someone else (null) is fine here: it is revoked either way.
    if (certificate.status === 'issued') await this.revokeIssued(actor, certificate, why);
    await this.certificates.setReplacedBy(certificate.id, replacement.id);
    await this.jobs.enqueueIfAvailable('certificate.render', { certificateId: replacement.id });
    this.logger.log({ certificateId: certificate.id, replacementId: replacement.id, userId: actor.userId }, 'certificate re-issued');
    return replacement;
  }

  /** issued → revoked and audited; null when it was no longer issued (revoked by someone else since we read it). */
  private async revokeIssued(actor: Actor, certificate: CertificateRecord, reason: string): Promise<CertificateRecord | null> {
    const revokedAt = new Date();
    if (!(await this.certificates.revoke(certificate.id, { revokedAt, revokedBy: actor.userId, reason }))) return null;
    // Written from what is stored: on FerretDB two revocations at once can both write, and the
    // event key lets only one entry in, so the entry says what the record ended with.
    const revoked = await this.certificates.findById(certificate.id);
    if (!revoked) throw certificateNotFound();
    await this.audit.append(
      {
        agencyId: revoked.agencyId,
        action: 'revoked',
        certificateId: revoked.id,
        actorId: revoked.revokedBy,
        reason: revoked.revokeReason,
        details: { ...(revoked.number && { number: revoked.number }) },
        at: revoked.revokedAt ?? revokedAt,
      },
      `certificate-revoked:${revoked.id}`,
    );
    this.logger.log({ certificateId: revoked.id, userId: actor.userId, number: revoked.number }, 'certificate revoked');
    return revoked;
  }
}
