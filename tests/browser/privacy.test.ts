import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openSample, type SampleBrowser } from '../support/browser.ts';

/** A visit to the sample, and what the reader does there. */
interface Visit {
  name: string;
  path: string;
  act?: (page: Page) => Promise<void>;
}

/** Types a query into the header's box and waits for its preview of results. */
async function searchInHeader(page: Page) {
  await page.locator('#site-search-input').fill('roadmap');
  await page.locator('[data-search-list] a').first().waitFor({ timeout: 15_000 });
}

/** Searches from the search page, then narrows the results with the first filter chip. */
async function searchAndFilter(page: Page) {
  await page.locator('#search-page-input').fill('roadmap');
  await page.locator('#search-page-input').press('Enter');
  await page.locator('.search-result').first().waitFor({ timeout: 15_000 });
  await page.locator('.search-chip').first().click();
  await page.locator('.search-chip[aria-pressed="true"]').waitFor();
}

/** Opens every disclosure and follows the card download, as a recruiter would. */
async function useShareControls(page: Page) {
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
  });
  const download = page.waitForEvent('download');
  await page.locator('a[download]').click();
  await (await download).cancel();
}

/** Marks a theme, picks it to grow and makes a peer link: everything the page does in the browser. */
async function assess(page: Page) {
  await page.locator('tr[data-theme="discovery"] input[type="radio"]').first().check();
  await page.locator('input[data-plan="discovery"]').check();
  await page.locator('[data-action="peer-link"]').click();
  await page.locator('[data-remember]').check();
}

const visits: Visit[] = [
  { name: 'home page', path: '/' },
  { name: 'home page while the reader types a search', path: '/', act: searchInHeader },
  { name: 'track page', path: '/product-management/' },
  { name: 'level page, sharing it', path: '/product-management/senior-pm/', act: useShareControls },
  { name: 'theme page', path: '/themes/strategy/' },
  { name: 'guide page', path: '/guides/how-reviews-work/' },
  { name: 'matrix page', path: '/product-management/matrix/' },
  { name: 'next-level comparison', path: '/compare/senior-pm/lead-pm/' },
  { name: 'cross-track comparison', path: '/compare/lead-pm/group-pm/' },
  { name: 'search page, searching and filtering', path: '/search/', act: searchAndFilter },
  { name: 'French level page', path: '/fr/product-management/senior-pm/' },
  {
    name: 'self-assessment, marking and planning',
    path: '/product-management/senior-pm/assess/',
    act: assess,
  },
  { name: 'French search page, searching and filtering', path: '/fr/search/', act: searchAndFilter },
  { name: 'page not found', path: '/no-such-page/' },
  { name: 'French page not found', path: '/fr/no-such-page/' },
  { name: 'What changed page', path: '/changes/' },
];

let sample: SampleBrowser;
let context: BrowserContext;
/** Every URL the browser asked for since the last visit began, pages, workers and sockets alike. */
let requested: string[] = [];

beforeAll(async () => {
  sample = await openSample();
  context = await sample.browser.newContext({ acceptDownloads: true });
  const origin = new URL(sample.server.url).origin;
  // Requests elsewhere are recorded, then refused, so a test never waits on the network.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    requested.push(url);
    return new URL(url).origin === origin ? route.continue() : route.abort('blockedbyclient');
  });
  // Attempts the pages' Content-Security-Policy blocks never reach the route, but still show
  // here: a page that tries to reach another site is as wrong as one that succeeds.
  context.on('request', (request) => requested.push(request.url()));
  context.on('page', (page) => page.on('websocket', (socket) => requested.push(socket.url())));
});
afterAll(async () => {
  await context?.close();
  await sample?.close();
});
beforeEach(() => {
  requested = [];
});

describe('a reader of the sample ladder', () => {
  it.each(visits)('sends no request to any other site from the $name', async ({ path, act }) => {
    const page = await context.newPage();
    await page.goto(new URL(path.slice(1), sample.server.url).href, { waitUntil: 'networkidle' });
    await act?.(page);
    await page.waitForLoadState('networkidle');
    await page.close();
    const origin = new URL(sample.server.url).origin;
    const elsewhere = [
      ...new Set(requested.filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== origin)),
    ];
    expect(requested.length).toBeGreaterThan(0);
    expect(elsewhere).toEqual([]);
  });
});
