import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Test, type TestingModule } from '@nestjs/testing';
import { ConfigModule } from '@lentera/config';
import {
  AgencyRepository,
  CertificateAuditRepository,
  CertificateRepository,
  CourseCompletionRepository,
  DatabaseModule,
  DatabaseSetup,
  EnrolmentRepository,
  SigningKeyRepository,
  UserRepository,
  firstBrokenAuditEntry,
  type CertificateRecord,
} from '@lentera/db';
import { buildCourse, isolatedConfig, validNip, type IsolatedConfig } from '@lentera/test-support';
import { checkCertificateSignature } from './certificate-verification';
import { CertificateIssuingService } from './certificate-issuing.service';
import { CertificatePdfService, certificatePdfPath } from './certificate-pdf.service';
import { CertificateSigner } from './certificate-signer';
import { CertificatesModule } from './certificates.module';
import { jakartaYearMonth } from '@lentera/asn';
import { parseCertificateJson } from './certificate-data';

const AGENCY_CODE = 'BPSDM-UJI';
const COURSE_TITLE = 'Etika Pelayanan Publik bagi ASN';

describe('issuing certificates on the real database', () => {
  let isolated: IsolatedConfig;
  let module: TestingModule;
  let issuing: CertificateIssuingService;
  let agencyId: string;
  let courseId: string;
  let people = 0;

  beforeAll(async () => {
    isolated = isolatedConfig('certificate-issuing');
    module = await Test.createTestingModule({
      imports: [ConfigModule.forRoot(isolated.config), DatabaseModule.forRoot(isolated.config), CertificatesModule],
    }).compile();
    module.useLogger(false);
    await module.init();
    await module.get(DatabaseSetup).ensureIndexes();
    issuing = module.get(CertificateIssuingService);
    agencyId = (await module.get(AgencyRepository).create({ code: AGENCY_CODE, name: 'BPSDM Provinsi Uji', kind: 'regional' })).id;
    courseId = (await buildCourse(module, { agencyId, title: COURSE_TITLE, jp: 20, modules: [[{}]] })).id;
  });

  afterAll(async () => {
    await module?.close();
    await isolated?.cleanup();
  });

  /** A learner with a full ASN profile, enrolled and having completed the course. */
  async function completion(): Promise<{ completionId: string; userId: string; nip: string; name: string }> {
    people += 1;
    const nip = validNip(people);
    const name = `Dra. Peserta Uji ${people}, M.Si.`;
    const user = await module.get(UserRepository).create({
      fullName: name,
      email: `peserta${people}@uji.lentera.id`,
      nip,
      rankGrade: 'Penata (III/c)',
      position: 'Analis Kebijakan Ahli Muda',
      workUnit: 'Bidang Pengembangan Kompetensi',
      agencyOfOrigin: 'Pemerintah Provinsi Uji',
      memberships: [{ agencyId, role: 'learner' }],
    });
    const { enrolment } = await module.get(EnrolmentRepository).enrolOnce({ userId: user.id, courseId, agencyId, status: 'active', source: 'self' }, new Date());
    const { completion: done } = await module.get(CourseCompletionRepository).recordOnce({
      userId: user.id,
      courseId,
      agencyId,
      enrolmentId: enrolment.id,
      completedAt: new Date(),
      jp: 20,
      competencyType: 'teknis',
      courseTitle: COURSE_TITLE,
    });
    return { completionId: done.id, userId: user.id, nip, name };
  }

  async function issue(completionId: string): Promise<CertificateRecord> {
    const claimed = await issuing.claimForCompletion(completionId);
    await issuing.finish(claimed!.id);
    return (await module.get(CertificateRepository).findById(claimed!.id))!;
  }

  async function verify(certificate: CertificateRecord) {
    const key = await module.get(SigningKeyRepository).findByKeyId(certificate.keyId!);
    return checkCertificateSignature({ code: certificate.code, signedJson: certificate.signedJson!, signature: certificate.signature!, keyId: certificate.keyId! }, key!);
  }

  it('issues exactly one certificate for a completion, also when 20 runs race', async () => {
    const { completionId, userId, nip, name } = await completion();
    const results = await Promise.all(Array.from({ length: 20 }, () => issue(completionId)));
    expect(new Set(results.map((certificate) => certificate.id)).size).toBe(1);
    const certificates = (await module.get(CertificateRepository).findByUser(userId)).filter((certificate) => certificate.courseId === courseId);
    expect(certificates).toHaveLength(1);
    const [certificate] = certificates;
    expect(certificate.status).toBe('issued');
    expect(certificate.number).toMatch(new RegExp(`^${AGENCY_CODE}/${jakartaYearMonth(new Date()).year}/\\d{5}$`));
    const check = await verify(certificate);
    expect(check.valid).toBe(true);
    if (check.valid) expect(check.data.participant).toMatchObject({ name, nip, rankGrade: 'Penata (III/c)', position: 'Analis Kebijakan Ahli Muda' });
    const entries = (await module.get(CertificateAuditRepository).findByCertificate(certificate.id)).filter((entry) => entry.action === 'issued');
    expect(entries).toHaveLength(1);
  });

  it('numbers certificates issued at the same time without repeats or gaps', async () => {
    const before = (await module.get(CertificateRepository).findByCourse(courseId)).length;
    const completions = await Promise.all(Array.from({ length: 25 }, () => completion()));
    const issued = await Promise.all(completions.map(({ completionId }) => issue(completionId)));
    const sequences = issued.map((certificate) => certificate.sequence!).sort((a, b) => a - b);
    expect(sequences).toEqual(Array.from({ length: 25 }, (_, index) => before + index + 1));
    expect(new Set(issued.map((certificate) => certificate.number)).size).toBe(25);
    for (const certificate of issued) expect(certificate.number).toBe(`${AGENCY_CODE}/${jakartaYearMonth(new Date()).year}/${String(certificate.sequence).padStart(5, '0')}`);
    expect(firstBrokenAuditEntry(await module.get(CertificateAuditRepository).findByAgency(agencyId))).toBeNull();
  });

  it('renders a PDF whose text carries the name, NIP, course and number', async () => {
    const { completionId, name, nip } = await completion();
    const certificate = await issue(completionId);
    expect(await module.get(CertificatePdfService).render(certificate.id)).toBe('rendered');
    expect(await module.get(CertificatePdfService).render(certificate.id)).toBe('already_rendered');
    const stored = (await module.get(CertificateRepository).findById(certificate.id))!;
    expect(stored.pdf).toMatchObject({ status: 'ready', path: certificatePdfPath(certificate) });
    const pdf = await readFile(join(isolated.config.dataDir, stored.pdf.path!));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const dir = mkdtempSync(join(tmpdir(), 'lentera-cert-pdf-'));
    try {
      writeFileSync(join(dir, 'sertifikat.pdf'), pdf);
      const text = execFileSync('pdftotext', ['-layout', 'sertifikat.pdf', '-'], { cwd: dir }).toString();
      for (const expected of [name, nip, COURSE_TITLE, certificate.number!, '20 JP']) expect(text).toContain(expected);
      // The signed data travels inside the PDF and checks out with openssl.
      execFileSync('pdfdetach', ['-saveall', 'sertifikat.pdf'], { cwd: dir });
      const key = await module.get(SigningKeyRepository).findByKeyId(certificate.keyId!);
      writeFileSync(join(dir, 'kunci.pem'), key!.publicKeyPem);
      const out = execFileSync('openssl', ['pkeyutl', '-verify', '-pubin', '-inkey', 'kunci.pem', '-rawin', '-in', 'sertifikat.json', '-sigfile', 'sertifikat.sig'], { cwd: dir });
      expect(out.toString()).toMatch(/Signature Verified Successfully/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails verification when any signed field is changed in the database', async () => {
    const certificate = await issue((await completion()).completionId);
    const data = parseCertificateJson(certificate.signedJson!)!;
    const forged = JSON.stringify({ ...data, participant: { ...data.participant, nip: validNip(999) } });
    const key = await module.get(SigningKeyRepository).findByKeyId(certificate.keyId!);
    expect(checkCertificateSignature({ ...certificate, signedJson: forged, signature: certificate.signature!, keyId: certificate.keyId! }, key!).valid).toBe(false);
  });

  it('keeps verifying certificates signed before a key rotation', async () => {
    const before = await issue((await completion()).completionId);
    const signer = module.get(CertificateSigner);
    const rotated = await signer.rotate(agencyId, before.userId, 'Rotasi kunci tahunan');
    expect(rotated.keyId).not.toBe(before.keyId);
    const after = await issue((await completion()).completionId);
    expect(after.keyId).toBe(rotated.keyId);
    expect((await verify(before)).valid).toBe(true);
    expect((await verify(after)).valid).toBe(true);
    expect((await module.get(SigningKeyRepository).findByKeyId(before.keyId!))?.status).toBe('retired');
    const actions = (await module.get(CertificateAuditRepository).findByAgency(agencyId)).map((entry) => entry.action);
    expect(actions).toContain('key_rotated');
  });

  describe('one valid certificate per learner and course, whichever path issues it', () => {
    const repository = () => module.get(CertificateRepository);
    const ofLearner = async (userId: string) => (await repository().findByCourse(courseId)).filter((certificate) => certificate.userId === userId);

    /** What an admin's manual issue does for one learner who holds no valid certificate of the course. */
    async function issueByHand(userId: string): Promise<{ certificate: CertificateRecord; created: boolean }> {
      const revoked = (await repository().countRevokedByCourseAndUsers(courseId, [userId])).get(userId) ?? 0;
      return issuing.claimFirstIssue({ agencyId, courseId, userId, completionId: null, assignmentId: null, source: 'manual', requestedBy: null }, revoked);
    }

    let adminId: string;
    beforeAll(async () => {
      adminId = (await module.get(UserRepository).create({ fullName: 'Admin Sertifikat Uji', memberships: [{ agencyId, role: 'admin' }] })).id;
    });

    async function revoke(certificateId: string): Promise<void> {
      expect(await repository().revoke(certificateId, { revokedAt: new Date(), revokedBy: adminId, reason: 'Dicabut untuk pengujian' })).toBe(true);
    }

    it('leaves one certificate, naming the completion, when a manual issue races the completion (20 rounds)', async () => {
      const numbered: string[] = [];
      for (let round = 0; round < 20; round += 1) {
        const { completionId, userId } = await completion();
        const [byHand, byCompletion] = await Promise.all([issueByHand(userId), issue(completionId)]);
        expect(byHand.certificate.id).toBe(byCompletion.id);
        await issuing.finish(byHand.certificate.id);
        const certificates = await ofLearner(userId);
        expect(certificates).toHaveLength(1);
        expect(certificates[0]).toMatchObject({ status: 'issued', completionId, issueKey: `course:${courseId}:${userId}:0` });
        numbered.push(certificates[0].number!);
      }
      expect(new Set(numbered).size).toBe(20);
    });

    it('gives the completion the certificate issued by hand before, and a job run again finds it', async () => {
      const { completionId, userId } = await completion();
      const { certificate: byHand } = await issueByHand(userId);
      await issuing.finish(byHand.id);
      const claimed = await issuing.claimForCompletion(completionId);
      expect(claimed).toMatchObject({ id: byHand.id, completionId, source: 'manual' });
      expect(await repository().findCompletionIdsWithCertificate([completionId])).toEqual(new Set([completionId]));
      expect((await issuing.claimForCompletion(completionId))?.id).toBe(byHand.id);
      expect((await issuing.finish(byHand.id)).outcome).toBe('already_issued');
      expect(await ofLearner(userId)).toHaveLength(1);
    });

    it('finds rows claimed under the old keys before making a new key', async () => {
      const manual = await completion();
      const old = await issuing.claim({ agencyId, courseId, userId: manual.userId, completionId: null, assignmentId: null, source: 'manual', issueKey: `manual:${manual.userId}:${courseId}`, requestedBy: null, replacesId: null });
      expect(await issuing.claimForCompletion(manual.completionId)).toMatchObject({ id: old.id, completionId: manual.completionId, issueKey: `manual:${manual.userId}:${courseId}` });
      expect(await ofLearner(manual.userId)).toHaveLength(1);

      const completed = await completion();
      const earlier = await issuing.claim({ agencyId, courseId, userId: completed.userId, completionId: completed.completionId, assignmentId: null, source: 'completion', issueKey: `completion:${completed.completionId}`, requestedBy: null, replacesId: null });
      await issuing.finish(earlier.id);
      await revoke(earlier.id);
      // A retried job for a completion whose certificate was revoked: that one, revoked, and nothing new.
      expect((await issuing.claimForCompletion(completed.completionId))?.id).toBe(earlier.id);
      expect((await issuing.finish(earlier.id)).outcome).toBe('revoked');
      expect(await ofLearner(completed.userId)).toHaveLength(1);
    });

    it('issues a new certificate for a completion after one issued by hand was revoked without replacement', async () => {
      const { completionId, userId } = await completion();
      const { certificate: first } = await issueByHand(userId);
      await issuing.finish(first.id);
      await revoke(first.id);
      const second = await issue(completionId);
      expect(second.id).not.toBe(first.id);
      expect(second).toMatchObject({ status: 'issued', completionId, issueKey: `course:${courseId}:${userId}:1` });
      expect((await repository().findById(first.id))?.status).toBe('revoked');
    });

    it("gives a completion the learner's re-issued certificate, and a re-issue of a completion's certificate answers for it", async () => {
      const byHand = await completion();
      const { certificate: old } = await issueByHand(byHand.userId);
      await issuing.finish(old.id);
      await revoke(old.id);
      const replacement = await issuing.claim({ agencyId, courseId, userId: byHand.userId, completionId: null, assignmentId: null, source: 'reissue', issueKey: `reissue:${old.id}`, requestedBy: null, replacesId: old.id });
      expect(await issuing.claimForCompletion(byHand.completionId)).toMatchObject({ id: replacement.id, completionId: byHand.completionId });
      expect((await repository().findById(old.id))?.completionId).toBeNull();

      const completed = await completion();
      const certified = await issue(completed.completionId);
      await revoke(certified.id);
      const reissued = await issuing.claim({ agencyId, courseId, userId: completed.userId, completionId: completed.completionId, assignmentId: null, source: 'reissue', issueKey: `reissue:${certified.id}`, requestedBy: null, replacesId: certified.id });
      expect((await issuing.claimForCompletion(completed.completionId))?.id).toBe(reissued.id);
      expect(await ofLearner(completed.userId)).toHaveLength(2);
    });
  });
});
