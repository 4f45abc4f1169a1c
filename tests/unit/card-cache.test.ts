import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cachedCardFault, diskCardCache } from '../../src/cards/cache.ts';
import type { CardData } from '../../src/cards/content.ts';
import { loadCardFonts } from '../../src/cards/fonts.ts';
import { drawingSource, renderCardCached } from '../../src/cards/generate.ts';
import { projectRoot } from '../support/build-site.ts';

const work = mkdtempSync(join(tmpdir(), 'echelon-card-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const fonts = loadCardFonts(projectRoot);
const template = drawingSource(projectRoot);

const card: CardData = {
  locale: 'en',
  organisation: 'Acme',
  ladder: 'Product ladder',
  brand: '#1f4fbf',
  eyebrow: 'Product management · Level 2 of 5',
  code: 'P2',
  title: 'Senior product manager',
  summary: 'Owns a product area across squads.',
  tags: ['Discovery', 'Empathy'],
};

/** Width and height written in a PNG's header. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

/** Draws the card into a fresh cache folder and returns the folder and the cached file. */
async function cachedOnce(name: string) {
  const dir = join(work, name);
  const first = await renderCardCached(card, { fonts, template, cache: diskCardCache(dir) });
  const [file] = readdirSync(dir);
  return { dir, file: join(dir, file), first };
}

describe('the card cache on disk', () => {
  it('names each card by its key and the digest of its bytes, and serves it again', async () => {
    const { dir, file, first } = await cachedOnce('sound');
    expect(file).toMatch(new RegExp(`${first.key}\\.[0-9a-f]{32}\\.png$`));
    const again = await renderCardCached(card, { fonts, template, cache: diskCardCache(dir) });
    expect(again.fromCache).toBe(true);
    expect(again.png.equals(first.png)).toBe(true);
  });

  it.each([
    ['truncated', (png: Buffer) => png.subarray(0, png.length / 2)],
    ['emptied', () => Buffer.alloc(0)],
    [
      'overwritten with other bytes of the same length',
      (png: Buffer) => {
        const damaged = Buffer.from(png);
        damaged[damaged.length - 20] ^= 0xff;
        return damaged;
      },
    ],
  ])(
    'draws a card again when its cached file was %s, and never serves the damaged one',
    async (name, damage) => {
      const { dir, file, first } = await cachedOnce(`damaged-${name.split(' ')[0]}`);
      writeFileSync(file, damage(readFileSync(file)));
      const again = await renderCardCached(card, { fonts, template, cache: diskCardCache(dir) });
      expect(again.fromCache).toBe(false);
      expect(again.png.equals(first.png)).toBe(true);
      expect(pngSize(again.png)).toEqual({ width: 1200, height: 630 });
      // The damaged file is replaced by a sound one, served by the next build.
      const third = await renderCardCached(card, { fonts, template, cache: diskCardCache(dir) });
      expect(third.fromCache).toBe(true);
      expect(readdirSync(dir)).toHaveLength(1);
    },
  );

  it('refuses a PNG of the wrong size even when its digest matches', async () => {
    const { first } = await cachedOnce('size');
    const small = Buffer.from(first.png);
    small.writeUInt32BE(600, 16);
    const { createHash } = await import('node:crypto');
    const digest = createHash('sha256').update(small).digest('hex').slice(0, 32);
    expect(cachedCardFault(small, digest)).toBe('is 600 by 630 pixels, not 1200 by 630');
    expect(cachedCardFault(Buffer.from('GIF89a'), digest)).toBe('is not a PNG');
    expect(cachedCardFault(first.png, '0'.repeat(32))).toBe('does not match the digest in its name');
  });

  it('reports a folder it cannot write once and goes on drawing cards without it', async () => {
    // A file where the folder should be: no permission trick, so it fails even for root.
    const blocker = join(work, 'not-a-folder');
    writeFileSync(blocker, 'in the way');
    const causes: string[] = [];
    const cache = diskCardCache(join(blocker, 'cards'), (cause) => causes.push(cause));
    const first = await renderCardCached(card, { fonts, template, cache });
    const second = await renderCardCached({ ...card, code: 'P3' }, { fonts, template, cache });
    expect(pngSize(first.png)).toEqual({ width: 1200, height: 630 });
    expect(pngSize(second.png)).toEqual({ width: 1200, height: 630 });
    expect(causes).toHaveLength(1);
    expect(causes[0]).toMatch(/ENOTDIR|EEXIST/);
  });
});
