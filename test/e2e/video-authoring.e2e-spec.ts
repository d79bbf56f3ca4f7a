import { spawnSync } from 'node:child_process';
import { rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchBrowser, signInThroughPage, startStack, temporaryDirectory, type RunningStack } from '@lentera/test-support';

const COURSE_TITLE = 'Video Pembelajaran Pelayanan Publik';
const MODULE_TITLE = 'Pengantar';
const LESSON_TITLE = 'Sambutan kepala badan';
const CLIP_NAME = 'sambutan.mp4';
const LONG_CLIP_NAME = 'materi-lengkap.mp4';
/** tus-js-client's chunk size in the web app (video-upload.ts). */
const CHUNK_BYTES = 8 * 1024 * 1024;

/**
 * A 640×360 clip with sound: the worker makes 240p and 360p of it (never above the source).
 * `noisy`: 3 s of film grain at a high quality, ~20 MB, so the upload takes three chunks.
 */
function makeClip(path: string, noisy = false): void {
  const result = spawnSync(
    'ffmpeg',
    [
      '-hide_banner', '-loglevel', 'error', '-y',
      '-f', 'lavfi', '-i', 'testsrc2=size=640x360:rate=25',
      '-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=48000',
      ...(noisy ? ['-vf', 'noise=alls=60:allf=t', '-t', '3', '-qp', '16'] : ['-t', '4']),
      '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-movflags', '+faststart', path,
    ],
    { encoding: 'utf8', timeout: 60_000 },
  );
  if (result.status !== 0) throw new Error(`could not make the test clip: ${result.stderr}`);
}

/**
 * The instructor's side of a video lesson in a real browser against the built API and worker:
 * a file that is no video is refused with the server's reason; a real clip uploads through tus
 * (progress, pause, continue), is processed by the worker (Diproses → Siap, the renditions
 * listed, a preview), gets captions, and the course can forbid skipping ahead.
 */
describe('an instructor adds a video lesson in the browser', () => {
  let stack: RunningStack;
  let browser: Browser;
  let folder: string;
  /** The course the first test builds; the second goes on with it. */
  let editorPath = '';
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    folder = temporaryDirectory('e2e-video-authoring-');
    makeClip(join(folder, CLIP_NAME));
    makeClip(join(folder, LONG_CLIP_NAME), true);
    await writeFile(join(folder, 'bukan-video.mp4'), 'Ini hanya teks, bukan video.\n'.repeat(200));
    await writeFile(join(folder, 'teks.vtt'), 'WEBVTT\n\n00:00:00.000 --> 00:00:03.000\nSelamat datang di pelatihan.\n');
    stack = await startStack('e2e-video-authoring');
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await stack?.stop();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  const signIn = (page: Page, email: string, returnTo: string) => signInThroughPage(page, stack.baseUrl, email, returnTo);

  async function chooseFile(page: Page, button: Locator, path: string): Promise<void> {
    const chooser = page.waitForEvent('filechooser');
    await button.click();
    await (await chooser).setFiles(path);
  }

  it('uploads, pauses and continues, sees it processed with its renditions, adds captions', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    await signIn(page, 'instruktur@demo.lentera.id', '/mengajar');

    await page.getByRole('button', { name: 'Buat kursus' }).click();
    const form = page.getByRole('dialog', { name: 'Buat kursus' });
    await form.getByLabel(/^Judul kursus/).fill(COURSE_TITLE);
    await form.getByLabel(/^Ringkasan/).fill('Pesan pembuka dalam bentuk video.');
    await form.getByLabel(/^Jenis kompetensi/).click();
    await page.getByRole('option', { name: 'Teknis' }).click();
    await form.getByLabel(/^Tingkat/).click();
    await page.getByRole('option', { name: 'Dasar' }).click();
    await form.getByLabel(/^Jam Pelajaran/).fill('2');
    await form.getByRole('button', { name: 'Buat kursus' }).click();
    await page.waitForURL(/\/mengajar\/kursus\/[0-9a-f]+$/, { timeout: 20_000 });
    editorPath = new URL(page.url()).pathname;

    // The course forbids skipping ahead in its videos.
    await page.getByRole('tab', { name: 'Rincian kursus' }).click();
    const noSkipping = page.getByLabel('Peserta tidak boleh melompati bagian video yang belum ditonton');
    expect(await noSkipping.isChecked()).toBe(false);
    await noSkipping.check();
    await page.getByRole('button', { name: 'Simpan rincian' }).click();
    await page.getByText('Rincian tersimpan.').waitFor({ timeout: 20_000 });
    await page.reload();
    await page.getByRole('tab', { name: 'Rincian kursus' }).click();
    expect(await page.getByLabel('Peserta tidak boleh melompati bagian video yang belum ditonton').isChecked()).toBe(true);
    await page.getByRole('tab', { name: 'Susunan materi' }).click();

    await page.getByLabel('Modul baru').fill(MODULE_TITLE);
    await page.getByRole('button', { name: 'Tambah modul' }).click();
    await page.getByRole('button', { name: `Tambah pelajaran ke modul ${MODULE_TITLE}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Pelajaran baru' });
    await dialog.getByLabel('Video', { exact: true }).check();
    await dialog.getByLabel(/^Judul pelajaran/).fill(LESSON_TITLE);

    // A file that is no video goes up completely, and the server's reason (422) is shown.
    await chooseFile(page, dialog.getByRole('button', { name: 'Pilih video' }), join(folder, 'bukan-video.mp4'));
    const refusal = dialog.getByRole('alert').filter({ hasText: 'bukan-video.mp4 tidak dapat diunggah' });
    await refusal.waitFor({ timeout: 30_000 });
    expect((await refusal.innerText()).replace('bukan-video.mp4 tidak dapat diunggah', '').trim()).not.toBe('');
    await refusal.getByRole('button', { name: 'Tutup' }).click();
    // Refused for good: it is not offered for continuing.
    await dialog.getByRole('button', { name: 'Pilih video' }).waitFor();
    expect(await dialog.getByText('Ada unggahan video yang belum selesai').count()).toBe(0);

    // The real clip. The upload's creation (POST) is held a little, so the progress and Pause are
    // seen before a small file is through (its one chunk is sent at once: the bar then says 100 %).
    await page.route('**/uploads/videos', async (route) => {
      if (route.request().method() === 'POST') await new Promise((resolve) => setTimeout(resolve, 4000));
      await route.continue().catch(() => undefined); // the page may have aborted it (Pause)
    });
    await chooseFile(page, dialog.getByRole('button', { name: 'Pilih video' }), join(folder, CLIP_NAME));
    const upload = dialog.getByRole('group', { name: `Unggahan ${CLIP_NAME}` });
    await upload.getByRole('button', { name: 'Jeda' }).click();
    await upload.getByText(/^Dijeda/).waitFor();
    await upload.getByRole('progressbar', { name: 'Kemajuan unggahan' }).waitFor({ state: 'attached' });
    await upload.getByText('Pilih berkas yang sama untuk melanjutkan unggahan', { exact: false }).waitFor();
    expect(await dialog.getByRole('button', { name: 'Tambah pelajaran' }).isDisabled()).toBe(true);
    await upload.getByRole('button', { name: 'Lanjutkan' }).click();
    await upload.getByText(/^Mengunggah/).waitFor();
    await upload.waitFor({ state: 'detached', timeout: 30_000 });
    await page.unroute('**/uploads/videos');

    // The worker takes it: Diunggah / Diproses n% while it works (polled), then Siap.
    const panel = dialog.getByText(CLIP_NAME, { exact: false }).first();
    await panel.waitFor({ timeout: 20_000 });
    await dialog.getByText(/^(Diunggah|Diproses \d+%|Siap)$/).waitFor({ timeout: 20_000 });
    await dialog.getByText('Siap', { exact: true }).waitFor({ timeout: 120_000 });
    await dialog.getByText('240p · 360p').waitFor();
    await dialog.getByText('0:04').waitFor();
    await dialog.getByText('640×360').waitFor();
    await dialog.getByRole('button', { name: 'Tambah pelajaran' }).click();
    await dialog.waitFor({ state: 'hidden', timeout: 20_000 });

    // Opened again, the lesson has its video, ready, with a preview; captions come and go.
    await page.getByRole('button', { name: `Ubah pelajaran ${LESSON_TITLE}` }).click();
    const editor = page.getByRole('dialog', { name: 'Ubah pelajaran' });
    await editor.getByText('Siap', { exact: true }).waitFor({ timeout: 20_000 });
    await editor.getByText('240p · 360p').waitFor();
    await editor.getByTestId('video-player').waitFor({ timeout: 20_000 });
    await editor.getByText('Belum ada teks terjemahan.').waitFor();
    await chooseFile(page, editor.getByRole('button', { name: 'Unggah berkas .vtt' }), join(folder, 'teks.vtt'));
    await editor.getByText('Bahasa Indonesia (id)').waitFor({ timeout: 20_000 });
    await editor.getByRole('button', { name: 'Hapus teks Bahasa Indonesia' }).click();
    await editor.getByText('Belum ada teks terjemahan.').waitFor({ timeout: 20_000 });
    await editor.getByRole('button', { name: 'Batal' }).click();
  });

  it('replaces the video, and after a reload picking the same file continues the upload where it stopped', async () => {
    expect((await stat(join(folder, LONG_CLIP_NAME))).size).toBeGreaterThan(2 * CHUNK_BYTES);
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    contexts.push(context);
    const page = await context.newPage();
    await signIn(page, 'instruktur@demo.lentera.id', editorPath);
    const requests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/uploads/videos')) requests.push(request.method());
    });
    // The first chunk goes through; the second is cut off (again and again) until the page reloads.
    let cutOff = true;
    const patchOffsets: string[] = [];
    await page.route('**/uploads/videos/*', async (route) => {
      const request = route.request();
      const offset = request.headers()['upload-offset'];
      if (request.method() !== 'PATCH') return route.continue();
      if (cutOff && offset !== '0') return route.abort('connectionreset');
      patchOffsets.push(offset ?? '');
      return route.continue();
    });
    const firstChunk = page.waitForResponse(
      (response) => response.request().method() === 'PATCH' && response.status() === 204,
      { timeout: 30_000 },
    );
    await page.getByRole('button', { name: `Ubah pelajaran ${LESSON_TITLE}` }).click();
    let editor = page.getByRole('dialog', { name: 'Ubah pelajaran' });
    await editor.getByText('Siap', { exact: true }).waitFor({ timeout: 20_000 });
    await chooseFile(page, editor.getByRole('button', { name: 'Ganti video' }), join(folder, LONG_CLIP_NAME));
    await editor.getByText('Video baru menggantikan video ini setelah unggahannya selesai.').waitFor();
    await firstChunk;
    await page.reload();
    cutOff = false;
    patchOffsets.length = 0;

    // The browser remembers the unfinished upload; picking the same file continues it (no new POST).
    await page.getByRole('button', { name: `Ubah pelajaran ${LESSON_TITLE}` }).click({ timeout: 20_000 });
    editor = page.getByRole('dialog', { name: 'Ubah pelajaran' });
    const note = editor.getByRole('alert').filter({ hasText: 'Ada unggahan video yang belum selesai' });
    await note.getByText(LONG_CLIP_NAME, { exact: false }).waitFor({ timeout: 20_000 });
    await note.getByText('Pilih berkas yang sama untuk melanjutkan unggahan.').waitFor();
    const postsBefore = requests.filter((method) => method === 'POST').length;
    await chooseFile(page, editor.getByRole('button', { name: 'Ganti video' }), join(folder, LONG_CLIP_NAME));
    const upload = editor.getByRole('group', { name: `Unggahan ${LONG_CLIP_NAME}` });
    await upload.getByText(/^(Melanjutkan unggahan|Memeriksa video)/).waitFor({ timeout: 20_000 });
    await upload.waitFor({ state: 'detached', timeout: 60_000 });
    expect(requests.filter((method) => method === 'POST').length).toBe(postsBefore);
    expect(patchOffsets[0]).toBe(String(CHUNK_BYTES));
    await page.unroute('**/uploads/videos/*');

    // The lesson took the new video at once (no Save needed), and the worker processes it.
    await editor.getByText(LONG_CLIP_NAME, { exact: false }).first().waitFor({ timeout: 20_000 });
    await editor.getByText('Siap', { exact: true }).waitFor({ timeout: 120_000 });
    await editor.getByText('0:03').waitFor();
    await editor.getByRole('button', { name: 'Batal' }).click();
    await page.reload();
    await page.getByRole('button', { name: `Ubah pelajaran ${LESSON_TITLE}` }).click({ timeout: 20_000 });
    await page.getByRole('dialog', { name: 'Ubah pelajaran' }).getByText(LONG_CLIP_NAME, { exact: false }).first().waitFor({ timeout: 20_000 });
    expect(await page.getByText('Ada unggahan video yang belum selesai').count()).toBe(0);
  });
});
