import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchBrowser, signInThroughPage, startStack, type RunningStack } from '@lentera/test-support';

const COURSE_TITLE = 'Pelayanan Publik Digital untuk ASN';
const FIRST_MODULE = 'Memahami warga';
const SECOND_MODULE = 'Merancang layanan';

/**
 * An instructor builds a course on an office PC (modules, lessons, a rich text
 * body, drag and drop between modules), an agency admin publishes it, and the
 * public catalogue lists it: the built API and worker, and a real browser.
 */
describe('building and publishing a course in the browser', () => {
  let stack: RunningStack;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    stack = await startStack('e2e-authoring');
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await stack?.stop();
  });

  async function openPage(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    return context.newPage();
  }

  const signIn = (page: Page, email: string, returnTo: string) => signInThroughPage(page, stack.baseUrl, email, returnTo);

  const moduleCard = (page: Page, title: string): Locator => page.getByTestId('outline-module').filter({ hasText: title });
  const lessonRow = (within: Page | Locator, title: string): Locator => within.getByTestId('outline-lesson').filter({ hasText: title });

  /** The outline as the page shows it: module titles and their lesson titles, in order. */
  function outlineOf(page: Page): Promise<{ module: string; lessons: string[] }[]> {
    return page.getByTestId('outline-module').evaluateAll((modules) =>
      modules.map((module) => ({
        module: module.querySelector('[id^="module-heading-"]')?.textContent?.replace(/^Modul \d+:\s*/, '') ?? '',
        lessons: Array.from(module.querySelectorAll('[data-testid="outline-lesson"]')).map((lesson) =>
          (lesson.querySelector('p')?.textContent ?? '').replace(/^\d+\.\d+\s*/, ''),
        ),
      })),
    );
  }

  /** Waits until every change on its way was answered (the outline says "Menyimpan…" meanwhile). */
  async function settled(page: Page): Promise<void> {
    await page.getByText('Menyimpan…').waitFor({ state: 'detached', timeout: 20_000 });
  }

  /** The answer to the next `reorderCourse` the page sends (start waiting before the drop). */
  function nextReorder(page: Page): Promise<unknown> {
    return page.waitForResponse((response) => response.request().postData()?.includes('"operationName":"ReorderCourse"') ?? false, {
      timeout: 20_000,
    });
  }

  async function addModule(page: Page, title: string): Promise<void> {
    await page.getByLabel('Modul baru').fill(title);
    await page.getByRole('button', { name: 'Tambah modul' }).click();
    await moduleCard(page, title).waitFor({ timeout: 20_000 });
  }

  async function addLesson(page: Page, moduleTitle: string, kind: 'Teks' | 'Tautan', title: string, fill: (dialog: Locator) => Promise<void>): Promise<void> {
    await page.getByRole('button', { name: `Tambah pelajaran ke modul ${moduleTitle}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Pelajaran baru' });
    await dialog.getByLabel(kind, { exact: true }).check();
    await dialog.getByLabel(/^Judul pelajaran/).fill(title);
    await fill(dialog);
    await dialog.getByRole('button', { name: 'Tambah pelajaran' }).click();
    await dialog.waitFor({ state: 'hidden', timeout: 20_000 });
    await lessonRow(page, title).waitFor();
  }

  it('an instructor drafts it, moves a lesson to the other module, an admin publishes it, and it is in the catalogue', async () => {
    const instructor = await openPage();
    await signIn(instructor, 'instruktur@demo.lentera.id', '/mengajar');

    await instructor.getByRole('button', { name: 'Buat kursus' }).click();
    const form = instructor.getByRole('dialog', { name: 'Buat kursus' });
    await form.getByLabel(/^Judul kursus/).fill(COURSE_TITLE);
    await form.getByLabel(/^Ringkasan/).fill('Merancang layanan publik daring yang mudah dipakai warga.');
    await form.getByLabel(/^Jenis kompetensi/).click();
    await instructor.getByRole('option', { name: 'Teknis' }).click();
    await form.getByLabel(/^Tingkat/).click();
    await instructor.getByRole('option', { name: 'Dasar' }).click();
    await form.getByLabel(/^Jam Pelajaran/).fill('4');
    await form.getByRole('button', { name: 'Buat kursus' }).click();
    await instructor.waitForURL(/\/mengajar\/kursus\/[0-9a-f]+$/, { timeout: 20_000 });
    const editorPath = new URL(instructor.url()).pathname;
    await instructor.getByRole('heading', { level: 1, name: COURSE_TITLE }).waitFor();

    await addModule(instructor, FIRST_MODULE);
    await addModule(instructor, SECOND_MODULE);
    await addLesson(instructor, FIRST_MODULE, 'Teks', 'Siapa pengguna layanan', async (dialog) => {
      // The rich text editor is its own chunk: it loads with the first text lesson.
      await dialog.getByRole('textbox', { name: 'Isi pelajaran' }).click();
      await instructor.keyboard.type('Layanan yang baik dimulai dari ');
      await dialog.getByRole('button', { name: 'Tebal' }).click();
      await instructor.keyboard.type('mengenal warga');
      await dialog.getByRole('button', { name: 'Tebal' }).click();
      await instructor.keyboard.type('.');
    });
    await addLesson(instructor, FIRST_MODULE, 'Tautan', 'Referensi SPBE', async (dialog) => {
      await dialog.getByLabel(/^Alamat tautan/).fill('https://www.menpan.go.id');
    });
    await addLesson(instructor, SECOND_MODULE, 'Teks', 'Prototipe sederhana', async (dialog) => {
      await dialog.getByRole('textbox', { name: 'Isi pelajaran' }).click();
      await instructor.keyboard.type('Mulai dari sketsa di kertas.');
    });
    await settled(instructor);

    // Drag "Referensi SPBE" by its handle below "Prototipe sederhana", into the second module.
    // hover() first: it scrolls the handle into view and waits until the page stops moving.
    const handle = instructor.getByRole('button', { name: 'Pindahkan pelajaran Referensi SPBE' });
    await handle.hover();
    const from = await handle.boundingBox();
    const target = await lessonRow(instructor, 'Prototipe sederhana').boundingBox();
    if (!from || !target) throw new Error('the outline is not on screen');
    const x = from.x + from.width / 2;
    await instructor.mouse.down();
    await instructor.mouse.move(x, from.y + from.height / 2 + 12, { steps: 4 });
    await instructor.mouse.move(x, target.y + target.height * 0.8, { steps: 20 });
    // While it is dragged over the second module, the lesson already shows there.
    await lessonRow(moduleCard(instructor, SECOND_MODULE), 'Referensi SPBE').waitFor({ timeout: 20_000 });
    const dropped = nextReorder(instructor);
    await instructor.mouse.up();
    await dropped;
    await settled(instructor);

    const moved = [
      { module: FIRST_MODULE, lessons: ['Siapa pengguna layanan'] },
      { module: SECOND_MODULE, lessons: ['Prototipe sederhana', 'Referensi SPBE'] },
    ];
    expect(await outlineOf(instructor)).toEqual(moved);
    await instructor.reload();
    await lessonRow(instructor, 'Referensi SPBE').waitFor({ timeout: 20_000 });
    expect(await outlineOf(instructor)).toEqual(moved);

    // The keyboard does the same: Space picks the lesson up, an arrow moves it, Space drops it.
    // Each step waits for what a screen reader hears.
    await instructor.getByRole('button', { name: 'Pindahkan pelajaran Referensi SPBE' }).focus();
    await instructor.keyboard.press('Space');
    await instructor.getByText('Referensi SPBE diangkat.').waitFor({ state: 'attached' });
    await instructor.keyboard.press('ArrowUp');
    await instructor.getByText('Referensi SPBE berada di posisi Prototipe sederhana.').waitFor({ state: 'attached' });
    const keyboardDropped = nextReorder(instructor);
    await instructor.keyboard.press('Space');
    await keyboardDropped;
    await settled(instructor);
    const reordered = [moved[0], { module: SECOND_MODULE, lessons: ['Referensi SPBE', 'Prototipe sederhana'] }];
    await instructor.reload();
    await lessonRow(instructor, 'Referensi SPBE').waitFor({ timeout: 20_000 });
    expect(await outlineOf(instructor)).toEqual(reordered);

    // The bold text was kept (the server sanitizes the body and keeps <strong>).
    await instructor.getByRole('button', { name: 'Ubah pelajaran Siapa pengguna layanan' }).click();
    const lessonDialog = instructor.getByRole('dialog', { name: 'Ubah pelajaran' });
    await lessonDialog.locator('strong', { hasText: 'mengenal warga' }).waitFor({ timeout: 20_000 });
    await lessonDialog.getByRole('button', { name: 'Batal' }).click();

    // Instructors do not publish: the admin does.
    expect(await instructor.getByRole('button', { name: 'Terbitkan' }).count()).toBe(0);
    const admin = await openPage();
    await signIn(admin, 'admin@demo.lentera.id', editorPath);
    await admin.getByRole('button', { name: 'Terbitkan', exact: true }).click();
    await admin.getByText('Kursus diterbitkan. Peserta kini melihat versi ini.').waitFor({ timeout: 20_000 });
    await admin.getByTestId('revision-status').getByText('semua perubahan sudah diterbitkan').waitFor();

    // Anyone finds it in the catalogue and sees its outline in the published order.
    const visitor = await openPage();
    await visitor.goto(`${stack.baseUrl}/`);
    await visitor.getByRole('link', { name: COURSE_TITLE }).click();
    await visitor.getByRole('heading', { level: 1, name: COURSE_TITLE }).waitFor({ timeout: 20_000 });
    await visitor.getByText(SECOND_MODULE).first().waitFor();
    await visitor.getByText('Referensi SPBE').first().waitFor();
  });
});
