import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSample, type SampleBrowser } from '../support/browser.ts';

let sample: SampleBrowser;
beforeAll(async () => {
  sample = await openSample();
});
afterAll(async () => {
  await sample?.close();
});

describe('the language switch', () => {
  it('keeps the reader on the same page in the other language, and back', async () => {
    const page = await sample.open('/product-management/lead-pm/#influence');
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Français' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/fr/product-management/lead-pm/');
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Lead product manager');
    await page.getByRole('navigation', { name: 'Langue' }).getByRole('link', { name: 'English' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/product-management/lead-pm/');
  });

  it('marks the current language', async () => {
    const page = await sample.open('/fr/themes/strategy/');
    const current = page.getByRole('navigation', { name: 'Langue' }).locator('[aria-current="true"]');
    expect(await current.textContent()).toBe('Français');
  });
});
