import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { jakartaDate, jakartaYearMonth } from '@lentera/asn';
import { CertificateIssuingService, CertificatePdfService, checkCertificateSignature, parseCertificateJson } from '@lentera/certificates';
import {
  AgencyRepository,
  CertificateNumberRepository,
  CertificateRepository,
  CourseAssignmentRepository,
  CourseCompletionRepository,
  EnrolmentRepository,
  UserRepository,
  type AgencyRole,
  type CertificateRecord,
  type UserRecord,
} from '@lentera/db';
import { buildCourse, isolatedConfig, testAgencyScope, validNip, type IsolatedConfig } from '@lentera/test-support';
import { AppModule } from '../app.module';
import { SessionService } from '../auth/session.service';
import { CertificateUrlSigner } from './certificate-url.signer';
import { graphqlClient, type Json } from '../testing/graphql-client';

const AGENCY_A = 'BPSDM-SERT-A';
const AGENCY_B = 'BPSDM-SERT-B';
const COURSE_TITLE = 'Manajemen Arsip Dinamis bagi ASN';

const CONTENT_FIELDS = `number issuer { agencyId code name } courseId courseTitle jp competencyType
  participant { name nip rankGrade position workUnit agencyOfOrigin } periodStart periodEnd issuedAt
  signatories { name title nip } replacesNumber keyId verifyUrl`;
const CERTIFICATE_FIELDS = `id code status number courseId courseTitle userId participantName jp issuedAt revokedAt revokeReason
  replacesId replacedById pdfStatus pdfUrl verifyUrl content { ${CONTENT_FIELDS} }`;
const MINE = `{ myCertificates { ${CERTIFICATE_FIELDS} } }`;
const ONE = `query ($id: ID!) { certificate(id: $id) { ${CERTIFICATE_FIELDS} } }`;
const AGENCY_LIST = `query ($agencyId: ID!, $courseId: ID, $status: CertificateStatus, $search: String, $first: Int, $after: String) {
  agencyCertificates(agencyId: $agencyId, courseId: $courseId, status: $status, search: $search, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id status number participantName courseTitle userId } }
  }
}`;
const ISSUE = `mutation ($courseId: ID!, $userIds: [ID!], $assignmentId: ID) {
  issueCertificates(courseId: $courseId, userIds: $userIds, assignmentId: $assignmentId) { requested claimed alreadyCertified }
}`;
const REVOKE = `mutation ($id: ID!, $reason: String!) { revokeCertificate(id: $id, reason: $reason) { ${CERTIFICATE_FIELDS} } }`;
const REISSUE = `mutation ($id: ID!, $reason: String!) { reissueCertificate(id: $id, reason: $reason) { ${CERTIFICATE_FIELDS} } }`;
const TEMPLATE_FIELDS = 'agencyId heading language numberFormat signatories { name title nip } updatedAt sampleNumber';
const TEMPLATE = `query ($agencyId: ID!) { certificateTemplate(agencyId: $agencyId) { ${TEMPLATE_FIELDS} } }`;
const UPDATE_TEMPLATE = `mutation ($agencyId: ID!, $input: CertificateTemplateInput!) {
  updateCertificateTemplate(agencyId: $agencyId, input: $input) { ${TEMPLATE_FIELDS} }
}`;
const KEYS = 'query ($agencyId: ID!) { signingKeys(agencyId: $agencyId) { keyId status activatedAt retiredAt publicKeyPem } }';
const ROTATE = 'mutation ($agencyId: ID!, $reason: String!) { rotateSigningKey(agencyId: $agencyId, reason: $reason) { keyId status activatedAt retiredAt publicKeyPem } }';
const AUDIT = `query ($agencyId: ID!, $first: Int, $after: String) {
  certificateAuditLog(agencyId: $agencyId, first: $first, after: $after) {
    intact brokenAt
    entries { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { seq action certificateId number actorName reason at } } }
  }
}`;

describe('certificates over GraphQL and their PDF downloads', () => {
  let isolated: IsolatedConfig;
  let dataDir: string;
  let app: INestApplication;
  let users: UserRepository;
  let agencyA: string;
  let agencyB: string;
  let adminA: UserRecord;
  let adminB: UserRecord;
  let courseId: string;
  let people = 0;

  const http = () => request(app.getHttpServer());
  const { ok, refused } = graphqlClient(() => app);
  const issuing = () => app.get(CertificateIssuingService, { strict: false });
  const stored = async (id: string) => (await app.get(CertificateRepository).findById(id))!;
  const year = () => jakartaYearMonth(new Date()).year;

  async function person(agencyId: string, role: AgencyRole = 'learner', fullName?: string): Promise<UserRecord> {
    people += 1;
    return users.create({
      fullName: fullName ?? `Peserta Sertifikat ${people}`,
      email: `sertifikat${people}@uji.lentera.id`,
      nip: validNip(500 + people),
      rankGrade: 'Penata Muda (III/a)',
      position: 'Arsiparis Ahli Pertama',
      workUnit: 'Bagian Umum',
      memberships: [{ agencyId, role }],
    });
  }

  async function enrolled(fullName?: string): Promise<UserRecord> {
    const learner = await person(agencyA, 'learner', fullName);
    await app.get(EnrolmentRepository).enrolOnce({ userId: learner.id, courseId, agencyId: agencyA, status: 'active', source: 'self' }, new Date());
    return learner;
  }

  /** What the worker does for a claimed certificate: number, sign, render. */
  async function sign(certificateId: string): Promise<CertificateRecord> {
    await issuing().finish(certificateId);
    await app.get(CertificatePdfService, { strict: false }).render(certificateId);
    return stored(certificateId);
  }

  /** An enrolled learner of agency A with an issued certificate of the course (PDF rendered). */
  async function certified(fullName?: string): Promise<{ learner: UserRecord; certificate: CertificateRecord }> {
    const learner = await enrolled(fullName);
    const claimed = await issuing().claim({
      agencyId: agencyA,
      courseId,
      userId: learner.id,
      completionId: null,
      assignmentId: null,
      source: 'manual',
      issueKey: `manual:${learner.id}:${courseId}`,
      requestedBy: adminA.id,
      replacesId: null,
    });
    return { learner, certificate: await sign(claimed.id) };
  }

  const download = (url: string) => http().get(url).buffer(true).parse(rawBody);

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'lentera-certificates-'));
    isolated = isolatedConfig('certificates', { DATA_DIR: dataDir });
    const module = await Test.createTestingModule({ imports: [AppModule.forRoot(isolated.config)] }).compile();
    app = module.createNestApplication({ logger: ['error'] });
    await app.init();
    users = app.get(UserRepository);
    const agencies = app.get(AgencyRepository);
    agencyA = (await agencies.create({ code: AGENCY_A, name: 'BPSDM Sertifikat A', kind: 'regional' })).id;
    agencyB = (await agencies.create({ code: AGENCY_B, name: 'BPSDM Sertifikat B', kind: 'regional' })).id;
    adminA = await person(agencyA, 'admin');
    adminB = await person(agencyB, 'admin');
    courseId = (await buildCourse(app, { agencyId: agencyA, title: COURSE_TITLE, jp: 20, modules: [[{}]] })).id;
  });

  afterAll(async () => {
    await app?.close();
    await isolated?.cleanup();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it("shows learners their own certificates only, and keeps another agency's admin out", async () => {
    const { learner, certificate } = await certified();
    const other = await certified();
    const pendingOnly = await enrolled();
    await issuing().claim({ agencyId: agencyA, courseId, userId: pendingOnly.id, completionId: null, assignmentId: null, source: 'manual', issueKey: `manual:${pendingOnly.id}:${courseId}`, requestedBy: adminA.id, replacesId: null });

    const { myCertificates } = await ok(learner, MINE);
    expect(myCertificates).toHaveLength(1);
    const [mine] = myCertificates;
    expect(mine).toMatchObject({
      id: certificate.id,
      code: certificate.code,
      status: 'ISSUED',
      number: `${AGENCY_A}/${year()}/${String(certificate.sequence).padStart(5, '0')}`,
      courseId,
      courseTitle: COURSE_TITLE,
      userId: learner.id,
      participantName: learner.fullName,
      jp: 20,
      revokedAt: null,
      replacesId: null,
      pdfStatus: 'READY',
      verifyUrl: `${isolated.config.publicUrl}/verifikasi/${certificate.code}`,
    });
    expect(mine.pdfUrl).toMatch(new RegExp(`^/files/certificates/${certificate.id}\\?exp=\\d+&sig=`));
    expect(mine.content).toMatchObject({
      number: certificate.number,
      issuer: { agencyId: agencyA, code: AGENCY_A, name: 'BPSDM Sertifikat A' },
      courseId,
      courseTitle: COURSE_TITLE,
      jp: 20,
      competencyType: 'TEKNIS',
      participant: { name: learner.fullName, nip: learner.nip, rankGrade: 'Penata Muda (III/a)', position: 'Arsiparis Ahli Pertama', workUnit: 'Bagian Umum', agencyOfOrigin: null },
      signatories: [],
      replacesNumber: null,
      keyId: certificate.keyId,
      verifyUrl: mine.verifyUrl,
    });
    expect(mine.content.periodStart).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(new Date(mine.content.issuedAt).toISOString()).toBe(certificate.issuedAt!.toISOString());
    // A certificate still being signed is not listed as the learner's yet.
    expect((await ok(pendingOnly, MINE)).myCertificates).toEqual([]);

    expect((await refused(learner, ONE, { id: other.certificate.id })).extensions.code).toBe('FORBIDDEN');
    expect((await ok(adminA, ONE, { id: certificate.id })).certificate.id).toBe(certificate.id);
    expect((await refused(adminB, ONE, { id: certificate.id })).extensions.code).toBe('FORBIDDEN');
    expect((await refused(adminB, REVOKE, { id: certificate.id, reason: 'Percobaan instansi lain' })).extensions.code).toBe('FORBIDDEN');
    expect((await refused(learner, REVOKE, { id: certificate.id, reason: 'Mencabut sendiri' })).extensions.code).toBe('FORBIDDEN');
    expect((await refused(adminB, AGENCY_LIST, { agencyId: agencyA })).extensions.code).toBe('FORBIDDEN');
    expect((await refused(learner, AGENCY_LIST, { agencyId: agencyA })).extensions.code).toBe('FORBIDDEN');
    expect((await stored(certificate.id)).status).toBe('issued');

    expect((await refused(learner, ONE, { id: '0123456789abcdef01234567' })).extensions.code).toBe('NOT_FOUND');
    expect((await refused(learner, ONE, { id: 'bukan-id' })).extensions.code).toBe('BAD_USER_INPUT');
  });

  it('revokes an issued certificate with its date and reason, audited with the admin, and only once', async () => {
    const { learner, certificate } = await certified();
    const reason = 'Peserta tidak memenuhi syarat kehadiran';
    const before = Date.now();
    const { revokeCertificate } = await ok(adminA, REVOKE, { id: certificate.id, reason: `  ${reason} ` });
    expect(revokeCertificate).toMatchObject({ id: certificate.id, status: 'REVOKED', revokeReason: reason, number: certificate.number });
    expect(new Date(revokeCertificate.revokedAt).getTime()).toBeGreaterThanOrEqual(before - 1_000);
    // The learner sees it revoked, with the reason; the signed content is unchanged.
    const { certificate: seen } = await ok(learner, ONE, { id: certificate.id });
    expect(seen).toMatchObject({ status: 'REVOKED', revokeReason: reason, revokedAt: revokeCertificate.revokedAt });
    expect(seen.content.number).toBe(certificate.number);
    expect((await stored(certificate.id)).signedJson).toBe(certificate.signedJson);

    const again = await refused(adminA, REVOKE, { id: certificate.id, reason });
    expect(again.extensions).toMatchObject({ code: 'CONFLICT', messageEn: `This certificate was already revoked on ${jakartaDate(new Date(revokeCertificate.revokedAt))}.` });

    const auditLog = (await ok(adminA, AUDIT, { agencyId: agencyA })).certificateAuditLog;
    const entry = auditLog.entries.edges.map((edge: Json) => edge.node).find((node: Json) => node.action === 'REVOKED' && node.certificateId === certificate.id);
    expect(entry).toMatchObject({ number: certificate.number, actorName: adminA.fullName, reason, at: revokeCertificate.revokedAt });
    expect(auditLog.entries.edges.filter((edge: Json) => edge.node.action === 'REVOKED' && edge.node.certificateId === certificate.id)).toHaveLength(1);
    expect(auditLog.intact).toBe(true);

    const fresh = await certified();
    for (const short of ['', 'abc', '    x   ']) {
      expect((await refused(adminA, REVOKE, { id: fresh.certificate.id, reason: short })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    }
    expect((await refused(adminA, REVOKE, { id: fresh.certificate.id, reason: 'x'.repeat(501) })).extensions.code).toBe('BAD_USER_INPUT');
    const pending = await issuing().claim({ agencyId: agencyA, courseId, userId: (await enrolled()).id, completionId: null, assignmentId: null, source: 'manual', issueKey: `manual:pending-${people}:${courseId}`, requestedBy: adminA.id, replacesId: null });
    expect((await refused(adminA, REVOKE, { id: pending.id, reason })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'pending' });
    expect((await stored(fresh.certificate.id)).status).toBe('issued');
  });

  it('re-issues once: the old one is revoked and points to the new, whose signed data replaces its number', async () => {
    const { learner, certificate: old } = await certified();
    const reason = 'Nama peserta salah tulis pada sertifikat';
    const { reissueCertificate: replacement } = await ok(adminA, REISSUE, { id: old.id, reason });
    expect(replacement).toMatchObject({ status: 'PENDING', number: null, replacesId: old.id, userId: learner.id, courseId, content: null, pdfStatus: 'PENDING', pdfUrl: null });
    // While pending, the list shows who and what from the live records.
    expect(replacement).toMatchObject({ participantName: learner.fullName, courseTitle: COURSE_TITLE });
    expect(replacement.id).not.toBe(old.id);
    expect(replacement.code).not.toBe(old.code);

    const { certificate: revoked } = await ok(adminA, ONE, { id: old.id });
    expect(revoked).toMatchObject({ status: 'REVOKED', revokeReason: reason, replacedById: replacement.id });

    // The worker's part: number, sign (with replaces = the old number), render.
    const signed = await sign(replacement.id);
    expect(signed.number).not.toBe(old.number);
    expect(parseCertificateJson(signed.signedJson!)?.replaces).toBe(old.number);
    const { certificate: issued } = await ok(learner, ONE, { id: replacement.id });
    expect(issued).toMatchObject({ status: 'ISSUED', number: signed.number, replacesId: old.id, pdfStatus: 'READY' });
    expect(issued.content.replacesNumber).toBe(old.number);

    // Again: the same replacement, no second one.
    expect((await ok(adminA, REISSUE, { id: old.id, reason })).reissueCertificate.id).toBe(replacement.id);
    const ofLearner = (await app.get(CertificateRepository).findByCourse(courseId)).filter((certificate) => certificate.userId === learner.id);
    expect(ofLearner.map((certificate) => certificate.id).sort()).toEqual([old.id, replacement.id].sort());

    const entries = (await ok(adminA, AUDIT, { agencyId: agencyA })).certificateAuditLog.entries.edges.map((edge: Json) => edge.node);
    expect(entries.find((entry: Json) => entry.action === 'REISSUED' && entry.certificateId === replacement.id)).toMatchObject({ number: signed.number, actorName: adminA.fullName });
    expect(entries.filter((entry: Json) => entry.action === 'REVOKED' && entry.certificateId === old.id)).toHaveLength(1);
    expect((await refused(adminB, REISSUE, { id: replacement.id, reason })).extensions.code).toBe('FORBIDDEN');
  });

  describe('issuing by hand', () => {
    /** A class: an assignment of the course and `size` learners enrolled through it. */
    async function assignedClass(size: number): Promise<{ assignmentId: string; learners: UserRecord[] }> {
      const scope = testAgencyScope(agencyA);
      const assignment = await app.get(CourseAssignmentRepository).create(scope, { courseId, createdBy: adminA.id, targetKind: 'people', workUnit: null });
      const learners = [];
      for (let index = 0; index < size; index += 1) learners.push(await person(agencyA));
      await app.get(EnrolmentRepository).insertAssigned(scope, courseId, learners.map((learner) => learner.id), { assignmentId: assignment.id, assignedBy: adminA.id, dueAt: null }, new Date());
      return { assignmentId: assignment.id, learners };
    }

    it('claims once per learner of a class, also when the admin asks twice at once', async () => {
      const { assignmentId, learners } = await assignedClass(6);
      // One of the class already has a certificate of the course (an earlier manual one).
      await issuing().claim({ agencyId: agencyA, courseId, userId: learners[0].id, completionId: null, assignmentId: null, source: 'manual', issueKey: `manual:${learners[0].id}:${courseId}`, requestedBy: adminA.id, replacesId: null });

      const [first, second] = await Promise.all([ok(adminA, ISSUE, { courseId, assignmentId }), ok(adminA, ISSUE, { courseId, assignmentId })]);
      const results = [first.issueCertificates, second.issueCertificates];
      for (const result of results) {
        expect(result.requested).toBe(6);
        expect(result.claimed + result.alreadyCertified).toBe(6);
      }
      expect(results[0].claimed + results[1].claimed).toBe(5);

      const ofCourse = await app.get(CertificateRepository).findByCourse(courseId);
      for (const learner of learners) expect(ofCourse.filter((certificate) => certificate.userId === learner.id)).toHaveLength(1);
      const claimed = ofCourse.filter((certificate) => certificate.assignmentId === assignmentId);
      expect(claimed).toHaveLength(5);
      for (const certificate of claimed) expect(certificate).toMatchObject({ source: 'manual', requestedBy: adminA.id, status: 'pending', issueKey: `course:${courseId}:${certificate.userId}:0` });

      expect((await ok(adminA, ISSUE, { courseId, assignmentId })).issueCertificates).toEqual({ requested: 6, claimed: 0, alreadyCertified: 6 });

      // The agency's list shows them pending, named from the learners' profiles.
      const list = (await ok(adminA, AGENCY_LIST, { agencyId: agencyA, courseId, status: 'PENDING', first: 50 })).agencyCertificates;
      const names = list.edges.map((edge: Json) => edge.node.participantName);
      for (const learner of learners) expect(names).toContain(learner.fullName);
    });

    it('issues to chosen learners of the course and explains what it refuses', async () => {
      const learner = await enrolled();
      const stranger = await person(agencyA);
      expect((await ok(adminA, ISSUE, { courseId, userIds: [learner.id, learner.id] })).issueCertificates).toEqual({ requested: 1, claimed: 1, alreadyCertified: 0 });
      const refusal = await refused(adminA, ISSUE, { courseId, userIds: [learner.id, stranger.id] });
      expect(refusal.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'userIds', userIds: [stranger.id] });
      expect(refusal.message).toBe('1 orang yang dipilih bukan peserta aktif atau lulusan kursus ini.');
      expect((await refused(adminA, ISSUE, { courseId })).extensions.code).toBe('BAD_USER_INPUT');
      expect((await refused(adminA, ISSUE, { courseId, userIds: [] })).extensions.code).toBe('BAD_USER_INPUT');
      expect((await refused(adminA, ISSUE, { courseId, userIds: [learner.id], assignmentId: '0123456789abcdef01234567' })).extensions.code).toBe('BAD_USER_INPUT');
      expect((await refused(adminA, ISSUE, { courseId, assignmentId: '0123456789abcdef01234567' })).extensions.code).toBe('NOT_FOUND');
      expect((await refused(adminA, ISSUE, { courseId: '0123456789abcdef01234567', userIds: [learner.id] })).extensions.code).toBe('NOT_FOUND');
      expect((await refused(adminB, ISSUE, { courseId, userIds: [learner.id] })).extensions.code).toBe('FORBIDDEN');
      const draft = await buildCourse(app, { agencyId: agencyA, modules: [[{}]], publish: false });
      expect((await refused(adminA, ISSUE, { courseId: draft.id, userIds: [learner.id] })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'courseId' });
    });

    it("lists the agency's certificates newest first, page by page, and finds them by name, number, code or NIP", async () => {
      const { learner, certificate } = await certified('Rahmawati Kusumadewi, S.Sos.');
      const all = (await ok(adminA, AGENCY_LIST, { agencyId: agencyA, first: 50 })).agencyCertificates;
      expect(all.edges[0].node.id).toBe(certificate.id);
      const ids = all.edges.map((edge: Json) => edge.node.id);
      expect([...ids].sort().reverse()).toEqual(ids);

      const page1 = (await ok(adminA, AGENCY_LIST, { agencyId: agencyA, first: 2 })).agencyCertificates;
      const page2 = (await ok(adminA, AGENCY_LIST, { agencyId: agencyA, first: 2, after: page1.pageInfo.endCursor })).agencyCertificates;
      expect(page1.totalCount).toBe(all.totalCount);
      expect(page1.pageInfo.hasNextPage).toBe(true);
      expect([...page1.edges, ...page2.edges].map((edge: Json) => edge.node.id)).toEqual(ids.slice(0, 4));

      const found = async (search: string) => (await ok(adminA, AGENCY_LIST, { agencyId: agencyA, search })).agencyCertificates.edges.map((edge: Json) => edge.node.id);
      expect(await found('KUSUMADEWI rahma')).toEqual([certificate.id]);
      expect(await found(certificate.number!)).toEqual([certificate.id]);
      expect(await found(certificate.code.toLowerCase().replace(/(.{5})/g, '$1-'))).toEqual([certificate.id]);
      expect(await found(learner.nip!)).toEqual([certificate.id]);
      expect(await found('tidak ada nama seperti ini')).toEqual([]);

      const issuedOnly = (await ok(adminA, AGENCY_LIST, { agencyId: agencyA, status: 'ISSUED' })).agencyCertificates;
      expect(issuedOnly.edges.every((edge: Json) => edge.node.status === 'ISSUED')).toBe(true);
      expect((await ok(adminB, AGENCY_LIST, { agencyId: agencyB })).agencyCertificates.totalCount).toBe(0);
      expect((await refused(adminA, AGENCY_LIST, { agencyId: agencyA, first: 51 })).extensions.code).toBe('BAD_USER_INPUT');
      expect((await refused(adminA, AGENCY_LIST, { agencyId: agencyA, after: 'rusak' })).extensions.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('the PDF', () => {
    it('downloads through its signed link, and not through a tampered or expired one', async () => {
      const { learner, certificate } = await certified();
      const { pdfUrl } = (await ok(learner, ONE, { id: certificate.id })).certificate;
      const response = await download(pdfUrl);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toMatch(/^application\/pdf/);
      const fileName = `sertifikat-${certificate.number!.replace(/\//g, '-')}.pdf`;
      expect(response.headers['content-disposition']).toMatch(new RegExp(`^attachment; filename="${fileName}"`));
      expect(response.headers['cache-control']).toMatch(/^private, max-age=\d+$/);
      expect((response.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');

      const url = new URL(pdfUrl, 'http://lentera.test');
      const sig = url.searchParams.get('sig')!;
      url.searchParams.set('sig', `${sig.slice(0, -1)}${sig.endsWith('A') ? 'B' : 'A'}`);
      const tampered = await http().get(`${url.pathname}${url.search}`);
      expect(tampered.status).toBe(403);
      expect(tampered.body).toMatchObject({ code: 'FORBIDDEN', messageEn: expect.stringContaining('not valid or has expired') });

      // The same signature does not open another certificate's PDF.
      const other = await certified();
      const borrowed = await http().get(pdfUrl.replace(certificate.id, other.certificate.id));
      expect(borrowed.status).toBe(403);

      const now = jest.spyOn(Date, 'now').mockReturnValue(Date.now() - 13 * 3600 * 1000);
      const expiredUrl = app.get(CertificateUrlSigner).pdfUrl(certificate.id);
      now.mockRestore();
      const expired = await http().get(expiredUrl);
      expect(expired.status).toBe(403);
      expect(expired.body.code).toBe('FORBIDDEN');
    });

    it('has no link while the PDF is not ready, and a signed link without a PDF is a 404', async () => {
      const learner = await enrolled();
      const claimed = await issuing().claim({ agencyId: agencyA, courseId, userId: learner.id, completionId: null, assignmentId: null, source: 'manual', issueKey: `manual:${learner.id}:${courseId}`, requestedBy: adminA.id, replacesId: null });
      await issuing().finish(claimed.id);
      const { certificate } = await ok(learner, ONE, { id: claimed.id });
      expect(certificate).toMatchObject({ status: 'ISSUED', pdfStatus: 'PENDING', pdfUrl: null });
      const missing = await http().get(app.get(CertificateUrlSigner).pdfUrl(claimed.id));
      expect(missing.status).toBe(404);
      expect(missing.body).toMatchObject({ code: 'NOT_FOUND', message: 'Berkas PDF sertifikat ini tidak ditemukan.' });
    });
  });

  describe('template and signing keys', () => {
    it('shows the default template, refuses a bad number format with every reason, and saves a good one', async () => {
      const { certificateTemplate } = await ok(adminB, TEMPLATE, { agencyId: agencyB });
      expect(certificateTemplate).toEqual({
        agencyId: agencyB,
        heading: 'SERTIFIKAT',
        language: 'ID',
        numberFormat: '{agencyCode}/{year}/{sequence:5}',
        signatories: [],
        updatedAt: null,
        sampleNumber: `${AGENCY_B}/${year()}/00001`,
      });
      expect((await refused(adminA, TEMPLATE, { agencyId: agencyB })).extensions.code).toBe('FORBIDDEN');

      const bad = await refused(adminB, UPDATE_TEMPLATE, {
        agencyId: agencyB,
        input: { heading: '', language: 'ID', numberFormat: '{agencyCode}/{tahun}', signatories: [{ name: 'Kepala', title: 'Kepala BPSDM', nip: '12345' }] },
      });
      expect(bad.extensions.code).toBe('BAD_USER_INPUT');
      expect(bad.extensions.problems.map((problem: Json) => problem.field)).toEqual(['heading', 'numberFormat', 'numberFormat', 'signatories.0.nip']);
      expect(bad.message).toContain('{tahun} tidak dikenal');
      expect(bad.message).toContain('{sequence} tepat satu kali');
      expect(bad.extensions.messageEn).toContain('{tahun} is unknown');
      expect((await ok(adminB, TEMPLATE, { agencyId: agencyB })).certificateTemplate.updatedAt).toBeNull();

      const signatoryNip = validNip(42, 2);
      const { updateCertificateTemplate } = await ok(adminB, UPDATE_TEMPLATE, {
        agencyId: agencyB,
        input: {
          heading: ' SURAT TANDA TAMAT PELATIHAN ',
          language: 'BILINGUAL',
          numberFormat: '{sequence:4}/STTP/{agencyCode}/{month}/{year}',
          signatories: [{ name: 'Dr. Siti Aminah, M.Si.', title: 'Kepala BPSDM', nip: `${signatoryNip.slice(0, 8)} ${signatoryNip.slice(8)}` }],
        },
      });
      const { year: thisYear, month } = jakartaYearMonth(new Date());
      expect(updateCertificateTemplate).toMatchObject({
        heading: 'SURAT TANDA TAMAT PELATIHAN',
        language: 'BILINGUAL',
        numberFormat: '{sequence:4}/STTP/{agencyCode}/{month}/{year}',
        signatories: [{ name: 'Dr. Siti Aminah, M.Si.', title: 'Kepala BPSDM', nip: signatoryNip }],
        sampleNumber: `0001/STTP/${AGENCY_B}/${String(month).padStart(2, '0')}/${thisYear}`,
      });
      expect(updateCertificateTemplate.updatedAt).not.toBeNull();
      expect((await ok(adminB, TEMPLATE, { agencyId: agencyB })).certificateTemplate).toEqual(updateCertificateTemplate);
      const [entry] = (await ok(adminB, AUDIT, { agencyId: agencyB, first: 1 })).certificateAuditLog.entries.edges.map((edge: Json) => edge.node);
      expect(entry).toMatchObject({ action: 'TEMPLATE_CHANGED', actorName: adminB.fullName, certificateId: null });
    });

    it('rotates the signing key: old certificates still verify with their retired key and the audit log stays intact', async () => {
      const before = await certified();
      const keysBefore = (await ok(adminA, KEYS, { agencyId: agencyA })).signingKeys;
      expect(keysBefore).toHaveLength(1);
      expect(keysBefore[0]).toMatchObject({ keyId: before.certificate.keyId, status: 'ACTIVE', retiredAt: null });

      expect((await refused(adminA, ROTATE, { agencyId: agencyA, reason: 'abc' })).extensions.code).toBe('BAD_USER_INPUT');
      expect((await refused(adminB, ROTATE, { agencyId: agencyA, reason: 'Rotasi kunci tahunan' })).extensions.code).toBe('FORBIDDEN');
      const { rotateSigningKey } = await ok(adminA, ROTATE, { agencyId: agencyA, reason: 'Rotasi kunci tahunan' });
      expect(rotateSigningKey.status).toBe('ACTIVE');
      expect(rotateSigningKey.keyId).not.toBe(before.certificate.keyId);

      const keys = (await ok(adminA, KEYS, { agencyId: agencyA })).signingKeys;
      expect(keys.map((key: Json) => [key.keyId, key.status])).toEqual([
        [rotateSigningKey.keyId, 'ACTIVE'],
        [before.certificate.keyId, 'RETIRED'],
      ]);
      expect(keys[1].retiredAt).not.toBeNull();
      const oldKey = { keyId: keys[1].keyId, publicKeyPem: keys[1].publicKeyPem };
      const check = (certificate: CertificateRecord, key: { keyId: string; publicKeyPem: string }) =>
        checkCertificateSignature({ code: certificate.code, signedJson: certificate.signedJson!, signature: certificate.signature!, keyId: certificate.keyId! }, key).valid;
      expect(check(await stored(before.certificate.id), oldKey)).toBe(true);
      const after = await certified();
      expect(after.certificate.keyId).toBe(rotateSigningKey.keyId);
      expect(check(after.certificate, { keyId: rotateSigningKey.keyId, publicKeyPem: rotateSigningKey.publicKeyPem })).toBe(true);

      const log = (await ok(adminA, AUDIT, { agencyId: agencyA, first: 50 })).certificateAuditLog;
      expect(log).toMatchObject({ intact: true, brokenAt: null });
      const rotation = log.entries.edges.map((edge: Json) => edge.node).find((entry: Json) => entry.action === 'KEY_ROTATED');
      expect(rotation).toMatchObject({ actorName: adminA.fullName, reason: 'Rotasi kunci tahunan', certificateId: null });

      // Newest first, page by page, without gaps.
      const first = (await ok(adminA, AUDIT, { agencyId: agencyA, first: 3 })).certificateAuditLog.entries;
      const next = (await ok(adminA, AUDIT, { agencyId: agencyA, first: 3, after: first.pageInfo.endCursor })).certificateAuditLog.entries;
      const seqs = [...first.edges, ...next.edges].map((edge: Json) => edge.node.seq);
      expect(seqs).toEqual(Array.from({ length: 6 }, (_, index) => log.entries.totalCount - index));
      expect(first.pageInfo.hasNextPage).toBe(true);
    });
  });

  describe('one valid certificate per learner and course, by hand or by completion', () => {
    let agencyC: string;
    let adminC: UserRecord;
    let courseC: string;
    const ofLearner = async (userId: string) => (await app.get(CertificateRepository).findByCourse(courseC)).filter((certificate) => certificate.userId === userId);
    const issueTo = async (learner: UserRecord) => (await ok(adminC, ISSUE, { courseId: courseC, userIds: [learner.id] })).issueCertificates;

    beforeAll(async () => {
      agencyC = (await app.get(AgencyRepository).create({ code: 'BPSDM-SERT-C', name: 'BPSDM Sertifikat C', kind: 'regional' })).id;
      adminC = await person(agencyC, 'admin');
      courseC = (await buildCourse(app, { agencyId: agencyC, title: COURSE_TITLE, jp: 20, modules: [[{}]] })).id;
    });

    /** A learner of agency C who completed course C; the completion's certificate job has not run yet. */
    async function completed(): Promise<{ learner: UserRecord; completionId: string }> {
      const learner = await person(agencyC);
      const { enrolment } = await app.get(EnrolmentRepository).enrolOnce({ userId: learner.id, courseId: courseC, agencyId: agencyC, status: 'active', source: 'self' }, new Date());
      const { completion } = await app.get(CourseCompletionRepository).recordOnce({
        userId: learner.id,
        courseId: courseC,
        agencyId: agencyC,
        enrolmentId: enrolment.id,
        completedAt: new Date(),
        jp: 20,
        competencyType: 'teknis',
        courseTitle: COURSE_TITLE,
      });
      return { learner, completionId: completion.id };
    }

    /** What the worker's `certificate.issue` job does with the completion, before rendering. */
    async function certifyCompletion(completionId: string): Promise<CertificateRecord> {
      const claimed = (await issuing().claimForCompletion(completionId))!;
      await issuing().finish(claimed.id);
      return stored(claimed.id);
    }

    it('leaves one certificate when an admin issues it while the completion is certified (20 rounds)', async () => {
      const token = (await app.get(SessionService).start(adminC, {})).accessToken.token;
      const issueAtOnce = async (learner: UserRecord) => {
        const response = await http().post('/graphql').set('Authorization', `Bearer ${token}`).send({ query: ISSUE, variables: { courseId: courseC, userIds: [learner.id] } });
        expect(response.body.errors).toBeUndefined();
        return response.body.data.issueCertificates;
      };
      const completionIds: string[] = [];
      const sequences: number[] = [];
      for (let round = 0; round < 20; round += 1) {
        const { learner, completionId } = await completed();
        completionIds.push(completionId);
        // Staggered a little differently each round: either may come first, or both at once.
        const delay = (round % 5) * 4;
        const [result] = await Promise.all([issueAtOnce(learner), new Promise((resolve) => setTimeout(resolve, delay)).then(() => certifyCompletion(completionId))]);
        expect(result.requested).toBe(1);
        expect(result.claimed + result.alreadyCertified).toBe(1);
        const certificates = await ofLearner(learner.id);
        expect(certificates).toHaveLength(1);
        expect(certificates[0]).toMatchObject({ status: 'issued', completionId, issueKey: `course:${courseC}:${learner.id}:0` });
        sequences.push(certificates[0].sequence!);
      }
      // Numbered once each: the agency's sequence holds exactly these 20 numbers.
      expect(sequences.sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, index) => index + 1));
      expect(await app.get(CertificateNumberRepository).maxSequence(`${agencyC}|${year()}`)).toBe(20);
      expect(await app.get(CertificateRepository).findCompletionIdsWithCertificate(completionIds)).toEqual(new Set(completionIds));
    });

    it('gives the completion the certificate issued by hand before, so the start-up requeue leaves it', async () => {
      const { learner, completionId } = await completed();
      expect(await issueTo(learner)).toEqual({ requested: 1, claimed: 1, alreadyCertified: 0 });
      const [byHand] = await ofLearner(learner.id);
      expect(byHand.completionId).toBeNull();
      const signed = await sign(byHand.id);
      // The requeue looks for recent completions that no certificate names: this one is, before the job runs.
      expect(await app.get(CertificateRepository).findCompletionIdsWithCertificate([completionId])).toEqual(new Set());

      const certificate = await certifyCompletion(completionId);
      expect(certificate).toMatchObject({ id: byHand.id, completionId, source: 'manual', number: signed.number, signedJson: signed.signedJson });
      expect(await app.get(CertificateRepository).findCompletionIdsWithCertificate([completionId])).toEqual(new Set([completionId]));
      expect(await ofLearner(learner.id)).toHaveLength(1);
      expect(await issueTo(learner)).toEqual({ requested: 1, claimed: 0, alreadyCertified: 1 });
    });

    it("counts the completion's certificate as already there", async () => {
      const { learner, completionId } = await completed();
      const certificate = await certifyCompletion(completionId);
      expect(await issueTo(learner)).toEqual({ requested: 1, claimed: 0, alreadyCertified: 1 });
      expect((await ofLearner(learner.id)).map((certificate) => certificate.id)).toEqual([certificate.id]);
    });

    it('issues a new certificate after a revocation without replacement, and the revoked one stays revoked', async () => {
      const { learner, completionId } = await completed();
      const first = await certifyCompletion(completionId);
      await ok(adminC, REVOKE, { id: first.id, reason: 'Peserta tidak memenuhi syarat kehadiran' });
      expect(await issueTo(learner)).toEqual({ requested: 1, claimed: 1, alreadyCertified: 0 });
      const second = (await ofLearner(learner.id)).find((certificate) => certificate.id !== first.id)!;
      expect(second).toMatchObject({ status: 'pending', source: 'manual', issueKey: `course:${courseC}:${learner.id}:1` });
      expect(await stored(first.id)).toMatchObject({ status: 'revoked', number: first.number, replacedById: null });
      expect(await issueTo(learner)).toEqual({ requested: 1, claimed: 0, alreadyCertified: 1 });
      expect((await sign(second.id)).status).toBe('issued');
      expect(await ofLearner(learner.id)).toHaveLength(2);
    });

    it('re-issues as before, and the replacement counts as the certificate for both paths', async () => {
      const { learner, completionId } = await completed();
      expect(await issueTo(learner)).toEqual({ requested: 1, claimed: 1, alreadyCertified: 0 });
      const old = await sign((await ofLearner(learner.id))[0].id);
      const { reissueCertificate: replacement } = await ok(adminC, REISSUE, { id: old.id, reason: 'Nama peserta salah tulis pada sertifikat' });
      expect(await stored(replacement.id)).toMatchObject({ source: 'reissue', issueKey: `reissue:${old.id}`, replacesId: old.id, status: 'pending' });
      expect(await issueTo(learner)).toEqual({ requested: 1, claimed: 0, alreadyCertified: 1 });
      const certificate = await certifyCompletion(completionId);
      expect(certificate).toMatchObject({ id: replacement.id, completionId, status: 'issued' });
      expect(parseCertificateJson(certificate.signedJson!)?.replaces).toBe(old.number);
      expect((await ofLearner(learner.id)).map((certificate) => certificate.id).sort()).toEqual([old.id, replacement.id].sort());
    });
  });
});

function rawBody(response: request.Response, callback: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => callback(null, Buffer.concat(chunks)));
}
