import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkedLadder } from '../../scripts/bench/ladder-model.ts';
import { fullShape } from '../../scripts/bench/options.ts';
import { countPages, type LadderShape, shapeForPages } from '../../scripts/bench/page-count.ts';
import { cssReferences, pageAssets, staticImports } from '../../scripts/bench/page-weight.ts';
import { summariseScaling } from '../../scripts/bench/scaling.ts';
import { median, percentile } from '../../scripts/bench/statistics.ts';
import { syntheticLadder, writeFiles } from '../../scripts/bench/synthetic-ladder.ts';
import { checkLadder } from '../../src/content/check.ts';
import { formatProblem } from '../../src/content/problems.ts';
import { projectRoot } from '../support/build-site.ts';

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** Writes the synthetic ladder of a shape to a fresh folder; returns its content folder. */
function writeSynthetic(shape: LadderShape): string {
  const root = mkdtempSync(join(tmpdir(), 'echelon-bench-test-'));
  folders.push(root);
  const contentDir = join(root, 'content');
  writeFiles(contentDir, syntheticLadder(shape));
  return contentDir;
}

describe('the benchmark ladder', () => {
  it('passes the content check with no error and no warning, translations included', () => {
    const contentDir = writeSynthetic({ tracks: 3, levels: 4, themes: 5, guides: 2, locales: 2 });
    const result = checkLadder(projectRoot, contentDir);
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.source?.translations.levels).toHaveLength(12);
  });

  it.each([
    { tracks: 1, levels: 1, themes: 1, guides: 0, locales: 1 },
    { tracks: 2, levels: 5, themes: 8, guides: 5, locales: 2 },
    { tracks: 5, levels: 3, themes: 4, guides: 1, locales: 3 },
  ])(
    'has as many pages as the formula says for $tracks tracks of $levels levels in $locales locales',
    (shape) => {
      const { routes } = checkedLadder(projectRoot, writeSynthetic(shape));
      expect(routes).toHaveLength(countPages(shape));
    },
  );

  it('counts the default ladder at about 1,000 pages, comparisons, switches and assessments included', () => {
    // 2 × (home 1 + tracks 6 + levels 54 + assessments 54 + themes 12 + guides 10 + search 1
    //      + open data 1 + matrices 6 + comparisons 6 × 36 + switches 2 × 3 × 25)
    expect(countPages(fullShape)).toBe(1022);
  });

  it('writes the same files for the same shape, so two runs build the same content', () => {
    const shape = { tracks: 2, levels: 3, themes: 3, guides: 1, locales: 2 };
    expect(syntheticLadder(shape)).toEqual(syntheticLadder(shape));
  });

  it('picks smaller ladders close to a fraction of the pages for the size series', () => {
    const full = { tracks: 6, levels: 11, themes: 12, guides: 10, locales: 2 };
    for (const fraction of [0.25, 0.5]) {
      const pages = countPages(shapeForPages(996 * fraction, full));
      expect(Math.abs(pages - 996 * fraction) / (996 * fraction)).toBeLessThan(0.1);
    }
  });
});

describe('median and 95th percentile', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });

  it('interpolates the 95th percentile between the two nearest ranks', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 95)).toBeCloseTo(95.05);
    expect(percentile([10, 20], 95)).toBeCloseTo(19.5);
    expect(percentile([5, 1, 9], 100)).toBe(9);
    expect(percentile([5, 1, 9], 0)).toBe(1);
  });

  it('refuses an empty list rather than returning a number', () => {
    expect(() => median([])).toThrow('empty');
  });
});

describe('what a page loads', () => {
  it('finds stylesheets, external and inline module scripts, and skips JSON-LD', () => {
    const html = `<html><head>
      <link rel="stylesheet" href="/_astro/site.css"><link rel="icon" href="/logo.svg">
      <link rel=modulepreload href="/_astro/chunk.js">
      <script type="module" src="/_astro/search.js"></script>
      <script type="application/ld+json">{"@type":"Thing"}</script>
      </head><body><script type="module">import "/_astro/share.js";</script></body></html>`;
    const assets = pageAssets(html);
    expect(assets.stylesheets).toEqual(['/_astro/site.css']);
    expect(assets.scripts).toEqual(['/_astro/chunk.js', '/_astro/search.js']);
    expect(assets.inlineScripts).toEqual(['import "/_astro/share.js";']);
  });

  it('follows static imports of minified modules but not dynamic imports loaded on demand', () => {
    const code =
      'import{a as e}from"./render.js";import"./side.js";const p=()=>import("./pagefind.js");export*from"./more.js";';
    expect(staticImports(code)).toEqual(['./render.js', './side.js', './more.js']);
  });

  it('counts font files a stylesheet loads, not its images', () => {
    const css = '@font-face{src:url(/fonts/inter.woff2) format("woff2")}.logo{background:url("/logo.png")}';
    expect(cssReferences(css).fonts).toEqual(['/fonts/inter.woff2']);
  });
});

describe('how build time grows with pages', () => {
  it('calls time linear when each extra page costs the same at every size', () => {
    const summary = summariseScaling([
      { pages: 250, seconds: 10 },
      { pages: 500, seconds: 15 },
      { pages: 1000, seconds: 25 },
    ]);
    expect(summary.verdict).toBe('linear');
    expect(summary.fit.secondsPer100Pages).toBeCloseTo(2);
    expect(summary.fit.fixedSeconds).toBeCloseTo(5);
  });

  it('says so when extra pages cost more and more as the site grows', () => {
    const summary = summariseScaling([
      { pages: 250, seconds: 10 },
      { pages: 500, seconds: 15 },
      { pages: 1000, seconds: 40 },
    ]);
    expect(summary.verdict).toBe('worse than linear');
  });

  it('does not judge from fewer than three sizes', () => {
    expect(
      summariseScaling([
        { pages: 100, seconds: 5 },
        { pages: 200, seconds: 8 },
      ]).verdict,
    ).toBe('unknown');
  });
});
