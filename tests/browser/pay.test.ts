import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSample, type SampleBrowser } from '../support/browser.ts';

const levelPath = '/product-management/senior-pm/';

let sample: SampleBrowser;
beforeAll(async () => {
  sample = await openSample();
});
afterAll(async () => {
  await sample?.close();
});

describe('a recruiter using a level page in a job offer', () => {
  it('copies a plain-text snippet with the title, code, company, pay and link', async () => {
    const page = await sample.open(levelPath, { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.getByText('Use this level in a job offer').click();
    const field = page.getByLabel('Plain text, for job boards and e-mail');
    const snippet = page.locator('[data-snippet]').filter({ has: field });
    await snippet.getByRole('button', { name: 'Copy' }).click();
    await expect.poll(() => snippet.locator('[data-snippet-status]').textContent()).toBe('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await field.inputValue());
    expect(copied.split('\n')).toEqual([
      'Senior product manager (P3) · Lanterne',
      'Pay (as of January 1, 2026):',
      '- €70,000 – €86,000 per year, gross · Lyon',
      '- €70,000 – €86,000 per year, gross · Amsterdam',
      '- €66,000 – €81,000 per year, gross · Remote (EU)',
      'What the level expects: https://careers.lanterne.example/product-management/senior-pm/',
    ]);
    expect(await page.getByRole('link', { name: 'Open roles at this level' }).getAttribute('href')).toBe(
      'https://lanterne.example/jobs?level=P3',
    );
  });

  it('keeps every snippet readable and selectable, without copy buttons, without JavaScript', async () => {
    const page = await sample.open(levelPath, { javaScriptEnabled: false });
    await page.getByText('Use this level in a job offer').click();
    expect(await page.getByLabel('Plain text, for job boards and e-mail').inputValue()).toContain('Lanterne');
    expect(await page.getByRole('button', { name: 'Copy', exact: true }).count()).toBe(0);
  });
});

describe('a candidate choosing a pay zone', () => {
  const current = '[data-pay-current]';

  it('shows the zone named in the address first', async () => {
    const page = await sample.open(`${levelPath}?zone=remote-eu`);
    expect(await page.locator(current).textContent()).toBe('€66,000 – €81,000 per year, gross · Remote (EU)');
    await page.getByText('Pay by zone (3)').click();
    expect(await page.getByRole('link', { name: 'Remote (EU)' }).getAttribute('aria-current')).toBe('true');
  });

  it('switches zone in place and remembers the choice in the address', async () => {
    const page = await sample.open(levelPath);
    expect(await page.locator(current).textContent()).toBe('€70,000 – €86,000 per year, gross · Lyon');
    // The zones are folded under their count, so that the key facts stay short.
    expect(await page.getByRole('link', { name: 'Remote (EU)' }).isVisible()).toBe(false);
    await page.getByText('Pay by zone (3)').click();
    await page.getByRole('link', { name: 'Remote (EU)' }).click();
    await expect
      .poll(() => page.locator(current).textContent())
      .toBe('€66,000 – €81,000 per year, gross · Remote (EU)');
    expect(new URL(page.url()).searchParams.get('zone')).toBe('remote-eu');
    expect(await page.getByRole('link', { name: 'Lyon' }).getAttribute('aria-current')).toBe('false');
    await page.reload();
    expect(await page.locator(current).textContent()).toBe('€66,000 – €81,000 per year, gross · Remote (EU)');
  });

  it('lists every zone’s range without JavaScript, the default zone first', async () => {
    const page = await sample.open(`${levelPath}?zone=remote-eu`, { javaScriptEnabled: false });
    expect(await page.locator(current).textContent()).toBe('€70,000 – €86,000 per year, gross · Lyon');
    expect(await page.locator('li[data-zone]').allTextContents()).toEqual([
      'Lyon: €70,000 – €86,000 per year, gross',
      'Amsterdam: €70,000 – €86,000 per year, gross',
      'Remote (EU): €66,000 – €81,000 per year, gross',
    ]);
  });

  it('fits a 390 px phone without scrolling sideways', async () => {
    const page = await sample.open(`${levelPath}?zone=amsterdam`, { viewport: { width: 390, height: 844 } });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
  });
});
