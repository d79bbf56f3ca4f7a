import type { Browser, Page } from 'playwright-core';
import { launchBrowser, startStack, type RunningStack } from '@lentera/test-support';

/** Each demo account signs in through the real page and lands on its own home. */
describe('signing in through the web app', () => {
  let stack: RunningStack;
  let browser: Browser;

  beforeAll(async () => {
    stack = await startStack('e2e-sign-in');
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  async function signIn(page: Page, identifier: string, password: string): Promise<void> {
    await page.goto(`${stack.baseUrl}/masuk`);
    await page.getByLabel('Email atau NIP').fill(identifier);
    await page.getByLabel(/^Kata sandi/).fill(password);
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  }

  it.each([
    ['superadmin@demo.lentera.id', '/admin/instansi', 'Instansi'],
    ['admin@demo.lentera.id', '/admin', 'Admin instansi'],
    ['instruktur@demo.lentera.id', '/mengajar', 'Mengajar'],
    ['asn1@demo.lentera.id', '/belajar', 'Belajar saya'],
    // A PPPK learner signing in with the NIP, typed with spaces.
    ['19920105 202221 1 003', '/belajar', 'Belajar saya'],
  ])('%s lands on %s', async (identifier, path, heading) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await signIn(page, identifier, 'Demo12345!');
    await page.waitForURL(`${stack.baseUrl}${path}`, { timeout: 20_000 });
    await page.getByRole('heading', { level: 1, name: heading }).waitFor({ timeout: 20_000 });

    // The session survives a reload through the httpOnly refresh cookie alone.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: heading }).waitFor({ timeout: 20_000 });
    await context.close();
  });

  it('shows a clear message for a wrong password and stays on the sign-in page', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, 'asn2@demo.lentera.id', 'bukan-kata-sandinya');
    await page.getByText('Email/NIP atau kata sandi salah.').waitFor({ timeout: 20_000 });
    expect(new URL(page.url()).pathname).toBe('/masuk');
    await context.close();
  });

  it('sends a visitor of a private page to sign in, and back there afterwards', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${stack.baseUrl}/profil`);
    await page.waitForURL(/\/masuk\?lanjut=%2Fprofil$/, { timeout: 20_000 });
    await page.getByLabel('Email atau NIP').fill('asn1@demo.lentera.id');
    await page.getByLabel(/^Kata sandi/).fill('Demo12345!');
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.waitForURL(`${stack.baseUrl}/profil`, { timeout: 20_000 });
    await page.getByText('199003172015032002'.slice(0, 8)).first().waitFor({ timeout: 20_000 });
    await context.close();
  });
});
