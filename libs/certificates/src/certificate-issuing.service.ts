import { jakartaYearMonth } from '@lentera/asn';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@lentera/config';
import {
  CertificateAuditRepository,
  CertificateNumberRepository,
  CertificateRepository,
  CertificateTemplateRepository,
  CourseCompletionRepository,
  type CertificateClaim,
  type CertificateNumberRecord,
  type CertificateRecord,
} from '@lentera/db';
import { courseIssueKey } from './certificate-issue-key';
import { renderCertificateNumber } from './certificate-number';
import { certificateData } from './certificate-data';
import { CertificateFactsReader } from './certificate-facts.reader';
import { CertificateSigner } from './certificate-signer';
import { newVerificationCode } from './verification-code';

/** Attempts to take the next number before giving up (each lost race is another certificate numbered). */
const MAX_NUMBER_TRIES = 200;
const MAX_CODE_TRIES = 5;

export type FinishOutcome = 'issued' | 'already_issued' | 'revoked' | 'nothing_to_certify';

/** A learner's first-time certificate of a course (for a completion or by hand): a claim without its key or code. */
export type FirstIssueClaim = Omit<CertificateClaim, 'code' | 'issueKey' | 'replacesId' | 'source'> & { source: 'completion' | 'manual' };

/**
 * Issues certificates exactly once and numbers them without repeats. Without transactions
 * (FerretDB) every step is backed by a unique index and repeats harmlessly:
 * 1. claim: one certificate per issue key, with its code. A first-time key is shared by the
 *    completion and the manual path and counts the learner's revoked certificates of the course
 *    (certificate-issue-key.ts), so a learner holds one valid certificate per course whichever path
 *    comes first or both at once; a re-issue has its own key, `reissue:<id of the one it replaces>`;
 * 2. number: max + 1 in the agency's sequence scope (certificate_numbers: one certificate per
 *    sequence and number, one number per certificate), so racing certificates take 1, 2, 3…
 *    and two runs for one certificate end with the same number;
 * 3. sign: the agency's active key over the canonical data, then status issued, and one audit entry.
 * A run killed between steps leaves a pending certificate that the next run (a retried job, the
 * worker's start-up requeue) finishes with the number it already has.
 */
@Injectable()
export class CertificateIssuingService {
  private readonly logger = new Logger(CertificateIssuingService.name);

  constructor(
    private readonly certificates: CertificateRepository,
    private readonly numbers: CertificateNumberRepository,
    private readonly completions: CourseCompletionRepository,
    private readonly templates: CertificateTemplateRepository,
    private readonly audit: CertificateAuditRepository,
    private readonly facts: CertificateFactsReader,
    private readonly signer: CertificateSigner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * The certificate of a course completion, claimed now only if the learner holds no valid one of
   * the course. Null: the completion is gone. Looked for in this order:
   * 1. one that already certifies this completion, as it is (a retried job; revoked: finish says so);
   * 2. the learner's valid (pending or issued) certificate of the course, e.g. one issued by hand;
   * 3. a new one under the first-time key, which a manual issue racing this one claims too.
   * Rows claimed under the old keys (`completion:<completionId>`, `manual:<userId>:<courseId>`)
   * are found by steps 1 and 2, which come before any key is made.
   * One found without a completion gets this one attached, so the worker's start-up requeue
   * (completions that no certificate names) does not queue it again at every start.
   */
  async claimForCompletion(completionId: string): Promise<CertificateRecord | null> {
    const completion = await this.completions.findById(completionId);
    if (!completion) return null;
    const certifying = await this.certificates.findByCompletion(completion.id);
    // A re-issue carries the completion of the one it replaced: the valid one is the answer.
    if (certifying.length) return certifying.find((certificate) => certificate.status !== 'revoked') ?? certifying[certifying.length - 1];
    const { courseId, userId } = completion;
    const [held] = oldestFirst(await this.certificates.findNotRevokedByCourseAndUsers(courseId, [userId]));
    if (held) return this.withCompletion(held, completion.id);
    const revoked = (await this.certificates.countRevokedByCourseAndUsers(courseId, [userId])).get(userId) ?? 0;
    const { certificate } = await this.claimFirstIssue(
      { agencyId: completion.agencyId, courseId, userId, completionId: completion.id, assignmentId: null, source: 'completion', requestedBy: null },
      revoked,
    );
    return this.withCompletion(certificate, completion.id);
  }

  /**
   * Claims a learner's first-time certificate of a course under `course:<courseId>:<userId>:<n>`,
   * n = `revokedCount`, how many of their certificates of the course the caller just found revoked.
   * `created: false`: a racing caller (the completion, another manual issue) claimed it first.
   */
  async claimFirstIssue(claim: FirstIssueClaim, revokedCount: number): Promise<{ certificate: CertificateRecord; created: boolean }> {
    return this.claimWithOutcome({ ...claim, replacesId: null, issueKey: courseIssueKey(claim.courseId, claim.userId, revokedCount) });
  }

  /** Claims with a fresh random code; a code already taken (astronomically rare) draws another. */
  async claim(claim: Omit<CertificateClaim, 'code'>): Promise<CertificateRecord> {
    return (await this.claimWithOutcome(claim)).certificate;
  }

  /** Like `claim`, and says whether this call created the certificate (false: its issue key was claimed before). */
  async claimWithOutcome(claim: Omit<CertificateClaim, 'code'>): Promise<{ certificate: CertificateRecord; created: boolean }> {
    for (let attempt = 0; attempt < MAX_CODE_TRIES; attempt += 1) {
      const result = await this.certificates.claim({ ...claim, code: newVerificationCode() });
      if (result) {
        if (result.created) this.logger.log({ certificateId: result.certificate.id, issueKey: claim.issueKey }, 'certificate claimed');
        return result;
      }
    }
    throw new Error(`no free verification code after ${MAX_CODE_TRIES} tries for ${claim.issueKey}`);
  }

  /** The certificate, naming the completion: attached now if it names none (a racing run may have attached it first). */
  private async withCompletion(certificate: CertificateRecord, completionId: string): Promise<CertificateRecord> {
    if (certificate.completionId) return certificate;
    if (await this.certificates.attachCompletion(certificate.id, completionId)) {
      this.logger.log({ certificateId: certificate.id, completionId, userId: certificate.userId }, 'completion attached to the certificate the learner already held');
    }
    return (await this.certificates.findById(certificate.id)) ?? certificate;
  }

  /** Numbers and signs a claimed certificate; repeated calls return what the first did. */
  async finish(certificateId: string): Promise<{ outcome: FinishOutcome; certificate: CertificateRecord | null }> {
    const certificate = await this.certificates.findById(certificateId);
    if (!certificate) return { outcome: 'nothing_to_certify', certificate: null };
    if (certificate.status === 'issued') return { outcome: 'already_issued', certificate };
    if (certificate.status === 'revoked') return { outcome: 'revoked', certificate };
    const now = new Date();
    const subject = await this.facts.subjectOf(certificate, now);
    if (!subject) {
      this.logger.warn({ certificateId, userId: certificate.userId, courseId: certificate.courseId }, 'nothing to certify: the learner, agency or course is gone');
      return { outcome: 'nothing_to_certify', certificate };
    }
    const template = await this.templates.findForAgency(certificate.agencyId);
    const numbered = await this.number(certificate, subject.agency.code, template.numberFormat, now);
    const key = await this.signer.activeKey(certificate.agencyId);
    const replaced = certificate.replacesId ? await this.certificates.findById(certificate.replacesId) : null;
    const data = certificateData({
      code: certificate.code,
      number: numbered.number,
      issuer: { agencyId: subject.agency.id, code: subject.agency.code, name: subject.agency.name },
      course: subject.course,
      participant: subject.participant,
      period: subject.period,
      issuedAt: now,
      signatories: template.signatories.map((signatory) => ({ name: signatory.name, title: signatory.title, nip: signatory.nip })),
      replaces: replaced?.number ?? null,
      keyId: key.keyId,
      publicUrl: this.config.publicUrl,
    });
    const signed = this.signer.sign(data, key);
    const won = await this.certificates.markIssued(certificate.id, {
      ...signed,
      number: numbered.number,
      sequence: numbered.sequence,
      issuedAt: now,
      participantName: subject.participant.name,
      courseTitle: subject.course.title,
      jp: subject.course.jp,
      competencyType: subject.course.competencyType,
    });
    const stored = await this.certificates.findById(certificate.id);
    // A run that lost (another signed it meanwhile) keeps what that one stored.
    if (!won) return { outcome: 'already_issued', certificate: stored };
    const entry = {
      agencyId: certificate.agencyId,
      action: certificate.source === 'reissue' ? ('reissued' as const) : ('issued' as const),
      certificateId: certificate.id,
      actorId: certificate.requestedBy,
      reason: null,
      details: { number: numbered.number, keyId: key.keyId, ...(replaced?.number && { replaces: replaced.number }) },
      at: now,
    };
    await this.audit.append(entry, `certificate-issued:${certificate.id}`);
    this.logger.log({ certificateId: certificate.id, userId: certificate.userId, courseId: certificate.courseId, number: numbered.number }, 'certificate issued');
    return { outcome: 'issued', certificate: stored };
  }

  /**
   * The certificate's number: the one it took before, else the next of the agency's sequence, per
   * year when the format shows the year (numbers start again at 1 each January), else for good.
   */
  private async number(certificate: CertificateRecord, agencyCode: string, numberFormat: string, now: Date): Promise<CertificateNumberRecord> {
    const existing = await this.numbers.findByCertificate(certificate.id);
    if (existing) return existing;
    const { year, month } = jakartaYearMonth(now);
    const scope = numberFormat.includes('{year') ? `${certificate.agencyId}|${year}` : certificate.agencyId;
    for (let attempt = 0; attempt < MAX_NUMBER_TRIES; attempt += 1) {
      const sequence = (await this.numbers.maxSequence(scope)) + 1;
      const number = renderCertificateNumber(numberFormat, { agencyCode, year, month, sequence });
      const result = await this.numbers.take({ certificateId: certificate.id, agencyId: certificate.agencyId, scope, sequence, number });
      if ('taken' in result) return result.taken;
    }
    throw new Error(`could not number certificate ${certificate.id} after ${MAX_NUMBER_TRIES} tries`);
  }
}

function oldestFirst(certificates: CertificateRecord[]): CertificateRecord[] {
  return [...certificates].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
}
