import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { releaseMemory } from '../../src/integrations/release-memory.ts';

const megabyte = 1024 * 1024;

describe('freeing the build’s garbage before search indexing', () => {
  it('hands back the heap’s free memory even where a little live data is scattered through it', () => {
    // Pages rendered and thrown away, among which the build keeps a few things (its content
    // model, cached comparisons). An ordinary collection frees the garbage but keeps the memory
    // it sat in, since every part of the heap still holds something live.
    const kept: unknown[] = [];
    let pages: { html: string; links: string[] }[] | undefined = [];
    for (let page = 0; page < 300_000; page++) {
      const rendered = { html: `<main>page ${page} ${'x'.repeat(200)}</main>`, links: [`/level-${page}/`] };
      pages.push(rendered);
      if (page % 50 === 0) kept.push(rendered);
    }
    pages = undefined;
    const { before, after } = releaseMemory();
    expect(kept).toHaveLength(6_000);
    expect(before).toBeGreaterThan(100 * megabyte);
    expect(after).toBeLessThan(before / 4);
  });

  it('leaves no `gc` global to contexts created afterwards', () => {
    releaseMemory();
    expect(runInNewContext('typeof gc')).toBe('undefined');
  });
});
