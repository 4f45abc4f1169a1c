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
  // "12 results" or "12 résultats": the count comes first in every language.
  return Number(text?.match(/^(\d+) /)?.[1] ?? 0);
}

describe('searching the ladder for a skill', () => {
  it('puts the level whose example mentions a distinctive word in the top three, linked to its theme', async () => {
    const page = await sample.open(`/search/?q=${distinctiveWord}`);
    expect(await waitForResults(page)).toMatch(/results? for “idempotency”/);
    const paths = await resultPaths(page);
    expect(paths.slice(0, 3)).toContain(levelPath);
    // A theme section is a result of its own, or a section under its page's result.
    const sectionLinks = await page
      .locator('.search-result-title a, .search-result-sections a')
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
    await expect
      .poll(async () => (await preview.getAttribute('href'))?.split('#')[0], { timeout: 15_000 })
      .toBe(levelPath);
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

/** The addresses of the results listed on the search page, anchors included, in order. */
const resultLinks = (page: Page) =>
  page
    .locator('.search-result-title a')
    .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));

/** Waits until the search page, in any language, has announced a number of results. */
async function waitForCount(page: Page) {
  await expect.poll(() => announcedCount(page), { timeout: 15_000 }).toBeGreaterThan(0);
}

/** Shows every result of the current search, pressing "Show more" until it goes. */
async function showAll(page: Page) {
  const more = page.locator('[data-search-more]');
  while (await more.isVisible()) {
    const before = await page.locator('.search-result').count();
    await more.click();
    await expect.poll(() => page.locator('.search-result').count()).toBeGreaterThan(before);
  }
}

describe('search that filters by what it says', () => {
  it.each([
    ['/search/', 'Theme', 'Strategy', 'strategy'],
    ['/fr/search/', 'Thème', 'Stratégie', 'strategy'],
  ])('on %s, a theme filter keeps only that theme’s matches', async (path, group, theme, id) => {
    const page = await sample.open(`${path}?q=roadmap`);
    await waitForCount(page);
    const all = await announcedCount(page);
    const chip = page
      .getByRole('group', { name: group })
      .getByRole('button', { name: new RegExp(`^${theme}`) });
    await chip.click();
    await expect.poll(() => chip.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => announcedCount(page)).toBeLessThan(all);
    expect(await announcedCount(page)).toBeGreaterThan(1);
    await showAll(page);
    for (const link of await resultLinks(page)) {
      const url = new URL(link);
      expect(url.hash === `#${id}` || url.pathname.endsWith(`/themes/${id}/`), link).toBe(true);
    }
    // Every section found says "roadmap" in the chosen theme: its snippet marks the word.
    for (const excerpt of await page.locator('.search-result-excerpt').allTextContents()) {
      expect(excerpt.toLowerCase()).toContain('roadmap');
    }
  });

  it('shows a theme section with its level code, level, theme and track', async () => {
    const page = await sample.open('/search/?q=roadmap&theme=Communication');
    await waitForResults(page);
    const first = page
      .locator('.search-result')
      .filter({ has: page.locator('.code') })
      .first();
    expect(await first.locator('.code').textContent()).toMatch(/^[PM]\d$/);
    expect(await first.locator('.search-result-title').textContent()).toMatch(/ · Communication$/);
    expect(await first.locator('.search-result-context').textContent()).toMatch(
      /^Level expectations · Product (management|leadership)$/,
    );
  });

  it.each(['/search/', '/fr/search/'])('starts every snippet on %s at a sentence', async (path) => {
    const page = await sample.open(`${path}?q=roadmap`);
    await waitForCount(page);
    const excerpts = await page.locator('.search-result-excerpt').allTextContents();
    expect(excerpts.length).toBeGreaterThan(2);
    for (const excerpt of excerpts) expect(excerpt, excerpt).toMatch(/^(\p{Lu}|\d|« |“|… )/u);
  });

  it.each(['/search/', '/fr/search/'])(
    'suggests words on %s that each find several results',
    async (path) => {
      const page = await sample.open(path);
      const hint = (await page.locator('#search-page-hint').textContent()) ?? '';
      const words = [...hint.matchAll(/[“«]\s?([^”»]+?)\s?[”»]/g)].map((match) => match[1]);
      expect(words).toHaveLength(3);
      for (const word of words) {
        const results = await sample.open(`${path}?q=${encodeURIComponent(word)}`);
        await waitForCount(results);
        expect(await announcedCount(results), word).toBeGreaterThanOrEqual(5);
        await results.context().close();
      }
    },
  );

  it.each([
    ['/', { width: 390, height: 844 }],
    ['/', { width: 1280, height: 800 }],
    ['/fr/', { width: 390, height: 844 }],
    ['/fr/', { width: 1280, height: 800 }],
  ])('fits the search box placeholder of %s at %o', async (path, viewport) => {
    const page = await sample.open(path, { viewport });
    const room = await page.locator('#site-search-input').evaluate((input) => {
      const field = input as HTMLInputElement;
      const style = getComputedStyle(field);
      const context = document.createElement('canvas').getContext('2d');
      if (!context) return -1;
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const free =
        field.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
      return free - context.measureText(field.placeholder).width;
    });
    expect(room).toBeGreaterThanOrEqual(0);
  });
});
