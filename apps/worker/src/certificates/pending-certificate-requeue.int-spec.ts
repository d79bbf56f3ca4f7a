import { Test, type TestingModule } from '@nestjs/testing';
import { CertificateIssuingService, CertificatesModule } from '@lentera/certificates';
import { ConfigModule } from '@lentera/config';
import { AgencyRepository, CertificateRepository, CourseCompletionRepository, DatabaseModule, DatabaseSetup, EnrolmentRepository, UserRepository } from '@lentera/db';
import { JobQueue, JobsProducerModule } from '@lentera/jobs';
import { buildCourse, isolatedConfig, validNip, type IsolatedConfig } from '@lentera/test-support';
import { CertificateIssueProcessor } from './certificate-issue.processor';
import { PendingCertificateRequeue } from './pending-certificate-requeue';

const COURSE_TITLE = 'Kursus Sertifikat Ganda';

describe('a certificate issued by hand and the completion job in the worker', () => {
  let isolated: IsolatedConfig;
  let module: TestingModule;
  let agencyId: string;
  let courseId: string;
  let people = 0;

  beforeAll(async () => {
    isolated = isolatedConfig('certificate-requeue');
    module = await Test.createTestingModule({
      imports: [ConfigModule.forRoot(isolated.config), DatabaseModule.forRoot(isolated.config), JobsProducerModule.forRoot(isolated.config), CertificatesModule],
      providers: [CertificateIssueProcessor, PendingCertificateRequeue],
    }).compile();
    module.useLogger(false);
    await module.init();
    await module.get(DatabaseSetup).ensureIndexes();
    agencyId = (await module.get(AgencyRepository).create({ code: 'BPSDM-GANDA', name: 'BPSDM Ganda', kind: 'regional' })).id;
    courseId = (await buildCourse(module, { agencyId, title: COURSE_TITLE, jp: 8, modules: [[{}]] })).id;
  });

  afterAll(async () => {
    await module?.close();
    await isolated?.cleanup();
  });

  /** A learner who completed the course; no job has run for the completion. */
  async function completed(): Promise<{ userId: string; completionId: string }> {
    people += 1;
    const user = await module.get(UserRepository).create({ fullName: `Peserta Ganda ${people}`, nip: validNip(300 + people), memberships: [{ agencyId, role: 'learner' }] });
    const { enrolment } = await module.get(EnrolmentRepository).enrolOnce({ userId: user.id, courseId, agencyId, status: 'active', source: 'self' }, new Date());
    const { completion } = await module.get(CourseCompletionRepository).recordOnce({
      userId: user.id,
      courseId,
      agencyId,
      enrolmentId: enrolment.id,
      completedAt: new Date(),
      jp: 8,
      competencyType: 'teknis',
      courseTitle: COURSE_TITLE,
    });
    return { userId: user.id, completionId: completion.id };
  }

  /** What an admin's manual issue claims for a learner without a valid certificate of the course. */
  async function issueByHand(userId: string) {
    const revoked = (await module.get(CertificateRepository).countRevokedByCourseAndUsers(courseId, [userId])).get(userId) ?? 0;
    const issuing = module.get(CertificateIssuingService);
    return issuing.claimFirstIssue({ agencyId, courseId, userId, completionId: null, assignmentId: null, source: 'manual', requestedBy: null }, revoked);
  }

  const ofLearner = async (userId: string) => (await module.get(CertificateRepository).findByCourse(courseId)).filter((certificate) => certificate.userId === userId);
  const issueJobState = (completionId: string) => module.get(JobQueue).stateOf('certificate.issue', { completionId });

  // Few rounds: each renders a PDF. The 20-round races are in the API's and @lentera/certificates' tests.
  it('leaves one certificate when the job races a manual issue (5 rounds)', async () => {
    const processor = module.get(CertificateIssueProcessor);
    for (let round = 0; round < 5; round += 1) {
      const { userId, completionId } = await completed();
      const [byHand, job] = await Promise.all([issueByHand(userId), processor.handle({ completionId })]);
      expect(job.certificateId).toBe(byHand.certificate.id);
      const certificates = await ofLearner(userId);
      expect(certificates).toHaveLength(1);
      expect(certificates[0]).toMatchObject({ status: 'issued', completionId, pdf: { status: 'ready' } });
    }
  });

  it('does not queue a completion again once the job gave it the certificate issued by hand', async () => {
    const ran = await completed();
    const { certificate: byHand } = await issueByHand(ran.userId);
    await module.get(CertificateIssuingService).finish(byHand.id);
    expect(await module.get(CertificateIssueProcessor).handle({ completionId: ran.completionId })).toMatchObject({ certificateId: byHand.id, outcome: 'already_issued' });
    // The same, but Redis was down when the course was completed: the job never ran.
    const missed = await completed();
    await issueByHand(missed.userId);

    await module.get(PendingCertificateRequeue).onApplicationBootstrap();
    expect(await issueJobState(ran.completionId)).toBe('unknown');
    expect(await issueJobState(missed.completionId)).toBe('waiting');

    // What the queued job then does: the learner's certificate, now naming the completion.
    const job = await module.get(CertificateIssueProcessor).handle({ completionId: missed.completionId });
    const certificates = await ofLearner(missed.userId);
    expect(certificates).toHaveLength(1);
    expect(certificates[0]).toMatchObject({ id: job.certificateId, source: 'manual', completionId: missed.completionId, status: 'issued' });
  });
});
