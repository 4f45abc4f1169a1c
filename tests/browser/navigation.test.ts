import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSample, type SampleBrowser } from '../support/browser.ts';

let sample: SampleBrowser;
beforeAll(async () => {
  sample = await openSample();
});
afterAll(async () => {
  await sample?.close();
});

describe('a reader walking the sample ladder', () => {
  it('goes from the home page to a track, to a level, to the next level', async () => {
    const page = await sample.open('/');
    await page.getByRole('link', { name: 'Product management', exact: true }).first().click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/product-management/');
    await page.getByRole('link', { name: 'Product manager', exact: true }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/product-management/product-manager/');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Product manager');
    await page.getByRole('link', { name: /Next level/ }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/product-management/senior-pm/');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Senior product manager');
  });

  it('sees a level page with its facts, prerequisites and every theme with behaviours and examples', async () => {
    const page = await sample.open('/product-management/senior-pm/');
    await expect.poll(() => page.getByText('Scope', { exact: true }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Prerequisites' }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Hard skills' }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Soft skills' }).isVisible()).toBe(true);
    const themes = page.locator('section[data-theme]');
    expect(await themes.count()).toBe(11);
    for (const theme of await themes.all()) {
      expect(await theme.locator('li').count()).toBeGreaterThanOrEqual(2);
      expect(await theme.getByText('What they did').count()).toBeGreaterThanOrEqual(1);
    }
  });

  it('lands on the theme section when following a theme anchor', async () => {
    const page = await sample.open('/product-management/senior-pm/#regulatory-vigilance');
    const heading = page.locator('#regulatory-vigilance');
    await expect.poll(() => heading.isVisible()).toBe(true);
    const top = await heading.evaluate((element) => element.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(200);
  });

  it('keeps a level page within a 390px phone screen', async () => {
    const page = await sample.open('/product-management/principal-pm/', {
      viewport: { width: 390, height: 844 },
    });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
