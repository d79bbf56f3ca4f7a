import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Test, type TestingModule } from '@nestjs/testing';
import { AgencyRepository, DatabaseSetup, UserImportRepository, UserRepository, type AgencyScope, type UserImportRecord } from '@lentera/db';
import { JobQueue, type JobContext } from '@lentera/jobs';
import {
  buildPersonnelCsv,
  eventually,
  isolatedConfig,
  testAgencyScope,
  validNip,
  type IsolatedConfig,
  type PersonnelCsvRow,
} from '@lentera/test-support';
import { WorkerModule } from '../worker.module';
import { PeopleImportProcessor } from './people-import.processor';

/** A valid row; `index` picks a NIP no other test in this file uses (the 10,000-row test takes gender 1). */
function buildRow(index: number, overrides: Partial<PersonnelCsvRow> = {}): PersonnelCsvRow {
  return {
    nip: validNip(index, 2),
    name: `Pegawai Uji ${index}, S.E.`,
    email: `pegawai.uji${index}@bpsdm.contoh.go.id`,
    unit: 'Bidang Pengembangan Kompetensi',
    position: 'Analis SDM Aparatur Ahli Pertama',
    rank: 'Penata Muda (III/a)',
    type: 'PNS',
    ...overrides,
  };
}

/** A JobContext for calling the processor directly, recording the progress it reports. */
function recordingContext(onProgress: (percent: number) => void = () => undefined): JobContext & { progress: number[] } {
  const progress: number[] = [];
  return {
    jobId: 'direct',
    attempt: 1,
    progress,
    reportProgress: async (percent) => {
      progress.push(percent);
      onProgress(percent);
    },
  };
}

describe('people.import in the worker, on the real database and Redis', () => {
  let isolated: IsolatedConfig;
  let dataDir: string;
  let worker: TestingModule;
  let imports: UserImportRepository;
  let users: UserRepository;
  let scope: AgencyScope;
  let uploaderId: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'lentera-import-'));
    isolated = isolatedConfig('people-import-worker', { DATA_DIR: dataDir });
    worker = await Test.createTestingModule({ imports: [WorkerModule.forRoot(isolated.config)] }).compile();
    worker.useLogger(false);
    await worker.init();
    await worker.get(DatabaseSetup).ensureIndexes();
    imports = worker.get(UserImportRepository);
    users = worker.get(UserRepository);
    const agency = await worker.get(AgencyRepository).create({ code: 'BPSDM-UJI', name: 'BPSDM Provinsi Uji', kind: 'regional' });
    scope = testAgencyScope(agency.id);
    uploaderId = (await users.create({ fullName: 'Admin Uji', email: 'admin@bpsdm.contoh.go.id', memberships: [{ agencyId: agency.id, role: 'admin' }] })).id;
  });

  afterAll(async () => {
    await worker?.close();
    await isolated?.cleanup();
    await rm(dataDir, { recursive: true, force: true });
  });

  /** What the API does on upload: store the file, record the import as queued. */
  async function storeImport(csv: Buffer): Promise<string> {
    const id = imports.allocateId();
    const storedFile = `imports/${id}.csv`;
    await mkdir(join(dataDir, 'imports'), { recursive: true });
    await writeFile(join(dataDir, storedFile), csv);
    await imports.create(scope, { id, createdBy: uploaderId, fileName: 'pegawai.csv', storedFile, totalRows: 0 });
    return id;
  }

  async function importThroughQueue(csv: Buffer): Promise<UserImportRecord> {
    const importId = await storeImport(csv);
    await worker.get(JobQueue).enqueue('people.import', { importId });
    const finished = await eventually(
      () => imports.findForProcessing(importId),
      (loaded) => loaded?.userImport.status === 'completed' || loaded?.userImport.status === 'failed',
      'the import to finish',
    );
    return finished!.userImport;
  }

  const counts = ({ created, updated, unchanged, failed }: UserImportRecord) => ({ created, updated, unchanged, failed });

  describe('a file with good and broken rows', () => {
    const rows = [
      buildRow(1, { name: 'Dr. Siti Aminah, M.Si.' }), // row 2
      buildRow(2), // row 3
      buildRow(3, { nip: '19850315201012100' }), // row 4: 17 digits
      buildRow(4, { nip: validNip(1, 2), name: 'Salinan Siti' }), // row 5: NIP of row 2 again
      buildRow(5, { name: '' }), // row 6: no name
      Buffer.concat([Buffer.from(`${validNip(6, 2)};Andr`), Buffer.from([0xe9]), Buffer.from(';andre@contoh.go.id;;;;PNS')]), // row 7: Windows-1252 "é"
      buildRow(7), // row 8
    ];
    const file = buildPersonnelCsv(rows);
    let firstRun: UserImportRecord;

    beforeAll(async () => {
      firstRun = await importThroughQueue(file);
    });

    it('creates the good rows as learners of the agency', async () => {
      expect(firstRun).toMatchObject({ status: 'completed', totalRows: 7, processedRows: 7 });
      expect(counts(firstRun)).toEqual({ created: 3, updated: 0, unchanged: 0, failed: 4 });
      expect(firstRun.finishedAt).toBeInstanceOf(Date);
      const siti = await users.findByNip(validNip(1, 2));
      expect(siti).toMatchObject({
        fullName: 'Dr. Siti Aminah, M.Si.',
        email: 'pegawai.uji1@bpsdm.contoh.go.id',
        workUnit: 'Bidang Pengembangan Kompetensi',
        rankGrade: 'Penata Muda (III/a)',
        employmentType: 'PNS',
        hasPassword: false,
      });
      expect(siti?.memberships).toEqual([{ agencyId: scope.agencyId, role: 'learner' }]);
      for (const index of [3, 5, 6]) expect(await users.findByNip(validNip(index, 2))).toBeNull();
    });

    it('reports each broken row with its number and the reason', async () => {
      const problems = await imports.findProblems(scope, firstRun.id);
      expect(problems?.map(({ rowNumber, field, nip }) => ({ rowNumber, field, nip }))).toEqual([
        { rowNumber: 4, field: 'nip', nip: '19850315201012100' },
        { rowNumber: 5, field: 'nip', nip: validNip(1, 2) },
        { rowNumber: 6, field: 'fullName', nip: validNip(5, 2) },
        { rowNumber: 7, field: null, nip: validNip(6, 2) },
      ]);
      expect(problems?.map((problem) => problem.message.id)).toEqual([
        expect.stringMatching(/^Baris 4: NIP harus terdiri dari 18 digit/),
        expect.stringMatching(/^Baris 5: NIP \d{18} sudah muncul di baris 2/),
        'Baris 6: Nama wajib diisi.',
        expect.stringMatching(/^Baris 7 berisi karakter yang tidak terbaca \(bukan UTF-8\)/),
      ]);
      expect(firstRun.firstProblems).toEqual(problems);
    });

    it('changes nothing when the same file is imported again', async () => {
      const again = await importThroughQueue(file);
      expect(counts(again)).toEqual({ created: 0, updated: 0, unchanged: 3, failed: 4 });
    });

    it('updates only the row that changed', async () => {
      const changed = rows.map((row, index) => (index === 1 ? buildRow(2, { position: 'Analis SDM Aparatur Ahli Muda' }) : row));
      const result = await importThroughQueue(buildPersonnelCsv(changed));
      expect(counts(result)).toEqual({ created: 0, updated: 1, unchanged: 2, failed: 4 });
      expect((await users.findByNip(validNip(2, 2)))?.position).toBe('Analis SDM Aparatur Ahli Muda');
    });
  });

  it('reports a row whose email belongs to another person and imports the others', async () => {
    await users.create({ fullName: 'Orang Lain', email: 'sudah.dipakai@contoh.go.id', memberships: [] });
    const result = await importThroughQueue(buildPersonnelCsv([buildRow(20, { email: 'sudah.dipakai@contoh.go.id' }), buildRow(21)]));
    expect(counts(result)).toEqual({ created: 1, updated: 0, unchanged: 0, failed: 1 });
    expect(result.firstProblems).toEqual([
      {
        rowNumber: 2,
        nip: validNip(20, 2),
        field: 'email',
        message: expect.objectContaining({ id: expect.stringMatching(/^Baris 2: Email sudah\.dipakai@contoh\.go\.id sudah dipakai akun lain/) }),
      },
    ]);
    expect(await users.findByNip(validNip(20, 2))).toBeNull();
    expect(await users.findByNip(validNip(21, 2))).not.toBeNull();
  });

  it('fails a file that cannot be imported at all once, with the reason, without retrying', async () => {
    const result = await importThroughQueue(buildPersonnelCsv([buildRow(30)], 'Nama Lengkap;Email'));
    expect(result.status).toBe('failed');
    expect(result.failureReason?.id).toMatch(/^Kolom wajib tidak ditemukan pada baris judul \(baris 1\): NIP/);
    expect(await worker.get(JobQueue).stateOf('people.import', { importId: result.id })).toBe('failed');
  });

  it('fails an import whose stored file is gone', async () => {
    const importId = await storeImport(buildPersonnelCsv([buildRow(31)]));
    await rm(join(dataDir, 'imports', `${importId}.csv`));
    await worker.get(JobQueue).enqueue('people.import', { importId });
    const failed = await eventually(() => imports.findForProcessing(importId), (loaded) => loaded?.userImport.status === 'failed', 'the failure');
    expect(failed?.userImport.failureReason?.en).toMatch(/no longer on the server/);
  });

  it('finishes the file after a worker died mid-file, and a finished import run again changes nothing', async () => {
    const rows = Array.from({ length: 1_200 }, (_, index) => buildRow(1_000 + index));
    const importId = await storeImport(buildPersonnelCsv(rows));
    const processor = worker.get(PeopleImportProcessor);
    const dying = recordingContext(() => {
      throw new Error('worker killed');
    });
    await expect(processor.handle({ importId }, dying)).rejects.toThrow('worker killed');
    expect((await imports.findForProcessing(importId))?.userImport).toMatchObject({ status: 'running', processedRows: 500, created: 500 });

    const result = await processor.handle({ importId }, recordingContext());
    expect(result).toEqual({ created: 700, updated: 0, unchanged: 500, failed: 0 });
    expect((await Promise.all([rows[0], rows[1_199]].map((row) => users.findByNip(row.nip)))).every(Boolean)).toBe(true);

    const before = (await imports.findForProcessing(importId))?.userImport;
    expect(await processor.handle({ importId }, recordingContext())).toEqual(result);
    expect((await imports.findForProcessing(importId))?.userImport).toEqual(before);
  });

  it('imports 10,000 rows in batches, reporting progress up to 100', async () => {
    const rows = Array.from({ length: 10_000 }, (_, index) => ({
      nip: validNip(index, 1),
      name: `ASN Massal ${index}`,
      email: `asn.massal${index}@contoh.go.id`,
      unit: `Unit ${index % 40}`,
      position: 'Pelaksana',
      rank: 'Pengatur (II/c)',
      type: 'PNS',
    }));
    const processor = worker.get(PeopleImportProcessor);
    const first = recordingContext();
    const firstId = await storeImport(buildPersonnelCsv(rows));
    expect(await processor.handle({ importId: firstId }, first)).toEqual({ created: 10_000, updated: 0, unchanged: 0, failed: 0 });
    expect(first.progress).toHaveLength(21);
    expect(first.progress.at(-1)).toBe(100);
    expect([...first.progress].sort((left, right) => left - right)).toEqual(first.progress);
    expect((await imports.findForProcessing(firstId))?.userImport).toMatchObject({ status: 'completed', totalRows: 10_000, processedRows: 10_000 });
    expect(await users.findByNip(validNip(9_999, 1))).toMatchObject({ fullName: 'ASN Massal 9999', memberships: [{ agencyId: scope.agencyId, role: 'learner' }] });
  }, 120_000);
});
