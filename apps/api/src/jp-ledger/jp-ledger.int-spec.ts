import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { AgencyRepository, CertificateRepository, CourseCompletionRepository, UserRepository, type AgencyRole, type CompetencyType, type EmploymentType, type UserRecord } from '@lentera/db';
import { buildCourse, buildPdf, buildWindowsExecutable, isolatedConfig, validNip, type IsolatedConfig } from '@lentera/test-support';
import { AppModule } from '../app.module';
import { jakartaYear } from '@lentera/asn';
import { graphqlClient } from '../testing/graphql-client';

const LEDGER = `query ($year: Int) { myJpLedger(year: $year) {
  year totalJp targetJp percent missingJp pendingJp
  totalsByCompetency { teknis manajerial sosialKultural }
  entries { source id title jp competencyType certificateNumber externalKind }
  pending { id title jp status }
} }`;
const RECORD = `mutation ($input: ExternalActivityInput!) { recordExternalActivity(input: $input) { id status jp evidence { fileName mediaType url } } }`;
const REVIEW = `mutation ($id: ID!, $approve: Boolean!, $note: String) { reviewExternalActivity(id: $id, approve: $approve, note: $note) { id status reviewNote learnerName } }`;
const QUEUE = `query ($a: ID!, $s: ExternalActivityStatus) { externalActivityQueue(agencyId: $a, status: $s) { totalCount nodes { id learnerName status } } }`;
const REPORT = `query ($a: ID!, $y: Int, $u: String) { agencyJpReport(agencyId: $a, year: $y, workUnit: $u) {
  year workUnits { workUnit learners belowTarget } belowTarget { fullName nip workUnit employmentType jp targetJp missingJp }
} }`;
const UPDATE_POLICY = `mutation ($a: ID!, $input: JpPolicyInput!) { updateJpPolicy(agencyId: $a, input: $input) { minutesPerJp yearlyTargetPns yearlyTargetPppk } }`;

describe('the JP ledger over GraphQL and REST', () => {
  let isolated: IsolatedConfig;
  let dataDir: string;
  let app: INestApplication;
  let users: UserRepository;
  let agencyA: string;
  let agencyB: string;
  let adminA: UserRecord;
  let adminB: UserRecord;
  let people = 0;
  const year = jakartaYear(new Date());

  const http = () => request(app.getHttpServer());
  const { bearer, ok, refused } = graphqlClient(() => app);

  async function person(agencyId: string, role: AgencyRole, profile: { workUnit?: string; employmentType?: EmploymentType } = {}): Promise<UserRecord> {
    people += 1;
    return users.create({ fullName: `Peserta JP ${String(people).padStart(2, '0')}`, email: `jp${people}@uji.lentera.id`, nip: validNip(700 + people), memberships: [{ agencyId, role }], ...profile });
  }

  async function uploadEvidence(user: UserRecord, body: Buffer, name = 'sertifikat.pdf'): Promise<request.Response> {
    return http()
      .post('/jp-ledger/evidence')
      .set('Authorization', await bearer(user))
      .set('Content-Type', 'application/octet-stream')
      .set('X-File-Name', encodeURIComponent(name))
      .send(body);
  }

  async function recordActivity(user: UserRecord, overrides: Record<string, unknown>): Promise<string> {
    const upload = await uploadEvidence(user, buildPdf('Sertifikat seminar'));
    expect(upload.status).toBe(201);
    const input = {
      kind: 'SEMINAR',
      title: 'Seminar Nasional Reformasi Birokrasi',
      organizer: 'Lembaga Administrasi Negara',
      // Today: in this year, and never in the future whatever day the test runs.
      startDate: new Date().toISOString(),
      endDate: new Date().toISOString(),
      jp: 4,
      competencyType: 'MANAJERIAL',
      uploadId: upload.body.uploadId,
      ...overrides,
    };
    return (await ok(user, RECORD, { input })).recordExternalActivity.id;
  }

  async function completion(user: UserRecord, agencyId: string, jp: number, competencyType: CompetencyType, completedAt = new Date(), courseId = newId()): Promise<string> {
    const result = await app.get(CourseCompletionRepository).recordOnce({
      userId: user.id,
      courseId,
      agencyId,
      enrolmentId: newId(),
      completedAt,
      jp,
      competencyType,
      courseTitle: `Kursus ${jp} JP`,
    });
    return result.completion.id;
  }

  async function download(user: UserRecord, path: string): Promise<request.Response> {
    return http().get(path).set('Authorization', await bearer(user)).buffer(true).parse(rawBody);
  }

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'lentera-jp-ledger-'));
    isolated = isolatedConfig('jp-ledger', { DATA_DIR: dataDir });
    const module = await Test.createTestingModule({ imports: [AppModule.forRoot(isolated.config)] }).compile();
    app = module.createNestApplication({ logger: ['error'] });
    await app.init();
    users = app.get(UserRepository);
    const agencies = app.get(AgencyRepository);
    agencyA = (await agencies.create({ code: 'BPSDM-JP-A', name: 'BPSDM JP A', kind: 'regional' })).id;
    agencyB = (await agencies.create({ code: 'BPSDM-JP-B', name: 'BPSDM JP B', kind: 'regional' })).id;
    adminA = await person(agencyA, 'admin');
    adminB = await person(agencyB, 'admin');
  });

  afterAll(async () => {
    await app?.close();
    await isolated?.cleanup();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('sums JP per competency type in the year: approved activities count, rejected do not, pending shown apart', async () => {
    const learner = await person(agencyA, 'learner', { employmentType: 'PNS' });
    await completion(learner, agencyA, 6, 'teknis');
    await completion(learner, agencyA, 9, 'teknis', new Date(Date.UTC(year - 1, 5, 1)));
    const approved = await recordActivity(learner, {});
    const rejected = await recordActivity(learner, { kind: 'WORKSHOP', jp: 5, competencyType: 'SOSIAL_KULTURAL' });
    const pending = await recordActivity(learner, { kind: 'INTERNSHIP', jp: 2, competencyType: 'TEKNIS' });

    expect((await ok(adminA, QUEUE, { a: agencyA, s: 'PENDING' })).externalActivityQueue.totalCount).toBe(3);
    const noNote = await refused(adminA, REVIEW, { id: rejected, approve: false });
    expect(noNote.extensions.code).toBe('BAD_USER_INPUT');
    expect(noNote.message).toContain('Penolakan wajib disertai catatan');
    expect((await refused(adminB, REVIEW, { id: approved, approve: true })).extensions.code).toBe('FORBIDDEN');
    expect((await refused(learner, REVIEW, { id: approved, approve: true })).extensions.code).toBe('FORBIDDEN');
    expect((await ok(adminA, REVIEW, { id: approved, approve: true })).reviewExternalActivity.status).toBe('APPROVED');
    expect((await ok(adminA, REVIEW, { id: rejected, approve: false, note: 'Bukti tidak terbaca' })).reviewExternalActivity).toMatchObject({ status: 'REJECTED', reviewNote: 'Bukti tidak terbaca', learnerName: learner.fullName });
    const twice = await refused(adminA, REVIEW, { id: approved, approve: false, note: 'Ditinjau ulang' });
    expect(twice.extensions.code).toBe('CONFLICT');
    expect(twice.message).toBe('Kegiatan ini sudah ditinjau (disetujui).');

    const { myJpLedger } = await ok(learner, LEDGER, {});
    expect(myJpLedger).toMatchObject({ year, totalJp: 10, targetJp: 20, percent: 50, missingJp: 10, pendingJp: 2, totalsByCompetency: { teknis: 6, manajerial: 4, sosialKultural: 0 } });
    expect(myJpLedger.entries.map((entry: { source: string; jp: number }) => [entry.source, entry.jp]).sort()).toEqual([['COURSE', 6], ['EXTERNAL', 4]]);
    expect(myJpLedger.pending).toEqual([{ id: pending, title: 'Seminar Nasional Reformasi Birokrasi', jp: 2, status: 'PENDING' }]);
    expect((await ok(learner, LEDGER, { year: year - 1 })).myJpLedger.totalJp).toBe(9);
  });

  it('hands evidence out through a signed URL and keeps an upload id to its learner', async () => {
    const learner = await person(agencyA, 'learner');
    const other = await person(agencyA, 'learner');
    const pdf = buildPdf('Bukti magang');
    const upload = await uploadEvidence(learner, pdf, 'bukti magang.pdf');
    expect(upload.status).toBe(201);
    expect(upload.body).toMatchObject({ fileName: 'bukti magang.pdf', mediaType: 'application/pdf', sizeBytes: pdf.length });
    const input = { kind: 'INTERNSHIP', title: 'Magang di Kementerian', organizer: 'Kementerian PANRB', startDate: new Date().toISOString(), endDate: new Date().toISOString(), jp: 3, competencyType: 'TEKNIS', uploadId: upload.body.uploadId };
    const stolen = await refused(other, RECORD, { input });
    expect(stolen.extensions.code).toBe('BAD_USER_INPUT');
    const { recordExternalActivity } = await ok(learner, RECORD, { input });
    expect((await refused(learner, RECORD, { input })).extensions.code).toBe('CONFLICT');
    const file = await http().get(recordExternalActivity.evidence.url).buffer(true).parse(rawBody);
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(Buffer.compare(file.body as Buffer, pdf)).toBe(0);
    expect((await http().get(recordExternalActivity.evidence.url.replace(/sig=[^&]+/, 'sig=palsu'))).status).toBe(403);
    const queued = (await ok(adminA, QUEUE, { a: agencyA, s: 'PENDING' })).externalActivityQueue.nodes;
    expect(queued.map((node: { id: string }) => node.id)).toContain(recordExternalActivity.id);
  });

  it('refuses a renamed executable and anything but PDF, JPEG or PNG', async () => {
    const learner = await person(agencyA, 'learner');
    const response = await uploadEvidence(learner, buildWindowsExecutable(), 'sertifikat.pdf');
    expect(response.status).toBe(415);
    expect(response.body).toMatchObject({ message: expect.stringContaining('Bukti harus berupa PDF, JPEG, atau PNG'), messageEn: expect.stringContaining('Evidence must be a PDF, JPEG or PNG') });
    expect((await uploadEvidence(learner, Buffer.alloc(0))).status).toBe(400);
  });

  it('does not count a course whose certificate was revoked', async () => {
    const learner = await person(agencyA, 'learner');
    const course = await buildCourse(app, { agencyId: agencyA, title: 'Etika ASN', jp: 8, modules: [[{}]] });
    const completionId = await completion(learner, agencyA, 8, 'teknis', new Date(), course.id);
    const certificates = app.get(CertificateRepository);
    const claimed = await certificates.claim({ agencyId: agencyA, courseId: course.id, userId: learner.id, completionId, assignmentId: null, source: 'completion', issueKey: `completion:${completionId}`, code: `jp-${completionId}`, requestedBy: null, replacesId: null });
    const id = claimed!.certificate.id;
    await certificates.markIssued(id, { number: `BPSDM-JP-A/${year}/00001`, sequence: 1, keyId: 'k', signedJson: '{}', signature: 's', issuedAt: new Date(), participantName: learner.fullName, courseTitle: 'Etika ASN', jp: 8, competencyType: 'teknis' });
    const before = (await ok(learner, LEDGER)).myJpLedger;
    expect(before.totalJp).toBe(8);
    expect(before.entries[0].certificateNumber).toBe(`BPSDM-JP-A/${year}/00001`);
    await certificates.revoke(id, { revokedAt: new Date(), revokedBy: adminA.id, reason: 'Data peserta salah' });
    expect((await ok(learner, LEDGER)).myJpLedger).toMatchObject({ totalJp: 0, entries: [] });
  });

  describe("an agency's report and exports", () => {
    let agencyC: string;
    let adminC: UserRecord;
    let belowInX: UserRecord;
    let belowInY: UserRecord;

    beforeAll(async () => {
      agencyC = (await app.get(AgencyRepository).create({ code: 'BPSDM-JP-C', name: 'BPSDM JP C', kind: 'regional' })).id;
      adminC = await person(agencyC, 'admin');
      belowInX = await person(agencyC, 'learner', { workUnit: 'Bidang Anggaran', employmentType: 'PNS' });
      const aboveInX = await person(agencyC, 'learner', { workUnit: 'Bidang Anggaran', employmentType: 'PNS' });
      belowInY = await person(agencyC, 'learner', { workUnit: 'Sekretariat', employmentType: 'PPPK' });
      await completion(belowInX, agencyC, 5, 'teknis');
      await completion(aboveInX, agencyC, 25, 'manajerial');
      await completion(belowInY, agencyC, 20, 'teknis');
      await ok(adminC, UPDATE_POLICY, { a: agencyC, input: { minutesPerJp: 45, yearlyTargetPns: 20, yearlyTargetPppk: 24 } });
    });

    it('lists the learners below target per work unit, with counts', async () => {
      const { agencyJpReport } = await ok(adminC, REPORT, { a: agencyC });
      expect(agencyJpReport.workUnits).toEqual([
        { workUnit: 'Bidang Anggaran', learners: 2, belowTarget: 1 },
        { workUnit: 'Sekretariat', learners: 1, belowTarget: 1 },
      ]);
      expect(agencyJpReport.belowTarget).toEqual([
        { fullName: belowInX.fullName, nip: belowInX.nip, workUnit: 'Bidang Anggaran', employmentType: 'PNS', jp: 5, targetJp: 20, missingJp: 15 },
        { fullName: belowInY.fullName, nip: belowInY.nip, workUnit: 'Sekretariat', employmentType: 'PPPK', jp: 20, targetJp: 24, missingJp: 4 },
      ]);
      const filtered = (await ok(adminC, REPORT, { a: agencyC, u: 'sekretariat' })).agencyJpReport;
      expect(filtered.belowTarget.map((row: { fullName: string }) => row.fullName)).toEqual([belowInY.fullName]);
      expect((await refused(adminA, REPORT, { a: agencyC })).extensions.code).toBe('FORBIDDEN');
    });

    it('exports the list as CSV and XLSX that parse back', async () => {
      const csv = await download(adminC, `/jp-ledger/agencies/${agencyC}/below-target.csv`);
      expect(csv.status).toBe(200);
      const lines = (csv.body as Buffer).toString('utf8').replace(/^\uFEFF/, '').trim().split('\r\n').map((line) => line.split(';'));
      expect(lines).toEqual([
        ['Nama', 'NIP', 'Unit Kerja', 'Jenis Kepegawaian', 'JP', 'Target JP', 'Kurang JP'],
        [belowInX.fullName, `="${belowInX.nip}"`, 'Bidang Anggaran', 'PNS', '5', '20', '15'],
        [belowInY.fullName, `="${belowInY.nip}"`, 'Sekretariat', 'PPPK', '20', '24', '4'],
      ]);
      const xlsx = await download(adminC, `/jp-ledger/agencies/${agencyC}/below-target.xlsx`);
      expect(xlsx.status).toBe(200);
      expect(await sheetRows(xlsx.body as Buffer)).toEqual([
        ['Nama', 'NIP', 'Unit Kerja', 'Jenis Kepegawaian', 'JP', 'Target JP', 'Kurang JP'],
        [belowInX.fullName, belowInX.nip, 'Bidang Anggaran', 'PNS', 5, 20, 15],
        [belowInY.fullName, belowInY.nip, 'Sekretariat', 'PPPK', 20, 24, 4],
      ]);
      expect((await download(adminA, `/jp-ledger/agencies/${agencyC}/below-target.csv`)).status).toBe(403);
      expect((await download(adminC, `/jp-ledger/agencies/${agencyC}/below-target.pdf`)).status).toBe(400);
    });

    it("exports a learner's records in SIASN's course history shape", async () => {
      const csv = await download(adminC, `/jp-ledger/agencies/${agencyC}/learners/${belowInY.id}/siasn.csv`);
      expect(csv.status).toBe(200);
      const lines = (csv.body as Buffer).toString('utf8').replace(/^\uFEFF/, '').trim().split('\r\n').map((line) => line.split(';'));
      expect(lines[0]).toEqual(['Nama Kursus', 'Jenis Kursus', 'Rumpun Kompetensi', 'Jumlah Jam', 'Nomor Sertifikat', 'Institusi Penyelenggara', 'Tanggal Mulai', 'Tanggal Selesai']);
      expect(lines).toHaveLength(2);
      // 20 JP × 45 minutes = 15 hours.
      expect(lines[1]!.slice(0, 6)).toEqual(['Kursus 20 JP', 'E-Learning (Lentera)', 'Teknis', '15', '', 'BPSDM JP C']);
      const xlsx = await download(adminC, `/jp-ledger/agencies/${agencyC}/learners/${belowInY.id}/siasn.xlsx`);
      const rows = await sheetRows(xlsx.body as Buffer);
      expect(rows[1]!.slice(0, 4)).toEqual(['Kursus 20 JP', 'E-Learning (Lentera)', 'Teknis', 15]);
      expect((await download(adminC, `/jp-ledger/agencies/${agencyC}/learners/${adminA.id}/siasn.csv`)).status).toBe(404);
    });
  });
});

/** A fresh id in ObjectId form (12 random bytes, hex), for rows whose course or enrolment the ledger never reads. */
function newId(): string {
  return randomBytes(12).toString('hex');
}

async function sheetRows(content: Buffer): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

function rawBody(response: request.Response, callback: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => callback(null, Buffer.concat(chunks)));
}
