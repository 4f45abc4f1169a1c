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

describe('the level matrix on a phone', () => {
  it('scrolls the table inside its own box while the page never scrolls sideways', async () => {
    const page = await sample.open(matrix, phone);
    const widths = await page.evaluate(() => {
      const box = document.querySelector<HTMLElement>('.matrix-scroll');
      return {
        page: document.documentElement.scrollWidth,
        viewport: window.innerWidth,
        box: box ? { scroll: box.scrollWidth, client: box.clientWidth } : undefined,
      };
    });
    expect(widths.page).toBeLessThanOrEqual(widths.viewport);
    expect(widths.box?.scroll).toBeGreaterThan(widths.box?.client ?? Number.POSITIVE_INFINITY);

    // Keyboard users can reach the scrolling box and scroll it with the arrow keys.
    const region = page.getByRole('region', { name: /Level matrix/ });
    await region.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((box) => box.scrollLeft)).toBeGreaterThan(0);
  });

  it('keeps the theme column in view while the levels scroll past', async () => {
    const page = await sample.open(matrix, phone);
    const region = page.getByRole('region', { name: /Level matrix/ });
    const theme = page.locator('tbody th[scope="row"]').first();
    const before = await theme.boundingBox();
    await region.evaluate((box) => {
      box.scrollLeft = 400;
    });
    const after = await theme.boundingBox();
    expect(after?.x).toBeCloseTo(before?.x ?? -1, 0);
  });

  it('narrows the matrix to the levels the reader picks', async () => {
    const page = await sample.open(matrix, phone);
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
    const page = await sample.open(matrix, { ...phone, javaScriptEnabled: false });
    const columns = await page.locator('thead th[data-level]').count();
    expect(await page.locator('thead th[data-level]:visible').count()).toBe(columns);
    expect(await page.getByRole('group', { name: 'Levels to show' }).isVisible()).toBe(false);
  });
});
