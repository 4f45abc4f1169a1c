import { readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSample, type SampleBrowser } from '../support/browser.ts';
import { projectRoot } from '../support/build-site.ts';

/* A candidate on a phone and a product manager on a desktop, reading a level page. */

let sample: SampleBrowser;
beforeAll(async () => {
  sample = await openSample();
});
afterAll(async () => {
  await sample?.close();
});

const phone = { viewport: { width: 390, height: 844 } };

/** Every level page of the sample ladder, in English and French. */
const levelPaths = readdirSync(join(projectRoot, 'content/levels'), { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.md'))
  .map((file) => {
    const [track, name] = file.replace(/\.md$/, '').split(sep);
    const [id, locale] = name.split('.');
    return `${locale ? `/${locale}` : ''}/${track}/${id}/`;
  });

describe('a candidate reading a level page on a phone', () => {
  it('sees the title, the pay range and the start of the scope on the first screen of every level, in English and French', async () => {
    const misses: string[] = [];
    for (const path of levelPaths) {
      const page = await sample.open(path, phone);
      const bottom = async (selector: string) => {
        const box = await page.locator(selector).first().boundingBox();
        return box ? box.y + box.height : Number.POSITIVE_INFINITY;
      };
      const top = async (selector: string) =>
        (await page.locator(selector).first().boundingBox())?.y ?? Number.POSITIVE_INFINITY;
      const seen = {
        title: await bottom('h1'),
        pay: await bottom('[data-pay-current]'),
        scopeLabel: await bottom('.facts--wide dt'),
        scopeText: await top('.facts--wide dd'),
      };
      for (const [part, y] of Object.entries(seen))
        if (y >= 844) misses.push(`${path}: ${part} at ${Math.round(y)}px`);
      await page.context().close();
    }
    expect(misses).toEqual([]);
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
