import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../support/build-site.ts';
import { htmlPages, pathOf, readLadderJson, readPage } from '../support/dist.ts';

const dist = inject('sampleDist');
const ladder = readLadderJson(dist);

/** Ids of the sample's content files in a folder, from their file names. */
function contentIds(folder: string): string[] {
  return readdirSync(join(projectRoot, 'content', folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.mdx?$|\.ya?ml$/.test(file) && !/\.[a-z]{2}\.\w+$/.test(file))
    .map(
      (file) =>
        file
          .split('/')
          .at(-1)
          ?.replace(/\.\w+$/, '') ?? file,
    )
    .sort();
}

describe('the built sample ladder', () => {
  it('has a page for every track, level, theme and guide file', () => {
    const pages = htmlPages(dist);
    expect(ladder.tracks.map((t) => t.id).sort()).toEqual(contentIds('tracks'));
    expect(ladder.levels.map((l) => l.id).sort()).toEqual(contentIds('levels'));
    expect(ladder.themes.map((t) => t.id).sort()).toEqual(contentIds('themes'));
    expect(ladder.guides.map((g) => g.id).sort()).toEqual(contentIds('guides'));
    for (const entry of [...ladder.tracks, ...ladder.levels, ...ladder.themes, ...ladder.guides]) {
      expect(pages).toContain(pathOf(entry.url));
    }
  });

  it('publishes level pages at /<track>/<level>/', () => {
    for (const level of ladder.levels) {
      expect(pathOf(level.url)).toBe(`/${level.track}/${level.id}/`);
    }
  });

  it('gives every level page its summary, scope, and a section with an anchor per theme', () => {
    for (const level of ladder.levels) {
      const html = readPage(dist, pathOf(level.url));
      expect(html).toContain(`<html lang="en"`);
      for (const themeId of Object.keys(level.expectations)) {
        expect(html).toContain(`id="${themeId}"`);
      }
    }
  });

  it('writes the whole ladder to ladder.json, with every expectation of every level', () => {
    expect(ladder.url).toBe('https://careers.lanterne.example/');
    for (const level of ladder.levels) {
      const track = ladder.tracks.find((t) => t.id === level.track);
      expect(Object.keys(level.expectations).sort()).toEqual([...(track?.themes ?? [])].sort());
      for (const expectation of Object.values(level.expectations)) {
        expect(expectation.behaviours.length).toBeGreaterThanOrEqual(2);
        expect(expectation.examples.length).toBeGreaterThanOrEqual(1);
      }
    }
    for (const theme of ladder.themes) {
      expect(['hard', 'soft']).toContain(theme.group);
      expect(['essential', 'important', 'supporting']).toContain(theme.importance);
    }
  });

  it('loads no script file on level pages, only a few inline lines that wait for the reader', () => {
    for (const level of ladder.levels) {
      const html = readPage(dist, pathOf(level.url));
      expect(html).not.toMatch(/<script[^>]*\ssrc=/);
      // JSON-LD blocks are data for search engines, never run. The scripts are the search box,
      // the copy buttons of the link and job-offer snippets, and the choice of a pay zone.
      const inline = [
        ...html.matchAll(/<script(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g),
      ].map((m) => m[1]);
      expect(inline.join('').length).toBeLessThan(1536);
    }
  });

  it('links the canonical URL of each page to the public site', () => {
    const html = readPage(dist, '/product-management/senior-pm/');
    expect(html).toContain(
      '<link rel="canonical" href="https://careers.lanterne.example/product-management/senior-pm/"',
    );
  });
});
