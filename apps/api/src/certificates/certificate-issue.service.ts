import { Injectable, Logger } from '@nestjs/common';
import { CertificateIssuingService } from '@lentera/certificates';
import {
  CertificateRepository,
  CourseAssignmentRepository,
  CourseRepository,
  EnrolmentRepository,
  isValidId,
  learningStatuses,
  type AgencyScope,
  type CertificateClaim,
  type CertificateRecord,
} from '@lentera/db';
import { DomainError, ErrorCode } from '@lentera/errors';
import { JobQueue } from '@lentera/jobs';
import { assertValidId, courseNotFound } from '@lentera/learning';
import type { Actor } from '../auth/actor';
import { AgencyAccess } from '../auth/agency-access';
import { Permission } from '../auth/permissions';
import type { IssueCertificatesResultModel } from './certificate.model';
import { MAX_ISSUE_LEARNERS, assertAssignmentId, assignmentNotFound, courseNotLive, issueTargetMissing, notEnrolledLearners, tooManyLearners } from './certificates.errors';

/** Claims run a few at a time: each is one insert whose unique issue key decides, and a class can be hundreds. */
const CLAIMS_AT_ONCE = 8;

type ManualClaim = Pick<CertificateClaim, 'agencyId' | 'courseId' | 'assignmentId' | 'requestedBy'>;
type ClaimOutcome = { certificate: CertificateRecord; created: boolean };

export interface IssueRequest {
  courseId: string;
  userIds?: readonly string[] | null;
  assignmentId?: string | null;
}

/**
 * An admin issues a course's certificates by hand: to chosen learners, or to a whole class (the
 * learners an assignment enrolled). A learner already holding a valid certificate of the course
 * (from a completion, an earlier issue, a re-issue, old keys included) is skipped; the others are
 * claimed under the first-time key the worker also uses for a completion (certificate-issue-key.ts
 * in @lentera/certificates), so calling twice, twice at once, or while the learner's completion is
 * being certified, claims once. The worker numbers, signs and renders it (`certificate.render`, or
 * its start-up requeue when Redis is down now).
 */
@Injectable()
export class CertificateIssueService {
  private readonly logger = new Logger(CertificateIssueService.name);

  constructor(
    private readonly courses: CourseRepository,
    private readonly enrolments: EnrolmentRepository,
    private readonly assignments: CourseAssignmentRepository,
    private readonly certificates: CertificateRepository,
    private readonly issuing: CertificateIssuingService,
    private readonly jobs: JobQueue,
    private readonly access: AgencyAccess,
  ) {}

  async issue(actor: Actor, request: IssueRequest): Promise<IssueCertificatesResultModel> {
    assertValidId(request.courseId, 'course');
    const course = await this.courses.findById(request.courseId);
    if (!course) throw courseNotFound();
    const scope = this.access.scope(actor, Permission.IssueCertificates, course.agencyId);
    // A manual certificate states the live course (title, JP): a draft has none to state.
    if (course.publishedVersion < 1) throw courseNotLive();
    const learnerIds = await this.learnersOf(scope, course.id, request);

    // Any certificate not revoked counts, whatever its source (a completion's, an earlier manual one).
    const existing = await this.certificates.findNotRevokedByCourseAndUsers(course.id, learnerIds);
    const certified = new Set(existing.map((certificate) => certificate.userId));
    const claims = await this.claimAll(
      { agencyId: course.agencyId, courseId: course.id, assignmentId: request.assignmentId ?? null, requestedBy: actor.userId },
      learnerIds.filter((userId) => !certified.has(userId)),
    );
    const created = claims.filter((claim) => claim.created).map((claim) => claim.certificate);
    // Lost to a call running at the same time (another issue, the learner's completion): that call's certificate counts as already there.
    const claimedMeanwhile = claims.filter((claim) => !claim.created && claim.certificate.status !== 'revoked').length;

    // Pending ones found are queued too: a call that died between its claim and its enqueue left them.
    await this.queueRender([...created, ...existing.filter((certificate) => certificate.status === 'pending')]);
    this.logger.log({ courseId: course.id, userId: actor.userId, requested: learnerIds.length, claimed: created.length }, 'certificates requested by an admin');
    return { requested: learnerIds.length, claimed: created.length, alreadyCertified: certified.size + claimedMeanwhile };
  }

  /** The learners asked for, each once: named ones must be active or completed learners of the course. */
  private async learnersOf(scope: AgencyScope, courseId: string, request: IssueRequest): Promise<string[]> {
    const named = request.userIds ?? null;
    if ((named !== null) === Boolean(request.assignmentId) || named?.length === 0) throw issueTargetMissing();
    if (named) {
      const userIds = [...new Set(named)];
      if (userIds.length > MAX_ISSUE_LEARNERS) throw tooManyLearners();
      if (!userIds.every(isValidId)) {
        throw new DomainError(ErrorCode.BadUserInput, { id: 'Ada ID peserta yang tidak valid.', en: 'A learner id is not valid.' }, { field: 'userIds' });
      }
      const learners = await this.learningUserIds(scope, courseId, userIds);
      const missing = userIds.filter((userId) => !learners.has(userId));
      if (missing.length) throw notEnrolledLearners(missing);
      return userIds;
    }
    const assignmentId = request.assignmentId!;
    assertAssignmentId(assignmentId);
    const assignment = await this.assignments.findById(scope, assignmentId);
    if (!assignment || assignment.courseId !== courseId) throw assignmentNotFound();
    const enrolled = await this.enrolments.findUserIdsByCourse(scope, courseId, { assignmentId });
    // Those who left the class, or whose enrolment is not active, get no certificate.
    return [...(await this.learningUserIds(scope, courseId, enrolled))];
  }

  private async learningUserIds(scope: AgencyScope, courseId: string, userIds: readonly string[]): Promise<Set<string>> {
    const enrolments = await this.enrolments.findByCourseAndUsers(scope, courseId, userIds);
    return new Set(enrolments.filter((enrolment) => learningStatuses.includes(enrolment.status)).map((enrolment) => enrolment.userId));
  }

  private async claimAll(base: ManualClaim, userIds: readonly string[]): Promise<ClaimOutcome[]> {
    // The key counts each learner's revoked certificates of the course; a racing caller reads the same count.
    const revoked = await this.certificates.countRevokedByCourseAndUsers(base.courseId, userIds);
    const results: ClaimOutcome[] = [];
    for (let start = 0; start < userIds.length; start += CLAIMS_AT_ONCE) {
      const batch = userIds
        .slice(start, start + CLAIMS_AT_ONCE)
        .map((userId) => this.issuing.claimFirstIssue({ ...base, userId, completionId: null, source: 'manual' }, revoked.get(userId) ?? 0));
      results.push(...(await Promise.all(batch)));
    }
    return results;
  }

  /** With Redis down, the first refusal stops the rest: the worker's start-up requeue finds them all pending. */
  private async queueRender(certificates: readonly CertificateRecord[]): Promise<void> {
    for (const certificate of certificates) {
      if (!(await this.jobs.enqueueIfAvailable('certificate.render', { certificateId: certificate.id }))) return;
    }
  }
}
