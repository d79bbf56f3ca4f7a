import { readFile } from 'node:fs/promises';
import { Test, type TestingModule } from '@nestjs/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AgencyRepository, CourseRepository, DatabaseModule, UserRepository } from '@lentera/db';
import { buildPng, eventually, graphqlAs, launchBrowser, signInThroughApi, signInThroughPage, startStack, type RunningStack } from '@lentera/test-support';

const PHONE = { width: 360, height: 740 };
const WAIT = { timeout: 20_000 };
const DEMO_AGENCY = 'BPSDM-KALBAR';
const DEMO_COURSE = 'Pengembangan Kompetensi ASN: Strategi dan Praktik Daerah';
const LEARNER = 'asn1@demo.lentera.id';
const ADMIN = 'admin@demo.lentera.id';
const ROTATION_REASON = 'Rotasi kunci tahunan sesuai kebijakan keamanan';

const ENROL = 'mutation ($c: ID!) { enrol(courseId: $c) { id } }';
const ISSUE = 'mutation ($c: ID!, $u: [ID!]) { issueCertificates(courseId: $c, userIds: $u) { claimed } }';
const KEYS = 'query ($a: ID!) { signingKeys(agencyId: $a) { keyId status publicKeyPem } }';
const TEMPLATE_LOGO = 'query ($a: ID!) { certificateTemplate(agencyId: $a) { logo { contentType } } }';
const AUDIT = 'query ($a: ID!) { certificateAuditLog(agencyId: $a, first: 50) { intact brokenAt entries { totalCount edges { node { seq action number reason } } } } }';

interface SigningKey {
  keyId: string;
  status: 'ACTIVE' | 'RETIRED';
  publicKeyPem: string;
}
interface AuditLog {
  intact: boolean;
  brokenAt: number | null;
  entries: { totalCount: number; edges: Array<{ node: { seq: number; action: string; number: string | null; reason: string | null } }> };
}

/**
 * The part of the Mongoose model this test uses to do what Lentera never does: edit an audit
 * entry in place. Tests cannot import mongoose; the model is taken from the database module by its
 * Nest token (`getModelToken('CertificateAuditEntry')`).
 */
interface AuditCollection {
  updateOne(filter: Record<string, unknown>, update: Record<string, unknown>): PromiseLike<{ modifiedCount: number }>;
}
const AUDIT_MODEL_TOKEN = 'CertificateAuditEntryModel';

/**
 * Issue 7, parts 3–4 in a real browser on a phone: the demo agency gets its first signing key with
 * its first certificate (issued through the API); its admin replaces the key on the keys page (an
 * empty reason refused) and sees the new active key and the retired one, as the API lists them; the
 * audit page shows the rotation with the reason and the admin's name and says the log is intact;
 * after one entry is edited directly in the database it says the chain is broken at that entry.
 * The template editor takes a logo (drawn in the live preview), refuses a fake image, removes it.
 */
describe('certificate admin: signing keys, the audit log and template images', () => {
  let stack: RunningStack;
  let db: TestingModule;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let agencyId: string;
  let adminName: string;
  let adminToken: string;
  let firstKey: SigningKey;

  const keys = async () => (await graphqlAs<{ signingKeys: SigningKey[] }>(stack.baseUrl, adminToken, KEYS, { a: agencyId })).signingKeys;
  const auditLog = async () => (await graphqlAs<{ certificateAuditLog: AuditLog }>(stack.baseUrl, adminToken, AUDIT, { a: agencyId })).certificateAuditLog;

  beforeAll(async () => {
    stack = await startStack('e2e-certificate-admin');
    db = await Test.createTestingModule({ imports: [DatabaseModule.forRoot(stack.isolated.config)] }).compile();
    db.useLogger(false);
    await db.init();
    const agency = await eventually(() => db.get(AgencyRepository).findByCode(DEMO_AGENCY), (found) => found !== null, 'the demo agency the API seeds', 10_000);
    agencyId = agency!.id;
    adminName = (await db.get(UserRepository).findByEmail(ADMIN))!.fullName;
    adminToken = (await signInThroughApi(stack.baseUrl, ADMIN)).token;
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: PHONE, hasTouch: true, acceptDownloads: true });
    page = await context.newPage();
  }, 90_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await db?.close();
    await stack?.stop();
  });

  async function expectNoSidewaysScrolling(): Promise<void> {
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  }

  /** What the keys page shows: each card's key id, status and public key, in order. */
  async function keysOnPage(): Promise<SigningKey[]> {
    const cards = page.getByTestId('signing-key');
    const shown: SigningKey[] = [];
    for (let index = 0; index < (await cards.count()); index += 1) {
      const card = cards.nth(index);
      shown.push({
        keyId: (await card.getAttribute('data-key-id'))!,
        status: (await card.getAttribute('data-status')) as SigningKey['status'],
        publicKeyPem: await card.getByTestId('signing-key-pem').innerText(),
      });
    }
    return shown;
  }

  it('the agency has its first signing key once its first certificate is signed (issued through the API)', async () => {
    expect(await keys()).toEqual([]);
    const course = (await db.get(CourseRepository).findByAgencyAndTitle(agencyId, DEMO_COURSE))!;
    const learner = (await db.get(UserRepository).findByEmail(LEARNER))!;
    await graphqlAs(stack.baseUrl, (await signInThroughApi(stack.baseUrl, LEARNER)).token, ENROL, { c: course.id });
    await graphqlAs(stack.baseUrl, adminToken, ISSUE, { c: course.id, u: [learner.id] });
    const log = await eventually(auditLog, (answer) => answer.entries.edges.some(({ node }) => node.action === 'ISSUED'), 'the worker to sign the certificate', 30_000);
    expect(log.entries.edges.map(({ node }) => node.action).reverse()).toEqual(['KEY_CREATED', 'ISSUED']);
    const [key, ...others] = await keys();
    expect(others).toEqual([]);
    expect(key.status).toBe('ACTIVE');
    firstKey = key;
  }, 45_000);

  it('the admin replaces the key on a phone; an empty reason is refused; the page lists the keys the API does', async () => {
    await signInThroughPage(page, stack.baseUrl, ADMIN, '/admin/sertifikat');
    await page.getByRole('link', { name: 'Kunci penandatangan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kunci penandatangan' }).waitFor(WAIT);
    expect(new URL(page.url()).searchParams.get('instansi')).toBe(agencyId);
    await page.locator(`[data-testid="signing-key"][data-key-id="${firstKey.keyId}"][data-status="ACTIVE"]`).waitFor(WAIT);

    await page.getByTestId('rotate-key-open').click();
    const dialog = page.getByRole('dialog', { name: 'Ganti kunci penandatangan?' });
    await dialog.getByTestId('rotate-key-submit').click();
    await dialog.getByText('Alasan minimal 5 karakter.').waitFor(WAIT);
    expect((await keys()).map((key) => key.keyId)).toEqual([firstKey.keyId]);

    await dialog.getByLabel(/^Alasan penggantian/).fill(ROTATION_REASON);
    await dialog.getByTestId('rotate-key-submit').click();
    await page.getByTestId('rotate-key-notice').waitFor(WAIT);
    await dialog.waitFor({ state: 'detached', ...WAIT });

    const listed = await keys();
    expect(listed.map((key) => key.status)).toEqual(['ACTIVE', 'RETIRED']);
    expect(listed[0].keyId).not.toBe(firstKey.keyId);
    expect(listed[1].keyId).toBe(firstKey.keyId);
    expect(await keysOnPage()).toEqual(listed.map((key) => ({ ...key, publicKeyPem: key.publicKeyPem.trim() })));
    expect(await page.getByTestId('rotate-key-notice').innerText()).toContain(listed[0].keyId);
    await expectNoSidewaysScrolling();

    const active = page.locator(`[data-testid="signing-key"][data-key-id="${listed[0].keyId}"]`);
    const [download] = await Promise.all([page.waitForEvent('download', WAIT), active.getByTestId('signing-key-download').click()]);
    expect(download.suggestedFilename()).toBe(`kunci-publik-${listed[0].keyId}.pem`);
    expect(await readFile((await download.path())!, 'utf8')).toBe(listed[0].publicKeyPem);
  }, 60_000);

  it("the audit page shows the rotation with its reason and the admin's name, and says the log is intact", async () => {
    await page.goto(`${stack.baseUrl}/admin/sertifikat/audit?instansi=${agencyId}`);
    await page.getByRole('heading', { level: 1, name: 'Log audit sertifikat' }).waitFor(WAIT);
    const banner = page.getByTestId('audit-chain');
    await banner.waitFor(WAIT);
    expect(await banner.getAttribute('data-intact')).toBe('true');
    expect(await banner.innerText()).toContain('Log utuh');

    const log = await auditLog();
    const rows = page.getByTestId('audit-entry');
    expect(await rows.evaluateAll((found) => found.map((row) => Number(row.getAttribute('data-seq'))))).toEqual(log.entries.edges.map(({ node }) => node.seq));
    const rotation = page.locator('[data-testid="audit-entry"][data-action="KEY_ROTATED"]');
    expect(await rotation.getByTestId('audit-entry-reason').innerText()).toBe(ROTATION_REASON);
    expect(await rotation.getByTestId('audit-entry-actor').innerText()).toBe(adminName);
    expect(await rotation.innerText()).toContain('Kunci diganti');
    const issued = log.entries.edges.find(({ node }) => node.action === 'ISSUED')!.node;
    expect(await page.locator('[data-testid="audit-entry"][data-action="ISSUED"]').getByTestId('audit-entry-number').innerText()).toBe(issued.number);
    await expectNoSidewaysScrolling();
  }, 30_000);

  it('after an entry is edited in the database, the page says the chain is broken at the entry the API names', async () => {
    const before = await auditLog();
    const edited = before.entries.edges.find(({ node }) => node.action === 'ISSUED')!.node;
    const entries = db.get<AuditCollection>(AUDIT_MODEL_TOKEN, { strict: false });
    expect((await entries.updateOne({ agencyId, seq: edited.seq }, { $set: { reason: 'diubah langsung di basis data' } })).modifiedCount).toBe(1);
    const after = await auditLog();
    expect(after).toMatchObject({ intact: false, brokenAt: edited.seq });

    await page.reload();
    const banner = page.locator('[data-testid="audit-chain"][data-intact="false"]');
    await banner.waitFor(WAIT);
    expect(await banner.getAttribute('data-broken-at')).toBe(String(after.brokenAt));
    expect(await banner.innerText()).toContain(`Log rusak pada entri #${after.brokenAt}`);
    expect(await page.locator('[data-testid="audit-entry"][data-broken]').getAttribute('data-seq')).toBe(String(after.brokenAt));
  }, 30_000);

  it('the admin adds a logo to the template on a phone: the preview draws it, a fake image is refused, removing it takes it away', async () => {
    const logoOfApi = async () => (await graphqlAs<{ certificateTemplate: { logo: { contentType: string } | null } }>(stack.baseUrl, adminToken, TEMPLATE_LOGO, { a: agencyId })).certificateTemplate.logo;
    expect(await logoOfApi()).toBeNull();
    await page.goto(`${stack.baseUrl}/admin/sertifikat/templat?instansi=${agencyId}`);
    await page.getByRole('heading', { level: 1, name: 'Templat sertifikat' }).waitFor(WAIT);
    const logo = page.getByTestId('template-image-logo');
    const choose = async (file: { name: string; mimeType: string; buffer: Buffer }) => {
      const [chooser] = await Promise.all([page.waitForEvent('filechooser', WAIT), logo.getByTestId('template-image-upload').click()]);
      await chooser.setFiles(file);
    };

    await choose({ name: 'logo.png', mimeType: 'image/png', buffer: buildPng(32) });
    await logo.getByTestId('template-image-thumbnail').waitFor(WAIT);
    await page.getByTestId('certificate-preview-logo').waitFor(WAIT);
    expect(await page.getByTestId('certificate-preview-logo').evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth)).toBe(32);
    expect(await logoOfApi()).toEqual({ contentType: 'image/png' });

    await choose({ name: 'palsu.png', mimeType: 'image/png', buffer: Buffer.from('bukan gambar, hanya teks') });
    await logo.getByTestId('template-image-error').waitFor(WAIT);
    expect(await logo.getByTestId('template-image-error').innerText()).toMatch(/PNG|JPEG/);
    expect(await logoOfApi()).toEqual({ contentType: 'image/png' });

    await logo.getByTestId('template-image-remove').click();
    await page.getByTestId('template-image-remove-confirm').click();
    await page.getByTestId('certificate-preview-logo').waitFor({ state: 'detached', ...WAIT });
    expect(await logoOfApi()).toBeNull();
    await expectNoSidewaysScrolling();
  }, 60_000);

  it('keeps the API free of logged errors', () => {
    expect(stack.api.output()).not.toMatch(/"level":(50|60)/);
  });
});
