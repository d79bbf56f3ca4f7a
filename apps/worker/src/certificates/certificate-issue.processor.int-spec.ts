import { Test, type TestingModule } from '@nestjs/testing';
import { CertificatesModule } from '@lentera/certificates';
import { ConfigModule } from '@lentera/config';
import {
  AgencyRepository,
  CertificateRepository,
  CourseCompletionRepository,
  DatabaseModule,
  DatabaseSetup,
  EnrolmentRepository,
  UserRepository,
} from '@lentera/db';
import { JobsProducerModule, PermanentJobError } from '@lentera/jobs';
import { buildCourse, isolatedConfig, validNip, type IsolatedConfig } from '@lentera/test-support';
import { CertificateIssueProcessor } from './certificate-issue.processor';
import { CertificateRenderProcessor } from './certificate-render.processor';

describe('certificate.issue and certificate.render in the worker', () => {
  let isolated: IsolatedConfig;
  let module: TestingModule;
  let agencyId: string;
  let courseId: string;

  beforeAll(async () => {
    isolated = isolatedConfig('certificate-processor');
    module = await Test.createTestingModule({
      imports: [ConfigModule.forRoot(isolated.config), DatabaseModule.forRoot(isolated.config), JobsProducerModule.forRoot(isolated.config), CertificatesModule],
      providers: [CertificateIssueProcessor, CertificateRenderProcessor],
    }).compile();
    module.useLogger(false);
    await module.init();
    await module.get(DatabaseSetup).ensureIndexes();
    agencyId = (await module.get(AgencyRepository).create({ code: 'BPSDM-PROC', name: 'BPSDM Proses', kind: 'regional' })).id;
    courseId = (await buildCourse(module, { agencyId, title: 'Kursus Sertifikat', jp: 12, modules: [[{}]] })).id;
  });

  afterAll(async () => {
    await module?.close();
    await isolated?.cleanup();
  });

  it('issues and renders one certificate however often the job runs, also at once', async () => {
    const user = await module.get(UserRepository).create({ fullName: 'Budi Santoso, S.Kom.', nip: validNip(7), memberships: [{ agencyId, role: 'learner' }] });
    const { enrolment } = await module.get(EnrolmentRepository).enrolOnce({ userId: user.id, courseId, agencyId, status: 'active', source: 'self' }, new Date());
    const { completion } = await module.get(CourseCompletionRepository).recordOnce({
      userId: user.id,
      courseId,
      agencyId,
      enrolmentId: enrolment.id,
      completedAt: new Date(),
      jp: 12,
      competencyType: 'teknis',
      courseTitle: 'Kursus Sertifikat',
    });
    const processor = module.get(CertificateIssueProcessor);
    const results = await Promise.all(Array.from({ length: 5 }, () => processor.handle({ completionId: completion.id })));
    expect(new Set(results.map((result) => result.certificateId)).size).toBe(1);
    // One run signs it; the others find it signed (FerretDB may let two sign at once: both then store the same number).
    expect(results.filter((result) => result.outcome === 'issued').length).toBeGreaterThanOrEqual(1);
    expect(results.every((result) => result.outcome === 'issued' || result.outcome === 'already_issued')).toBe(true);
    const certificates = await module.get(CertificateRepository).findByUser(user.id);
    expect(certificates).toHaveLength(1);
    expect(certificates[0]).toMatchObject({ status: 'issued', jp: 12, participantName: 'Budi Santoso, S.Kom.', pdf: { status: 'ready' } });
    // Again later (a retried job): nothing new.
    expect(await processor.handle({ completionId: completion.id })).toEqual({ certificateId: certificates[0].id, outcome: 'already_issued', pdf: 'already_rendered' });
    expect(await module.get(CertificateRenderProcessor).handle({ certificateId: certificates[0].id })).toEqual({ outcome: 'already_issued', pdf: 'already_rendered' });
  });

  it('fails for good for a completion that does not exist', async () => {
    await expect(module.get(CertificateIssueProcessor).handle({ completionId: '0123456789abcdef01234567' })).rejects.toBeInstanceOf(PermanentJobError);
  });
});
