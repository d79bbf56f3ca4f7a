import type { Browser, BrowserContext, Page } from 'playwright-core';
import { buildDocx, buildZip, graphqlAs, launchBrowser, signInThroughApi, signInThroughPage, startLenteraApp, startStack, type RunningStack } from '@lentera/test-support';

const WAIT = { timeout: 20_000 };

type Course = { id: string; revision: number; modules: Array<{ id: string; lessons: Array<{ id: string; title: string }> }> };
const COURSE = 'id revision modules { id lessons { id title } }';

/**
 * An instructor's Word file becomes a lesson a learner reads in the browser: the built API
 * queues the conversion, the built worker makes the PDF with LibreOffice, and the lesson page,
 * opened while the worker is still down, shows the PDF in its viewer as soon as it is ready,
 * without a reload. The course is built through the API as the web app would; the authoring
 * screens have their own test.
 */
describe('office document lessons, read in the browser through their PDF preview', () => {
  let stack: RunningStack;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let course: Course;

  const call = <T,>(token: string, query: string, variables?: Record<string, unknown>) => graphqlAs<T>(stack.baseUrl, token, query, variables);
  const signIn = (identifier: string) => signInThroughApi(stack.baseUrl, identifier);

  async function uploadDocument(token: string, fileName: string, bytes: Buffer): Promise<string> {
    const response = await fetch(`${stack.baseUrl}/courses/${course.id}/files?kind=document`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(fileName) },
      body: new Uint8Array(bytes),
    });
    expect(response.status).toBe(201);
    const asset = (await response.json()) as { id: string; previewStatus: string };
    expect(asset.previewStatus).toBe('PENDING');
    return asset.id;
  }

  const lessonPath = (title: string) => `/kursus/${course.id}/pelajaran/${course.modules[0].lessons.find((lesson) => lesson.title === title)!.id}`;

  beforeAll(async () => {
    stack = await startStack('e2e-document-preview');
    // No worker yet: the conversions wait in the queue, as after an upload to a busy worker.
    await stack.worker.stop();
    const instructor = await signIn('instruktur@demo.lentera.id');
    const admin = await signIn('admin@demo.lentera.id');
    const learner = await signIn('asn1@demo.lentera.id');

    course = (
      await call<{ createCourse: Course }>(instructor.token, `mutation ($input: CreateCourseInput!) { createCourse(input: $input) { ${COURSE} } }`, {
        input: { agencyId: instructor.agencyId, title: 'Etika Pelayanan Publik', summary: 'Bacaan tentang etika pelayanan publik.', competencyType: 'SOSIAL_KULTURAL', level: 'DASAR', jp: 2 },
      })
    ).createCourse;
    course = (await call<{ addModule: Course }>(instructor.token, `mutation ($c: ID!, $r: Int!) { addModule(courseId: $c, revision: $r, title: "Modul 1") { ${COURSE} } }`, { c: course.id, r: course.revision })).addModule;
    const documents = [
      { title: 'Bahan bacaan', fileName: 'Bahan Bacaan.docx', bytes: buildDocx('Etika pelayanan publik bagi ASN di Pontianak') },
      // What the API takes for a Word file by its content, with garbage inside: LibreOffice cannot open it.
      { title: 'Lembar rusak', fileName: 'Lembar Rusak.docx', bytes: buildZip([{ name: '[Content_Types].xml', content: 'rusak' }, { name: 'word/document.xml', content: 'rusak' }]) },
    ];
    for (const { title, fileName, bytes } of documents) {
      const documentId = await uploadDocument(instructor.token, fileName, bytes);
      course = (
        await call<{ addLesson: Course }>(
          instructor.token,
          `mutation ($c: ID!, $r: Int!, $m: ID!, $input: NewLessonInput!) { addLesson(courseId: $c, revision: $r, moduleId: $m, input: $input) { ${COURSE} } }`,
          { c: course.id, r: course.revision, m: course.modules[0].id, input: { title, kind: 'DOCUMENT', documentId, allowDownload: true } },
        )
      ).addLesson;
    }
    await call(admin.token, 'mutation ($c: ID!, $r: Int!) { publishCourse(courseId: $c, revision: $r) { id } }', { c: course.id, r: course.revision });
    await call(learner.token, 'mutation ($c: ID!) { enrol(courseId: $c) { id } }', { c: course.id });

    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await stack?.stop();
  });

  it('says the preview is being prepared while the worker has not made it yet', async () => {
    const path = lessonPath('Bahan bacaan');
    await signInThroughPage(page, stack.baseUrl, 'asn1@demo.lentera.id', path);
    await page.getByRole('heading', { level: 1, name: 'Bahan bacaan' }).waitFor(WAIT);
    await page.getByText('Pratinjau sedang disiapkan…').waitFor(WAIT);
    await page.getByRole('button', { name: 'Periksa lagi' }).waitFor(WAIT);
    // The original can be downloaded meanwhile; "opening" a Word file would only download it too.
    await page.getByRole('link', { name: 'Unduh' }).waitFor(WAIT);
    expect(await page.getByRole('link', { name: 'Buka dokumen' }).count()).toBe(0);
  });

  it('shows the PDF in the viewer once the worker made it, without a reload', async () => {
    stack.worker = startLenteraApp('worker', stack.env);
    const viewer = page.locator('iframe[title="Dokumen: Bahan Bacaan.docx"]');
    await viewer.waitFor({ timeout: 60_000 });
    await page.getByText('Pratinjau sedang disiapkan…').waitFor({ state: 'detached', ...WAIT });
    const src = await viewer.getAttribute('src');
    expect(src).toMatch(/^\/files\/[0-9a-f]{24}\?exp=\d+&sig=[\w-]+&variant=preview$/);

    const pdf = await page.request.get(`${stack.baseUrl}${src}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect(pdf.headers()['content-disposition']).toMatch(/^inline; filename="Bahan Bacaan\.pdf"/);
    expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // "Download" still gives the original Word file.
    expect(await page.getByRole('link', { name: 'Unduh' }).getAttribute('href')).toMatch(/^\/files\/[0-9a-f]{24}\?exp=\d+&sig=[\w-]+&download=1$/);
  });

  it('says so, and offers the download, when the file could not be converted', async () => {
    await page.goto(`${stack.baseUrl}${lessonPath('Lembar rusak')}`);
    await page.getByRole('heading', { level: 1, name: 'Lembar rusak' }).waitFor(WAIT);
    await page.getByText('Pratinjau tidak tersedia').waitFor({ timeout: 60_000 });
    await page.getByText('Dokumen ini tidak dapat ditampilkan di halaman ini. Unduh untuk membacanya di aplikasi Office.').waitFor(WAIT);
    await page.getByRole('link', { name: 'Unduh' }).waitFor(WAIT);
    expect(await page.locator('iframe').count()).toBe(0);
  });
});
