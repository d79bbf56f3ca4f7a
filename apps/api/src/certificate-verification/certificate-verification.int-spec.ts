import { execFileSync } from 'node:child_process';
import { createPublicKey, verify } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import {
  CertificateIssuingService,
  CertificateSigner,
  CertificatesModule,
  certificateData,
  certificateJson,
  formatVerificationCode,
  parseCertificateJson,
  type CertificateData,
  type SignedCertificate,
} from '@lentera/certificates';
import {
  AgencyRepository,
  CertificateRepository,
  CertificateTemplateRepository,
  CourseCompletionRepository,
  DEFAULT_CERTIFICATE_TEMPLATE,
  EnrolmentRepository,
  SigningKeyRepository,
  UserRepository,
  type CertificateRecord,
} from '@lentera/db';
import { QUEUE_PREFIX, REDIS_CONNECTION, type RedisClient } from '@lentera/jobs';
import { buildCourse, isolatedConfig, validNip, type IsolatedConfig } from '@lentera/test-support';
import { AppModule } from '../app.module';
import { LOOKUP_LIMIT, LOOKUP_WINDOW_SECONDS } from './verification-throttle';

const AGENCY_CODE = 'BPSDM-VERIF';
const AGENCY_NAME = 'BPSDM Provinsi Verifikasi';
const COURSE_TITLE = 'Manajemen Risiko Sektor Publik';
const SIGNATORY = { name: 'Dr. Ir. Hendra Wijaya, M.Si.', title: 'Kepala BPSDM', nip: validNip(900), signature: null };

const VERIFY = `query ($code: String!) {
  verifyCertificate(code: $code) {
    verdict code revokedAt revokeReason replacedByNumber keyId keyStatus dataUrl signatureUrl publicKeyUrl openBadgeUrl
    content {
      number courseId courseTitle jp competencyType periodStart periodEnd issuedAt replacesNumber keyId verifyUrl
      issuer { agencyId code name }
      participant { name nip rankGrade position workUnit agencyOfOrigin }
      signatories { name title nip }
    }
  }
}`;

interface Verification {
  verdict: string;
  code: string;
  revokedAt: string | null;
  revokeReason: string | null;
  replacedByNumber: string | null;
  keyId: string | null;
  keyStatus: string | null;
  dataUrl: string | null;
  signatureUrl: string | null;
  publicKeyUrl: string | null;
  openBadgeUrl: string | null;
  content: Record<string, unknown> | null;
}

describe('public certificate verification: the query, the downloads, Open Badges and the rate limit', () => {
  let isolated: IsolatedConfig;
  let app: INestApplication;
  let agencyId: string;
  let courseId: string;
  let adminId: string;
  let people = 0;

  const http = () => request(app.getHttpServer());
  const rawBody = (response: request.Response, callback: (error: Error | null, body: Buffer) => void) => {
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.on('end', () => callback(null, Buffer.concat(chunks)));
  };
  /** A download by the absolute URL the query hands out (the app is served by supertest, not at PUBLIC_URL). */
  const download = (url: string) => http().get(new URL(url, 'http://x').pathname).buffer(true).parse(rawBody);

  async function verifyCode(code: string): Promise<{ status: number; data?: { verifyCertificate: Verification }; errors?: Array<{ extensions: Record<string, unknown> }> }> {
    const response = await http().post('/graphql').send({ query: VERIFY, variables: { code } });
    return { status: response.status, ...response.body };
  }

  async function verification(code: string): Promise<Verification> {
    const response = await verifyCode(code);
    expect(response.errors).toBeUndefined();
    return response.data!.verifyCertificate;
  }

  /** A learner with a full ASN profile who completed the course. */
  async function completion(): Promise<{ completionId: string; userId: string; nip: string; name: string }> {
    people += 1;
    const nip = validNip(people);
    const name = `Drs. Peserta Verifikasi ${people}, M.AP.`;
    const user = await app.get(UserRepository).create({
      fullName: name,
      email: `verifikasi${people}@uji.lentera.id`,
      nip,
      rankGrade: 'Penata Tingkat I (III/d)',
      position: 'Analis Sumber Daya Manusia Aparatur',
      workUnit: 'Bidang Pengembangan Kompetensi',
      agencyOfOrigin: 'Pemerintah Provinsi Verifikasi',
      memberships: [{ agencyId, role: 'learner' }],
    });
    const { enrolment } = await app.get(EnrolmentRepository).enrolOnce({ userId: user.id, courseId, agencyId, status: 'active', source: 'self' }, new Date());
    const { completion: done } = await app.get(CourseCompletionRepository).recordOnce({
      userId: user.id,
      courseId,
      agencyId,
      enrolmentId: enrolment.id,
      completedAt: new Date(),
      jp: 24,
      competencyType: 'teknis',
      courseTitle: COURSE_TITLE,
    });
    return { completionId: done.id, userId: user.id, nip, name };
  }

  /** Claims and signs, as the worker's certificate.issue job does (no worker runs here). */
  async function issued(): Promise<{ certificate: CertificateRecord; nip: string; name: string }> {
    const { completionId, nip, name } = await completion();
    const claimed = await app.get(CertificateIssuingService).claimForCompletion(completionId);
    await app.get(CertificateIssuingService).finish(claimed!.id);
    return { certificate: (await app.get(CertificateRepository).findById(claimed!.id))!, nip, name };
  }

  async function resetRateLimit(): Promise<void> {
    const redis = app.get<RedisClient>(REDIS_CONNECTION);
    const keys = await redis.keys(`${app.get<string>(QUEUE_PREFIX)}:certificate-verification:*`);
    if (keys.length) await redis.del(...keys);
  }

  function openssl(files: Record<string, Buffer | string>): { verified: boolean; output: string } {
    const dir = mkdtempSync(join(tmpdir(), 'lentera-verify-'));
    try {
      for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
      const output = execFileSync('openssl', ['pkeyutl', '-verify', '-pubin', '-inkey', 'kunci-publik.pem', '-rawin', '-in', 'sertifikat.json', '-sigfile', 'sertifikat.sig'], {
        cwd: dir,
        stdio: 'pipe',
      }).toString();
      return { verified: /Signature Verified Successfully/.test(output), output };
    } catch (error) {
      return { verified: false, output: String((error as { stdout?: Buffer }).stdout ?? error) };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  beforeAll(async () => {
    isolated = isolatedConfig('certificate-verification');
    const module = await Test.createTestingModule({ imports: [AppModule.forRoot(isolated.config), CertificatesModule] }).compile();
    app = module.createNestApplication({ logger: ['error'] });
    await app.init();
    agencyId = (await app.get(AgencyRepository).create({ code: AGENCY_CODE, name: AGENCY_NAME, kind: 'regional' })).id;
    adminId = (await app.get(UserRepository).create({ fullName: 'Admin Verifikasi', email: 'admin@verifikasi.lentera.id', memberships: [{ agencyId, role: 'admin' }] })).id;
    await app.get(CertificateTemplateRepository).saveText(agencyId, { ...DEFAULT_CERTIFICATE_TEMPLATE, signatories: [SIGNATORY] }, adminId, null);
    courseId = (await buildCourse(app, { agencyId, title: COURSE_TITLE, jp: 24, modules: [[{}]] })).id;
  });

  beforeEach(resetRateLimit);

  afterAll(async () => {
    await app?.close();
    await isolated?.cleanup();
  });

  describe('a code with no issued certificate behind it', () => {
    it('answers UNKNOWN for an unknown code, in its stored form', async () => {
      const answer = await verification('abcde-fghjk-mnpqr-stvwx-yz012-3');
      expect(answer).toEqual({
        verdict: 'UNKNOWN',
        code: 'ABCDEFGHJKMNPQRSTVWXYZ0123',
        content: null,
        revokedAt: null,
        revokeReason: null,
        replacedByNumber: null,
        keyId: null,
        keyStatus: null,
        dataUrl: null,
        signatureUrl: null,
        publicKeyUrl: null,
        openBadgeUrl: null,
      });
    });

    it('answers UNKNOWN, never an error, for anything that cannot be a code', async () => {
      for (const garbage of ['', '   ', 'x', '!!!', '<script>alert(1)</script>', 'ÄÖÜ-ñ-日本語', '🙂'.repeat(26), 'A'.repeat(5000), 'U'.repeat(26)]) {
        const response = await verifyCode(garbage);
        expect(response.status).toBe(200);
        expect(response.errors).toBeUndefined();
        expect(response.data!.verifyCertificate).toMatchObject({ verdict: 'UNKNOWN', content: null });
        expect([...response.data!.verifyCertificate.code].length).toBeLessThanOrEqual(64);
      }
      expect((await verification('  nope  ')).code).toBe('nope');
    });

    it('answers a certificate still pending exactly as an unknown code', async () => {
      const { completionId } = await completion();
      const pending = (await app.get(CertificateIssuingService).claimForCompletion(completionId))!;
      expect(pending.status).toBe('pending');
      const answer = await verification(pending.code);
      const unknown = await verification('ABCDEFGHJKMNPQRSTVWXYZ0123');
      expect({ ...answer, code: null }).toEqual({ ...unknown, code: null });
      expect(answer.code).toBe(pending.code);
      const json = await download(`/public/certificates/${pending.code}/sertifikat.json`);
      const missing = await download('/public/certificates/ABCDEFGHJKMNPQRSTVWXYZ0123/sertifikat.json');
      expect(json.status).toBe(404);
      expect(JSON.parse(json.body.toString())).toEqual(JSON.parse(missing.body.toString()));
    });

    it('answers the downloads of an unknown code, a garbage code or an unknown file with 404 and a clear message', async () => {
      const { certificate } = await issued();
      for (const path of [
        '/public/certificates/ABCDEFGHJKMNPQRSTVWXYZ0123/sertifikat.json',
        '/public/certificates/bukan-kode/kunci-publik.pem',
        `/public/certificates/${certificate.code}/rahasia.key`,
        `/public/certificates/${certificate.code}/..%2F..%2Fpackage.json`,
      ]) {
        const response = await download(path);
        expect(response.status).toBe(404);
        const body = JSON.parse(response.body.toString());
        expect(body).toMatchObject({ code: 'NOT_FOUND', message: expect.stringMatching(/\S/), messageEn: expect.stringMatching(/\S/) });
      }
    });
  });

  describe('an issued certificate', () => {
    let certificate: CertificateRecord;
    let nip: string;
    let name: string;

    beforeAll(async () => {
      ({ certificate, nip, name } = await issued());
    });

    it('is VALID and shows every field of the signed data', async () => {
      const answer = await verification(certificate.code);
      const data = parseCertificateJson(certificate.signedJson!)!;
      const files = `${isolated.config.publicUrl}/public/certificates/${certificate.code}`;
      expect(answer).toEqual({
        verdict: 'VALID',
        code: certificate.code,
        revokedAt: null,
        revokeReason: null,
        replacedByNumber: null,
        keyId: certificate.keyId,
        keyStatus: 'ACTIVE',
        dataUrl: `${files}/sertifikat.json`,
        signatureUrl: `${files}/sertifikat.sig`,
        publicKeyUrl: `${files}/kunci-publik.pem`,
        openBadgeUrl: `${files}/open-badge.json`,
        content: {
          number: certificate.number,
          courseId,
          courseTitle: COURSE_TITLE,
          jp: 24,
          competencyType: 'TEKNIS',
          periodStart: data.period.start,
          periodEnd: data.period.end,
          issuedAt: certificate.issuedAt!.toISOString(),
          replacesNumber: null,
          keyId: certificate.keyId,
          verifyUrl: `${isolated.config.publicUrl}/verifikasi/${certificate.code}`,
          issuer: { agencyId, code: AGENCY_CODE, name: AGENCY_NAME },
          participant: {
            name,
            nip,
            rankGrade: 'Penata Tingkat I (III/d)',
            position: 'Analis Sumber Daya Manusia Aparatur',
            workUnit: 'Bidang Pengembangan Kompetensi',
            agencyOfOrigin: 'Pemerintah Provinsi Verifikasi',
          },
          signatories: [{ name: SIGNATORY.name, title: SIGNATORY.title, nip: SIGNATORY.nip }],
        },
      });
      expect(data.period.start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    });

    it('is found however the code is typed: grouped with dashes, lower case, spaces, O for 0 and I or L for 1', async () => {
      const grouped = formatVerificationCode(certificate.code);
      const misread = certificate.code.replace(/0/g, 'O').replace(/1/g, 'l').toLowerCase();
      for (const typed of [grouped, grouped.toLowerCase(), ` ${grouped.replace(/-/g, ' ')} `, misread]) {
        const answer = await verification(typed);
        expect(answer).toMatchObject({ verdict: 'VALID', code: certificate.code });
      }
      const response = await download(`/public/certificates/${grouped.toLowerCase()}/sertifikat.json`);
      expect(response.status).toBe(200);
    });

    it('serves the exact signed bytes, the raw signature and the public key, and openssl verifies them', async () => {
      const answer = await verification(certificate.code);
      const [json, sig, pem] = await Promise.all([download(answer.dataUrl!), download(answer.signatureUrl!), download(answer.publicKeyUrl!)]);
      for (const response of [json, sig, pem]) {
        expect(response.status).toBe(200);
        expect(response.headers['x-content-type-options']).toBe('nosniff');
      }
      expect(json.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(json.headers['content-disposition']).toMatch(/^attachment; filename="sertifikat\.json"/);
      expect(json.body.toString('utf8')).toBe(certificate.signedJson);
      expect(sig.headers['content-type']).toBe('application/octet-stream');
      expect(sig.body).toHaveLength(64);
      expect(sig.body.toString('base64url')).toBe(certificate.signature);
      expect(pem.headers['content-type']).toBe('application/x-pem-file');
      expect(pem.body.toString()).toBe((await app.get(SigningKeyRepository).findByKeyId(certificate.keyId!))!.publicKeyPem);

      expect(openssl({ 'sertifikat.json': json.body, 'sertifikat.sig': sig.body, 'kunci-publik.pem': pem.body }).verified).toBe(true);
      const altered = Buffer.from(json.body.toString().replace(COURSE_TITLE, 'Kursus Lain'));
      expect(openssl({ 'sertifikat.json': altered, 'sertifikat.sig': sig.body, 'kunci-publik.pem': pem.body }).verified).toBe(false);
    });

    it('is an Open Badges 3.0 credential, as JSON and as a VC-JWT signed by the certificate\'s key', async () => {
      const answer = await verification(certificate.code);
      const json = await download(answer.openBadgeUrl!);
      expect(json.status).toBe(200);
      expect(json.headers['content-type']).toBe('application/json; charset=utf-8');
      const credential = JSON.parse(json.body.toString());
      expect(credential).toMatchObject({
        '@context': ['https://www.w3.org/ns/credentials/v2', expect.stringMatching(/^https:\/\/purl\.imsglobal\.org\/spec\/ob\/v3p0\/context-3\.0\.\d+\.json$/)],
        id: answer.openBadgeUrl,
        type: ['VerifiableCredential', 'OpenBadgeCredential'],
        issuer: { type: ['Profile'], name: AGENCY_NAME },
        validFrom: certificate.issuedAt!.toISOString(),
        credentialSubject: {
          type: ['AchievementSubject'],
          creditsEarned: 24,
          identifier: [expect.objectContaining({ type: 'IdentityObject', hashed: true, identityType: 'identifier' }), expect.objectContaining({ identityType: 'name' })],
          achievement: { type: ['Achievement'], achievementType: 'Certificate', name: COURSE_TITLE, criteria: { narrative: expect.any(String) } },
        },
      });
      expect(json.body.toString()).not.toContain(nip);

      const jwtResponse = await download(answer.openBadgeUrl!.replace(/open-badge\.json$/, 'open-badge.jwt'));
      expect(jwtResponse.status).toBe(200);
      expect(jwtResponse.headers['content-type']).toMatch(/^application\/jwt/);
      const jwt = jwtResponse.body.toString();
      const [header, payload, signature] = jwt.split('.');
      expect(JSON.parse(Buffer.from(header, 'base64url').toString())).toEqual({ alg: 'EdDSA', typ: 'JWT', kid: certificate.keyId });
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
      expect(claims).toEqual({ iss: credential.issuer.id, sub: credential.credentialSubject.id, jti: credential.id, nbf: Math.floor(certificate.issuedAt!.getTime() / 1000), vc: credential });
      const publicKey = createPublicKey((await download(answer.publicKeyUrl!)).body.toString());
      expect(verify(null, Buffer.from(`${header}.${payload}`), publicKey, Buffer.from(signature, 'base64url'))).toBe(true);
      const forged = Buffer.from(JSON.stringify({ ...claims, vc: { ...claims.vc, name: 'Sertifikat Palsu' } })).toString('base64url');
      expect(verify(null, Buffer.from(`${header}.${forged}`), publicKey, Buffer.from(signature, 'base64url'))).toBe(false);
    });
  });

  describe('a revoked certificate', () => {
    let certificate: CertificateRecord;
    const revokedAt = new Date('2026-12-01T03:04:05.000Z');
    const reason = 'Peserta tidak memenuhi syarat kehadiran minimal.';

    beforeAll(async () => {
      ({ certificate } = await issued());
      expect(await app.get(CertificateRepository).revoke(certificate.id, { revokedAt, revokedBy: adminId, reason })).toBe(true);
    });

    it('is REVOKED with the date and the reason, and still shows what it said', async () => {
      const answer = await verification(certificate.code);
      expect(answer).toMatchObject({
        verdict: 'REVOKED',
        revokedAt: revokedAt.toISOString(),
        revokeReason: reason,
        keyStatus: 'ACTIVE',
        openBadgeUrl: null,
        dataUrl: expect.stringMatching(/sertifikat\.json$/),
      });
      expect(answer.content).toMatchObject({ number: certificate.number, courseTitle: COURSE_TITLE });
    });

    it('keeps its evidence downloadable (it still verifies) but answers 410 for its Open Badge', async () => {
      const base = `/public/certificates/${certificate.code}`;
      const [json, sig, pem] = await Promise.all(['sertifikat.json', 'sertifikat.sig', 'kunci-publik.pem'].map((file) => download(`${base}/${file}`)));
      expect([json.status, sig.status, pem.status]).toEqual([200, 200, 200]);
      expect(openssl({ 'sertifikat.json': json.body, 'sertifikat.sig': sig.body, 'kunci-publik.pem': pem.body }).verified).toBe(true);
      for (const file of ['open-badge.json', 'open-badge.jwt']) {
        const response = await download(`${base}/${file}`);
        expect(response.status).toBe(410);
        expect(JSON.parse(response.body.toString())).toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('dicabut'), messageEn: expect.stringContaining('revoked') });
      }
    });

    it('names the number of the certificate that replaced it, once that one is issued', async () => {
      const issuing = app.get(CertificateIssuingService);
      const replacement = await issuing.claim({
        agencyId,
        courseId,
        userId: certificate.userId,
        completionId: null,
        assignmentId: null,
        source: 'reissue',
        issueKey: `reissue:${certificate.id}`,
        requestedBy: adminId,
        replacesId: certificate.id,
      });
      await app.get(CertificateRepository).setReplacedBy(certificate.id, replacement.id);
      expect((await verification(certificate.code)).replacedByNumber).toBeNull();
      await issuing.finish(replacement.id);
      const number = (await app.get(CertificateRepository).findById(replacement.id))!.number;
      expect((await verification(certificate.code)).replacedByNumber).toBe(number);
      expect((await verification(replacement.code)).content).toMatchObject({ replacesNumber: certificate.number });
    });
  });

  describe('a certificate whose stored data does not match its signature', () => {
    /**
     * A certificate stored as issued with its agency's genuine signature over its data, and then
     * `change` applied to what is stored, as someone writing to the database could leave it.
     * (Written while it is pending: the repository never rewrites an issued certificate.)
     */
    async function storedWith(change: (genuine: SignedCertificate & { data: CertificateData }) => Partial<SignedCertificate>): Promise<CertificateRecord> {
      const { completionId, name, nip } = await completion();
      const pending = (await app.get(CertificateIssuingService).claimForCompletion(completionId))!;
      const key = await app.get(CertificateSigner).activeKey(agencyId);
      const issuedAt = new Date();
      const data = certificateData({
        code: pending.code,
        number: `${AGENCY_CODE}/UJI/${pending.id}`,
        issuer: { agencyId, code: AGENCY_CODE, name: AGENCY_NAME },
        course: { id: courseId, title: COURSE_TITLE, jp: 24, competencyType: 'teknis' },
        participant: { name, nip, rankGrade: null, position: null, workUnit: null, agencyOfOrigin: null },
        period: { start: issuedAt, end: issuedAt },
        issuedAt,
        signatories: [],
        replaces: null,
        keyId: key.keyId,
        publicUrl: isolated.config.publicUrl,
      });
      const genuine = app.get(CertificateSigner).sign(data, key);
      const stored = { ...genuine, ...change({ ...genuine, data }) };
      const written = await app.get(CertificateRepository).markIssued(pending.id, {
        ...stored,
        number: data.number,
        sequence: 0,
        issuedAt,
        participantName: name,
        courseTitle: COURSE_TITLE,
        jp: 24,
        competencyType: 'teknis',
      });
      expect(written).toBe(true);
      return (await app.get(CertificateRepository).findById(pending.id))!;
    }

    it('is VALID when nothing was changed (the helper itself forges nothing)', async () => {
      const untouched = await storedWith(() => ({}));
      expect(await verification(untouched.code)).toMatchObject({ verdict: 'VALID', content: { number: untouched.number } });
    });

    it('is INVALID_SIGNATURE, never VALID, when a signed field was changed, and shows none of it', async () => {
      const certificate = await storedWith(({ data }) => ({ signedJson: certificateJson({ ...data, course: { ...data.course, jp: 240 } }) }));
      const answer = await verification(certificate.code);
      expect(answer).toMatchObject({ verdict: 'INVALID_SIGNATURE', code: certificate.code, content: null, openBadgeUrl: null, keyStatus: 'ACTIVE' });
      // The evidence shows why: openssl refuses it too.
      const [json, sig, pem] = await Promise.all([download(answer.dataUrl!), download(answer.signatureUrl!), download(answer.publicKeyUrl!)]);
      expect(json.body.toString()).toContain('"jp":240');
      expect(openssl({ 'sertifikat.json': json.body, 'sertifikat.sig': sig.body, 'kunci-publik.pem': pem.body }).verified).toBe(false);
      // Lentera signs no badge over data the agency did not sign.
      for (const file of ['open-badge.json', 'open-badge.jwt']) {
        const response = await download(`/public/certificates/${certificate.code}/${file}`);
        expect(response.status).toBe(409);
        expect(JSON.parse(response.body.toString())).toMatchObject({ code: 'CONFLICT' });
      }
    });

    it("is INVALID_SIGNATURE for the same data written differently, another certificate's signature, or a signature by another agency's key", async () => {
      const { certificate: other } = await issued();
      const otherAgency = await app.get(AgencyRepository).create({ code: 'PUSDIKLAT-LAIN', name: 'Pusdiklat Lain', kind: 'central' });
      const foreignKey = await app.get(CertificateSigner).activeKey(otherAgency.id);
      const rewritten = await storedWith(({ data }) => ({ signedJson: JSON.stringify(data, null, 1) }));
      const borrowed = await storedWith(() => ({ signature: other.signature! }));
      const foreign = await storedWith(({ data }) => app.get(CertificateSigner).sign({ ...data, keyId: foreignKey.keyId }, foreignKey));
      for (const certificate of [rewritten, borrowed, foreign]) {
        expect(await verification(certificate.code)).toMatchObject({ verdict: 'INVALID_SIGNATURE', content: null, openBadgeUrl: null });
      }
      // A key that is not the agency's is not offered as the certificate's key.
      expect(await verification(foreign.code)).toMatchObject({ keyId: foreignKey.keyId, keyStatus: null, publicKeyUrl: null });
    });
  });

  it('keeps a certificate VALID after its agency rotates its key, and signs its badge with the key that signed it', async () => {
    const { certificate } = await issued();
    const rotated = await app.get(CertificateSigner).rotate(agencyId, adminId, 'Rotasi kunci tahunan');
    expect(rotated.keyId).not.toBe(certificate.keyId);
    const answer = await verification(certificate.code);
    expect(answer).toMatchObject({ verdict: 'VALID', keyId: certificate.keyId, keyStatus: 'RETIRED' });
    const jwt = (await download(answer.openBadgeUrl!.replace(/json$/, 'jwt'))).body.toString();
    expect(JSON.parse(Buffer.from(jwt.split('.')[0], 'base64url').toString())).toMatchObject({ kid: certificate.keyId });
    const after = await issued();
    expect(await verification(after.certificate.code)).toMatchObject({ verdict: 'VALID', keyId: rotated.keyId, keyStatus: 'ACTIVE' });
  });

  describe('the rate limit', () => {
    it(`allows ${LOOKUP_LIMIT} lookups per address in ${LOOKUP_WINDOW_SECONDS / 60} minutes over GraphQL and REST together, then answers TOO_MANY_REQUESTS and 429`, async () => {
      const { certificate } = await issued();
      for (let lookup = 0; lookup < LOOKUP_LIMIT; lookup += 1) {
        if (lookup % 2 === 0) expect((await verification(certificate.code)).verdict).toBe('VALID');
        else expect((await download(`/public/certificates/${certificate.code}/sertifikat.sig`)).status).toBe(200);
      }
      const refused = await verifyCode(certificate.code);
      expect(refused.status).toBe(200);
      expect(refused.data).toBeNull();
      expect(refused.errors).toHaveLength(1);
      const [error] = refused.errors!;
      expect(error.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: expect.any(Number), messageEn: expect.stringMatching(/Too many certificate checks/) });
      expect(error.extensions.retryAfterSeconds).toBeGreaterThan(0);
      expect(error.extensions.retryAfterSeconds).toBeLessThanOrEqual(LOOKUP_WINDOW_SECONDS);

      const rest = await download(`/public/certificates/${certificate.code}/sertifikat.json`);
      expect(rest.status).toBe(429);
      expect(Number(rest.headers['retry-after'])).toBeGreaterThan(0);
      expect(JSON.parse(rest.body.toString())).toMatchObject({ code: 'TOO_MANY_REQUESTS', message: expect.stringMatching(/Terlalu banyak/) });
      // Unknown codes count as well: guessing is no way around it.
      expect((await verifyCode('ABCDEFGHJKMNPQRSTVWXYZ0123')).errors?.[0].extensions.code).toBe('TOO_MANY_REQUESTS');
    });

    it('answers SERVICE_UNAVAILABLE (503 over REST) when Redis cannot count, rather than letting lookups through', async () => {
      const redis = app.get<RedisClient>(REDIS_CONNECTION);
      const down = () => {
        throw new Error('Connection is closed.');
      };
      const multi = jest.spyOn(redis, 'multi').mockImplementation(down);
      try {
        const response = await verifyCode('ABCDEFGHJKMNPQRSTVWXYZ0123');
        expect(response.errors?.[0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', service: 'redis' });
        expect((await download('/public/certificates/ABCDEFGHJKMNPQRSTVWXYZ0123/sertifikat.json')).status).toBe(503);
      } finally {
        multi.mockRestore();
      }
      expect((await verification('ABCDEFGHJKMNPQRSTVWXYZ0123')).verdict).toBe('UNKNOWN');
    });
  });
});
