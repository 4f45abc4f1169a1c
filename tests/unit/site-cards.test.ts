import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type CardCache, diskCardCache, noCardCache } from '../../src/cards/cache.ts';
import type { CardData } from '../../src/cards/content.ts';
import { drawPool } from '../../src/cards/draw-pool.ts';
import { loadCardFonts } from '../../src/cards/fonts.ts';
import { drawingSource } from '../../src/cards/generate.ts';
import { cardParam } from '../../src/cards/paths.ts';
import { renderCard } from '../../src/cards/render.ts';
import {
  type DrawCard,
  type PlannedCard,
  SiteCardError,
  siteCards,
  startDrawing,
  writeSiteCards,
} from '../../src/cards/site.ts';
import { type CardStats, resetCardStats } from '../../src/cards/stats.ts';
import { pageRoutes, redirectRoutes } from '../../src/ladder/routes.ts';
import { projectRoot } from '../support/build-site.ts';
import { edit, ladderFrom } from '../support/ladder-files.ts';
import { isPng, pngSize } from '../support/png.ts';

const work = mkdtempSync(join(tmpdir(), 'echelon-site-cards-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let folders = 0;
const folder = () => mkdtempSync(join(work, `${++folders}-`));

const fonts = loadCardFonts(projectRoot);
// `discovery` was renamed from `user-research`: its former address keeps a card too.
const ladder = ladderFrom(edit('themes/discovery.md', 'summary:', 'aliases: [user-research]\nsummary:'));
const planned = [
  ...siteCards([ladder], { fonts, template: drawingSource(projectRoot), publicDir: join(work, 'public') }),
];

/** Fresh build counters. */
const freshStats = (): CardStats => ({
  rendered: 0,
  fromCache: 0,
  renderMs: 0,
  missing: [],
  keys: new Set(),
});

/** A drawing function that draws in this thread and counts its calls. */
function countingDraw(): DrawCard & { calls: number } {
  const draw = Object.assign(
    async (card: CardData) => {
      draw.calls++;
      return { png: (await renderCard(card, fonts)).png, ms: 1 };
    },
    { calls: 0 },
  );
  return draw;
}

/**
 * Writes `cards` into the site folder `out` as a build does: drawing those `cache` lacks,
 * with a counting drawing, from the moment they are planned. Returns the drawing and the counts.
 */
async function buildCards(cards: readonly PlannedCard[], out: string, cache: CardCache) {
  const draw = countingDraw();
  const stats = freshStats();
  await writeSiteCards(cards, out, {
    cache,
    draw,
    drawings: (await startDrawing(cards, cache, draw)).drawings,
    stats,
  });
  return { draw, stats };
}

describe('the share cards of a site', () => {
  it('plans one card per page and per former address, at the paths the pages name', () => {
    const redirects = redirectRoutes(ladder);
    expect(redirects.length).toBeGreaterThan(0);
    expect(planned.map((card) => card.file).sort()).toEqual(
      [...pageRoutes(ladder), ...redirects].map((route) => `cards/${cardParam(route)}.png`).sort(),
    );
    // A former address shows the card of the page it leads to.
    const former = planned.find((card) => card.path === redirects[0].path);
    const current = planned.find((card) => card.path === redirects[0].to.path);
    expect(former?.key).toBe(current?.key);
  });

  it('starts drawing the first card as soon as it is planned, and hears drawings end while it plans the rest', async () => {
    // Planning a card chooses its fonts once: counting that counts the cards planned.
    let plannedSoFar = 0;
    const counting = {
      ...fonts,
      forText: (text: string, locale: string) => {
        plannedSoFar++;
        return fonts.forText(text, locale);
      },
    };
    const plannedWhenDrawn: number[] = [];
    const plannedWhenDone: number[] = [];
    const draw: DrawCard = (card) => {
      plannedWhenDrawn.push(plannedSoFar);
      // Answered on a later turn of the event loop, as a worker's message is.
      return new Promise((resolve) =>
        setImmediate(() => {
          plannedWhenDone.push(plannedSoFar);
          resolve({ png: Buffer.from(card.title), ms: 1 });
        }),
      );
    };
    const options = {
      fonts: counting,
      template: drawingSource(projectRoot),
      publicDir: join(work, 'public'),
    };
    const result = await startDrawing(siteCards([ladder], options), noCardCache, draw);
    expect(result.planned.map((card) => card.key)).toEqual(planned.map((card) => card.key));
    expect(plannedWhenDrawn[0]).toBe(1);
    expect(plannedWhenDone[0]).toBeLessThan(planned.length);
    // Each card drawn once, whatever the number of files that show it (a former address).
    const keys = new Set(planned.map((card) => card.key));
    expect(keys.size).toBeLessThan(planned.length);
    expect(result.drawings.size).toBe(keys.size);
    expect(plannedWhenDrawn).toHaveLength(keys.size);
  });

  it('draws each missing card once, writes every file, and takes them all from the cache next time', async () => {
    const cacheDir = folder();
    const out = folder();
    const { draw, stats: first } = await buildCards(planned, out, diskCardCache(cacheDir));
    const keys = new Set(planned.map((card) => card.key));
    expect(draw.calls).toBe(keys.size);
    expect(first).toMatchObject({ rendered: planned.length, fromCache: 0 });
    for (const card of planned) {
      const png = readFileSync(join(out, card.file));
      expect(isPng(png) && pngSize(png), card.file).toEqual({ width: 1200, height: 630 });
    }

    const next = folder();
    const { draw: again, stats: second } = await buildCards(planned, next, diskCardCache(cacheDir));
    expect(again.calls).toBe(0);
    expect(second).toMatchObject({ rendered: 0, fromCache: planned.length });
    expect(second.keys).toEqual(keys);
    for (const card of planned) {
      expect(readFileSync(join(next, card.file)).equals(readFileSync(join(out, card.file))), card.file).toBe(
        true,
      );
    }
  });

  it('draws again a cached card whose file was damaged, instead of publishing it', async () => {
    const cacheDir = folder();
    const some = planned.slice(0, 3);
    await buildCards(some, folder(), diskCardCache(cacheDir));
    const damaged = readdirSync(cacheDir).find((name) => name.startsWith(some[0].key));
    if (!damaged) throw new Error('the first card was not cached');
    writeFileSync(join(cacheDir, damaged), readFileSync(join(cacheDir, damaged)).subarray(0, 100));

    const out = folder();
    const { draw, stats } = await buildCards(some, out, diskCardCache(cacheDir));
    expect(draw.calls).toBe(1);
    expect(stats).toMatchObject({ rendered: 1, fromCache: 2 });
    expect(pngSize(readFileSync(join(out, some[0].file)))).toEqual({ width: 1200, height: 630 });
  });

  it('puts each card in the site as a link to its cache entry, on a first build and on a rebuild', async () => {
    const cacheDir = folder();
    const some = planned.slice(0, 4);
    /** The inode of the cache entry of `card`, and of its file in the site `out`. */
    const inodes = (card: PlannedCard, out: string) => {
      const entry = readdirSync(cacheDir).find((name) => name.startsWith(card.key));
      if (!entry) throw new Error(`${card.file} was not cached`);
      return [statSync(join(cacheDir, entry)).ino, statSync(join(out, card.file)).ino];
    };
    for (const run of ['first', 'rebuild']) {
      const out = folder();
      const { draw } = await buildCards(some, out, diskCardCache(cacheDir));
      expect(draw.calls, run).toBe(run === 'first' ? some.length : 0);
      for (const card of some) {
        const [entry, site] = inodes(card, out);
        expect(site, `${run}: ${card.file}`).toBe(entry);
        expect(pngSize(readFileSync(join(out, card.file)))).toEqual({ width: 1200, height: 630 });
      }
    }
  });

  it('writes the bytes of every card when the cache cannot link into the site, and tries once', async () => {
    const cacheDir = folder();
    const some = planned.slice(0, 6);
    let attempts = 0;
    // As when the cache and the site are on two file systems.
    const refuse = async () => {
      attempts++;
      throw Object.assign(new Error('EXDEV: cross-device link not permitted'), { code: 'EXDEV' });
    };
    for (const run of ['first', 'rebuild']) {
      attempts = 0;
      const out = folder();
      await buildCards(some, out, diskCardCache(cacheDir, undefined, refuse));
      expect(attempts, run).toBe(1);
      for (const card of some) {
        expect(statSync(join(out, card.file)).nlink, `${run}: ${card.file}`).toBe(1);
        expect(pngSize(readFileSync(join(out, card.file)))).toEqual({ width: 1200, height: 630 });
      }
    }
  });

  it('draws again a card changed in the site after a build, which changed its cache entry too', async () => {
    const cacheDir = folder();
    const some = planned.slice(0, 2);
    const first = folder();
    await buildCards(some, first, diskCardCache(cacheDir));
    // A tool that rewrites images in place, after the build.
    writeFileSync(join(first, some[0].file), 'not a picture any more');

    const out = folder();
    const { draw } = await buildCards(some, out, diskCardCache(cacheDir));
    expect(draw.calls).toBe(1);
    expect(pngSize(readFileSync(join(out, some[0].file)))).toEqual({ width: 1200, height: 630 });
  });

  it('fails naming the page when a card cannot be drawn, and when it cannot be written', async () => {
    const broken: DrawCard = async () => {
      throw new Error('satori ran out of patience');
    };
    const one: PlannedCard[] = [planned[0]];
    const attempt = (outDir: string, draw: DrawCard) =>
      writeSiteCards(one, outDir, { cache: noCardCache, draw, drawings: new Map(), stats: freshStats() });
    await expect(attempt(folder(), broken)).rejects.toThrow(
      `The share card of ${one[0].path} could not be drawn: satori ran out of patience`,
    );
    // A file where the cards folder should be: nothing can be written under it.
    const out = folder();
    writeFileSync(join(out, 'cards'), 'in the way');
    const failure = await attempt(out, countingDraw()).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SiteCardError);
    expect((failure as SiteCardError).message).toContain(
      `The share card of ${one[0].path} could not be written to`,
    );
    expect((failure as SiteCardError).hint).toContain('Free disk space');
  });
});

describe('the card workers', () => {
  it('draw the same bytes as drawing in this thread', async () => {
    const pool = drawPool(projectRoot, 2);
    try {
      const cards = planned.slice(0, 4).map((entry) => entry.card);
      const drawn = await Promise.all(cards.map((card) => pool.draw(card)));
      for (const [index, card] of cards.entries()) {
        expect(drawn[index].png.equals((await renderCard(card, fonts)).png)).toBe(true);
      }
    } finally {
      await pool.close();
    }
  });

  it('start one worker at first and, once allowed more, another for the cards still waiting', async () => {
    const pool = drawPool(projectRoot, 1);
    try {
      const drawings = planned.slice(0, 4).map((entry) => pool.draw(entry.card));
      expect(pool.running()).toBe(1);
      pool.grow(2);
      expect(pool.running()).toBe(2);
      await Promise.all(drawings);
      // Nothing is waiting any more: growing further starts nobody.
      pool.grow(3);
      expect(pool.running()).toBe(2);
    } finally {
      await pool.close();
    }
  });

  it('fail every waiting card with the cause when a worker cannot start', async () => {
    const root = folder();
    const pool = drawPool(root, 1);
    try {
      const cards = planned.slice(0, 3).map((entry) => pool.draw(entry.card));
      for (const card of cards) await expect(card).rejects.toThrow(/draw-worker\.ts|Cannot find module/);
    } finally {
      await pool.close();
    }
    expect(existsSync(join(root, 'src'))).toBe(false);
  });
});

resetCardStats();
