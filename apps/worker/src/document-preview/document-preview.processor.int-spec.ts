import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Test, type TestingModule } from '@nestjs/testing';
import { AgencyRepository, CourseAssetRepository, CourseRepository, DatabaseSetup, type CourseAssetRecord } from '@lentera/db';
import { JobQueue } from '@lentera/jobs';
import { buildDocx, buildZip, eventually, isolatedConfig, type IsolatedConfig } from '@lentera/test-support';
import { WorkerModule } from '../worker.module';
import { DocumentConverter } from './document-converter';
import { DocumentPreviewProcessor } from './document-preview.processor';
import { PendingPreviewRequeue } from './pending-preview-requeue';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Never skipped: without LibreOffice the worker cannot do this job, and the test says so. */
function requireTool(command: string, args: string[], install: string): void {
  const result = spawnSync(command, args, { stdio: 'ignore', timeout: 60_000 });
  if (result.error) {
    throw new Error(`${command} is not installed, and the document preview tests need it (${result.error.message}). ${install}`);
  }
}

/** The PDF's text, by poppler's pdftotext when it is there; otherwise null (see pageCount). */
function pdfText(path: string): string | null {
  const result = spawnSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  return result.error ? null : result.stdout;
}

function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}

// LibreOffice takes seconds to start on a cold machine, and this file starts it a few times.
jest.setTimeout(90_000);

describe('document.preview in the worker: office documents become PDFs with LibreOffice', () => {
  let isolated: IsolatedConfig;
  let dataDir: string;
  let worker: TestingModule;
  let courseId: string;
  let agencyId: string;
  let conversions: jest.SpyInstance;
  let runs: jest.SpyInstance;

  const assets = () => worker.get(CourseAssetRepository);
  const queue = () => worker.get(JobQueue);

  /** An upload as the API stores it: the bytes under DATA_DIR, a record with a pending preview. */
  async function storeUpload(fileName: string, mediaType: string, bytes: Buffer, preview = true): Promise<CourseAssetRecord> {
    const id = assets().allocateId();
    const storagePath = `course-files/${courseId}/${id}`;
    await mkdir(join(dataDir, 'course-files', courseId), { recursive: true });
    await writeFile(join(dataDir, storagePath), bytes);
    return assets().create({
      id,
      courseId,
      agencyId,
      kind: 'document',
      fileName,
      mediaType,
      sizeBytes: bytes.length,
      sha256: '0'.repeat(64),
      storagePath,
      uploadedBy: agencyId,
      ...(preview ? { preview: { status: 'pending' as const } } : {}),
    });
  }

  const previewOf = (assetId: string) =>
    eventually(
      () => assets().findById(assetId),
      (asset) => asset?.preview?.status === 'ready' || asset?.preview?.status === 'failed',
      `the preview of ${assetId} to be ready or failed`,
      60_000,
    );
  const conversionsOf = (assetId: string) => conversions.mock.calls.filter(([sourcePath]) => String(sourcePath).endsWith(assetId)).length;

  beforeAll(async () => {
    const install = 'Run `npm test` once as root (it installs what is missing), or: apt-get install libreoffice-writer-nogui libreoffice-calc-nogui libreoffice-impress-nogui';
    requireTool('soffice', ['--version'], install);
    dataDir = await mkdtemp(join(tmpdir(), 'lentera-document-preview-'));
    isolated = isolatedConfig('document-preview', { DATA_DIR: dataDir });
    worker = await Test.createTestingModule({ imports: [WorkerModule.forRoot(isolated.config)] }).compile();
    worker.useLogger(false);
    conversions = jest.spyOn(worker.get(DocumentConverter), 'convertToPdf');
    runs = jest.spyOn(worker.get(DocumentPreviewProcessor, { strict: false }), 'handle');
    await worker.init();
    await worker.get(DatabaseSetup).ensureIndexes();
    const agency = await worker.get(AgencyRepository).create({ code: 'BPSDM-PRATINJAU', name: 'BPSDM Pratinjau', kind: 'regional' });
    agencyId = agency.id;
    const course = await worker.get(CourseRepository).create({
      agencyId,
      title: 'Etika Pelayanan Publik',
      summary: 'Ringkasan',
      description: '',
      competencyType: 'sosial_kultural',
      level: 'dasar',
      jp: 2,
      language: 'id',
    });
    courseId = course.id;
  });

  afterAll(async () => {
    await worker?.close();
    await isolated?.cleanup();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  describe('a Word document', () => {
    const words = 'Integritas dan etika pelayanan publik bagi Aparatur Sipil Negara';
    let asset: CourseAssetRecord;
    let ready: CourseAssetRecord | null;
    let pdf: Buffer;

    beforeAll(async () => {
      asset = await storeUpload('Modul Etika.docx', DOCX, buildDocx(words));
      await queue().enqueue('document.preview', { assetId: asset.id });
      ready = await previewOf(asset.id);
      pdf = await readFile(join(dataDir, 'course-files', courseId, `${asset.id}.preview.pdf`));
    });

    it('is ready, with the PDF next to the upload and its size on the record', () => {
      expect(ready?.preview).toEqual({
        status: 'ready',
        storagePath: `course-files/${courseId}/${asset.id}.preview.pdf`,
        sizeBytes: pdf.length,
        error: null,
        updatedAt: expect.any(Date),
      });
    });

    it('is a PDF holding the document words', () => {
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const text = pdfText(join(dataDir, 'course-files', courseId, `${asset.id}.preview.pdf`));
      if (text === null) expect(pageCount(pdf)).toBe(1);
      else expect(text.replace(/\s+/g, ' ')).toContain(words);
    });

    it('leaves no temporary file behind in the course folder', async () => {
      const names = await readdir(join(dataDir, 'course-files', courseId));
      expect(names.filter((name) => name.startsWith(asset.id)).sort()).toEqual([asset.id, `${asset.id}.preview.pdf`]);
    });

    it('is left alone by a repeated job: no second conversion', async () => {
      const before = (await stat(join(dataDir, ready!.preview!.storagePath!))).mtimeMs;
      const runsBefore = runs.mock.calls.length;
      await queue().enqueue('document.preview', { assetId: asset.id });
      await eventually(async () => runs.mock.calls.length, (count) => count > runsBefore, 'the repeated job to run');
      await expect(runs.mock.results.at(-1)?.value).resolves.toEqual({ status: 'ready', sizeBytes: pdf.length, converted: false });
      expect(conversionsOf(asset.id)).toBe(1);
      expect((await stat(join(dataDir, ready!.preview!.storagePath!))).mtimeMs).toBe(before);
    });
  });

  it('converts a spreadsheet too (an XLSX LibreOffice wrote from a CSV)', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'lentera-xlsx-'));
    try {
      await writeFile(join(folder, 'anggaran.csv'), 'Kegiatan,JP\nPelatihan Kepemimpinan,24\nBimbingan Teknis Arsip,16\n');
      const made = spawnSync(
        'soffice',
        [`-env:UserInstallation=file://${folder}/profile`, '--headless', '--convert-to', 'xlsx', '--outdir', folder, join(folder, 'anggaran.csv')],
        { stdio: 'ignore', timeout: 60_000 },
      );
      expect(made.status).toBe(0);
      const asset = await storeUpload('Anggaran.xlsx', XLSX, await readFile(join(folder, 'anggaran.xlsx')));
      await queue().enqueue('document.preview', { assetId: asset.id });
      const done = await previewOf(asset.id);
      expect(done?.preview?.status).toBe('ready');
      const text = pdfText(join(dataDir, done!.preview!.storagePath!));
      if (text !== null) expect(text).toMatch(/Pelatihan Kepemimpinan\s+24/);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('fails a corrupt Word file once, with a reason for the author, and does not retry it', async () => {
    // What the API's content check takes for a DOCX ([Content_Types].xml and word/), with garbage inside.
    const corrupt = buildZip([
      { name: '[Content_Types].xml', content: 'ini bukan XML', deflate: true },
      { name: 'word/document.xml', content: Buffer.from([0, 1, 2, 0xff, 0xfe, 0x3c, 0x3c]), deflate: true },
    ]);
    const asset = await storeUpload('Rusak.docx', DOCX, corrupt);
    await queue().enqueue('document.preview', { assetId: asset.id });
    const failed = await previewOf(asset.id);
    expect(failed?.preview).toMatchObject({
      status: 'failed',
      storagePath: null,
      error: {
        id: expect.stringMatching(/^Berkas ini tidak dapat dibuka untuk dijadikan PDF; mungkin rusak\./),
        en: expect.stringMatching(/^This file could not be opened to make a PDF; it may be damaged\./),
      },
    });
    await eventually(() => queue().stateOf('document.preview', { assetId: asset.id }), (state) => state === 'failed', 'the job to fail');
    // The contract allows 3 attempts 10 s apart; a permanent failure uses one.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(conversionsOf(asset.id)).toBe(1);
    expect(await readdir(join(dataDir, 'course-files', courseId))).not.toContain(`${asset.id}.preview.pdf`);
  });

  it('queues, when the worker starts, the documents still waiting: pending ones and those from before previews', async () => {
    const older = await storeUpload('Lama.docx', DOCX, buildDocx('Dokumen dari sebelum ada pratinjau'), false);
    expect(older.preview).toBeNull();
    await worker.get(PendingPreviewRequeue).onApplicationBootstrap();
    const done = await previewOf(older.id);
    expect(done?.preview?.status).toBe('ready');
  });
});
