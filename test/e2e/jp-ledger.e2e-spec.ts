import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { buildPdf, buildPng, graphqlAs, launchBrowser, signInThroughApi, signInThroughPage, startStack, type RunningStack } from '@lentera/test-support';

const PHONE = { width: 360, height: 740 };
const WAIT = { timeout: 20_000 };
const LEARNER = 'asn1@demo.lentera.id';
const ADMIN = 'admin@demo.lentera.id';
const LEDGER_PATH = '/belajar/jp';
// Unique per run, in case the database is reused.
const RUN = Date.now().toString(36);
const APPROVED = { title: `Seminar Nasional Reformasi Birokrasi ${RUN}`, organizer: 'Lembaga Administrasi Negara', jp: 6, kind: 'Seminar / konferensi', competency: 'Manajerial' };
const REJECTED = { title: `Lokakarya Penyusunan SKP ${RUN}`, organizer: 'Badan Kepegawaian Negara', jp: 4, kind: 'Lokakarya (workshop)', competency: 'Teknis' };
const REJECT_NOTE = 'Bukti yang diunggah bukan sertifikat kegiatan; unggah sertifikat resmi.';

const LEDGER = 'query ($year: Int!) { myJpLedger(year: $year) { totalJp targetJp percent missingJp pendingJp totalsByCompetency { teknis manajerial sosialKultural } } }';
const MY_ACTIVITIES = 'query { myExternalActivities { id title status jp reviewNote } }';
const REVIEW = 'mutation ($id: ID!, $approve: Boolean!, $note: String) { reviewExternalActivity(id: $id, approve: $approve, note: $note) { id status reviewNote } }';

interface Ledger {
  totalJp: number;
  targetJp: number;
  percent: number;
  missingJp: number;
  pendingJp: number;
  totalsByCompetency: { teknis: number; manajerial: number; sosialKultural: number };
}
interface Activity {
  id: string;
  title: string;
  status: string;
  jp: number;
  reviewNote: string | null;
}

/** Today in Asia/Jakarta, `YYYY-MM-DD` (the browser runs in that time zone too). */
const jakartaToday = () => new Date(Date.now() + 7 * 60 * 60 * 1000).toISOString().slice(0, 10);
const jp = (value: number) => new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 }).format(value);
const round = (value: number) => Math.round(value * 100) / 100;

/**
 * Issue 7, the learner's JP ledger on a phone: asn1 reads this year's figures, records an activity
 * outside Lentera with a PDF (pending: its JP shown apart, the bar unchanged), has a text file
 * named .pdf refused without losing the form, records a second one with a PNG; the agency admin
 * approves the first and rejects the second with a note; the ledger then counts exactly the
 * approved JP, and the rejected one shows "Ditolak" with the note. Figures come from the API.
 */
describe('JP ledger: outside activities recorded on a phone, reviewed by the agency', () => {
  let stack: RunningStack;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let learnerToken: string;
  let adminToken: string;
  const year = Number(jakartaToday().slice(0, 4));
  let before: Ledger;

  const ledgerOfApi = async () => (await graphqlAs<{ myJpLedger: Ledger }>(stack.baseUrl, learnerToken, LEDGER, { year })).myJpLedger;
  const activitiesOfApi = async () => (await graphqlAs<{ myExternalActivities: Activity[] }>(stack.baseUrl, learnerToken, MY_ACTIVITIES)).myExternalActivities.filter((activity) => activity.title.endsWith(RUN));
  const progressBar = () => page.getByRole('progressbar', { name: new RegExp(`^JP tahun ${year}:`) });
  const barLabel = (ledger: Ledger) => `JP tahun ${year}: ${jp(ledger.totalJp)} dari ${jp(ledger.targetJp)} JP (${jp(ledger.percent)}%)`;
  const activityCard = (title: string) => page.getByTestId('external-activity').filter({ hasText: title });
  const form = () => page.getByTestId('external-activity-form');
  const yearSelect = () => page.getByLabel('Tahun', { exact: true });
  // Badges are upper-cased by CSS: innerText would say "DITOLAK".
  const statusOf = (card: Locator) => card.getByTestId('activity-status').textContent();

  beforeAll(async () => {
    stack = await startStack('e2e-jp-ledger');
    [{ token: learnerToken }, { token: adminToken }] = await Promise.all([signInThroughApi(stack.baseUrl, LEARNER), signInThroughApi(stack.baseUrl, ADMIN)]);
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: PHONE, hasTouch: true, timezoneId: 'Asia/Jakarta', locale: 'id-ID' });
    page = await context.newPage();
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await stack?.stop();
  });

  async function expectNoSidewaysScrolling(): Promise<void> {
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  }

  async function fillActivity(activity: typeof APPROVED, startDate: string): Promise<void> {
    await page.getByRole('button', { name: 'Catat kegiatan', exact: true }).click();
    const fields = form();
    await fields.waitFor(WAIT);
    await fields.getByLabel(/^Jenis kegiatan/).selectOption({ label: activity.kind });
    await fields.getByLabel(/^Nama kegiatan/).fill(activity.title);
    await fields.getByLabel(/^Penyelenggara/).fill(activity.organizer);
    await fields.getByLabel(/^Tanggal mulai/).fill(startDate);
    await fields.getByLabel(/^Tanggal selesai/).fill(jakartaToday());
    await fields.getByLabel(/^Jumlah JP/).fill(String(activity.jp));
    await fields.getByLabel(/^Jenis kompetensi/).selectOption({ label: activity.competency });
  }

  async function chooseEvidence(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    const [chooser] = await Promise.all([page.waitForEvent('filechooser', WAIT), form().getByLabel(/^Berkas bukti/).click()]);
    await chooser.setFiles(file);
    await form().getByText(file.name).waitFor(WAIT);
  }

  async function submitAndWaitForRecorded(title: string): Promise<Locator> {
    await form().getByTestId('activity-submit').click();
    await page.getByTestId('activity-recorded').filter({ hasText: title }).waitFor(WAIT);
    const card = activityCard(title);
    await card.waitFor(WAIT);
    return card;
  }

  it("opens this year's ledger with the API's figures; the year is kept in the address", async () => {
    before = await ledgerOfApi();
    await signInThroughPage(page, stack.baseUrl, LEARNER, LEDGER_PATH);
    await page.getByRole('heading', { level: 1, name: 'JP saya' }).waitFor(WAIT);
    await progressBar().waitFor(WAIT);
    expect(await progressBar().getAttribute('aria-label')).toBe(barLabel(before));
    expect(await page.getByTestId('jp-figures').innerText()).toBe(`${jp(before.totalJp)} dari ${jp(before.targetJp)} JP`);
    expect(Number(await page.getByTestId('jp-total-MANAJERIAL').getAttribute('data-jp'))).toBe(before.totalsByCompetency.manajerial);
    expect(Number(await page.getByTestId('jp-total-TEKNIS').getAttribute('data-jp'))).toBe(before.totalsByCompetency.teknis);
    expect(await yearSelect().inputValue()).toBe(String(year));

    await yearSelect().selectOption(String(year - 1));
    await page.waitForURL(`${stack.baseUrl}${LEDGER_PATH}?tahun=${year - 1}`, WAIT);
    await page.getByRole('heading', { level: 2, name: `Kemajuan JP tahun ${year - 1}` }).waitFor(WAIT);
    await yearSelect().selectOption(String(year));
    await progressBar().waitFor(WAIT);
    await expectNoSidewaysScrolling();
  });

  it('records an activity with a PDF: pending, its JP shown apart and not in the bar', async () => {
    await fillActivity(APPROVED, `${year}-01-01`);
    await chooseEvidence({ name: 'sertifikat-seminar.pdf', mimeType: 'application/pdf', buffer: buildPdf('Sertifikat Seminar Nasional') });
    const card = await submitAndWaitForRecorded(APPROVED.title);

    expect(await card.getAttribute('data-status')).toBe('PENDING');
    expect(await statusOf(card)).toBe('Menunggu tinjauan');
    expect(await card.getByTestId('activity-jp').innerText()).toBe(`${jp(APPROVED.jp)} JP`);
    const pending = await ledgerOfApi();
    expect(pending.pendingJp).toBe(round(before.pendingJp + APPROVED.jp));
    expect(pending.totalJp).toBe(before.totalJp);
    expect(await progressBar().getAttribute('aria-label')).toBe(barLabel(before));
    expect(Number(await page.getByTestId('jp-pending').getAttribute('data-pending-jp'))).toBe(pending.pendingJp);
    expect(await page.getByTestId('jp-pending').innerText()).toContain(`${jp(pending.pendingJp)} JP`);
    await expectNoSidewaysScrolling();
  });

  it('opens the evidence in a new tab: the PDF itself, through its signed link', async () => {
    const evidence = activityCard(APPROVED.title).getByTestId('activity-evidence');
    expect(await evidence.innerText()).toContain('sertifikat-seminar.pdf');
    // A click, not a fetch: the browser's `Accept: text/html` is what a web app fallback would answer.
    const [popup, response] = await Promise.all([
      page.waitForEvent('popup', WAIT),
      context.waitForEvent('response', { predicate: (answer) => answer.url().includes('/jp-ledger/evidence/'), ...WAIT }),
      evidence.click(),
    ]);
    try {
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('application/pdf');
    } finally {
      await popup.close();
    }
  });

  it('refuses a text file named .pdf with a readable message and keeps every input; a PNG then goes', async () => {
    await fillActivity(REJECTED, jakartaToday());
    await chooseEvidence({ name: 'bukti-palsu.pdf', mimeType: 'application/pdf', buffer: Buffer.from('Ini bukan PDF, hanya catatan teks biasa.\n', 'utf8') });
    await form().getByTestId('activity-submit').click();

    await form().getByText(/^Bukti harus berupa PDF, JPEG, atau PNG/).waitFor(WAIT);
    expect(await form().getByLabel(/^Berkas bukti/).getAttribute('aria-invalid')).toBe('true');
    expect(await form().getByLabel(/^Nama kegiatan/).inputValue()).toBe(REJECTED.title);
    expect(await form().getByLabel(/^Penyelenggara/).inputValue()).toBe(REJECTED.organizer);
    expect(await form().getByLabel(/^Tanggal mulai/).inputValue()).toBe(jakartaToday());
    expect(await form().getByLabel(/^Tanggal selesai/).inputValue()).toBe(jakartaToday());
    expect(await form().getByLabel(/^Jumlah JP/).inputValue()).toBe(String(REJECTED.jp));
    expect(await form().getByLabel(/^Jenis kegiatan/).inputValue()).toBe('WORKSHOP');
    expect(await form().getByLabel(/^Jenis kompetensi/).inputValue()).toBe('TEKNIS');
    expect(await form().getByText('bukti-palsu.pdf').count()).toBe(1);
    expect((await activitiesOfApi()).map((activity) => activity.title)).toEqual([APPROVED.title]);

    await chooseEvidence({ name: 'surat-tugas.png', mimeType: 'image/png', buffer: buildPng(16) });
    expect(await form().getByText(/^Bukti harus berupa PDF, JPEG, atau PNG/).count()).toBe(0);
    const card = await submitAndWaitForRecorded(REJECTED.title);
    expect(await card.getAttribute('data-status')).toBe('PENDING');
    expect((await ledgerOfApi()).pendingJp).toBe(round(before.pendingJp + APPROVED.jp + REJECTED.jp));
  });

  it('the agency admin approves the first and rejects the second with a note (GraphQL)', async () => {
    const activities = await activitiesOfApi();
    const byTitle = (title: string) => activities.find((activity) => activity.title === title)!;
    const review = (id: string, approve: boolean, note: string | null) =>
      graphqlAs<{ reviewExternalActivity: { status: string; reviewNote: string | null } }>(stack.baseUrl, adminToken, REVIEW, { id, approve, note });
    expect((await review(byTitle(APPROVED.title).id, true, null)).reviewExternalActivity.status).toBe('APPROVED');
    expect((await review(byTitle(REJECTED.title).id, false, REJECT_NOTE)).reviewExternalActivity).toMatchObject({ status: 'REJECTED', reviewNote: REJECT_NOTE });
  });

  it('after a reload counts exactly the approved JP; the rejected one shows "Ditolak" with the note', async () => {
    const after = await ledgerOfApi();
    expect(after.totalJp).toBe(round(before.totalJp + APPROVED.jp));
    expect(after.totalsByCompetency).toEqual({ ...before.totalsByCompetency, manajerial: round(before.totalsByCompetency.manajerial + APPROVED.jp) });
    expect(after.pendingJp).toBe(before.pendingJp);

    await page.reload();
    await progressBar().waitFor(WAIT);
    expect(await progressBar().getAttribute('aria-label')).toBe(barLabel(after));
    expect(barLabel(after)).not.toBe(barLabel(before));
    expect(Number(await page.getByTestId('jp-total-MANAJERIAL').getAttribute('data-jp'))).toBe(after.totalsByCompetency.manajerial);
    expect(Number(await page.getByTestId('jp-total-TEKNIS').getAttribute('data-jp'))).toBe(before.totalsByCompetency.teknis);
    expect(await page.getByTestId('jp-pending').count()).toBe(before.pendingJp > 0 ? 1 : 0);
    const entry = page.getByTestId('jp-entry').filter({ hasText: APPROVED.title });
    expect(await entry.getAttribute('data-source')).toBe('EXTERNAL');
    expect(Number(await entry.getAttribute('data-jp'))).toBe(APPROVED.jp);
    expect(await page.getByTestId('jp-entry').filter({ hasText: REJECTED.title }).count()).toBe(0);

    expect(await statusOf(activityCard(APPROVED.title))).toBe('Disetujui');
    const rejected = activityCard(REJECTED.title);
    expect(await statusOf(rejected)).toBe('Ditolak');
    expect(await rejected.getByTestId('activity-review-note').innerText()).toContain(REJECT_NOTE);
    await expectNoSidewaysScrolling();

    // The home page's card says the same and leads back here.
    await page.goto(`${stack.baseUrl}/belajar`);
    const card = page.getByTestId('home-jp-card');
    await card.getByRole('progressbar').waitFor(WAIT);
    expect(await card.getByRole('progressbar').getAttribute('aria-label')).toBe(barLabel(after));
    await card.getByRole('link', { name: 'Lihat rincian JP' }).click();
    await page.waitForURL(`${stack.baseUrl}${LEDGER_PATH}`, WAIT);
  });
});
