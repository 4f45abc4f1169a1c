import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openSample, type SampleBrowser } from '../support/browser.ts';
import { readLadderJson } from '../support/dist.ts';

const ladder = readLadderJson(inject('sampleDist'));
const level = ladder.levels[0];
const levelPath = new URL(level.url).pathname;

let sample: SampleBrowser;
beforeAll(async () => {
  sample = await openSample();
});
afterAll(async () => {
  await sample?.close();
});

describe('sharing a level page', () => {
  it('copies the canonical URL with "Copy link" and says so', async () => {
    const page = await sample.open(levelPath, { permissions: ['clipboard-read', 'clipboard-write'] });
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(canonical).toBe(level.url);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
  });

  it('shows the link as selectable text, and no copy button, without JavaScript', async () => {
    const page = await sample.open(levelPath, { javaScriptEnabled: false });
    expect(await page.getByLabel('Link to this level').inputValue()).toBe(level.url);
    expect(await page.getByRole('button', { name: 'Copy link' }).isVisible()).toBe(false);
  });

  it('offers the card as a download and job-offer snippets with the link and the card', async () => {
    const page = await sample.open(levelPath);
    const download = page.getByRole('link', { name: 'Download card' });
    expect(await download.getAttribute('download')).toBe(`${level.id}.png`);
    const response = await page.request.get(
      new URL((await download.getAttribute('href')) ?? '', page.url()).href,
    );
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');

    await page.getByText('Use this level in a job offer').click();
    const markdown = await page.getByLabel('Markdown').inputValue();
    const html = await page.getByLabel('HTML').inputValue();
    const card = new URL(`cards/${level.track}/${level.id}.png`, ladder.url).href;
    for (const snippet of [markdown, html]) {
      expect(snippet).toContain(level.url);
      expect(snippet).toContain(card);
    }
    // The help text shows how to link to one theme of the level.
    expect(await page.locator('.share-offer').textContent()).toMatch(`${level.url}#`);
  });
});
