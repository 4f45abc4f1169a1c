import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSample, type SampleBrowser } from '../support/browser.ts';

let sample: SampleBrowser;
beforeAll(async () => {
  sample = await openSample();
});
afterAll(async () => {
  await sample?.close();
});

const phone = { viewport: { width: 390, height: 844 } };
const matrix = '/product-management/matrix/';

const desktop = { viewport: { width: 1280, height: 800 } };

describe('the level matrix on a desktop', () => {
  it('keeps the level headings in view while the reader scrolls down the themes', async () => {
    const page = await sample.open(matrix, desktop);
    const region = page.getByRole('region', { name: /Level matrix/ });
    const heading = page.locator('thead th[data-level]').first();
    const before = await heading.boundingBox();
    await region.evaluate((box) => {
      box.scrollTop = 900;
    });
    const after = await heading.boundingBox();
    const box = await region.boundingBox();
    // Still at the top of the grid's box, in view.
    expect(after?.y ?? -1).toBeGreaterThanOrEqual(box?.y ?? 0);
    expect(after?.y ?? Number.POSITIVE_INFINITY).toBeLessThan((box?.y ?? 0) + 100);
    expect(before?.y ?? 0).toBeGreaterThan(after?.y ?? 0);
    // The row it heads has moved: the heading really stuck.
    const firstRow = await page.locator('tbody th[scope="row"]').first().boundingBox();
    expect(firstRow?.y ?? 0).toBeLessThan(after?.y ?? 0);
  });

  it('keeps the theme column in view while the levels scroll past', async () => {
    const page = await sample.open(matrix, { viewport: { width: 900, height: 800 } });
    const region = page.getByRole('region', { name: /Level matrix/ });
    const theme = page.locator('tbody th[scope="row"]').first();
    const before = await theme.boundingBox();
    await region.evaluate((box) => {
      box.scrollLeft = 400;
    });
    const after = await theme.boundingBox();
    expect(after?.x).toBeCloseTo(before?.x ?? -1, 0);
  });

  it('restores the levels chosen in a shared link, and writes the choice into the link', async () => {
    const page = await sample.open(`${matrix}?levels=product-manager,senior-pm`, desktop);
    await expect.poll(() => page.locator('thead th[data-level]:visible').count()).toBe(2);
    const levels = page.getByRole('group', { name: 'Levels to show' });
    await levels.getByRole('checkbox', { name: /Lead product manager/ }).check();
    await expect
      .poll(() => new URL(page.url()).searchParams.get('levels'))
      .toBe('product-manager,senior-pm,lead-pm');
  });
});

describe('the level matrix on a phone', () => {
  it('becomes a list, theme by theme, with each level labelled, and never scrolls sideways', async () => {
    const page = await sample.open(matrix, phone);
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      viewport: window.innerWidth,
    }));
    expect(widths.page).toBeLessThanOrEqual(widths.viewport);
    const cell = page.locator('tbody td[data-level="senior-pm"]').first();
    const label = await cell.evaluate((element) => getComputedStyle(element, '::before').content);
    expect(label).toContain('P3 Senior product manager');
    const theme = await page.locator('tbody th[scope="row"]').first().boundingBox();
    const first = await page
      .locator('tbody tr:not(.matrix-group)')
      .first()
      .locator('td')
      .first()
      .boundingBox();
    expect(first?.y ?? 0).toBeGreaterThan(theme?.y ?? 0);
    expect(first?.width ?? 0).toBeGreaterThan(300);
  });
});

describe('the level picker of the matrix', () => {
  it('narrows the matrix to the levels the reader picks', async () => {
    const page = await sample.open(matrix, desktop);
    const levels = page.getByRole('group', { name: 'Levels to show' });
    await expect.poll(() => levels.isVisible()).toBe(true);
    const boxes = await levels.getByRole('checkbox').all();
    expect(boxes.length).toBeGreaterThan(2);
    for (const box of boxes.slice(2)) await box.uncheck();
    const visibleColumns = () => page.locator('thead th[data-level]:visible').count();
    await expect.poll(visibleColumns).toBe(2);
    // Every row follows its heading: two level cells per theme.
    expect(await page.locator('tbody tr:not(.matrix-group)').first().locator('td:visible').count()).toBe(2);
    await boxes[2].check();
    await expect.poll(visibleColumns).toBe(3);
  });

  it('shows every level without JavaScript, and no controls that would not work', async () => {
    const page = await sample.open(matrix, { ...desktop, javaScriptEnabled: false });
    const columns = await page.locator('thead th[data-level]').count();
    expect(await page.locator('thead th[data-level]:visible').count()).toBe(columns);
    expect(await page.getByRole('group', { name: 'Levels to show' }).isVisible()).toBe(false);
  });
});
