import type { Browser } from 'playwright-core';
import { launchBrowser, signInThroughPage, startStack, type RunningStack } from '@lentera/test-support';
import { buildPersonnelCsv } from '../support/personnel-csv';

/** An agency admin onboards ASN from a CSV in the browser, against the real API and worker. */
describe('onboarding ASN through the admin pages', () => {
  let stack: RunningStack;
  let browser: Browser;

  beforeAll(async () => {
    stack = await startStack('e2e-admin');
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('uploads a personnel CSV, follows the import to the end, reports the bad row and lists the new people', async () => {
    const page = await browser.newPage();
    await signInThroughPage(page, stack.baseUrl, 'admin@demo.lentera.id', '/admin/impor');

    const csv = buildPersonnelCsv([
      { nip: '198707142010012003', name: 'Nur Aisyah, S.Kep.', email: 'nur.aisyah@contoh.go.id', unit: 'RSUD Sultan Syarif Mohamad Alkadrie', type: 'PNS' },
      { nip: '199511202022211004', name: 'Yohanes Kristiawan, A.Md.', unit: 'Dinas Perhubungan', type: 'PPPK' },
      // The birth date in this NIP does not exist (month 13).
      { nip: '198713142010012003', name: 'Baris Salah', type: 'PNS' },
    ]);
    await page.locator('input[type="file"]').setInputFiles({ name: 'asn-baru.csv', mimeType: 'text/csv', buffer: csv });
    await page.getByRole('button', { name: 'Unggah dan impor' }).click();

    await page.getByText('Selesai: 3 baris diproses.').waitFor({ timeout: 60_000 });
    await page.getByText('Baris yang bermasalah').waitFor();
    // The bad row is listed with its row number (4) and its NIP as people read it.
    await page.getByText('19871314 201001 2 003').first().waitFor();

    await page.goto(`${stack.baseUrl}/admin/pengguna`);
    await page.getByText('Yohanes Kristiawan, A.Md.').first().waitFor({ timeout: 20_000 });
    await page.getByText('Nur Aisyah, S.Kep.').first().waitFor();
    expect(await page.getByText('Baris Salah').count()).toBe(0);
  });
});
