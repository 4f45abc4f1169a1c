import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { type BuildResult, buildSite } from '../support/build-site.ts';
import { htmlPages, readLadderJson, readPage } from '../support/dist.ts';
import { isPng, pngSize } from '../support/png.ts';

const dist = inject('sampleDist');
const site = new URL(readLadderJson(dist).url);

/** The `content` of every `<meta property|name=...>` tag of a page, by property or name. */
function metaTags(html: string): Map<string, string> {
  const tags = new Map<string, string>();
  for (const [tag] of html.matchAll(/<meta\s[^>]*>/g)) {
    const key = /(?:property|name)="([^"]+)"/.exec(tag)?.[1];
    const content = /content="([^"]*)"/.exec(tag)?.[1];
    if (key && content !== undefined) tags.set(key, content.replace(/&amp;/g, '&'));
  }
  return tags;
}

/** The file of a built site that an absolute URL of the site points at. */
function fileOf(outDir: string, url: string): string {
  return join(outDir, new URL(url).pathname.slice(site.pathname.length));
}

/** Every card PNG of a built site, by path under `cards/`. */
function cardFiles(outDir: string): string[] {
  return readdirSync(join(outDir, 'cards'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.png'))
    .sort();
}

describe('share cards in the built sample ladder', () => {
  it('gives every page an absolute og:image that exists, is 1200 × 630 and under 100 KB', () => {
    const pages = htmlPages(dist);
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) {
      const image = metaTags(readPage(dist, page)).get('og:image');
      expect(image, page).toMatch(new RegExp(`^${site.origin}${site.pathname}cards/.+\\.png$`));
      const file = fileOf(dist, image ?? '');
      expect(existsSync(file), `${page}: ${image}`).toBe(true);
      const png = readFileSync(file);
      expect(isPng(png), image).toBe(true);
      expect(pngSize(png), image).toEqual({ width: 1200, height: 630 });
      expect(png.length, image).toBeLessThan(100 * 1024);
    }
  });

  it('gives every page the link-preview tags that Slack, LinkedIn and X read', () => {
    for (const page of htmlPages(dist)) {
      const html = readPage(dist, page);
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
      const meta = metaTags(html);
      if (page.endsWith('/404.html')) {
        // A 404 page has no address of its own: no canonical, and previews point to its language's home.
        expect(canonical).toBeUndefined();
        expect(meta.get('og:url')).toBe(new URL(page.replace(/404\.html$/, ''), site).href);
      } else {
        expect(canonical, page).toMatch(/^https:\/\//);
        expect(meta.get('og:url'), page).toBe(canonical);
      }
      expect(meta.get('og:type'), page).toMatch(/^(website|article)$/);
      expect(meta.get('og:image:width'), page).toBe('1200');
      expect(meta.get('og:image:height'), page).toBe('630');
      expect(meta.get('twitter:card'), page).toBe('summary_large_image');
      for (const key of ['og:title', 'og:description', 'og:site_name', 'og:locale', 'og:image:alt']) {
        expect(meta.get(key)?.trim(), `${page} ${key}`).toBeTruthy();
      }
    }
  });

  it('points each level page at its own card', () => {
    for (const level of readLadderJson(dist).levels) {
      const meta = metaTags(readPage(dist, new URL(level.url).pathname));
      expect(meta.get('og:image')).toBe(new URL(`cards/${level.track}/${level.id}.png`, site).href);
      expect(meta.get('og:image:alt')).toContain(level.title);
    }
  });
});

describe('rebuilding with the card cache', () => {
  let first: BuildResult;
  let second: BuildResult;
  beforeAll(async () => {
    first = await buildSite();
    if (first.code !== 0) throw new Error(`The first build failed:\n${first.output}`);
    second = await buildSite({ cacheDir: first.cacheDir });
    if (second.code !== 0) throw new Error(`The second build failed:\n${second.output}`);
  });

  it('renders every card in a fresh build, and none when nothing changed', () => {
    const count = cardFiles(first.outDir).length;
    expect(count).toBeGreaterThan(10);
    expect(first.output.match(/cards: \d+ rendered, \d+ from cache/g)).toEqual([
      `cards: ${count} rendered, 0 from cache`,
    ]);
    expect(second.output.match(/cards: \d+ rendered, \d+ from cache/g)).toEqual([
      `cards: 0 rendered, ${count} from cache`,
    ]);
  });

  it('gives byte-identical cards from the cache, and from a fresh render with another cache', () => {
    const files = cardFiles(first.outDir);
    expect(cardFiles(second.outDir)).toEqual(files);
    expect(cardFiles(dist)).toEqual(files);
    for (const file of files) {
      const bytes = readFileSync(join(first.outDir, 'cards', file));
      expect(readFileSync(join(second.outDir, 'cards', file)).equals(bytes), file).toBe(true);
      expect(readFileSync(join(dist, 'cards', file)).equals(bytes), file).toBe(true);
    }
  });

  it('checks the links of every page in a fresh build, and reads no page again when none changed', () => {
    const checked = 'links: every internal link, image and anchor resolves';
    expect(first.output).toContain(`${checked}\n`);
    expect(second.output).toContain(`${checked} (no page changed since the last build)`);
  });

  it('compares levels in a fresh build, reads every comparison back when nothing changed, and shows the same pages', () => {
    const computed = /comparisons: (\d+) computed, 0 from cache/.exec(first.output)?.[1];
    expect(Number(computed)).toBeGreaterThan(50);
    expect(second.output).toContain(`comparisons: 0 computed, ${computed} from cache`);
    const pages = htmlPages(first.outDir).filter((page) => page.includes('/compare/'));
    expect(pages.length).toBeGreaterThan(20);
    for (const page of pages) expect(readPage(second.outDir, page), page).toBe(readPage(first.outDir, page));
  });
});
