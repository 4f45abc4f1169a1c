import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, join, relative, resolve, sep } from 'node:path';
import type { Ladder } from '../ladder/model.ts';
import type { PageRoute } from '../ladder/routes.ts';
import { type CardCache, cardCacheKey, diskCardCache, noCardCache } from './cache.ts';
import { type CardData, cardContent } from './content.ts';
import { type CardFonts, loadCardFonts } from './fonts.ts';
import { moduleGraph } from './module-graph.ts';
import { drawableCard, renderCard } from './render.ts';
import { cardStats, type MissingCharacters } from './stats.ts';

/** A card, drawn now or taken from the cache. */
export interface GeneratedCard {
  png: Buffer;
  /** True when the PNG came from the cache and nothing was drawn. */
  fromCache: boolean;
  /** Characters left out of the card because no card font draws them. */
  missing: string[];
  /** npm packages that would draw some of the missing characters. */
  packages: string[];
  /** The card's cache key. */
  key: string;
}

/**
 * Where card drawing starts: `render.ts` turns card data and fonts into a PNG, and `fonts.ts`
 * decides which faces it gets (their names and weights; the font bytes have their own digest).
 * `content.ts` is not an entry: what it decides is already in the card data, hashed on its own.
 */
const drawingEntries = ['src/cards/render.ts', 'src/cards/fonts.ts'];

/**
 * Every module whose code decides a card's pixels, relative to `root` with forward slashes:
 * the entries and every module they load, directly or not, found by following their imports
 * (see `moduleGraph`). Generated rather than listed by hand, so a module the renderer starts
 * importing is in the cache key without anyone remembering to add it. Every import that runs
 * code counts, even one imported only for a side effect: judging modules one by one is
 * how the hand-kept list went stale, and a needless redraw costs less than a stale card.
 */
export function drawingModules(root: string): string[] {
  return moduleGraph(drawingEntries.map((entry) => join(root, entry))).map((file) =>
    relative(root, file).split(sep).join('/'),
  );
}

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

/**
 * A fingerprint of the code that draws cards, read from the project at `root`: the sha256 of
 * every drawing module's bytes, and the versions of satori, resvg, the font package and zlib.
 * A change to any of them changes every card's cache key. Read from disk rather than from
 * `import.meta.url`, because in a build this code runs from a bundle.
 */
export function drawingSource(root: string): string {
  const require = createRequire(join(root, 'package.json'));
  const version = (name: string) => (require(`${name}/package.json`) as { version: string }).version;
  return [
    ...drawingModules(root).map((file) => `${file} ${sha256(readFileSync(join(root, file)))}`),
    `satori ${version('satori')}`,
    `@resvg/resvg-js ${version('@resvg/resvg-js')}`,
    `@fontsource/inter ${version('@fontsource/inter')}`,
    `zlib ${process.versions.zlib}`,
  ].join('\n');
}

const imageTypes: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
};

/**
 * The logo named in the settings, as a `data:` URI satori can draw, or undefined when the
 * file is missing, unreadable, outside `public/` or not an image: cards are then drawn without
 * a logo rather than failing the build.
 */
export function readLogo(publicDir: string, name: string): string | undefined {
  const file = resolve(publicDir, name.replace(/^\/+/, ''));
  const type = imageTypes[extname(file).toLowerCase()];
  if (!type || relative(publicDir, file).startsWith('..')) return undefined;
  try {
    return `data:${type};base64,${readFileSync(file).toString('base64')}`;
  } catch {
    return undefined;
  }
}

/**
 * The settings' logo of a ladder as `readLogo` gives it, each file read once for all the
 * ladders (one per locale) that name it.
 */
export function logoReader(publicDir: string): (ladder: Ladder) => string | undefined {
  const logos = new Map<string, string | undefined>();
  return (ladder) => {
    const name = ladder.settings.organisation.logo;
    if (!name) return undefined;
    if (!logos.has(name)) logos.set(name, readLogo(publicDir, name));
    return logos.get(name);
  };
}

/**
 * Returns a card's PNG from the cache when its key is there, else draws it and stores it.
 * The key covers the card data, the drawing code and the font files and emoji pictures this
 * card is drawn with, so a hit is always current: installing a CJK font package changes the
 * key of exactly the cards that use it.
 */
export async function renderCardCached(
  card: CardData,
  options: { fonts: CardFonts; template: string; cache: CardCache },
): Promise<GeneratedCard> {
  const drawable = drawableCard(card, options.fonts);
  const key = cardCacheKey({ card, template: options.template, fonts: drawable.faces.digest });
  const cached = await options.cache.load(key);
  if (cached) {
    return { png: cached, fromCache: true, missing: drawable.missing, packages: drawable.packages, key };
  }
  const rendered = await renderCard(card, options.fonts);
  options.cache.write(key, rendered.png);
  return { ...rendered, fromCache: false, key };
}

/** Where a card generator finds its inputs. */
export interface CardGeneratorOptions {
  /** Project root: the fonts and the drawing code's source are read from here. */
  root: string;
  /** Astro's `public/` folder, where the settings' logo lives. */
  publicDir: string;
  /** Folder of the card cache; empty for none (the folder cannot be written). */
  cacheDir: string;
}

/**
 * The card cache in `cacheDir`, or none when it is empty (the folder cannot be written). The
 * first failed write is kept in the build's card statistics for its one warning; the build
 * goes on uncached.
 */
export function buildCardCache(cacheDir: string): CardCache {
  return cacheDir
    ? diskCardCache(cacheDir, (cause) => {
        cardStats().cacheUnwritable ??= cause;
      })
    : noCardCache;
}

/**
 * Sets up card generation card by card, as the dev server draws cards on request: fonts,
 * drawing source and logo are read once, then each call draws (or takes from the cache) the
 * card of one route, and tells `onMissing` of the characters it leaves out. A build plans and
 * writes all its cards at once instead, and counts them (`site.ts`).
 */
export function cardGenerator(options: CardGeneratorOptions, onMissing: (card: MissingCharacters) => void) {
  const fonts = loadCardFonts(options.root);
  const template = drawingSource(options.root);
  const cache = buildCardCache(options.cacheDir);
  const logoOf = logoReader(options.publicDir);
  return async (route: PageRoute, ladder: Ladder): Promise<GeneratedCard> => {
    const card = cardContent(route, ladder, { logo: logoOf(ladder) });
    const result = await renderCardCached(card, { fonts, template, cache });
    if (result.missing.length) {
      onMissing({ path: route.path, characters: result.missing, packages: result.packages });
    }
    return result;
  };
}
