import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { AgencyRepository, UserImportRepository, UserRepository } from '@lentera/db';
import { JobQueue } from '@lentera/jobs';
import { buildPersonnelCsv, isolatedConfig, validNip, type IsolatedConfig, type PersonnelCsvRow } from '@lentera/test-support';
import { AppModule } from '../app.module';
import { PasswordHasher } from '../auth/password-hasher';
import { DEMO_PASSWORD } from '../demo/demo-accounts';

const userImportQuery = `
  query UserImport($id: ID!) {
    userImport(id: $id) {
      id fileName status totalRows processedRows created updated unchanged failed
      errorReportUrl failureReason createdAt finishedAt
      agency { code }
      problems(first: 1) { rowNumber nip field message messageEn }
    }
  }`;

const userImportsQuery = `
  query UserImports($agencyId: ID!) { userImports(agencyId: $agencyId, first: 10) { id status } }`;

function buildRow(index: number, overrides: Partial<PersonnelCsvRow> = {}): PersonnelCsvRow {
  return { nip: validNip(index, 2), name: `Pegawai API ${index}`, email: `pegawai.api${index}@contoh.go.id`, type: 'PNS', ...overrides };
}

describe('people import over REST and GraphQL, on the real database and Redis', () => {
  let isolated: IsolatedConfig;
  let dataDir: string;
  let app: INestApplication;
  let agencyId: string;
  const tokens: Record<'admin' | 'learner' | 'otherAdmin' | 'superAdmin', string> = { admin: '', learner: '', otherAdmin: '', superAdmin: '' };

  const http = () => request(app.getHttpServer());
  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
  const graphql = (token: string, query: string, variables: Record<string, unknown>) =>
    http().post('/graphql').set(bearer(token)).send({ query, variables });
  const upload = (file: Buffer, token: string | null, query: Record<string, string> = { agencyId }) => {
    const call = http().post('/imports/users').query(query).set('Content-Type', 'text/csv').set('X-File-Name', encodeURIComponent('Daftar ASN – Kalbar.csv'));
    return (token ? call.set(bearer(token)) : call).send(file);
  };

  async function signIn(identifier: string, password: string): Promise<string> {
    const response = await http()
      .post('/graphql')
      .send({ query: 'mutation ($input: SignInInput!) { signIn(input: $input) { accessToken } }', variables: { input: { identifier, password } } });
    return response.body.data.signIn.accessToken;
  }

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'lentera-import-api-'));
    isolated = isolatedConfig('people-import-api', { SEED_DEMO: 'true', DATA_DIR: dataDir });
    const module = await Test.createTestingModule({ imports: [AppModule.forRoot(isolated.config)] }).compile();
    app = module.createNestApplication({ logger: ['error'] });
    await app.init();
    agencyId = (await app.get(AgencyRepository).findByCode('BPSDM-KALBAR'))!.id;
    const otherAgency = await app.get(AgencyRepository).create({ code: 'PUSDIKLAT-LAIN', name: 'Pusdiklat Lain', kind: 'central' });
    await app.get(UserRepository).create({
      fullName: 'Admin Instansi Lain',
      email: 'admin@lain.contoh.go.id',
      passwordHash: await app.get(PasswordHasher).hash(DEMO_PASSWORD),
      memberships: [{ agencyId: otherAgency.id, role: 'admin' }],
    });
    tokens.admin = await signIn('admin@demo.lentera.id', DEMO_PASSWORD);
    tokens.learner = await signIn('asn1@demo.lentera.id', DEMO_PASSWORD);
    tokens.otherAdmin = await signIn('admin@lain.contoh.go.id', DEMO_PASSWORD);
    tokens.superAdmin = await signIn('superadmin@demo.lentera.id', DEMO_PASSWORD);
  });

  afterAll(async () => {
    await app?.close();
    await isolated?.cleanup();
    await rm(dataDir, { recursive: true, force: true });
  });

  const goodFile = buildPersonnelCsv([buildRow(1), buildRow(2, { nip: '1985031520101210' }), buildRow(3)]);

  describe('refusals, answered as JSON with a code and messages in both languages', () => {
    it('asks anonymous callers to sign in (401)', async () => {
      const response = await upload(goodFile, null);
      expect(response.status).toBe(401);
      expect(response.body).toEqual({ code: 'UNAUTHENTICATED', message: 'Silakan masuk terlebih dahulu.', messageEn: 'Please sign in first.' });
      expect((await http().get('/imports/users/template.csv')).status).toBe(401);
    });

    it('refuses a learner and an admin of another agency (403)', async () => {
      for (const token of [tokens.learner, tokens.otherAdmin]) {
        const response = await upload(goodFile, token);
        expect(response.status).toBe(403);
        expect(response.body).toMatchObject({ code: 'FORBIDDEN', messageEn: 'You do not have access to do this.' });
      }
    });

    it('refuses a file without a NIP column (400) with the reason, and queues nothing', async () => {
      const response = await upload(buildPersonnelCsv([buildRow(9)], 'Nama Lengkap;Email'), tokens.admin);
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({
        code: 'BAD_USER_INPUT',
        problem: 'missing_columns',
        message: expect.stringMatching(/^Kolom wajib tidak ditemukan pada baris judul \(baris 1\): NIP/),
        messageEn: expect.stringMatching(/^Required columns are missing from the header row \(row 1\): NIP/),
      });
      expect((await graphql(tokens.admin, userImportsQuery, { agencyId })).body.data.userImports).toEqual([]);
      await expect(readdir(join(dataDir, 'imports'))).rejects.toThrow(/ENOENT/);
    });

    it('refuses an empty file, a header without data, a JSON body and a missing agency (400)', async () => {
      const empty = await upload(Buffer.alloc(0), tokens.admin);
      expect(empty.status).toBe(400);
      expect(empty.body).toMatchObject({ code: 'BAD_USER_INPUT', problem: 'empty_file' });
      const headerOnly = await upload(buildPersonnelCsv([]), tokens.admin);
      expect(headerOnly.body).toMatchObject({ code: 'BAD_USER_INPUT', messageEn: 'The file has only the header row and no personnel data.' });
      const json = await http().post('/imports/users').query({ agencyId }).set(bearer(tokens.admin)).send({ rows: [] });
      expect(json.status).toBe(400);
      expect(json.body.messageEn).toMatch(/Content-Type: text\/csv/);
      const noAgency = await upload(goodFile, tokens.admin, {});
      expect(noAgency.status).toBe(400);
      expect(noAgency.body).toMatchObject({ code: 'BAD_USER_INPUT', messageEn: 'The agency id is not valid.' });
    });

    it('refuses a file over 20 MB (413) with a message saying so', async () => {
      const response = await upload(Buffer.alloc(20 * 1024 * 1024 + 1, 0x41), tokens.admin);
      expect(response.status).toBe(413);
      expect(response.body).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/^File terlalu besar: paling besar 20 MB/) });
    });
  });

  describe('a valid upload', () => {
    let importId: string;

    beforeAll(async () => {
      const response = await upload(goodFile, tokens.admin);
      expect(response.status).toBe(202);
      importId = response.body.importId;
    });

    it('stores the file and queues the job', async () => {
      expect(importId).toMatch(/^[0-9a-f]{24}$/);
      expect(await readFile(join(dataDir, 'imports', `${importId}.csv`))).toEqual(goodFile);
      expect(await app.get(JobQueue).stateOf('people.import', { importId })).toBe('waiting');
    });

    it('shows the queued import to its agency admin, newest first', async () => {
      const response = await graphql(tokens.admin, userImportQuery, { id: importId });
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data.userImport).toMatchObject({
        id: importId,
        fileName: 'Daftar ASN – Kalbar.csv',
        status: 'QUEUED',
        totalRows: 3,
        processedRows: 0,
        failed: 0,
        errorReportUrl: null,
        finishedAt: null,
        failureReason: null,
        agency: { code: 'BPSDM-KALBAR' },
        problems: [],
      });
      const second = (await upload(goodFile, tokens.admin)).body.importId;
      const list = await graphql(tokens.admin, userImportsQuery, { agencyId });
      expect(list.body.data.userImports.map((item: { id: string }) => item.id)).toEqual([second, importId]);
    });

    it('hides the import from those who may not import into its agency, without saying it exists', async () => {
      for (const token of [tokens.otherAdmin, tokens.learner]) {
        const response = await graphql(token, userImportQuery, { id: importId });
        expect(response.body).toEqual({ data: { userImport: null } });
      }
      const unknown = await graphql(tokens.admin, userImportQuery, { id: '0123456789abcdef01234567' });
      expect(unknown.body).toEqual({ data: { userImport: null } });
      const list = await graphql(tokens.otherAdmin, userImportsQuery, { agencyId });
      expect(list.body.errors[0].extensions.code).toBe('FORBIDDEN');
      expect((await graphql(tokens.superAdmin, userImportQuery, { id: importId })).body.data.userImport.id).toBe(importId);
    });

    it('reports the problems the worker recorded, on screen and as a CSV download', async () => {
      // Stands in for the worker (its own integration test runs the real job).
      const imports = app.get(UserImportRepository);
      await imports.startRun(importId, 3);
      const problem = { rowNumber: 3, nip: '1985031520101210', field: 'nip', message: { id: 'Baris 3: NIP salah.', en: 'Row 3: wrong NIP.' } };
      await imports.complete(importId, { processedRows: 3, created: 2, updated: 0, unchanged: 0, failed: 1 }, [problem]);

      const shown = (await graphql(tokens.admin, userImportQuery, { id: importId })).body.data.userImport;
      expect(shown).toMatchObject({ status: 'COMPLETED', created: 2, failed: 1, errorReportUrl: `/imports/users/${importId}/errors.csv` });
      expect(shown.problems).toEqual([{ rowNumber: 3, nip: '1985031520101210', field: 'NIP', message: 'Baris 3: NIP salah.', messageEn: 'Row 3: wrong NIP.' }]);

      const report = await http().get(shown.errorReportUrl).set(bearer(tokens.admin)).buffer(true).parse(rawBody);
      expect(report.status).toBe(200);
      expect(report.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(report.headers['content-disposition']).toMatch(/^attachment; filename="galat-impor-\d{4}-\d{2}-\d{2}\.csv"$/);
      expect((report.body as Buffer).toString('utf8')).toBe('\uFEFFBaris;NIP;Kolom;Masalah;Problem\r\n3;="1985031520101210";NIP;Baris 3: NIP salah.;Row 3: wrong NIP.\r\n');

      const foreign = await http().get(shown.errorReportUrl).set(bearer(tokens.otherAdmin));
      expect(foreign.status).toBe(403);
      expect(foreign.body.code).toBe('FORBIDDEN');
      const missing = await http().get('/imports/users/0123456789abcdef01234567/errors.csv').set(bearer(tokens.admin));
      expect(missing.status).toBe(404);
      expect(missing.body).toEqual({ code: 'NOT_FOUND', message: 'Impor tidak ditemukan.', messageEn: 'Import not found.' });
    });
  });

  it('hands out the CSV template with a byte order mark', async () => {
    const response = await http().get('/imports/users/template.csv').set(bearer(tokens.learner)).buffer(true).parse(rawBody);
    expect(response.status).toBe(200);
    expect(response.headers['content-disposition']).toBe('attachment; filename="templat-impor-asn.csv"');
    expect((response.body as Buffer).toString('utf8')).toMatch(/^\uFEFFNIP;Nama Lengkap;Email;Unit Kerja;Jabatan;Pangkat\/Golongan;Jenis Pegawai\r\n/);
  });
});

/** supertest's parser for bodies to keep as bytes (CSV downloads). */
function rawBody(response: request.Response, callback: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => callback(null, Buffer.concat(chunks)));
}
