import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const dist = inject('sampleDist');

/** The parts of the built `ladder.json` these tests read. */
interface LadderJson {
  tracks: { id: string; url: string; matrixUrl: string; levels: string[]; themes: string[] }[];
  levels: {
    id: string;
    track: string;
    rank: number;
    url: string;
    title: string;
    equivalent: string | null;
    next: string | null;
    nextLevelUrl: string | null;
    comparisons: { to: string; url: string }[];
    expectations: Record<string, unknown>;
  }[];
  themes: { id: string; url: string }[];
}

const ladder: LadderJson = JSON.parse(readFileSync(join(dist, 'ladder.json'), 'utf8'));
const pathOf = (url: string) => new URL(url).pathname;
const page = (path: string) => {
  const file = join(dist, path, 'index.html');
  if (!existsSync(file)) throw new Error(`${path} was not built`);
  return readFileSync(file, 'utf8');
};
const levelById = new Map(ladder.levels.map((level) => [level.id, level]));

/**
 * The comparisons a reader can expect, worked out from the ladder's data rather than from the
 * code under test: every pair of a track, lower rank first, and both directions between
 * equivalent levels.
 */
function expectedComparisons(): string[] {
  const pairs = new Set<string>();
  for (const track of ladder.tracks) {
    track.levels.forEach((from, index) => {
      for (const to of track.levels.slice(index + 1)) pairs.add(`/compare/${from}/${to}/`);
    });
  }
  for (const level of ladder.levels) {
    if (!level.equivalent) continue;
    pairs.add(`/compare/${level.id}/${level.equivalent}/`);
    pairs.add(`/compare/${level.equivalent}/${level.id}/`);
  }
  // Switches between tracks: levels one rank apart or less on the company's scale, both ways.
  for (const from of ladder.levels) {
    for (const to of ladder.levels) {
      if (from.track !== to.track && Math.abs(from.rank - to.rank) <= 1)
        pairs.add(`/compare/${from.id}/${to.id}/`);
    }
  }
  return [...pairs].sort();
}

describe('level comparisons in the built sample ladder', () => {
  it('builds a comparison page for every pair of levels of a track and every switch between tracks', () => {
    const expected = expectedComparisons();
    const n = ladder.tracks.map((t) => t.levels.length);
    expect(expected.length).toBeGreaterThanOrEqual(
      n.reduce((sum, count) => sum + (count * (count - 1)) / 2, 0),
    );
    const built = readdirSync(join(dist, 'compare'), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('index.html'))
      .map((file) => `/compare/${file.replace(/index\.html$/, '')}`)
      .sort();
    expect(built).toEqual(expected);
  });

  it('lists in ladder.json the comparisons of each level, and each points at a built page', () => {
    const expected = expectedComparisons();
    const listed = ladder.levels.flatMap((level) => level.comparisons.map((c) => pathOf(c.url))).sort();
    expect(listed).toEqual(expected);
    for (const level of ladder.levels) {
      expect(level.nextLevelUrl && pathOf(level.nextLevelUrl)).toBe(
        level.next ? `/compare/${level.id}/${level.next}/` : null,
      );
    }
  });

  it('marks added and removed words on the page from each level to the next', () => {
    for (const level of ladder.levels.filter((l) => l.nextLevelUrl)) {
      const html = page(pathOf(level.nextLevelUrl ?? ''));
      expect(html, level.id).toMatch(/<ins>/);
      expect(html, level.id).toMatch(/<del>/);
      // Screen readers do not announce ins and del: hidden words say what changed.
      expect(html).toContain('<span class="visually-hidden">added: </span>');
      expect(html).toContain('<span class="visually-hidden">removed: </span>');
    }
  });

  it('shows both levels and every theme either level assesses, each with an anchor', () => {
    const from = levelById.get('product-manager');
    const to = levelById.get('senior-pm');
    if (!from || !to) throw new Error('the sample has no product-manager or senior-pm level');
    const html = page(`/compare/${from.id}/${to.id}/`);
    expect(html).toContain(`href="${pathOf(from.url)}"`);
    expect(html).toContain(`href="${pathOf(to.url)}"`);
    expect(html).toContain('What changes most');
    const track = ladder.tracks.find((t) => t.id === to.track);
    for (const theme of track?.themes ?? []) expect(html).toContain(`<h3 id="${theme}"`);
  });

  it('links each level page to what it takes to reach the next level', () => {
    for (const level of ladder.levels) {
      const html = page(pathOf(level.url));
      if (level.next) {
        const next = levelById.get(level.next);
        expect(html).toContain(`href="/compare/${level.id}/${level.next}/"`);
        expect(html).toContain(`What it takes to reach ${next?.title}`);
      }
      if (level.equivalent) expect(html).toContain(`href="/compare/${level.id}/${level.equivalent}/"`);
    }
  });

  it('links each track page to its matrix', () => {
    for (const track of ladder.tracks) {
      expect(pathOf(track.matrixUrl)).toBe(`/${track.id}/matrix/`);
      expect(page(pathOf(track.url))).toContain(`href="/${track.id}/matrix/"`);
    }
  });

  it('shows every level of the track as a column and every theme as a row of its matrix', () => {
    const themeUrls = new Map(ladder.themes.map((theme) => [theme.id, pathOf(theme.url)]));
    for (const track of ladder.tracks) {
      const html = page(pathOf(track.matrixUrl));
      expect(html).toMatch(/<table class="matrix"[^>]*><caption>/);
      const columns = [...html.matchAll(/<th scope="col" data-level="([^"]+)"/g)].map((m) => m[1]);
      expect(columns).toEqual(track.levels);
      const rows = [...html.matchAll(/<th scope="row" class="matrix-theme"><a href="([^"]+)"/g)].map(
        (m) => m[1],
      );
      expect(rows).toEqual(track.themes.map((theme) => themeUrls.get(theme)));
      // Each cell a level fills links to the theme's section on the level page.
      for (const id of track.levels) {
        const level = levelById.get(id);
        for (const theme of Object.keys(level?.expectations ?? {})) {
          expect(html, `${id} × ${theme}`).toContain(`href="/${track.id}/${id}/#${theme}"`);
        }
      }
    }
  });

  it('links the matrix to the comparison of each level with the next', () => {
    for (const track of ladder.tracks) {
      const html = page(pathOf(track.matrixUrl));
      track.levels.slice(0, -1).forEach((from, index) => {
        expect(html).toContain(`href="/compare/${from}/${track.levels[index + 1]}/"`);
      });
    }
  });
});
