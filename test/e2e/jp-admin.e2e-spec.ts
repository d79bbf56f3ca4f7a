import { createRequire } from 'node:module';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Test, type TestingModule } from '@nestjs/testing';
import type { Browser, BrowserContext, Download, Locator, Page } from 'playwright-core';
import { DatabaseModule, ExternalActivityRepository, UserRepository } from '@lentera/db';
import { buildPdf, graphqlAs, launchBrowser, repoRoot, signInThroughApi, signInThroughPage, startStack, type RunningStack } from '@lentera/test-support';

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 360, height: 740 };
const WAIT = { timeout: 20_000 };
const ADMIN = 'admin@demo.lentera.id';
const ASN1 = 'asn1@demo.lentera.id';
const ASN2 = 'asn2@demo.lentera.id';
const REJECT_NOTE = 'Sertifikat tidak mencantumkan jumlah jam pelajaran.';

interface ActivitySpec {
  learner: typeof ASN1 | typeof ASN2;
  kind: string;
  /** The kind as the queue names it. */
  kindLabel: string;
  title: string;
  organizer: string;
  jp: number;
}

// asn1 (PNS) gets 12 JP approved: below the default target of 20, above a target of 10. asn2 (PPPK) gets none.
const APPROVE: ActivitySpec = { learner: ASN1, kind: 'CLASSICAL_TRAINING', kindLabel: 'Pelatihan klasikal', title: 'Pelatihan Kepemimpinan Pengawas', organizer: 'BPSDM Provinsi Kalimantan Barat', jp: 12 };
const STAY_PENDING: ActivitySpec = { learner: ASN1, kind: 'INTERNSHIP', kindLabel: 'Magang', title: 'Magang di Badan Kepegawaian Daerah', organizer: 'BKD Kota Pontianak', jp: 6 };
const REJECT: ActivitySpec = { learner: ASN2, kind: 'SEMINAR', kindLabel: 'Seminar / konferensi', title: 'Seminar Transformasi Digital Daerah', organizer: 'Diskominfo Kubu Raya', jp: 8 };

const RECORD = 'mutation ($input: ExternalActivityInput!) { recordExternalActivity(input: $input) { id status } }';
const QUEUE = 'query ($a: ID!, $s: ExternalActivityStatus) { externalActivityQueue(agencyId: $a, status: $s, first: 50) { totalCount nodes { id status reviewNote } } }';
const REPORT =
  'query ($a: ID!, $y: Int, $u: String) { agencyJpReport(agencyId: $a, year: $y, workUnit: $u) { workUnits { workUnit learners belowTarget } belowTarget { userId fullName nip workUnit employmentType jp targetJp missingJp } } }';
const POLICY = 'query ($a: ID!) { jpPolicy(agencyId: $a) { minutesPerJp yearlyTargetPns yearlyTargetPppk updatedAt } }';

interface Report {
  workUnits: { workUnit: string | null; learners: number; belowTarget: number }[];
  belowTarget: { userId: string; fullName: string; nip: string | null; workUnit: string | null; employmentType: string | null; jp: number; targetJp: number; missingJp: number }[];
}

/** exceljs is a dependency of @lentera/api, not of the tests: loaded from there, typed as far as it is used. */
const ExcelJS = createRequire(join(repoRoot, 'apps', 'api', 'package.json'))('exceljs') as { Workbook: new () => Workbook };
interface Workbook {
  xlsx: { load(data: Buffer): Promise<unknown> };
  worksheets: { rowCount: number; getRow(index: number): { values: unknown } }[];
}

/** Today's year in Asia/Jakarta, the one the report counts by default. */
const jakartaYear = () => new Date(Date.now() + 7 * 60 * 60 * 1000).getUTCFullYear();

/**
 * Issue 7, the agency admin's JP pages at desktop size: asn1 and asn2 record activities outside
 * Lentera through the API; the admin sees them pending in the review queue, approves one and
 * rejects one with a note (not without one); the report then lists who is below target with the
 * per-unit counts agencyJpReport gives, and its CSV and XLSX downloads hold exactly the table's
 * rows; a lower PNS target in the policy takes asn1 off the list, and values out of range are
 * refused with a message. Figures come from the API, not from this file.
 */
describe('JP admin: review queue, report with exports, policy', () => {
  let stack: RunningStack;
  let db: TestingModule;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let workDir: string;
  let agencyId: string;
  let adminToken: string;
  const year = jakartaYear();
  const ids = new Map<ActivitySpec, string>();

  const api = <T>(query: string, variables: Record<string, unknown>) => graphqlAs<T>(stack.baseUrl, adminToken, query, variables);
  const reportOfApi = async (workUnit: string | null = null) => (await api<{ agencyJpReport: Report }>(REPORT, { a: agencyId, y: year, u: workUnit })).agencyJpReport;
  const queueOfApi = async (status: string | null) => (await api<{ externalActivityQueue: { totalCount: number; nodes: { id: string; status: string; reviewNote: string | null }[] } }>(QUEUE, { a: agencyId, s: status })).externalActivityQueue;
  const activityCard = (spec: ActivitySpec): Locator => page.getByTestId('jp-activity').filter({ hasText: spec.title });

  beforeAll(async () => {
    stack = await startStack('e2e-jp-admin');
    db = await Test.createTestingModule({ imports: [DatabaseModule.forRoot(stack.isolated.config)] }).compile();
    db.useLogger(false);
    await db.init();
    ({ token: adminToken, agencyId } = await signInThroughApi(stack.baseUrl, ADMIN));
    workDir = await mkdtemp(join(tmpdir(), 'lentera-jp-admin-'));
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: DESKTOP, acceptDownloads: true, timezoneId: 'Asia/Jakarta', locale: 'id-ID' });
    page = await context.newPage();
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await db?.close();
    await stack?.stop();
    if (workDir) await rm(workDir, { recursive: true, force: true });
  });

  /** The table's rows as the exports write them: name, NIP, unit, PNS/PPPK, JP, target, missing. */
  async function tableRows(): Promise<string[][]> {
    return page.getByTestId('jp-below-row').evaluateAll((rows) =>
      rows.map((row) => ['name', 'nip', 'workUnit', 'employmentType', 'jp', 'target', 'missing'].map((column) => row.querySelector(`[data-column="${column}"]`)?.textContent?.trim() ?? '')),
    );
  }

  /** Table cells in the exports' notation: NIP digits only, a dash for nothing, numbers with a decimal point. */
  const asExported = (row: string[]) => row.map((cell, index) => (index === 1 ? cell.replace(/\s/g, '') : index >= 4 ? cell.replace(/\./g, '').replace(',', '.') : cell)).map((cell) => (cell === '—' ? '' : cell));

  async function expectTableMatchesApi(report: Report): Promise<void> {
    await eventuallyEqual(
      async () => (await page.getByTestId('jp-below-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-user-id')))).join(','),
      report.belowTarget.map((learner) => learner.userId).join(','),
    );
    expect((await tableRows()).map(asExported)).toEqual(
      report.belowTarget.map((learner) => [learner.fullName, learner.nip ?? '', learner.workUnit ?? 'Tanpa unit kerja', learner.employmentType ?? '', String(learner.jp), String(learner.targetJp), String(learner.missingJp)]),
    );
  }

  async function eventuallyEqual(read: () => Promise<string>, expected: string): Promise<void> {
    const deadline = Date.now() + WAIT.timeout;
    let last = await read();
    while (last !== expected && Date.now() < deadline) {
      await page.waitForTimeout(200);
      last = await read();
    }
    expect(last).toBe(expected);
  }

  async function downloaded(button: Locator): Promise<{ download: Download; bytes: Buffer }> {
    const [download] = await Promise.all([page.waitForEvent('download', WAIT), button.click()]);
    const path = join(workDir, download.suggestedFilename());
    await download.saveAs(path);
    return { download, bytes: await readFile(path) };
  }

  async function choose(label: string, option: string): Promise<void> {
    await page.getByRole('combobox', { name: label, exact: true }).click();
    await page.getByRole('option', { name: option, exact: true }).click();
  }

  it('asn1 and asn2 record activities outside Lentera with their evidence (through the API)', async () => {
    const tokens = new Map<string, string>();
    for (const learner of [ASN1, ASN2]) tokens.set(learner, (await signInThroughApi(stack.baseUrl, learner)).token);
    const endDate = new Date();
    const startDate = new Date(endDate.getTime() - 2 * 24 * 60 * 60 * 1000);
    for (const spec of [APPROVE, STAY_PENDING, REJECT]) {
      const token = tokens.get(spec.learner)!;
      const upload = await fetch(`${stack.baseUrl}/jp-ledger/evidence`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/pdf', 'x-file-name': encodeURIComponent(`sertifikat-${spec.kind.toLowerCase()}.pdf`) },
        body: new Uint8Array(buildPdf(`Sertifikat ${spec.title}`)),
      });
      expect(upload.status).toBe(201);
      const { uploadId } = (await upload.json()) as { uploadId: string };
      const input = { kind: spec.kind, title: spec.title, organizer: spec.organizer, startDate, endDate, jp: spec.jp, competencyType: 'MANAJERIAL', uploadId };
      const { recordExternalActivity } = await graphqlAs<{ recordExternalActivity: { id: string; status: string } }>(stack.baseUrl, token, RECORD, { input });
      expect(recordExternalActivity.status).toBe('PENDING');
      ids.set(spec, recordExternalActivity.id);
    }
  });

  it('the queue shows them pending with learner, kind and evidence; one is approved', async () => {
    await signInThroughPage(page, stack.baseUrl, ADMIN, '/admin/jp/tinjauan');
    await page.getByRole('heading', { level: 1, name: 'Tinjauan kegiatan JP' }).waitFor(WAIT);
    const learners = db.get(UserRepository);
    for (const spec of [APPROVE, STAY_PENDING, REJECT]) {
      const card = activityCard(spec);
      await card.waitFor(WAIT);
      const learner = (await learners.findByEmail(spec.learner))!;
      expect(await card.getAttribute('data-status')).toBe('PENDING');
      expect(await card.getByTestId('jp-activity-learner').innerText()).toBe(learner.fullName);
      expect((await card.getByTestId('jp-activity-nip').innerText()).replace(/\D/g, '')).toBe(learner.nip);
      expect(await card.getByTestId('jp-activity-jp').innerText()).toBe(String(spec.jp));
      expect(await card.innerText()).toContain(spec.kindLabel);
      expect(await card.innerText()).toContain(spec.organizer);
      const evidence = card.getByTestId('jp-activity-evidence');
      expect(await evidence.getAttribute('target')).toBe('_blank');
      expect(await evidence.getAttribute('href')).toMatch(new RegExp(`^/jp-ledger/evidence/${ids.get(spec)!}\\?`));
    }
    expect(await page.getByTestId('jp-review-count').innerText()).toBe(`Menampilkan 3 dari ${(await queueOfApi('PENDING')).totalCount} kegiatan`);

    await activityCard(APPROVE).getByRole('button', { name: /^Setujui/ }).click();
    await page.getByTestId('jp-review-notice').filter({ hasText: 'disetujui' }).waitFor(WAIT);
    await activityCard(APPROVE).waitFor({ state: 'detached', ...WAIT });
    expect(await page.getByTestId('jp-review-count').innerText()).toBe('Menampilkan 2 dari 2 kegiatan');
  });

  it('an evidence link opens the PDF itself in a new tab', async () => {
    const [popup, response] = await Promise.all([
      page.waitForEvent('popup', WAIT),
      context.waitForEvent('response', { predicate: (answer) => answer.url().includes(`/jp-ledger/evidence/${ids.get(STAY_PENDING)!}`), ...WAIT }),
      activityCard(STAY_PENDING).getByTestId('jp-activity-evidence').click(),
    ]);
    expect([response.status(), response.headers()['content-type']]).toEqual([200, 'application/pdf']);
    await popup.close();
  });

  it('a rejection without a note is refused on the form; with one, the activity leaves the pending list', async () => {
    await activityCard(REJECT).getByRole('button', { name: /^Tolak/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Tolak kegiatan ini?' });
    await dialog.getByTestId('jp-reject-submit').click();
    await dialog.getByText('Catatan minimal 5 karakter.').waitFor(WAIT);
    await dialog.getByTestId('jp-reject-note').fill('   ok  ');
    await dialog.getByTestId('jp-reject-submit').click();
    await dialog.getByText('Catatan minimal 5 karakter.').waitFor(WAIT);
    expect((await db.get(ExternalActivityRepository).findById(ids.get(REJECT)!))!.status).toBe('pending');

    await dialog.getByTestId('jp-reject-note').fill(REJECT_NOTE);
    await dialog.getByTestId('jp-reject-submit').click();
    await dialog.waitFor({ state: 'detached', ...WAIT });
    await page.getByTestId('jp-review-notice').filter({ hasText: 'ditolak' }).waitFor(WAIT);
    await activityCard(REJECT).waitFor({ state: 'detached', ...WAIT });
    expect(await activityCard(STAY_PENDING).getAttribute('data-status')).toBe('PENDING');
  });

  it('the API and the database agree with what the page did', async () => {
    const admin = (await db.get(UserRepository).findByEmail(ADMIN))!;
    const activities = db.get(ExternalActivityRepository);
    const approved = (await activities.findById(ids.get(APPROVE)!))!;
    const rejected = (await activities.findById(ids.get(REJECT)!))!;
    expect([approved.status, approved.reviewedBy, approved.reviewNote]).toEqual(['approved', admin.id, null]);
    expect([rejected.status, rejected.reviewedBy, rejected.reviewNote]).toEqual(['rejected', admin.id, REJECT_NOTE]);
    expect((await activities.findById(ids.get(STAY_PENDING)!))!.status).toBe('pending');
    expect((await queueOfApi('PENDING')).nodes.map((node) => node.id)).toEqual([ids.get(STAY_PENDING)]);
    expect((await queueOfApi('REJECTED')).nodes).toEqual([{ id: ids.get(REJECT), status: 'REJECTED', reviewNote: REJECT_NOTE }]);

    // "Semua status" lists all three, each with its state.
    await choose('Status', 'Semua status');
    await eventuallyEqual(async () => String(await page.getByTestId('jp-activity').count()), '3');
    expect(await activityCard(APPROVE).getAttribute('data-status')).toBe('APPROVED');
    expect(await activityCard(REJECT).getByTestId('jp-activity-note').innerText()).toContain(REJECT_NOTE);
  });

  it('the report lists the learners below target, with the per-unit counts the API gives', async () => {
    await page.goto(`${stack.baseUrl}/admin/jp`);
    await page.getByRole('heading', { level: 1, name: 'Laporan Jam Pelajaran (JP)' }).waitFor(WAIT);
    await eventuallyEqual(() => page.getByTestId('jp-review-link').innerText(), 'Tinjau kegiatan (1 menunggu)');
    const report = await reportOfApi();
    const [asn1, asn2] = [(await db.get(UserRepository).findByEmail(ASN1))!, (await db.get(UserRepository).findByEmail(ASN2))!];
    expect(report.belowTarget.find((learner) => learner.userId === asn1.id)).toMatchObject({ jp: APPROVE.jp, targetJp: 20, missingJp: 20 - APPROVE.jp });
    expect(report.belowTarget.find((learner) => learner.userId === asn2.id)).toMatchObject({ jp: 0, employmentType: 'PPPK' });

    await page.getByTestId('jp-unit-row').first().waitFor(WAIT);
    const units = await page.getByTestId('jp-unit-row').evaluateAll((rows) =>
      rows.map((row) => ({
        workUnit: row.getAttribute('data-work-unit') || null,
        learners: Number(row.querySelector('[data-testid="jp-unit-learners"]')?.textContent),
        belowTarget: Number(row.querySelector('[data-testid="jp-unit-below"]')?.textContent),
      })),
    );
    expect(units).toEqual(report.workUnits);
    await expectTableMatchesApi(report);
  });

  it('the CSV download holds the rows of the table; the XLSX download is a workbook with them', async () => {
    const rows = (await tableRows()).map(asExported);
    const csv = await downloaded(page.getByTestId('jp-export-csv'));
    expect(csv.download.suggestedFilename()).toBe(`jp-di-bawah-target-${year}.csv`);
    const [header, ...lines] = parseCsv(csv.bytes);
    expect(header).toEqual(['Nama', 'NIP', 'Unit Kerja', 'Jenis Kepegawaian', 'JP', 'Target JP', 'Kurang JP']);
    expect(lines).toEqual(rows.map((row) => row.map((cell) => (cell === 'Tanpa unit kerja' ? '' : cell))));

    const xlsx = await downloaded(page.getByTestId('jp-export-xlsx'));
    expect(xlsx.download.suggestedFilename()).toBe(`jp-di-bawah-target-${year}.xlsx`);
    expect(xlsx.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const sheet = await firstSheet(xlsx.bytes);
    expect(sheet[0]).toEqual(header);
    expect(sheet.slice(1)).toEqual(lines);
  });

  it('a work unit narrows the table and its export; a learner’s SIASN export holds the approved activity', async () => {
    const asn1 = (await db.get(UserRepository).findByEmail(ASN1))!;
    await choose('Unit kerja', asn1.workUnit!);
    await page.waitForURL(/[?&]unit=Subbagian\+Keuangan/, WAIT);
    await expectTableMatchesApi(await reportOfApi(asn1.workUnit));
    const rows = (await tableRows()).map(asExported);
    expect(rows.map((row) => row[0])).toEqual([asn1.fullName]);
    const csv = await downloaded(page.getByTestId('jp-export-csv'));
    expect(parseCsv(csv.bytes).slice(1)).toEqual(rows);

    const siasn = await downloaded(page.getByTestId('jp-below-row').filter({ hasText: asn1.fullName }).getByTestId('jp-siasn-csv'));
    expect(siasn.download.suggestedFilename()).toBe(`siasn-riwayat-kursus-${asn1.nip!}-${year}.csv`);
    const [siasnHeader, ...entries] = parseCsv(siasn.bytes);
    expect(siasnHeader.slice(0, 4)).toEqual(['Nama Kursus', 'Jenis Kursus', 'Rumpun Kompetensi', 'Jumlah Jam']);
    // 12 JP of 45 minutes (the default policy) are 9 hours.
    expect(entries).toEqual([expect.arrayContaining([APPROVE.title, 'Pelatihan Klasikal', 'Manajerial', String((APPROVE.jp * 45) / 60), APPROVE.organizer])]);
    const siasnXlsx = await downloaded(page.getByTestId('jp-below-row').filter({ hasText: asn1.fullName }).getByTestId('jp-siasn-xlsx'));
    expect((await firstSheet(siasnXlsx.bytes))[1]?.slice(0, 2)).toEqual([APPROVE.title, 'Pelatihan Klasikal']);
  });

  it('the policy refuses targets out of range with a message; a lower PNS target takes asn1 off the report', async () => {
    await page.getByTestId('jp-policy-link').click();
    await page.getByRole('heading', { level: 1, name: 'Kebijakan JP' }).waitFor(WAIT);
    await page.getByTestId('jp-policy-defaults').waitFor(WAIT);
    const before = (await api<{ jpPolicy: { yearlyTargetPns: number; updatedAt: string | null } }>(POLICY, { a: agencyId })).jpPolicy;
    expect(before.updatedAt).toBeNull();

    await page.getByTestId('jp-policy-yearlyTargetPns').fill('1000');
    await page.getByTestId('jp-policy-minutesPerJp').fill('0');
    await page.getByTestId('jp-policy-save').click();
    await page.getByText('Harus antara 0 dan 200.').waitFor(WAIT);
    await page.getByText('Harus antara 1 dan 240.').waitFor(WAIT);
    expect((await api<{ jpPolicy: { updatedAt: string | null } }>(POLICY, { a: agencyId })).jpPolicy.updatedAt).toBeNull();

    await page.getByTestId('jp-policy-minutesPerJp').fill('45');
    await page.getByTestId('jp-policy-yearlyTargetPns').fill('10');
    await page.getByTestId('jp-policy-save').click();
    await page.getByTestId('jp-policy-saved').waitFor(WAIT);
    await page.getByTestId('jp-policy-updated').waitFor(WAIT);
    const after = (await api<{ jpPolicy: { minutesPerJp: number; yearlyTargetPns: number; yearlyTargetPppk: number; updatedAt: string | null } }>(POLICY, { a: agencyId })).jpPolicy;
    expect(after).toMatchObject({ minutesPerJp: 45, yearlyTargetPns: 10, yearlyTargetPppk: 20 });
    expect(after.updatedAt).not.toBeNull();

    await page.getByTestId('jp-report-link').click();
    await page.getByRole('heading', { level: 1, name: 'Laporan Jam Pelajaran (JP)' }).waitFor(WAIT);
    const report = await reportOfApi();
    const [asn1, asn2] = [(await db.get(UserRepository).findByEmail(ASN1))!, (await db.get(UserRepository).findByEmail(ASN2))!];
    expect(report.belowTarget.map((learner) => learner.userId)).not.toContain(asn1.id);
    expect(report.belowTarget.map((learner) => learner.userId)).toContain(asn2.id);
    await expectTableMatchesApi(report);
  });

  it('the three pages fit a 360 px phone', async () => {
    const phone = await browser.newContext({ viewport: PHONE, hasTouch: true, timezoneId: 'Asia/Jakarta', locale: 'id-ID' });
    const small = await phone.newPage();
    await signInThroughPage(small, stack.baseUrl, ADMIN, '/admin/jp');
    for (const [path, content] of [
      ['/admin/jp', 'jp-below-table'],
      ['/admin/jp/tinjauan?status=semua', 'jp-activity'],
      ['/admin/jp/kebijakan', 'jp-policy-form'],
    ] as const) {
      await small.goto(`${stack.baseUrl}${path}`);
      await small.getByTestId(content).first().waitFor(WAIT);
      expect(await small.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    }
    await phone.close();
  });
});

/** The export's CSV: UTF-8 with a byte order mark, `;` between cells, NIPs as `="…"` so spreadsheets keep them text. */
function parseCsv(bytes: Buffer): string[][] {
  const text = bytes.toString('utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 1; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell === '') quoted = true;
    else if (char === ';') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      rows.push([...row, cell]);
      [row, cell] = [[], ''];
      index += 1;
    } else cell += char;
  }
  return rows.map((cells) => cells.map((value) => value.replace(/^="(\d+)"$/, '$1')));
}

/** The first worksheet's rows as text, the header included. */
async function firstSheet(bytes: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes);
  const sheet = workbook.worksheets[0]!;
  return Array.from({ length: sheet.rowCount }, (_, index) => (sheet.getRow(index + 1).values as unknown[]).slice(1).map((value) => (value === null || value === undefined ? '' : String(value))));
}
