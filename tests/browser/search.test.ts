import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openSample, type SampleBrowser } from '../support/browser.ts';
import { htmlPages, pathOf, readLadderJson, readPage } from '../support/dist.ts';

// "idempotency" appears in one place of the sample ladder: an example of the Senior product
// manager's technical fluency (content/levels/product-management/senior-pm.md).
const distinctiveWord = 'idempotency';
const levelPath = '/product-management/senior-pm/';

let sample: SampleBrowser;
beforeAll(async () => {
  sample = await openSample();
});
afterAll(async () => {
  await sample?.close();
});

/** Paths of the results listed on the search page, in order. */
const resultPaths = (page: Page) =>
  page
    .locator('.search-result-title a')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));

/** Waits until the search page has announced how many results it found. */
async function waitForResults(page: Page) {
  const status = page.getByRole('status').filter({ hasText: /result/ });
  await expect.poll(() => status.count(), { timeout: 15_000 }).toBeGreaterThan(0);
  return (await status.first().textContent()) ?? '';
}

/** The number of results the search page announces. */
async function announcedCount(page: Page) {
  const text = await page.locator('.search-page-status').textContent();
  return Number(text?.match(/^(\d+) results?/)?.[1] ?? 0);
}

describe('searching the ladder for a skill', () => {
  it('puts the level whose example mentions a distinctive word in the top three, linked to its theme', async () => {
    const page = await sample.open(`/search/?q=${distinctiveWord}`);
    expect(await waitForResults(page)).toMatch(/results? for “idempotency”/);
    const paths = await resultPaths(page);
    expect(paths.slice(0, 3)).toContain(levelPath);
    const sectionLinks = await page
      .locator('.search-result-sections a')
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).getAttribute('href')));
    expect(sectionLinks).toContain(`${levelPath}#technical-fluency`);
    expect(await page.locator('.search-result-excerpt mark').first().textContent()).toMatch(/idempotency/i);
  });

  it('finds every level by a word that only its examples use, in the top three', async () => {
    const dist = inject('sampleDist');
    const wordsOf = (text: string) => new Set(text.toLowerCase().match(/[a-z]{8,}/g) ?? []);
    // Search matches word stems ("execution" finds "executive"), so a word counts as the
    // level's own when no other indexed page has a word starting with its first five letters.
    const stemsOf = (words: Set<string>) => new Set([...words].map((w) => w.slice(0, 5)));
    const indexed = htmlPages(dist)
      .filter((path) => !/^\/(fr|compare|search)\/|\/matrix\/|404/.test(path))
      .map((path) => {
        const text = readPage(dist, path)
          .replace(/<[^>]+>/g, ' ')
          .toLowerCase();
        return { path, stems: stemsOf(new Set(text.match(/[a-z]{5,}/g) ?? [])) };
      });
    for (const level of readLadderJson(dist).levels) {
      const examples = Object.values(level.expectations).flatMap((e) =>
        (e.examples as Record<string, string>[]).map((x) => Object.values(x).join(' ')),
      );
      const word = [...wordsOf(examples.join(' '))].find(
        (w) => indexed.filter((page) => page.stems.has(w.slice(0, 5))).length === 1,
      );
      expect(word, `${level.id} has no word of its own in its examples`).toBeDefined();
      const page = await sample.open(`/search/?q=${word}`);
      await waitForResults(page);
      expect((await resultPaths(page)).slice(0, 3), `searching "${word}"`).toContain(pathOf(level.url));
      await page.context().close();
    }
  });

  it('narrows the results to one track with its filter chip', async () => {
    const page = await sample.open('/search/?q=roadmap');
    await waitForResults(page);
    const all = await announcedCount(page);
    expect((await resultPaths(page)).some((path) => path.startsWith('/product-management/'))).toBe(true);
    const chip = page
      .getByRole('group', { name: 'Track' })
      .getByRole('button', { name: /Product leadership/ });
    await chip.click();
    await expect.poll(() => chip.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => announcedCount(page)).toBeLessThan(all);
    expect(await announcedCount(page)).toBeGreaterThan(0);
    const narrowed = await resultPaths(page);
    expect(narrowed.filter((path) => path.startsWith('/product-management/'))).toEqual([]);
    expect(new URL(page.url()).searchParams.get('track')).toBe('Product leadership');
  });

  it('loads no search code or index until the reader focuses the search box', async () => {
    const context = await sample.browser.newContext();
    const page = await context.newPage();
    const searchRequests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.includes('/pagefind/')) searchRequests.push(request.url());
    });
    await page.goto(new URL(levelPath.slice(1), sample.server.url).href, { waitUntil: 'networkidle' });
    expect(searchRequests).toEqual([]);
    await page.getByRole('searchbox', { name: 'Search' }).focus();
    await expect.poll(() => searchRequests.length).toBeGreaterThan(0);
    expect(new URL(searchRequests[0]).pathname).toBe('/pagefind/pagefind.js');
    await context.close();
  });

  it('works from the keyboard alone, from the header box to a result', async () => {
    const page = await sample.open(levelPath);
    const box = page.getByRole('search', { name: 'Search the ladder' }).getByRole('searchbox');
    for (let tab = 0; tab < 15 && !(await box.evaluate((input) => input === document.activeElement)); tab++) {
      await page.keyboard.press('Tab');
    }
    expect(await box.evaluate((input) => input === document.activeElement)).toBe(true);

    // Typing shows a preview; the arrow key moves into it.
    await page.keyboard.type(distinctiveWord);
    const preview = page.locator('[data-search-list] a').first();
    await expect.poll(() => preview.getAttribute('href'), { timeout: 15_000 }).toBe(levelPath);
    await page.keyboard.press('ArrowDown');
    expect(await preview.evaluate((link) => link === document.activeElement)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await box.evaluate((input) => input === document.activeElement)).toBe(true);

    // Enter goes to the full results, where Tab reaches the first result.
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/search/');
    expect(new URL(page.url()).searchParams.get('q')).toBe(distinctiveWord);
    await waitForResults(page);
    const first = page.locator('.search-result-title a').first();
    for (let tab = 0; tab < 30 && !(await first.evaluate((link) => link === document.activeElement)); tab++) {
      await page.keyboard.press('Tab');
    }
    expect(await first.evaluate((link) => link === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).pathname).toBe(levelPath);
  });

  it('says that search needs JavaScript when it is off', async () => {
    const context = await sample.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL('search/?q=roadmap', sample.server.url).href);
    expect(await page.getByText('Search needs JavaScript').isVisible()).toBe(true);
    await context.close();
  });
});
