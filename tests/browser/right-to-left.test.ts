import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { addAxe, axeViolations } from '../support/axe.ts';
import { buildSite, projectRoot } from '../support/build-site.ts';
import { chromiumArgs } from '../support/chromium.ts';
import { readPage } from '../support/dist.ts';
import { type StaticServer, serveStatic } from '../support/static-server.ts';

/** An Arabic ladder: interface strings, layout, pay and dates right to left. */
const contentDir = join(projectRoot, 'tests/fixtures/rtl ladder/content');

const pages = {
  home: '/',
  track: '/engineering/',
  level: '/engineering/engineer/',
  'level with a previous one': '/engineering/senior-engineer/',
  theme: '/themes/craft/',
  guide: '/guides/how-to-read/',
  comparison: '/compare/engineer/senior-engineer/',
  matrix: '/engineering/matrix/',
  search: '/search/',
};

let build: Awaited<ReturnType<typeof buildSite>>;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  build = await buildSite({ contentDir });
  if (build.code !== 0) throw new Error(`The Arabic ladder did not build:\n${build.output}`);
  server = await serveStatic(build.outDir);
  browser = await chromium.launch({ executablePath: inject('chromiumPath'), args: chromiumArgs });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a page of the Arabic ladder at a given width. */
async function open(path: string, width = 1280): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  await addAxe(context);
  const page = await context.newPage();
  await page.goto(new URL(path.slice(1), server.url).href);
  return page;
}

describe('a ladder in a right-to-left language', () => {
  it('builds, passing the content check and the link check, with its pages marked Arabic and right to left', () => {
    expect(build.output).toContain('links: every internal link, image and anchor resolves');
    // Noto Sans Arabic draws every Arabic letter of the cards.
    expect(build.output).not.toContain('card fonts cannot draw');
    for (const path of Object.values(pages)) {
      expect(readPage(build.outDir, path), path).toContain('<html lang="ar" dir="rtl">');
    }
    expect(readPage(build.outDir, '/404.html')).toContain('<html lang="ar" dir="rtl">');
  });

  it('marks an English page that falls back to the Arabic text as left to right around a right-to-left body', () => {
    const page = readPage(build.outDir, '/en/engineering/engineer/');
    expect(page).toContain('<html lang="en" dir="ltr">');
    expect(page).toContain('<div lang="ar" dir="rtl">');
    expect(page).toContain('Skip to content');
  });

  it('shows its interface in Arabic, with pay and dates written by Intl for Arabic', () => {
    const level = readPage(build.outDir, '/engineering/engineer/');
    expect(level).toContain('المستوى التالي');
    expect(level).toContain('انتقل إلى المحتوى');
    const pay = new Intl.NumberFormat('ar', { style: 'currency', currency: 'SAR', maximumFractionDigits: 0 });
    expect(level).toContain(pay.formatRange(144000, 192000));
    const date = new Intl.DateTimeFormat('ar', { dateStyle: 'long', timeZone: 'UTC' });
    expect(level).toContain(`النطاقات سارية اعتبارًا من ${date.format(new Date('2026-01-01T00:00:00Z'))}.`);
    // From one level to the next reads right to left: the arrow points left.
    const matrix = readPage(build.outDir, '/engineering/matrix/');
    expect(matrix).toContain('<span class="code">E1</span> ← <span class="code">E2</span>');
    expect(matrix).not.toContain(' → ');
    // Arabic's dual: two examples are "مثالان", not "2 أمثلة".
    expect(readPage(build.outDir, '/engineering/senior-engineer/')).toContain('مثالان');
  });

  it('mirrors the layout: the breadcrumb starts on the right and the next level sits on the left', async () => {
    const page = await open('/engineering/engineer/');
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    const crumbs = page.locator('.breadcrumbs li');
    const first = await crumbs.first().boundingBox();
    const last = await crumbs.last().boundingBox();
    expect(first && last && first.x > last.x).toBe(true);
    const next = await page.locator('.pager .next').boundingBox();
    expect(next && next.x + next.width < 640).toBe(true);
    const separator = await crumbs.nth(1).evaluate((item) => getComputedStyle(item, '::before').content);
    expect(separator).toBe('"‹"');
    await page.context().close();
  });

  it('puts the previous level on the right of the pager, the way Arabic reads', async () => {
    const page = await open('/engineering/senior-engineer/');
    const previous = await page.locator('.pager .previous').boundingBox();
    expect(previous && previous.x > 640).toBe(true);
    await page.context().close();
  });

  it.each(Object.entries(pages))(
    'shows the %s page on a 390px phone without scrolling sideways',
    async (_, path) => {
      const page = await open(path, 390);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.context().close();
    },
  );

  it.each(Object.entries(pages))('has no WCAG 2.2 AA violations on the %s page', async (_, path) => {
    const page = await open(path);
    expect((await axeViolations(page)).join('\n')).toBe('');
    await page.context().close();
  });
});
