import { chromium, type Browser, type Page } from 'playwright-core';
import { DEMO_PASSWORD } from './http';

/** Debian's Chromium, headless; the flags keep it from calling home on a closed network. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu'],
  });
}

/** Signs a demo account in on the sign-in page and waits until the app has opened `returnTo`. */
export async function signInThroughPage(page: Page, baseUrl: string, identifier: string, returnTo: string): Promise<void> {
  await page.goto(`${baseUrl}/masuk?lanjut=${encodeURIComponent(returnTo)}`);
  await page.getByLabel('Email atau NIP').fill(identifier);
  await page.getByLabel(/^Kata sandi/).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await page.waitForURL(`${baseUrl}${returnTo}`, { timeout: 20_000 });
}
