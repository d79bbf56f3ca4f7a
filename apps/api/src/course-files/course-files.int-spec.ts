import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { AgencyRepository, CourseAssetRepository, CourseRepository, UserRepository } from '@lentera/db';
import { JobQueue } from '@lentera/jobs';
import { ServiceUnavailableError } from '@lentera/errors';
import {
  buildDocx,
  buildPdf,
  buildPng,
  buildWindowsExecutable,
  isolatedConfig,
  testAgencyScope,
  type IsolatedConfig,
} from '@lentera/test-support';
import { AppModule } from '../app.module';
import { PasswordHasher } from '../auth/password-hasher';
import { DEMO_PASSWORD } from '../demo/demo-accounts';
import { FileUrlSigner } from './file-url-signer';

const PDF_TYPE = 'application/pdf';
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

describe('course files over REST: uploads checked by content, served through signed URLs', () => {
  let isolated: IsolatedConfig;
  let dataDir: string;
  let app: INestApplication;
  let agencyId: string;
  let courseId: string;
  let refusalCourseId: string;
  const tokens: Record<'instructor' | 'admin' | 'learner' | 'otherInstructor', string> = { instructor: '', admin: '', learner: '', otherInstructor: '' };

  const http = () => request(app.getHttpServer());
  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
  const upload = (options: { course?: string; kind?: string; token?: string | null; type?: string; name?: string; body: Buffer }) => {
    const call = http()
      .post(`/courses/${options.course ?? courseId}/files`)
      .query(options.kind === undefined ? { kind: 'document' } : options.kind ? { kind: options.kind } : {})
      .set('Content-Type', options.type ?? PDF_TYPE)
      .set('X-File-Name', encodeURIComponent(options.name ?? 'Modul Pelatihan – Bab 1.pdf'));
    const token = options.token === undefined ? tokens.instructor : options.token;
    return (token ? call.set(bearer(token)) : call).send(options.body);
  };
  const download = (url: string, headers: Record<string, string> = {}) => http().get(url).set(headers).buffer(true).parse(rawBody);

  async function signIn(identifier: string): Promise<string> {
    const response = await http()
      .post('/graphql')
      .send({ query: 'mutation ($input: SignInInput!) { signIn(input: $input) { accessToken } }', variables: { input: { identifier, password: DEMO_PASSWORD } } });
    return response.body.data.signIn.accessToken;
  }

  async function createCourse(title: string): Promise<string> {
    const course = await app.get(CourseRepository).create({
      agencyId,
      title,
      summary: 'Kursus untuk menguji berkas.',
      description: '',
      competencyType: 'teknis',
      level: 'dasar',
      jp: 2,
      language: 'id',
    });
    return course.id;
  }

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'lentera-course-files-'));
    isolated = isolatedConfig('course-files', { SEED_DEMO: 'true', DATA_DIR: dataDir });
    const module = await Test.createTestingModule({ imports: [AppModule.forRoot(isolated.config)] }).compile();
    app = module.createNestApplication({ logger: ['error'] });
    await app.init();
    agencyId = (await app.get(AgencyRepository).findByCode('BPSDM-KALBAR'))!.id;
    const otherAgency = await app.get(AgencyRepository).create({ code: 'PUSDIKLAT-LAIN', name: 'Pusdiklat Lain', kind: 'central' });
    await app.get(UserRepository).create({
      fullName: 'Widyaiswara Instansi Lain',
      email: 'pengajar@lain.contoh.go.id',
      passwordHash: await app.get(PasswordHasher).hash(DEMO_PASSWORD),
      memberships: [{ agencyId: otherAgency.id, role: 'instructor' }],
    });
    tokens.instructor = await signIn('instruktur@demo.lentera.id');
    tokens.admin = await signIn('admin@demo.lentera.id');
    tokens.learner = await signIn('asn1@demo.lentera.id');
    tokens.otherInstructor = await signIn('pengajar@lain.contoh.go.id');
    courseId = await createCourse('Kursus Berkas');
    refusalCourseId = await createCourse('Kursus Penolakan');
  });

  afterAll(async () => {
    await app?.close();
    await isolated?.cleanup();
    await rm(dataDir, { recursive: true, force: true });
  });

  describe('an instructor of the agency uploads a PDF and a PNG', () => {
    const pdf = buildPdf('Etika dan integritas ASN');
    const png = buildPng(16);
    let pdfAsset: { id: string; url: string; sizeBytes: number };
    let pngAsset: { id: string; url: string };

    beforeAll(async () => {
      const pdfResponse = await upload({ body: pdf });
      expect(pdfResponse.status).toBe(201);
      pdfAsset = pdfResponse.body;
      const pngResponse = await upload({ kind: 'image', type: 'image/png', name: 'sampul.png', body: png });
      expect(pngResponse.status).toBe(201);
      pngAsset = pngResponse.body;
    });

    it('answers 201 with the asset and a signed URL', () => {
      expect(pdfAsset).toEqual({
        id: expect.stringMatching(/^[0-9a-f]{24}$/),
        kind: 'DOCUMENT',
        fileName: 'Modul Pelatihan – Bab 1.pdf',
        mediaType: PDF_TYPE,
        sizeBytes: pdf.length,
        url: expect.stringMatching(new RegExp(`^/files/${pdfAsset.id}\\?exp=\\d+&sig=[\\w-]+$`)),
        // Browsers show PDFs and images as they are.
        previewStatus: 'NONE',
      });
      expect(pngAsset).toMatchObject({ kind: 'IMAGE', fileName: 'sampul.png', mediaType: 'image/png', sizeBytes: png.length });
    });

    it('stores the bytes under DATA_DIR/course-files/<courseId>/<assetId> with their digest, and no temporary file', async () => {
      const record = await app.get(CourseAssetRepository).findById(pdfAsset.id);
      expect(record).toMatchObject({
        courseId,
        agencyId,
        kind: 'document',
        storagePath: `course-files/${courseId}/${pdfAsset.id}`,
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      });
      expect(await readFile(join(dataDir, 'course-files', courseId, pdfAsset.id))).toEqual(pdf);
      expect((await readdir(join(dataDir, 'course-files', courseId))).sort()).toEqual([pdfAsset.id, pngAsset.id].sort());
    });

    it('serves the same bytes with the stored type, inline, without a session', async () => {
      const response = await download(pdfAsset.url);
      expect(response.status).toBe(200);
      expect(response.body).toEqual(pdf);
      expect(response.headers).toMatchObject({
        'content-type': PDF_TYPE,
        'x-content-type-options': 'nosniff',
        'content-security-policy': "sandbox; default-src 'none'",
        'accept-ranges': 'bytes',
        'content-disposition': `inline; filename="Modul Pelatihan _ Bab 1.pdf"; filename*=UTF-8''Modul%20Pelatihan%20%E2%80%93%20Bab%201.pdf`,
      });
      const maxAge = Number(/^private, max-age=(\d+)$/.exec(response.headers['cache-control'])?.[1]);
      expect(maxAge).toBeGreaterThan(6 * 3600 - 5);
      expect(maxAge).toBeLessThanOrEqual(12 * 3600);
      const image = await download(pngAsset.url);
      expect(image.headers['content-type']).toBe('image/png');
      expect(image.body).toEqual(png);
    });

    it('answers a Range request with 206 and just those bytes', async () => {
      const response = await download(pdfAsset.url, { Range: 'bytes=0-7' });
      expect(response.status).toBe(206);
      expect(response.headers['content-range']).toBe(`bytes 0-7/${pdf.length}`);
      expect((response.body as Buffer).toString('latin1')).toBe('%PDF-1.4');
      const beyond = await download(pdfAsset.url, { Range: `bytes=${pdf.length + 10}-` });
      expect(beyond.status).toBe(416);
      expect(beyond.headers['content-range']).toBe(`bytes */${pdf.length}`);
      expect(beyond.headers['content-disposition']).toBeUndefined();
    });

    it('answers HEAD and a repeated request (304) like a static file', async () => {
      const head = await http().head(pdfAsset.url);
      expect(head.status).toBe(200);
      expect(head.headers['content-length']).toBe(String(pdf.length));
      const again = await http().get(pdfAsset.url).set('If-None-Match', head.headers.etag);
      expect(again.status).toBe(304);
    });

    it('gives an attachment for download=1, on a URL signed for it', async () => {
      const url = app.get(FileUrlSigner).url(pdfAsset.id, { download: true });
      const response = await download(url);
      expect(response.status).toBe(200);
      expect(response.headers['content-disposition']).toMatch(/^attachment; filename="Modul Pelatihan _ Bab 1\.pdf"; filename\*=UTF-8''/);
      // Adding download=1 to an inline URL breaks its signature.
      expect((await download(`${pdfAsset.url}&download=1`)).status).toBe(403);
    });

    it('refuses a tampered or expired signature with 403 and says why', async () => {
      const url = new URL(pdfAsset.url, 'http://localhost');
      const sig = url.searchParams.get('sig')!;
      url.searchParams.set('sig', `${sig.slice(0, -2)}${sig.endsWith('AA') ? 'BB' : 'AA'}`);
      const tampered = await http().get(`${url.pathname}${url.search}`);
      expect(tampered.status).toBe(403);
      expect(tampered.body).toEqual({
        code: 'FORBIDDEN',
        message: 'Tautan berkas ini tidak sah atau sudah kedaluwarsa. Muat ulang halaman untuk mendapatkan tautan baru.',
        messageEn: 'This file link is not valid or has expired. Reload the page to get a new link.',
      });
      expect(tampered.headers['content-disposition']).toBeUndefined();
      const otherFile = await http().get(pdfAsset.url.replace(pdfAsset.id, pngAsset.id));
      expect(otherFile.status).toBe(403);
      expect((await http().get(`/files/${pdfAsset.id}`)).status).toBe(403);

      const now = jest.spyOn(Date, 'now').mockReturnValue(Date.now() - 13 * 3600 * 1000);
      const expiredUrl = app.get(FileUrlSigner).url(pdfAsset.id);
      now.mockRestore();
      const expired = await http().get(expiredUrl);
      expect(expired.status).toBe(403);
      expect(expired.body.code).toBe('FORBIDDEN');
    });

    it('answers 404 for a signed URL to a file that does not exist, or whose bytes are gone', async () => {
      const response = await http().get(app.get(FileUrlSigner).url('0123456789abcdef01234567'));
      expect(response.status).toBe(404);
      expect(response.body).toEqual({ code: 'NOT_FOUND', message: 'Berkas tidak ditemukan.', messageEn: 'File not found.' });
      const lost = await upload({ name: 'hilang.pdf', body: buildPdf('Hilang') });
      await rm(join(dataDir, 'course-files', courseId, lost.body.id));
      const gone = await http().get(lost.body.url);
      expect(gone.status).toBe(404);
      expect(gone.body.code).toBe('NOT_FOUND');
      expect(gone.headers['content-disposition']).toBeUndefined();
    });

    it('takes a Word file whatever the browser says its type is, and names it by what it is', async () => {
      const response = await upload({ type: 'application/octet-stream', name: 'Bahan ajar.pdf', body: buildDocx() });
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        kind: 'DOCUMENT',
        fileName: 'Bahan ajar.docx',
        mediaType: DOCX_TYPE,
      });
    });
  });

  describe('an office document gets a PDF preview from the worker', () => {
    let docx: { id: string; url: string };

    beforeAll(async () => {
      const response = await upload({ type: 'application/octet-stream', name: 'Modul Etika.docx', body: buildDocx('Etika ASN') });
      expect(response.status).toBe(201);
      docx = response.body;
    });

    it('answers the upload with the preview pending, records it, and queues the conversion', async () => {
      expect(docx).toMatchObject({ fileName: 'Modul Etika.docx', mediaType: DOCX_TYPE, previewStatus: 'PENDING' });
      const record = await app.get(CourseAssetRepository).findById(docx.id);
      expect(record?.preview).toEqual({ status: 'pending', storagePath: null, sizeBytes: null, error: null, updatedAt: expect.any(Date) });
      // No worker runs in this test: the job waits in the queue under the asset's id.
      expect(await app.get(JobQueue).stateOf('document.preview', { assetId: docx.id })).toBe('waiting');
    });

    it('gives PDFs and images no preview and queues nothing for them', async () => {
      const pdfUpload = await upload({ name: 'tanpa-pratinjau.pdf', body: buildPdf('Tanpa pratinjau') });
      expect((await app.get(CourseAssetRepository).findById(pdfUpload.body.id))?.preview).toBeNull();
      expect(await app.get(JobQueue).stateOf('document.preview', { assetId: pdfUpload.body.id })).toBe('unknown');
    });

    it('answers 404 for the preview until it is ready', async () => {
      const response = await http().get(app.get(FileUrlSigner).url(docx.id, { variant: 'preview' }));
      expect(response.status).toBe(404);
      expect(response.body).toEqual({
        code: 'NOT_FOUND',
        message: 'Pratinjau dokumen ini belum tersedia.',
        messageEn: 'The preview of this document is not available yet.',
      });
    });

    it('serves the ready preview inline as a PDF named like the document, on a URL signed for the preview', async () => {
      const previewPdf = buildPdf('Pratinjau Etika ASN');
      const storagePath = `course-files/${courseId}/${docx.id}.preview.pdf`;
      await writeFile(join(dataDir, storagePath), previewPdf);
      await app.get(CourseAssetRepository).setPreview(docx.id, { status: 'ready', storagePath, sizeBytes: previewPdf.length });

      const previewUrl = app.get(FileUrlSigner).url(docx.id, { variant: 'preview' });
      const response = await download(previewUrl);
      expect(response.status).toBe(200);
      expect(response.body).toEqual(previewPdf);
      expect(response.headers).toMatchObject({
        'content-type': PDF_TYPE,
        'content-disposition': `inline; filename="Modul Etika.pdf"; filename*=UTF-8''Modul%20Etika.pdf`,
        'content-security-policy': "sandbox; default-src 'none'",
        'x-content-type-options': 'nosniff',
      });
      // The original stays what it was.
      const original = await download(docx.url);
      expect(original.headers['content-type']).toBe(DOCX_TYPE);
      // The variant is signed: it cannot be added to (or taken off) a URL, nor made up.
      expect((await http().get(`${docx.url}&variant=preview`)).status).toBe(403);
      expect((await http().get(previewUrl.replace('&variant=preview', ''))).status).toBe(403);
      expect((await http().get(previewUrl.replace('variant=preview', 'variant=thumbnail'))).status).toBe(403);
    });

    it('keeps the upload when the queue is down: the preview stays pending for the worker to pick up', async () => {
      const enqueue = jest.spyOn(app.get(JobQueue), 'enqueue').mockRejectedValueOnce(new ServiceUnavailableError('queue', new Error('Redis is down')));
      try {
        const response = await upload({ name: 'Saat Redis mati.docx', body: buildDocx('Redis mati') });
        expect(response.status).toBe(201);
        expect(response.body.previewStatus).toBe('PENDING');
        expect(enqueue).toHaveBeenCalledWith('document.preview', { assetId: response.body.id }, {});
        expect((await app.get(CourseAssetRepository).findById(response.body.id))?.preview?.status).toBe('pending');
      } finally {
        enqueue.mockRestore();
      }
    });
  });

  describe('refusals, as JSON with a code and both languages, and nothing stored', () => {
    const pdf = buildPdf();

    afterEach(async () => {
      expect(await app.get(CourseAssetRepository).findByCourse(refusalCourseId)).toEqual([]);
      await expect(readdir(join(dataDir, 'course-files', refusalCourseId))).rejects.toThrow(/ENOENT/);
    });

    it('asks anonymous callers to sign in (401)', async () => {
      const response = await upload({ course: refusalCourseId, token: null, body: pdf });
      expect(response.status).toBe(401);
      expect(response.body.code).toBe('UNAUTHENTICATED');
    });

    it('refuses a learner and an instructor of another agency (403)', async () => {
      for (const token of [tokens.learner, tokens.otherInstructor]) {
        const response = await upload({ course: refusalCourseId, token, body: pdf });
        expect(response.status).toBe(403);
        expect(response.body).toMatchObject({ code: 'FORBIDDEN', messageEn: 'You do not have access to do this.' });
      }
    });

    it('answers 404 for an unknown course and 400 for a malformed id or kind', async () => {
      const unknown = await upload({ course: '0123456789abcdef01234567', body: pdf });
      expect(unknown.status).toBe(404);
      expect(unknown.body).toEqual({ code: 'NOT_FOUND', message: 'Kursus tidak ditemukan.', messageEn: 'Course not found.' });
      expect((await upload({ course: 'bukan-id', body: pdf })).status).toBe(400);
      const noKind = await upload({ course: refusalCourseId, kind: '', body: pdf });
      expect(noKind.status).toBe(400);
      expect(noKind.body.messageEn).toBe('The upload kind must be "image" or "document".');
      expect((await upload({ course: refusalCourseId, kind: 'video', body: pdf })).status).toBe(400);
    });

    it('refuses a renamed executable as a PDF (415), saying it is a program', async () => {
      const response = await upload({ course: refusalCourseId, name: 'laporan.pdf', body: buildWindowsExecutable() });
      expect(response.status).toBe(415);
      expect(response.body).toEqual({
        code: 'BAD_USER_INPUT',
        detected: 'windows-executable',
        message: 'Berkas ini adalah program Windows (executable), bukan PDF. Unggah dokumen PDF, Word, Excel, PowerPoint, atau OpenDocument.',
        messageEn: 'This file is a Windows program (executable), not a PDF. Upload a PDF, Word, Excel, PowerPoint or OpenDocument file.',
      });
    });

    it('refuses a PDF as a cover image, an SVG and an HTML page (415)', async () => {
      const asImage = await upload({ course: refusalCourseId, kind: 'image', type: 'image/png', name: 'sampul.png', body: pdf });
      expect(asImage.status).toBe(415);
      expect(asImage.body.message).toBe('Berkas ini adalah dokumen PDF, bukan gambar PNG. Unggah gambar PNG, JPEG, atau WebP.');
      const svg = await upload({ course: refusalCourseId, kind: 'image', type: 'image/svg+xml', name: 'logo.svg', body: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>') });
      expect(svg.status).toBe(415);
      expect(svg.body.detected).toBe('svg');
      const html = await upload({ course: refusalCourseId, type: 'text/html', name: 'materi.pdf', body: Buffer.from('<!doctype html><script>alert(1)</script>') });
      expect(html.status).toBe(415);
      expect(html.body.messageEn).toMatch(/^This file is a web page \(HTML\), not a PDF\./);
    });

    it('refuses an empty file (400) and a JSON or form body (415)', async () => {
      const empty = await upload({ course: refusalCourseId, body: Buffer.alloc(0) });
      expect(empty.status).toBe(400);
      expect(empty.body.messageEn).toMatch(/^The file is empty/);
      const json = await http().post(`/courses/${refusalCourseId}/files`).query({ kind: 'document' }).set(bearer(tokens.instructor)).send({ file: 'x' });
      expect(json.status).toBe(415);
      expect(json.body.messageEn).toBe('Send the file as is as the request body, not as a form or JSON.');
      // Over the JSON parser's own limit, refused before the route runs: still an answer, not a 500.
      const bigJson = await http()
        .post(`/courses/${refusalCourseId}/files`)
        .query({ kind: 'document' })
        .set(bearer(tokens.instructor))
        .send({ file: 'x'.repeat(200_000) });
      expect(bigJson.status).toBe(413);
      expect(bigJson.body.code).toBe('BAD_USER_INPUT');
    });

    it('refuses an image over 5 MB (413) with a message saying so', async () => {
      const tooLarge = Buffer.concat([buildPng(), Buffer.alloc(5 * 1024 * 1024)]);
      const response = await upload({ course: refusalCourseId, kind: 'image', type: 'image/png', name: 'besar.png', body: tooLarge });
      expect(response.status).toBe(413);
      expect(response.body).toEqual({
        code: 'BAD_USER_INPUT',
        message: 'Gambar terlalu besar: paling besar 5 MB.',
        messageEn: 'The image is too large: at most 5 MB.',
      });
    });

    it('refuses uploads to an archived course (400)', async () => {
      const archivedId = await createCourse('Kursus Arsip');
      await app.get(CourseRepository).archive(testAgencyScope(agencyId), archivedId, new Date());
      const response = await upload({ course: archivedId, token: tokens.admin, body: pdf });
      expect(response.status).toBe(400);
      expect(response.body.messageEn).toBe('This course is archived: no new files can be uploaded.');
    });
  });
});

/** supertest's parser for bodies to keep as bytes. */
function rawBody(response: request.Response, callback: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => callback(null, Buffer.concat(chunks)));
}
