import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSample, type SampleBrowser } from '../support/browser.ts';

/*
 * A product manager preparing a review: marks each theme on their level's page, keeps the
 * link, picks themes to grow, prints the grid, and gets a peer's marks in, with nothing sent
 * to any server.
 */

let sample: SampleBrowser;
beforeAll(async () => {
  sample = await openSample();
});
afterAll(async () => {
  await sample?.close();
});

const page = '/product-management/senior-pm/assess/';

describe('a product manager assessing themselves', () => {
  it('marks themes, reloads the page from its link and finds every answer', async () => {
    const tab = await sample.open(page);
    await tab.locator('form.assess').getByLabel('Your name').fill('Camille Durand');
    const row = tab.locator('tr[data-theme="discovery"]');
    await row.getByLabel('At level').check();
    await row.locator('textarea').fill('Ran 14 interviews on instant payments; halved the scope.');
    await tab.locator('tr[data-theme="delivery"]').getByLabel('Not yet').check();
    const link = tab.url();
    expect(new URL(link).hash).toMatch(/^#a=/);

    const again = await sample.browser.newPage();
    await again.goto(link);
    await expect
      .poll(() => again.locator('form.assess').getByLabel('Your name').inputValue())
      .toBe('Camille Durand');
    const restored = again.locator('tr[data-theme="discovery"]');
    expect(await restored.getByLabel('At level').isChecked()).toBe(true);
    expect(await restored.locator('textarea').inputValue()).toContain('halved the scope');
    expect(await again.locator('[data-summary="delivery"]').textContent()).toBe('Not yet');
    expect(
      await again.locator('[data-chart="discovery"] [data-point="at-level"]').getAttribute('class'),
    ).toContain('is-marked');
  });

  it('gets a dated plan whose goals are the next level’s behaviours, and copies it as Markdown', async () => {
    const tab = await sample.open(page, { permissions: ['clipboard-read', 'clipboard-write'] });
    await tab.getByLabel('Grow Delivery').check();
    const goals = tab.locator('[data-plan-goals]');
    await expect.poll(() => goals.textContent()).toContain('product group');
    expect(await tab.locator('[data-plan-reviews]').textContent()).toMatch(
      /Next reviews: \w+ \d{4}, then \w+ \d{4}\./,
    );
    await goals.getByLabel('OKR this goal supports').fill('O2: e-invoicing reception by September');
    await tab.getByRole('button', { name: 'Copy the plan as Markdown' }).click();
    const markdown = await tab.evaluate(() => navigator.clipboard.readText());
    expect(markdown).toContain('## Delivery');
    expect(markdown).toContain('O2: e-invoicing reception by September');
    expect(markdown).toContain('#a=');
  });

  it('prints the review grid of a senior product manager on two A4 pages', async () => {
    const tab = await sample.open(page);
    const pdf = await tab.pdf({ format: 'A4', printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeLessThanOrEqual(2);
    expect(pages.length).toBeGreaterThanOrEqual(1);
  });

  it('gets a peer’s marks into the grid through the links they trade', async () => {
    const tab = await sample.open(page);
    await tab.locator('form.assess').getByLabel('Your name').fill('Camille');
    await tab.getByRole('button', { name: 'Make the link for a peer' }).click();
    const peerLink = await tab.locator('[data-peer-link]').textContent();
    expect(peerLink).toMatch(/#peer=/);

    const peer = await sample.browser.newPage();
    await peer.goto(peerLink ?? '');
    await expect.poll(() => peer.locator('[data-peer-title]').textContent()).toContain('Camille');
    await peer.locator('[data-peer-page]').getByLabel('Your name').fill('Sam');
    const theme = peer.locator('[data-peer-row="discovery"]');
    await theme.getByLabel('Beyond').check();
    await theme.locator('textarea').fill('Led the interviews of both squads.');
    await peer.getByRole('button', { name: 'Make the link to send back' }).click();
    const reply = await peer.locator('[data-peer-reply]').textContent();

    await tab.getByLabel('Link a peer sent back').fill(reply ?? '');
    await tab.getByRole('button', { name: 'Add their feedback' }).click();
    await expect.poll(() => tab.locator('[data-peers="discovery"]').textContent()).toContain('Sam: Beyond');
    expect(await tab.locator('[data-peers="discovery"]').textContent()).toContain('Led the interviews');
  });

  it('says so instead of failing when the link was cut', async () => {
    const tab = await sample.browser.newPage();
    await tab.goto(`${new URL(page.slice(1), sample.server.url).href}#a=eyJ2IjoxLCJsIjoic2Vu`);
    await expect.poll(() => tab.locator('[data-assess-notice]').textContent()).toContain('could not be read');
  });

  it('works in French, with French marks and dates', async () => {
    const tab = await sample.open(`/fr${page}`);
    await tab.locator('tr[data-theme="discovery"]').getByLabel('Au-delà').check();
    expect(await tab.locator('[data-summary="discovery"]').textContent()).toBe('Au-delà');
    expect(await tab.locator('[data-plan-reviews]').textContent()).toMatch(
      /Prochains entretiens : \w+ \d{4}/,
    );
  });
});
