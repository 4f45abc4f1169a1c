// The ladder at a glance, its version on every page, the pages for unknown and former
// addresses, and the finish of pages: what a reader sees around the level pages.
import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openSample, type SampleBrowser } from '../support/browser.ts';
import { buildSite } from '../support/build-site.ts';
import { chromiumArgs } from '../support/chromium.ts';
import { validLadder, writeLadder } from '../support/ladder-files.ts';
import { serveStatic } from '../support/static-server.ts';

let sample: SampleBrowser;
beforeAll(async () => {
  sample = await openSample();
});
afterAll(async () => {
  await sample?.close();
});

const desktop = { width: 1280, height: 800 };
const phone = { width: 390, height: 844 };
const schemes = ['light', 'dark'] as const;

describe('the ladder at a glance', () => {
  it.each(schemes)('puts equivalent levels on one row on a wide screen (%s)', async (colorScheme) => {
    const page = await sample.open('/', { viewport: desktop, colorScheme });
    const top = (id: string) =>
      page.locator(`.glance-table [data-level="${id}"]`).evaluate((cell) => cell.getBoundingClientRect().top);
    expect(await page.locator('.glance-table').isVisible()).toBe(true);
    expect(await top('lead-pm')).toBe(await top('group-pm'));
    expect(await top('principal-pm')).toBe(await top('head-of-product'));
    // The VP has no equivalent: it sits above the principal product manager, on a row of its own.
    expect(await top('vp-product')).toBeLessThan(await top('principal-pm'));
    expect(await top('senior-pm')).toBeGreaterThan(await top('group-pm'));
  });

  it.each(schemes)('stacks the tracks one under the other on a phone (%s)', async (colorScheme) => {
    const page = await sample.open('/fr/', { viewport: phone, colorScheme });
    expect(await page.locator('.glance-table').isVisible()).toBe(false);
    const tracks = page.locator('.glance-track');
    expect(await tracks.count()).toBe(2);
    const [first, second] = await Promise.all(
      [0, 1].map((index) => tracks.nth(index).evaluate((track) => track.getBoundingClientRect())),
    );
    expect(first.bottom).toBeLessThanOrEqual(second.top);
    expect(first.width).toBeGreaterThan(300);
    expect(await tracks.first().getByText('Équivalent à M1 Group product manager').isVisible()).toBe(true);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('prints as a table, even from a phone', async () => {
    const page = await sample.open('/', { viewport: phone });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.glance-table').isVisible()).toBe(true);
    expect(await page.locator('.glance-stacked').isVisible()).toBe(false);
  });

  it('is one tap away from every level page', async () => {
    const page = await sample.open('/product-management/associate-pm/');
    await page.getByRole('link', { name: 'All levels at a glance' }).click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#glance');
    expect(await page.locator('.glance-table [data-level="group-pm"]').isVisible()).toBe(true);
  });
});

describe('the ladder version', () => {
  const pages = [
    ['/', /^Version 2\.0 of September 21, 2026$/],
    ['/product-management/senior-pm/', /^Version 2\.0 of/],
    ['/themes/strategy/', /^Version 2\.0 of/],
    ['/product-leadership/matrix/', /^Version 2\.0 of/],
    ['/compare/lead-pm/group-pm/', /^Version 2\.0 of/],
    ['/search/', /^Version 2\.0 of/],
    ['/changes/', /^Version 2\.0 of/],
    ['/no-such-page/', /^Version 2\.0 of/],
    ['/fr/', /^Version 2\.0 du 21 septembre 2026$/],
    ['/fr/guides/faq/', /^Version 2\.0 du/],
    ['/fr/404.html', /^Version 2\.0 du/],
  ] as const;

  it.each(pages)('shows on %s, linked to what changed', async (path, text) => {
    const page = await sample.open(path);
    const version = page.locator('.footer-version a');
    expect((await version.textContent())?.trim()).toMatch(text);
    const target = new URL((await version.getAttribute('href')) ?? '', page.url());
    expect(target.pathname).toBe(path.startsWith('/fr/') ? '/fr/changes/' : '/changes/');
    expect(target.hash).toBe('#v2-0');
  });

  it('prints on paper with the address of the changes', async () => {
    const page = await sample.open('/product-management/senior-pm/');
    await page.emulateMedia({ media: 'print' });
    const footer = page.locator('.footer-version');
    expect(await footer.isVisible()).toBe(true);
    expect(await footer.textContent()).toContain('https://careers.lanterne.example/changes/');
  });

  it('lists every change of the sample on What changed, newest first, in French too', async () => {
    const page = await sample.open('/fr/changes/');
    const versions = await page.locator('.change-version').allTextContents();
    expect(versions).toEqual(['Version 2.0', 'Version 1.2', 'Version 1.1', 'Version 1.0']);
    expect(await page.locator('#v2-0').textContent()).toContain('grille cumulative');
    expect(await page.locator('link[type="application/atom+xml"]').getAttribute('href')).toBe(
      '/fr/changes.xml',
    );
  });
});

describe('the page for unknown addresses', () => {
  it.each(schemes)('is French under /fr/, and offers search and the ladder (%s)', async (colorScheme) => {
    const page = await sample.open('/fr/no-such-page/', { viewport: phone, colorScheme });
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Page introuvable');
    const search = page.locator('main form[role="search"]');
    expect(await search.getAttribute('action')).toBe('/fr/search/');
    await search.locator('input[name="q"]').fill('roadmap');
    await search.locator('input[name="q"]').press('Enter');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/fr/search/');
  });

  it('is English at the root, with the ladder at a glance', async () => {
    const page = await sample.open('/no-such-page/', { viewport: desktop });
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('.glance-table [data-level="lead-pm"]').isVisible()).toBe(true);
  });
});

describe('a redirect page', () => {
  it('keeps the theme a former link pointed at, and says where the page went without JavaScript', async () => {
    const ladder = writeLadder();
    const browser = await chromium.launch({ executablePath: inject('chromiumPath'), args: chromiumArgs });
    try {
      const renamed = validLadder['levels/product/pm.md'].replace('code: P1', 'code: P1\naliases: [pm]');
      writeFileSync(join(ladder.contentDir, 'levels/product/product-manager.md'), renamed);
      renameSync(join(ladder.contentDir, 'levels/product/pm.md'), join(ladder.root, 'old-pm.md'));
      const build = await buildSite({ contentDir: ladder.contentDir });
      expect(build.code, build.output).toBe(0);
      const server = await serveStatic(build.outDir);
      try {
        const reader = await (await browser.newContext({ viewport: phone })).newPage();
        // The page moves the reader on as it loads: wait for its answer, not for its load event,
        // which the next navigation can leave to never come.
        await reader.goto(new URL('product/pm/#discovery', server.url).href, { waitUntil: 'commit' });
        await expect.poll(() => new URL(reader.url()).pathname).toBe('/product/product-manager/');
        expect(new URL(reader.url()).hash).toBe('#discovery');

        // Without JavaScript the meta refresh still moves the reader, to the top of the page.
        const noScript = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
        await noScript.goto(new URL('product/pm/#discovery', server.url).href, { waitUntil: 'commit' });
        await expect.poll(() => new URL(noScript.url()).pathname).toBe('/product/product-manager/');
        const html = await (await fetch(new URL('product/pm/', server.url))).text();
        expect(html).toContain('<title>P1 Product manager · Acme Product ladder</title>');
        expect(html).toContain('<meta property="og:title"');
        expect(html).toMatch(
          /This page has moved to <a href="\/product\/product-manager\/"[^>]*>P1 Product manager<\/a>/,
        );
        expect(html).toContain('<meta http-equiv="refresh" content="0; url=/product/product-manager/">');
      } finally {
        await server.close();
      }
    } finally {
      await browser.close();
      ladder.cleanup();
    }
  });
});

describe('finished pages', () => {
  it.each(['/', '/fr/', '/no-such-page/', '/changes/'])(
    'give %s one h1 and headings that never skip a level',
    async (path) => {
      const page = await sample.open(path, { viewport: desktop });
      const levels = await page
        .locator('h1, h2, h3, h4, h5, h6')
        .evaluateAll((headings) =>
          headings.filter((h) => (h as HTMLElement).offsetParent !== null).map((h) => Number(h.tagName[1])),
        );
      expect(levels.filter((level) => level === 1)).toHaveLength(1);
      levels.forEach((level, index) => {
        if (index > 0)
          expect(level, `heading ${index} after h${levels[index - 1]}`).toBeLessThanOrEqual(
            levels[index - 1] + 1,
          );
      });
    },
  );

  it('shows the theme anchor glyph only on hover or keyboard focus', async () => {
    const page = await sample.open('/product-management/senior-pm/', { viewport: desktop });
    const anchor = page.locator('#discovery a.anchor');
    const opacity = () => anchor.evaluate((link) => getComputedStyle(link).opacity);
    expect(await opacity()).toBe('0');
    await page.locator('#discovery').hover();
    expect(await opacity()).toBe('1');
    await page.mouse.move(0, 0);
    await anchor.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    expect(await opacity()).toBe('1');
  });

  it('styles the footer as a row of links, not a bulleted list', async () => {
    const page = await sample.open('/', { viewport: desktop });
    const list = page.locator('.footer-links');
    expect(await list.evaluate((ul) => getComputedStyle(ul).listStyleType)).toBe('none');
    expect(await list.evaluate((ul) => getComputedStyle(ul).display)).toBe('flex');
  });
});
