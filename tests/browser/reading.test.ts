import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSample, type SampleBrowser } from '../support/browser.ts';

/* A candidate on a phone and a product manager on a desktop, reading a level page. */

let sample: SampleBrowser;
beforeAll(async () => {
  sample = await openSample();
});
afterAll(async () => {
  await sample?.close();
});

const phone = { viewport: { width: 390, height: 844 } };

describe('a candidate reading a level page on a phone', () => {
  it('sees the title and the pay range on the first screen', async () => {
    const page = await sample.open('/product-management/senior-pm/', phone);
    const title = await page.locator('h1').boundingBox();
    const pay = await page.getByText('Pay range', { exact: true }).boundingBox();
    expect(title && title.y + title.height).toBeLessThan(844);
    expect(pay && pay.y + pay.height).toBeLessThan(844);
  });

  it('reaches any theme of the level in one tap from the theme index', async () => {
    const page = await sample.open('/product-management/senior-pm/', phone);
    await page.locator('.theme-index').getByRole('link', { name: 'Regulatory vigilance' }).click();
    expect(new URL(page.url()).hash).toBe('#regulatory-vigilance');
    const heading = await page.locator('h3#regulatory-vigilance').boundingBox();
    expect(heading?.y).toBeLessThan(844);
  });

  it('finds the examples folded under their count, and opens them', async () => {
    const page = await sample.open('/product-management/senior-pm/', phone);
    const fold = page.locator('section[data-theme="discovery"] details.examples-fold');
    expect(await fold.locator('summary').textContent()).toMatch(/^\d+ examples?$/);
    expect(await fold.getAttribute('open')).toBeNull();
    await fold.locator('summary').click();
    expect(await fold.locator('.example').first().isVisible()).toBe(true);
  });
});

describe('a product manager moving between levels', () => {
  it('reaches the other track’s equivalent level in one tap', async () => {
    const page = await sample.open('/product-management/lead-pm/');
    await page.locator('.level-switcher .switcher-equivalent a').click();
    await page.waitForURL('**/product-leadership/group-pm/');
    expect(await page.locator('h1').textContent()).toContain('Group product manager');
  });

  it('sees every level of the track under the title, the current one marked', async () => {
    const page = await sample.open('/product-management/senior-pm/');
    const links = page.locator('.level-switcher li:not(.switcher-equivalent) a');
    expect(await links.count()).toBe(5);
    expect(await page.locator('.level-switcher a[aria-current="page"]').textContent()).toContain('P3');
  });
});
