import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Test, type TestingModule } from '@nestjs/testing';
import jsQR from 'jsqr';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import {
  AgencyRepository,
  CertificateRepository,
  CourseRepository,
  DatabaseModule,
  LessonRepository,
  QuizAttemptRepository,
  UserRepository,
  type LessonContentRecord,
} from '@lentera/db';
import { correctAnswerOf, eventually, graphqlAs, launchBrowser, signInThroughApi, signInThroughPage, startStack, type RunningStack } from '@lentera/test-support';

const run = promisify(execFile);
const PHONE = { width: 360, height: 740 };
const WAIT = { timeout: 20_000 };
const DEMO_AGENCY = 'BPSDM-KALBAR';
const DEMO_COURSE = 'Pengembangan Kompetensi ASN: Strategi dan Praktik Daerah';
const LEARNER = 'asn1@demo.lentera.id';
const ADMIN = 'admin@demo.lentera.id';
const OTHER_LEARNER = 'asn2@demo.lentera.id';
const REVOKE_REASON = 'Nama peserta salah ketik pada data kepegawaian';

const ENROL = 'mutation ($c: ID!) { enrol(courseId: $c) { id } }';
const PROGRESS = 'mutation ($input: LessonProgressInput!) { recordLessonProgress(input: $input) { courseCompletedNow } }';
const START = 'mutation ($c: ID!, $l: ID!) { startQuizAttempt(courseId: $c, lessonId: $l) { id } }';
const SAVE = 'mutation ($a: ID!, $answers: [AnswerInput!]!) { saveQuizAnswers(attemptId: $a, answers: $answers) { saved } }';
const SUBMIT = 'mutation ($a: ID!) { submitQuizAttempt(attemptId: $a) { id } }';
const ASSIGN = 'mutation ($input: AssignCourseInput!) { assignCourse(input: $input) { assignmentId enrolled } }';
const READ_ATTEMPT = 'query ($a: ID!) { quizAttempt(attemptId: $a) { status passed } }';

/**
 * Done-when of issue 7 in a real browser: asn1 completes the demo course (every required lesson
 * but the last reading through the API, quizzes answered right and graded by the worker; the last
 * reading on a phone), waits for the certificate in "Sertifikat saya", downloads its PDF, and the
 * QR code read out of that PDF opens the public page in an anonymous browser: VALID with the
 * learner's name and NIP. The agency admin revokes it on the admin page with a reason; the same
 * URL then shows REVOKED with that reason.
 */
describe('certificates: completing the demo course, downloading, verifying the QR code, revoking', () => {
  let stack: RunningStack;
  let db: TestingModule;
  let browser: Browser;
  let learnerContext: BrowserContext;
  let page: Page;
  let anonymous: BrowserContext;
  let workDir: string;
  let courseId: string;
  let lastReading: LessonContentRecord;
  let learner: { id: string; fullName: string; nip: string };
  let verificationUrl: string;

  beforeAll(async () => {
    stack = await startStack('e2e-certificates');
    db = await Test.createTestingModule({ imports: [DatabaseModule.forRoot(stack.isolated.config)] }).compile();
    db.useLogger(false);
    await db.init();
    const agency = await eventually(() => db.get(AgencyRepository).findByCode(DEMO_AGENCY), (found) => found !== null, 'the demo agency the API seeds', 10_000);
    const course = await db.get(CourseRepository).findByAgencyAndTitle(agency!.id, DEMO_COURSE);
    courseId = course!.id;
    const user = (await db.get(UserRepository).findByEmail(LEARNER))!;
    learner = { id: user.id, fullName: user.fullName, nip: user.nip! };
    workDir = await mkdtemp(join(tmpdir(), 'lentera-certificates-'));
    browser = await launchBrowser();
    learnerContext = await browser.newContext({ viewport: PHONE, hasTouch: true, acceptDownloads: true });
    page = await learnerContext.newPage();
    anonymous = await browser.newContext({ viewport: PHONE, hasTouch: true });
  }, 120_000);

  afterAll(async () => {
    await anonymous?.close();
    await learnerContext?.close();
    await browser?.close();
    await db?.close();
    await stack?.stop();
    if (workDir) await rm(workDir, { recursive: true, force: true });
  });

  async function expectText(target: Locator, text: string): Promise<void> {
    await target.waitFor(WAIT);
    expect(await target.innerText()).toBe(text);
  }

  async function expectNoSidewaysScrolling(target: Page): Promise<void> {
    expect(await target.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  }

  it('asn1 has done every required lesson of the demo course but its last reading (through the API)', async () => {
    const { token } = await signInThroughApi(stack.baseUrl, LEARNER);
    const call = <T>(query: string, variables: Record<string, unknown>) => graphqlAs<T>(stack.baseUrl, token, query, variables);
    await call(ENROL, { c: courseId });
    const course = (await db.get(CourseRepository).findById(courseId))!;
    const lessons = (await db.get(LessonRepository).findContentByCourseVersions([{ courseId, version: course.publishedVersion }])).filter((lesson) => lesson.required);
    const readings = lessons.filter((lesson) => lesson.kind === 'text');
    lastReading = readings[readings.length - 1];
    for (const reading of readings.slice(0, -1)) {
      await call(PROGRESS, { input: { courseId, lessonId: reading.id, reachedEnd: true, secondsSpent: 30 } });
    }
    for (const quiz of lessons.filter((lesson) => lesson.kind === 'quiz')) {
      const { startQuizAttempt } = await call<{ startQuizAttempt: { id: string } }>(START, { c: courseId, l: quiz.id });
      const questions = (await db.get(QuizAttemptRepository).findById(startQuizAttempt.id))!.questions;
      await call(SAVE, { a: startQuizAttempt.id, answers: questions.map((question) => ({ questionId: question.questionId, ...correctAnswerOf(question) })) });
      await call(SUBMIT, { a: startQuizAttempt.id });
      await eventually(
        () => call<{ quizAttempt: { status: string; passed: boolean | null } }>(READ_ATTEMPT, { a: startQuizAttempt.id }),
        ({ quizAttempt }) => quizAttempt.status === 'GRADED',
        `the worker to grade "${quiz.title}"`,
        30_000,
      );
    }
    expect(lastReading).toBeDefined();
  }, 180_000);

  it('finishes the last reading on a phone; "Sertifikat saya" shows the certificate once it is ready', async () => {
    await signInThroughPage(page, stack.baseUrl, LEARNER, `/kursus/${courseId}/pelajaran/${lastReading.id}`);
    await page.getByRole('heading', { level: 1, name: lastReading.title }).waitFor(WAIT);
    await page.getByTestId('lesson-end').scrollIntoViewIfNeeded();
    await page.getByTestId('lesson-done').waitFor(WAIT);

    await page.getByRole('button', { name: /^Menu akun/ }).click();
    await page.getByRole('menuitem', { name: 'Sertifikat saya' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sertifikat saya' }).waitFor(WAIT);
    // The worker issues it after the completion: until then the list may be empty (a reload asks again);
    // once listed, the page itself polls while the PDF is being prepared.
    const card = page.getByTestId('my-certificate').filter({ hasText: DEMO_COURSE });
    await eventually(
      async () => {
        if (await card.count()) return true;
        await page.reload();
        await page.getByRole('heading', { level: 1, name: 'Sertifikat saya' }).waitFor(WAIT);
        return (await card.count()) > 0;
      },
      (found) => found,
      'the certificate to be issued',
      60_000,
    );
    await card.getByTestId('certificate-download').waitFor({ timeout: 60_000 });
    expect(await card.getAttribute('data-status')).toBe('ISSUED');
    expect(await card.getByTestId('certificate-number').innerText()).toMatch(/\d/);
    verificationUrl = await card.getByTestId('certificate-share-url').inputValue();
    expect(verificationUrl).toMatch(new RegExp(`^${stack.baseUrl}/verifikasi/[0-9A-Z]{26}$`));
    await expectNoSidewaysScrolling(page);
  }, 150_000);

  it('downloads the PDF, whose QR code opens the verification URL', async () => {
    const card = page.getByTestId('my-certificate').filter({ hasText: DEMO_COURSE });
    const [download] = await Promise.all([page.waitForEvent('download', WAIT), card.getByTestId('certificate-download').click()]);
    expect(download.suggestedFilename()).toMatch(/^sertifikat-.+\.pdf$/);
    const pdfPath = join(workDir, 'sertifikat.pdf');
    await download.saveAs(pdfPath);
    expect((await readFile(pdfPath)).subarray(0, 5).toString()).toBe('%PDF-');

    const decoded = await qrCodesIn(pdfPath);
    expect(decoded).toContain(verificationUrl);
  }, 60_000);

  it('an anonymous browser opens the QR code URL and sees the certificate valid, with the learner\'s name and NIP', async () => {
    const visitor = await anonymous.newPage();
    await visitor.goto(verificationUrl);
    const verdict = visitor.getByTestId('verification-verdict');
    await verdict.waitFor(WAIT);
    expect(await verdict.getAttribute('data-verdict')).toBe('VALID');
    await visitor.getByRole('heading', { name: 'Sertifikat asli dan berlaku' }).waitFor(WAIT);
    expect(await visitor.getByTestId('certificate-field-participant').innerText()).toContain(learner.fullName);
    expect(await visitor.getByTestId('certificate-field-nip').innerText()).toContain(learner.nip);
    expect(await visitor.getByTestId('certificate-field-course').innerText()).toContain(DEMO_COURSE);
    await visitor.getByTestId('verification-download-data').waitFor(WAIT);
    await visitor.getByText(/openssl pkeyutl -verify/).waitFor(WAIT);
    await expectNoSidewaysScrolling(visitor);
    await visitor.close();
  }, 60_000);

  it('the agency admin revokes it on the admin page with a reason', async () => {
    const adminContext = await browser.newContext();
    const admin = await adminContext.newPage();
    await signInThroughPage(admin, stack.baseUrl, ADMIN, '/admin/sertifikat');
    await admin.getByRole('heading', { level: 1, name: 'Sertifikat' }).waitFor(WAIT);
    await admin.getByTestId('certificate-search').fill(learner.nip);
    const row = admin.getByTestId('agency-certificate').filter({ hasText: DEMO_COURSE }).filter({ hasText: learner.fullName });
    await row.waitFor(WAIT);
    await row.getByTestId('certificate-revoke').click();
    const dialog = admin.getByRole('dialog');
    // Too short a reason is refused on the form, in Indonesian.
    await dialog.getByTestId('certificate-reason-input').fill('sal');
    await dialog.getByTestId('certificate-reason-submit').click();
    await dialog.getByText('Alasan minimal 5 karakter.').waitFor(WAIT);
    await dialog.getByTestId('certificate-reason-input').fill(REVOKE_REASON);
    await dialog.getByTestId('certificate-reason-submit').click();
    await admin.getByTestId('certificate-notice').waitFor(WAIT);
    await eventually(() => row.getAttribute('data-status'), (status) => status === 'REVOKED', 'the row to show the certificate revoked', 20_000);
    await adminContext.close();
  }, 60_000);

  it('the same URL in the anonymous browser now shows it revoked, with the reason', async () => {
    const visitor = await anonymous.newPage();
    await visitor.goto(verificationUrl);
    const verdict = visitor.getByTestId('verification-verdict');
    await verdict.waitFor(WAIT);
    expect(await verdict.getAttribute('data-verdict')).toBe('REVOKED');
    await visitor.getByRole('heading', { name: 'Sertifikat telah dicabut' }).waitFor(WAIT);
    expect(await visitor.getByTestId('verification-revoke-reason').innerText()).toBe(REVOKE_REASON);
    await visitor.close();
  }, 60_000);

  it("the agency admin issues certificates for a class and for chosen learners on the course's learner page", async () => {
    const other = (await db.get(UserRepository).findByEmail(OTHER_LEARNER))!;
    const { token } = await signInThroughApi(stack.baseUrl, ADMIN);
    const assigned = await graphqlAs<{ assignCourse: { assignmentId: string; enrolled: number } }>(stack.baseUrl, token, ASSIGN, { input: { courseId, userIds: [other.id] } });
    expect(assigned.assignCourse.enrolled).toBe(1);

    const adminContext = await browser.newContext();
    const admin = await adminContext.newPage();
    await signInThroughPage(admin, stack.baseUrl, ADMIN, `/mengajar/kursus/${courseId}/peserta`);
    await admin.getByTestId('issue-class-certificates').click();
    const dialog = admin.getByRole('dialog');
    await dialog.getByTestId('issue-class-select').click();
    await admin.getByRole('option', { name: /^Peserta pilihan · .+ · 1 peserta$/ }).click();
    await dialog.getByTestId('issue-class-submit').click();
    await expectText(dialog.getByTestId('issue-class-result'), '1 peserta: 1 sertifikat baru diterbitkan, 0 sudah memiliki sertifikat.');

    // Chosen learners: asn1 (whose certificate was revoked: it no longer counts) and asn2, certified just now.
    await dialog.getByText('Peserta pilihan', { exact: true }).click();
    const picker = dialog.getByTestId('issue-learner-picker');
    for (const person of [learner.fullName, other.fullName]) {
      await picker.fill(person);
      await admin.getByRole('option', { name: new RegExp(`^${person} — `) }).click();
    }
    await picker.press('Escape');
    await dialog.getByTestId('issue-class-submit').click();
    await expectText(dialog.getByTestId('issue-class-result'), '2 peserta: 1 sertifikat baru diterbitkan, 1 sudah memiliki sertifikat.');
    await adminContext.close();

    const certificates = await db.get(CertificateRepository).findNotRevokedByCourseAndUsers(courseId, [learner.id, other.id]);
    expect(certificates.map((certificate) => [certificate.userId, certificate.source, certificate.assignmentId]).sort()).toEqual(
      [
        [learner.id, 'manual', null],
        [other.id, 'manual', assigned.assignCourse.assignmentId],
      ].sort(),
    );
  }, 90_000);

  it('keeps the API free of logged errors', () => {
    expect(stack.api.output()).not.toMatch(/"level":(50|60)/);
  });

  /** Every QR code among the PDF's images (poppler's pdfimages), decoded with jsQR. */
  async function qrCodesIn(pdfPath: string): Promise<string[]> {
    const prefix = join(workDir, 'image');
    await run('pdfimages', ['-png', pdfPath, prefix]);
    const files = (await readdir(workDir)).filter((name) => name.startsWith('image') && name.endsWith('.png'));
    const found: string[] = [];
    for (const name of files) {
      const png = PNG.sync.read(await readFile(join(workDir, name)));
      const padded = withQuietZone(png, 32);
      const code = jsQR(padded.data, padded.width, padded.height);
      if (code) found.push(code.data);
    }
    return found;
  }
});

/**
 * The image on a white border: the PDF's QR code has a one-module margin, less than the quiet
 * zone a reader expects around it.
 */
function withQuietZone(png: PNG, border: number): { data: Uint8ClampedArray; width: number; height: number } {
  const width = png.width + 2 * border;
  const height = png.height + 2 * border;
  const data = new Uint8ClampedArray(width * height * 4).fill(255);
  for (let y = 0; y < png.height; y += 1) {
    const from = y * png.width * 4;
    data.set(png.data.subarray(from, from + png.width * 4), ((y + border) * width + border) * 4);
  }
  return { data, width, height };
}
