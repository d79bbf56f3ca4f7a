import { Test, type TestingModule } from '@nestjs/testing';
import { getModelToken } from '@nestjs/mongoose';
import { Types, type Model } from 'mongoose';
import { isolatedConfig, type IsolatedConfig } from '@lentera/test-support';
import { DatabaseModule } from '../connection/database.module';
import { DatabaseSetup } from '../connection/database-setup';
import { CertificateAuditRepository, firstBrokenAuditEntry } from './certificate-audit.repository';
import { CERTIFICATE_AUDIT_MODEL, type CertificateAuditDocument } from './certificate-audit.schema';
import { CertificateNumberRepository } from './certificate-number.repository';
import { CertificateTemplateRepository, DEFAULT_CERTIFICATE_TEMPLATE } from './certificate-template.repository';
import { CertificateRepository, type CertificateClaim } from './certificate.repository';
import { SigningKeyRepository } from './signing-key.repository';

const hex = () => new Types.ObjectId().toHexString();

describe('certificate storage on the real database', () => {
  let isolated: IsolatedConfig;
  let module: TestingModule;
  let certificates: CertificateRepository;
  const agencyId = hex();

  beforeAll(async () => {
    isolated = isolatedConfig('certificate-repo');
    module = await Test.createTestingModule({ imports: [DatabaseModule.forRoot(isolated.config)] }).compile();
    await module.init();
    await module.get(DatabaseSetup).ensureIndexes();
    certificates = module.get(CertificateRepository);
  });

  afterAll(async () => {
    await module?.close();
    await isolated?.cleanup();
  });

  const claimFor = (issueKey: string, code = `CODE-${issueKey}`): CertificateClaim => ({
    agencyId,
    courseId: hex(),
    userId: hex(),
    completionId: null,
    assignmentId: null,
    source: 'completion',
    issueKey,
    code,
    requestedBy: null,
    replacesId: null,
  });

  it('claims one certificate per issue key, also when 20 claims race', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, (_, index) => certificates.claim(claimFor('completion:race', `RACE-${index}`))));
    expect(results.filter((result) => result?.created)).toHaveLength(1);
    expect(new Set(results.map((result) => result?.certificate.id)).size).toBe(1);
    expect(results[0]?.certificate.status).toBe('pending');
  });

  it('says so when the random code is taken by another certificate', async () => {
    await certificates.claim(claimFor('completion:a', 'SAME-CODE'));
    expect(await certificates.claim(claimFor('completion:b', 'SAME-CODE'))).toBeNull();
    expect(await certificates.findByIssueKey('completion:b')).toBeNull();
  });

  it('never gives one sequence or one number to two certificates, nor two numbers to one', async () => {
    const numbers = module.get(CertificateNumberRepository);
    const scope = `${agencyId}|2026`;
    const slot = (certificateId: string, sequence: number, number = `X/2026/${sequence}`) => ({ certificateId, agencyId, scope, sequence, number });
    expect(await numbers.maxSequence(scope)).toBe(0);
    expect(await numbers.take(slot('cert-1', 1))).toEqual({ taken: slot('cert-1', 1) });
    expect(await numbers.take(slot('cert-2', 1, 'X/2026/1b'))).toEqual({ lost: true });
    expect(await numbers.take(slot('cert-2', 2, 'X/2026/1'))).toEqual({ lost: true });
    // A second run for cert-1 gets cert-1's number back, not a new one.
    expect(await numbers.take(slot('cert-1', 2))).toEqual({ taken: slot('cert-1', 1) });
    expect(await numbers.take(slot('cert-2', 2))).toEqual({ taken: slot('cert-2', 2) });
    expect(await numbers.maxSequence(scope)).toBe(2);
    expect((await numbers.findByCertificate('cert-2'))?.number).toBe('X/2026/2');
  });

  it('revokes an issued certificate once, with its date and reason', async () => {
    const { certificate } = (await certificates.claim(claimFor('completion:rev')))!;
    const revocation = { revokedAt: new Date('2026-12-01T08:00:00Z'), revokedBy: hex(), reason: 'Data peserta salah' };
    expect(await certificates.revoke(certificate.id, revocation)).toBe(false);
    await certificates.markIssued(certificate.id, {
      number: 'X/2026/9',
      sequence: 9,
      keyId: 'k',
      signedJson: '{}',
      signature: 's',
      issuedAt: new Date(),
      participantName: 'Siti',
      courseTitle: 'Kursus',
      jp: 20,
      competencyType: 'teknis',
    });
    expect(await certificates.revoke(certificate.id, revocation)).toBe(true);
    expect(await certificates.revoke(certificate.id, revocation)).toBe(false);
    const revoked = await certificates.findById(certificate.id);
    expect(revoked).toMatchObject({ status: 'revoked', revokeReason: 'Data peserta salah', revokedAt: revocation.revokedAt });
  });

  it('keeps one active signing key per agency, also when two are stored at once', async () => {
    const keys = module.get(SigningKeyRepository);
    const agency = hex();
    const key = (keyId: string) => ({ agencyId: agency, keyId, publicKeyPem: 'pem', sealedPrivateKey: { sealed: 's', scheme: 'x' } });
    const stored = await Promise.all([keys.insertActive(key('k1'), new Date()), keys.insertActive(key('k2'), new Date())]);
    expect(stored.filter(Boolean)).toHaveLength(1);
    const active = (await keys.findActive(agency))!;
    expect(await keys.retire(active.id, new Date())).toBe(true);
    expect(await keys.retire(active.id, new Date())).toBe(false);
    expect(await keys.insertActive(key('k3'), new Date())).not.toBeNull();
    expect((await keys.findActive(agency))?.keyId).toBe('k3');
    expect((await keys.findByKeyId(active.keyId))?.status).toBe('retired');
    expect(await keys.findByAgency(agency)).toHaveLength(2);
  });

  it('gives an agency the default template until it saves its own', async () => {
    const templates = module.get(CertificateTemplateRepository);
    const agency = hex();
    expect(await templates.findForAgency(agency)).toMatchObject(DEFAULT_CERTIFICATE_TEMPLATE);
    const saved = (await templates.saveText(
      agency,
      { ...DEFAULT_CERTIFICATE_TEMPLATE, heading: 'STTP', signatories: [{ name: 'Dr. Budi', title: 'Kepala', nip: null, signature: null }] },
      hex(),
      null,
    ))!;
    expect(saved).toMatchObject({ heading: 'STTP', signatories: [{ name: 'Dr. Budi', title: 'Kepala', nip: null, signature: null }] });
    expect((await templates.saveText(agency, { ...saved, heading: 'SERTIFIKAT' }, hex(), saved.updatedAt))?.heading).toBe('SERTIFIKAT');
  });

  describe('the audit log', () => {
    it('numbers concurrent appends without gaps and chains their hashes', async () => {
      const audit = module.get(CertificateAuditRepository);
      const agency = hex();
      await Promise.all(
        Array.from({ length: 12 }, (_, index) =>
          audit.append({ agencyId: agency, action: 'issued', certificateId: hex(), actorId: null, reason: null, details: { number: `N-${index}` }, at: new Date() }),
        ),
      );
      const entries = await audit.findByAgency(agency);
      expect(entries.map((entry) => entry.seq)).toEqual(Array.from({ length: 12 }, (_, index) => index + 1));
      expect(firstBrokenAuditEntry(entries)).toBeNull();
    });

    it('shows an entry edited or deleted in the database', async () => {
      const audit = module.get(CertificateAuditRepository);
      const model = module.get<Model<CertificateAuditDocument>>(getModelToken(CERTIFICATE_AUDIT_MODEL));
      const agency = hex();
      for (const reason of ['satu', 'dua', 'tiga']) {
        await audit.append({ agencyId: agency, action: 'revoked', certificateId: hex(), actorId: hex(), reason, details: {}, at: new Date() });
      }
      await model.updateOne({ agencyId: new Types.ObjectId(agency), seq: 2 }, { $set: { reason: 'diubah' } });
      expect(firstBrokenAuditEntry(await audit.findByAgency(agency))).toEqual({ seq: 2, problem: 'was changed after it was written' });
      await model.updateOne({ agencyId: new Types.ObjectId(agency), seq: 2 }, { $set: { reason: 'dua' } });
      expect(firstBrokenAuditEntry(await audit.findByAgency(agency))).toBeNull();
      await model.deleteOne({ agencyId: new Types.ObjectId(agency), seq: 2 });
      expect(firstBrokenAuditEntry(await audit.findByAgency(agency))).toEqual({ seq: 2, problem: 'entry 2 is missing' });
    });
  });
});
