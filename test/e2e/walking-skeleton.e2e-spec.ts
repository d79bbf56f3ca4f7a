import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { eventually, graphql, launchBrowser, repoRoot, startStack, type RunningStack } from '@lentera/test-support';

const demoTitle = 'Pengembangan Kompetensi ASN: Strategi dan Praktik Daerah';

interface CatalogueData {
  courses: {
    totalCount: number;
    edges: Array<{ node: { id: string; title: string; stats: { readingMinutes: number; lessonCount: number } | null } }>;
  };
}

/**
 * The built API and worker as separate processes, on one origin with the built web app,
 * against the real FerretDB and Redis, as `npm start` runs them.
 */
describe('walking skeleton: API, worker and web app on one origin', () => {
  let stack: RunningStack;
  let browser: Browser | undefined;
  let baseUrl: string;

  beforeAll(async () => {
    stack = await startStack('e2e');
    baseUrl = stack.baseUrl;
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('serves the seeded demo course through GraphQL', async () => {
    const response = await graphql<CatalogueData>(baseUrl, '{ courses(first: 5) { totalCount edges { node { id title stats { readingMinutes lessonCount } } } } }');
    expect(response.status).toBe(200);
    expect(response.data?.courses.totalCount).toBe(1);
    expect(response.data?.courses.edges[0].node.title).toBe(demoTitle);
  });

  it('runs the course.stats job in the worker and the API reads its result back', async () => {
    const response = await eventually(
      () => graphql<CatalogueData>(baseUrl, '{ courses { totalCount edges { node { id title stats { readingMinutes lessonCount } } } } }'),
      (answer) => answer.data?.courses.edges[0]?.node.stats !== null,
      'the worker to compute the course statistics',
      30_000,
    );
    // 32 sections of the five seed articles (about 2,000 words at 200 words a minute), a pre-test,
    // a post-test and a reflection quiz.
    expect(response.data?.courses.edges[0].node.stats).toEqual({ lessonCount: 35, readingMinutes: 11 });
  });

  it('shows the course, fetched from the API, in a real browser', async () => {
    // The served page is the bare app shell: the title can only come from the API.
    const shell = readFileSync(join(repoRoot, 'apps', 'web', 'dist', 'index.html'), 'utf8');
    expect(shell).not.toContain(demoTitle);

    browser = await launchBrowser();
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    const graphqlCalls: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql')) graphqlCalls.push(request.method());
    });

    await page.goto(baseUrl);
    const card = page.getByTestId('course-card').filter({ hasText: demoTitle });
    await card.waitFor({ timeout: 20_000 });
    expect(graphqlCalls).toContain('POST');
    await expect(card.textContent()).resolves.toContain('BPSDM Provinsi Kalimantan Barat');

    // No horizontal scrolling on a 360-px phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    await card.getByRole('link').first().click();
    await page.getByRole('heading', { name: 'Praktik Daerah: Kota Pontianak' }).waitFor({ timeout: 20_000 });
    expect(page.url()).toMatch(/\/kursus\/[0-9a-f]{24}$/);

    // A deep link straight to the course page is served the app too (SPA fallback).
    await page.reload();
    await page.getByRole('heading', { name: demoTitle }).waitFor({ timeout: 20_000 });
  });

  it('keeps the API and the worker running, with no error logged', () => {
    expect(stack.api.child.exitCode).toBeNull();
    expect(stack.worker.child.exitCode).toBeNull();
    expect(stack.api.output()).not.toMatch(/"level":(50|60)/);
    expect(stack.worker.output()).not.toMatch(/"level":(50|60)/);
  });
});
