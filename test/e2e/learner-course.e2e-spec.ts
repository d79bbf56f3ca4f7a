import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, repoRoot, startStack, type RunningStack } from '@lentera/test-support';

interface DemoCourse {
  title: string;
  modules: Array<{ title: string; lessons: Array<{ title: string }> }>;
}

const demo = JSON.parse(readFileSync(join(repoRoot, 'apps', 'api', 'src', 'demo', 'demo-course.json'), 'utf8')) as DemoCourse;
/** The course opens with its pre-test (a quiz, done once graded); the reading starts in the next module. */
const preTest = demo.modules[0].lessons[0].title;
const firstLesson = demo.modules[1].lessons[0].title;
const secondLesson = demo.modules[1].lessons[1].title;
const PHONE = { width: 360, height: 740 };
const WAIT = { timeout: 20_000 };

/**
 * Done-when #3 of issue 4, in a real browser on a phone-sized screen: a learner
 * finds the demo course, enrols, reaches the end of the first lesson, goes home,
 * and "Lanjutkan" opens the next lesson.
 */
describe('a learner takes the demo course on a phone', () => {
  let stack: RunningStack;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    stack = await startStack('e2e-learner-course');
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: PHONE, hasTouch: true });
    page = await context.newPage();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await stack?.stop();
  });

  async function expectNoSidewaysScrolling(): Promise<void> {
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  }

  it('signs in as asn1 and lands on "Belajar saya", with nothing started yet', async () => {
    await page.goto(`${stack.baseUrl}/masuk`);
    await page.getByLabel('Email atau NIP').fill('asn1@demo.lentera.id');
    await page.getByLabel(/^Kata sandi/).fill('Demo12345!');
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.waitForURL(`${stack.baseUrl}/belajar`, WAIT);
    await page.getByRole('heading', { level: 1, name: 'Belajar saya' }).waitFor(WAIT);
    await page.getByRole('heading', { name: 'Belum ada kursus yang diikuti' }).waitFor(WAIT);
  });

  it('finds the demo course in the catalogue by a word of its title, kept in the address bar', async () => {
    await page.getByRole('link', { name: 'Lentera, ke beranda' }).click();
    await page.getByRole('heading', { level: 1, name: 'Katalog kursus' }).waitFor(WAIT);
    // Another case and without the title's punctuation: the search is the API's, not a substring match here.
    await page.getByLabel('Cari kursus').fill('PRAKTIK daerah');
    await page.waitForURL(/[?&]q=PRAKTIK\+daerah/, WAIT);
    await page.getByText(/kursus ditemukan$/).waitFor(WAIT);
    const card = page.getByTestId('course-card').filter({ hasText: demo.title });
    await card.waitFor(WAIT);
    await expectNoSidewaysScrolling();

    await card.getByRole('link', { name: demo.title }).click();
    await page.getByRole('heading', { level: 1, name: demo.title }).waitFor(WAIT);
    await page.getByRole('heading', { level: 2, name: 'Daftar modul' }).waitFor(WAIT);
    await expectNoSidewaysScrolling();
  });

  it('enrols, and the course page then shows the progress and where to start', async () => {
    await page.getByRole('button', { name: 'Ikuti kursus' }).click();
    const start = page.getByRole('link', { name: 'Mulai belajar' });
    await start.waitFor(WAIT);
    // At 0 % the bar has no width (Playwright calls that hidden): it only needs to be there.
    await page.getByRole('progressbar', { name: 'Kemajuan kursus' }).waitFor({ state: 'attached', ...WAIT });
    await page.getByText(/^0 dari \d+ pelajaran wajib selesai$/).waitFor(WAIT);
    // Enrolled: the outline's lessons are links now, each with its state.
    await page.getByTestId('outline-lesson').first().waitFor(WAIT);
    await start.click();
  });

  it('opens the pre-test first, then the first reading, which, scrolled to its end, is done', async () => {
    await page.getByRole('heading', { level: 1, name: preTest }).waitFor(WAIT);
    await page.getByTestId('quiz-overview').waitFor(WAIT);
    await page.getByRole('link', { name: new RegExp(firstLesson) }).first().click();
    await page.getByRole('heading', { level: 1, name: firstLesson }).waitFor(WAIT);
    expect(page.url()).toMatch(/\/kursus\/[0-9a-f]{24}\/pelajaran\/[0-9a-f]{24}$/);
    await expectNoSidewaysScrolling();

    await page.getByTestId('lesson-end').scrollIntoViewIfNeeded();
    await page.getByTestId('lesson-done').waitFor(WAIT);
    await expect(page.getByTestId('lesson-done').textContent()).resolves.toContain('selesai');
    // The outline (in the phone's drawer) shows the lesson as done.
    await page.getByRole('button', { name: 'Daftar pelajaran' }).click();
    const drawer = page.getByRole('dialog', { name: 'Daftar pelajaran' });
    await drawer.getByRole('img', { name: 'Selesai' }).first().waitFor(WAIT);
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden', ...WAIT });
  });

  it('goes to "Belajar saya", where "Lanjutkan" opens the second lesson', async () => {
    await page.getByRole('button', { name: /^Menu akun/ }).click();
    await page.getByRole('menuitem', { name: 'Belajar saya' }).click();
    await page.getByRole('heading', { level: 1, name: 'Belajar saya' }).waitFor(WAIT);
    const inProgress = page.getByTestId('my-learning-IN_PROGRESS');
    const card = inProgress.getByTestId('my-enrolment').filter({ hasText: demo.title });
    await card.waitFor(WAIT);
    await expectNoSidewaysScrolling();

    await card.getByRole('link', { name: /^Lanjutkan/ }).click();
    await page.getByRole('heading', { level: 1, name: secondLesson }).waitFor(WAIT);
    expect(page.url()).toMatch(/\/kursus\/[0-9a-f]{24}\/pelajaran\/[0-9a-f]{24}$/);
  });

  it('keeps the API free of logged errors', () => {
    expect(stack.api.output()).not.toMatch(/"level":(50|60)/);
  });
});
