// The share cards of a whole site, as a build writes them: every page's card, and a copy for
// each former address of a renamed page, planned as soon as the build starts so the cards
// missing from the cache are drawn while Astro renders the pages.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Ladder } from '../ladder/model.ts';
import { type PageRoute, pageRoutes, redirectRoutes } from '../ladder/routes.ts';
import { type CardCache, cardCacheKey } from './cache.ts';
import { type CardData, cardContent } from './content.ts';
import type { DrawnCard } from './draw-pool.ts';
import type { CardFonts } from './fonts.ts';
import { logoReader } from './generate.ts';
import { type CardRoute, cardParam } from './paths.ts';
import { drawableCard } from './render.ts';
import type { CardStats } from './stats.ts';

/** One card file of the site, with what it shows and its cache key. */
export interface PlannedCard {
  /** Where the file goes, relative to the output folder: `cards/<slug>.png`. */
  file: string;
  /** Path of the page the card stands for, for messages. */
  path: string;
  /** What the card shows. */
  card: CardData;
  /** The card's cache key: its content, the drawing code and the fonts it is drawn with. */
  key: string;
  /** Characters the card leaves out, and the packages that would draw them. */
  missing: string[];
  packages: string[];
}

/** What planning needs besides the ladders: the fonts, the drawing code's fingerprint, `public/`. */
export interface CardPlanOptions {
  fonts: CardFonts;
  /** Fingerprint of the drawing code (`drawingSource`). */
  template: string;
  /** Astro's `public/` folder, where the settings' logo lives. */
  publicDir: string;
}

/**
 * Every card file of the site in every locale, one after the other: one per page of
 * `pageRoutes`, and one per former address of `redirectRoutes`, showing its current page's
 * card, so a link shared before a rename keeps its picture. The same paths as the pages'
 * `og:image` (both come from `cardParam`). Planned as they are asked for: planning a card
 * can mean comparing two levels, and a build starts drawing the first cards meanwhile.
 */
export function* siteCards(ladders: readonly Ladder[], options: CardPlanOptions): Generator<PlannedCard> {
  const logoOf = logoReader(options.publicDir);
  for (const ladder of ladders) {
    const logo = logoOf(ladder);
    /** The card of page `route`, as a file at the address `at` (the page's own, or a former one). */
    const plan = (route: PageRoute, at: CardRoute = route): PlannedCard => {
      const card = cardContent(route, ladder, { logo });
      const drawable = drawableCard(card, options.fonts);
      return {
        file: `cards/${cardParam(at)}.png`,
        path: at.path,
        card,
        key: cardCacheKey({ card, template: options.template, fonts: drawable.faces.digest }),
        missing: drawable.missing,
        packages: drawable.packages,
      };
    };
    for (const route of pageRoutes(ladder)) yield plan(route);
    for (const redirect of redirectRoutes(ladder)) yield plan(redirect.to, redirect);
  }
}

/** Why a card of the site could not be drawn or written, and what to do about it. */
export class SiteCardError extends Error {
  /** What the author can do, printed under the message. */
  readonly hint: string;
  constructor(message: string, hint: string) {
    super(message);
    this.hint = hint;
  }
}

const causeOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Draws one card (in a worker thread, in a build). */
export type DrawCard = (card: CardData) => Promise<DrawnCard>;

/** Cards taken between two turns of the event loop while `startDrawing` goes through them. */
const cardsBetweenTurns = 8;

/**
 * Starts drawing each card the cache does not have, each key once, as soon as it comes out of
 * `cards`; each drawn card is stored in the cache as soon as it is done. `cards` can be
 * `siteCards`, which plans each card as it is asked for: planning a cold build's cards takes
 * about 2 s (it compares levels for what changes most), and the event loop turns every few
 * cards so that the workers' answers are heard and each worker gets its next card meanwhile.
 * Returns the cards, and the drawings by key for `writeSiteCards` to wait for. A drawing that
 * fails is reported by `writeSiteCards`, not here.
 */
export async function startDrawing(
  cards: Iterable<PlannedCard>,
  cache: CardCache,
  draw: DrawCard,
): Promise<{ planned: PlannedCard[]; drawings: Map<string, Promise<DrawnCard>> }> {
  const planned: PlannedCard[] = [];
  const drawings = new Map<string, Promise<DrawnCard>>();
  for (const entry of cards) {
    planned.push(entry);
    if (!drawings.has(entry.key) && !cache.has(entry.key)) {
      const drawing = drawAndKeep(entry.card, entry.key, cache, draw);
      // Awaited later by `writeSiteCards`; until then, a failure must not end the process.
      drawing.catch(() => {});
      drawings.set(entry.key, drawing);
    }
    if (planned.length % cardsBetweenTurns === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  return { planned, drawings };
}

/** Draws a card and stores it in the cache under its key as soon as it is drawn. */
function drawAndKeep(card: CardData, key: string, cache: CardCache, draw: DrawCard): Promise<DrawnCard> {
  return draw(card).then((drawn) => {
    cache.write(key, drawn.png);
    return drawn;
  });
}

/** Cards read, drawn or written at once: enough to keep the disk busy, few enough to hold. */
const cardsAtOnce = 16;

/** The error of a card that could not be put in the site, for the author. */
const writeError = (entry: PlannedCard, file: string, error: unknown) =>
  new SiteCardError(
    `The share card of ${entry.path} could not be written to ${file}: ${causeOf(error)}`,
    'Free disk space, or make the output folder writable, then build again.',
  );

/**
 * Writes every planned card into `outDir`: from the drawing started for it, else from the
 * cache, else (an entry that turned out damaged, or was deleted meanwhile) drawn now. A card
 * the cache holds goes in as a link to its entry (`CardCache.linkTo`), else as its bytes. Files
 * are read and written a few at a time without holding up this thread, so a build can write
 * them while it renders pages. Counts each file in `stats`, in plan order, as rendered or from
 * the cache, with the characters it leaves out. Throws a `SiteCardError`, naming the page,
 * when a card cannot be drawn or written.
 */
export async function writeSiteCards(
  planned: readonly PlannedCard[],
  outDir: string,
  options: { cache: CardCache; draw: DrawCard; drawings: Map<string, Promise<DrawnCard>>; stats: CardStats },
): Promise<void> {
  const { cache, draw, drawings, stats } = options;
  // A card shared by several files (a page and its former addresses) took one drawing.
  const timed = new Set<string>();
  const folders = new Set<string>();
  /** The card's PNG, and the drawing it came from when it was drawn in this build. */
  const cardOf = async (entry: PlannedCard): Promise<{ png: Buffer; drawn?: DrawnCard }> => {
    const cached = drawings.has(entry.key) ? undefined : await cache.load(entry.key);
    if (cached) return { png: cached };
    let drawing = drawings.get(entry.key);
    if (!drawing) {
      drawing = drawAndKeep(entry.card, entry.key, cache, draw);
      drawings.set(entry.key, drawing);
    }
    try {
      const drawn = await drawing;
      return { png: drawn.png, drawn };
    } catch (error) {
      throw new SiteCardError(
        `The share card of ${entry.path} could not be drawn: ${causeOf(error)}`,
        'Check the texts of that page for unusual characters, then build again. If it persists, report the message above.',
      );
    }
  };
  /**
   * Puts the card in the site: a link to its cache entry when there is one (drawn before, or
   * just now), else its bytes, drawn or read. Returns the drawing when it was drawn.
   */
  const placeCard = async (entry: PlannedCard): Promise<{ drawn?: DrawnCard }> => {
    const file = join(outDir, entry.file);
    try {
      const folder = dirname(file);
      if (!folders.has(folder)) {
        await mkdir(folder, { recursive: true });
        folders.add(folder);
      }
    } catch (error) {
      throw writeError(entry, file, error);
    }
    if (!drawings.has(entry.key) && (await cache.linkTo(entry.key, file))) return {};
    const card = await cardOf(entry);
    try {
      if (!(card.drawn && (await cache.linkTo(entry.key, file)))) await writeFile(file, card.png);
    } catch (error) {
      throw writeError(entry, file, error);
    }
    return card;
  };
  for (let start = 0; start < planned.length; start += cardsAtOnce) {
    const window = planned.slice(start, start + cardsAtOnce);
    const cards = await Promise.all(window.map(placeCard));
    window.forEach((entry, index) => {
      const { drawn } = cards[index];
      stats.keys.add(entry.key);
      if (drawn) {
        stats.rendered++;
        if (!timed.has(entry.key)) stats.renderMs += drawn.ms;
        timed.add(entry.key);
      } else stats.fromCache++;
      if (entry.missing.length)
        stats.missing.push({ path: entry.path, characters: entry.missing, packages: entry.packages });
    });
  }
}
