import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { describe, expect, it, vi } from 'vitest';
import { type CardData, cardContent } from '../../src/cards/content.ts';
import { loadCardFonts } from '../../src/cards/fonts.ts';
import { logoReader } from '../../src/cards/generate.ts';
import {
  type CardElement,
  cardParts,
  cardSize,
  cardTemplate,
  comparisonParts,
} from '../../src/cards/template.ts';
import { readLadder } from '../../src/content/pipeline.ts';
import { pageRoutes } from '../../src/ladder/routes.ts';
import { projectRoot } from '../support/build-site.ts';
import { decodePng } from '../support/png.ts';

// The real satori, counted: a region the renderer keeps is not laid out again.
const layouts = vi.hoisted(() => ({ count: 0 }));
vi.mock('satori', async (original) => {
  const real = (await original<typeof import('satori')>()).default;
  return {
    default: (...args: Parameters<typeof real>) => {
      layouts.count++;
      return real(...args);
    },
  };
});

const { drawableCard, renderCard } = await import('../../src/cards/render.ts');

const fonts = loadCardFonts(projectRoot);

/** The card of the page at `path` in the sample ladder, or in the ladder in `content`, as the build makes it. */
function pageCard(path: string, locale = 'en', content = join(projectRoot, 'content')): CardData {
  const ladders = readLadder(projectRoot, content).ladders() ?? [];
  const ladder = ladders.find((l) => l.locale === locale);
  if (!ladder) throw new Error(`no ${locale} ladder`);
  const route = pageRoutes(ladder).find((r) => r.path === path);
  if (!route) throw new Error(`no page at ${path}`);
  // With the sample ladder's logo, as the build draws it: the header's picture is part of what is shared.
  return cardContent(route, ladder, { logo: logoReader(join(projectRoot, 'public'))(ladder) });
}

/** A comparison card of the sample ladder, or of the ladder in `content`, as the build makes it. */
function comparisonCard(
  from: string,
  to: string,
  locale = 'en',
  content = join(projectRoot, 'content'),
): CardData {
  const ladders = readLadder(projectRoot, content).ladders() ?? [];
  const ladder = ladders.find((l) => l.locale === locale);
  if (!ladder) throw new Error(`no ${locale} ladder`);
  const route = pageRoutes(ladder).find(
    (r) => r.kind === 'compare' && r.fromLevelId === from && r.toLevelId === to,
  );
  if (!route) throw new Error(`no comparison of ${from} with ${to}`);
  return cardContent(route, ladder);
}

/** A card drawn whole, in one satori layout and one resvg drawing, as RGBA pixels. */
async function drawnWhole(card: CardData): Promise<Uint8Array> {
  const { card: drawn, faces } = drawableCard(card, fonts);
  const svg = await satori(cardTemplate(drawn) as never, {
    ...cardSize,
    fonts: faces.fonts,
    graphemeImages: faces.images,
  });
  return new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels;
}

/**
 * How a card as `renderCard` puts it together differs from its layout drawn whole: pixels that
 * differ at all, by more than 8 levels, and the largest difference of a channel.
 */
async function composedAgainstWhole(card: CardData) {
  const composed = decodePng((await renderCard(card, fonts)).png);
  const whole = await drawnWhole(card);
  let differing = 0;
  let farOff = 0;
  let largest = 0;
  for (let i = 0; i < whole.length; i += 4) {
    const difference = Math.max(...[0, 1, 2].map((c) => Math.abs(whole[i + c] - composed.rgba[i + c])));
    if (difference > 0) differing++;
    if (difference > 8) farOff++;
    largest = Math.max(largest, difference);
  }
  return { differing, farOff, largest };
}

describe('share cards of comparison pages', () => {
  it('names both levels with their codes, and their tracks when the levels are in different tracks', () => {
    const sameTrack = comparisonCard('senior-pm', 'principal-pm');
    expect(sameTrack.pair).toEqual({
      from: { code: 'P3', title: 'Senior product manager' },
      to: { code: 'P5', title: 'Principal product manager' },
    });
    const switching = comparisonCard('senior-pm', 'head-of-product');
    expect(switching.pair).toEqual({
      from: { code: 'P3', title: 'Senior product manager', track: 'Product management' },
      to: { code: 'M2', title: 'Head of product', track: 'Product leadership' },
    });
  });

  it('draws a comparison region by region with the pixels of its layout drawn whole', async () => {
    for (const card of [
      comparisonCard('senior-pm', 'principal-pm'),
      comparisonCard('senior-pm', 'head-of-product', 'fr'),
    ]) {
      const { differing, largest } = await composedAgainstWhole(card);
      // Drawn at an offset, a rounded corner's edge can come out a few steps apart; a word
      // out of place would change thousands of pixels by far more.
      expect(largest).toBeLessThanOrEqual(8);
      expect(differing).toBeLessThan(100);
    }
  });

  it('keeps every line of a right-to-left comparison inside its region, Arabic lines being taller', async () => {
    const arabic = join(projectRoot, 'tests', 'fixtures', 'rtl ladder', 'content');
    const { farOff } = await composedAgainstWhole(
      comparisonCard('engineer', 'senior-engineer', 'ar', arabic),
    );
    // Drawn whole, a line too tall for its region shows past it, where the region drawn alone
    // cuts it off: hundreds of pixels. Arabic curves drawn at an offset differ at a few dozen.
    expect(farOff).toBeLessThan(50);
  });

  it('leaves out of the level boxes the characters no installed font draws, and reports them', async () => {
    const card = comparisonCard('senior-pm', 'principal-pm');
    // Hebrew: no card font has its letters, and no package would add them.
    const withHebrew = {
      ...card,
      pair: { ...card.pair, from: { code: 'P3', title: 'Senior product manager מוביל' } },
    };
    const drawn = await renderCard(withHebrew as CardData, fonts);
    expect(drawn.missing).toEqual(expect.arrayContaining(['מ', 'ו', 'ב', 'י', 'ל']));
    // Left out, not drawn as boxes: the card is the one without the Hebrew word.
    expect(drawn.png.equals((await renderCard(card, fonts)).png)).toBe(true);
  });

  it('draws a Japanese track name in a level box with Noto Sans JP, leaving nothing out', async () => {
    const card = comparisonCard('senior-pm', 'head-of-product');
    const japaneseTrack = {
      ...card,
      pair: {
        from: card.pair?.from,
        to: { code: 'M2', title: 'Head of product', track: 'プロダクトリーダーシップ' },
      },
    };
    const { missing } = await renderCard(japaneseTrack as CardData, fonts);
    expect(missing).toEqual([]);
  });

  it('lays out only what the last comparisons did not show, and draws the same bytes either way', async () => {
    const first = await renderCard(comparisonCard('product-manager', 'senior-pm'), fonts);
    layouts.count = 0;
    const next = await renderCard(comparisonCard('product-manager', 'lead-pm'), fonts);
    // The header, the first level's box and the arrow were drawn for the first card: only the
    // higher level's box, and the region of the step in pay and what changes most, are new.
    expect(layouts.count).toBe(2);
    layouts.count = 0;
    const again = await renderCard(comparisonCard('product-manager', 'senior-pm'), fonts);
    // Only the region that belongs to that pair alone is drawn again: it is not kept.
    expect(layouts.count).toBe(1);
    expect(again.png.equals(first.png)).toBe(true);
    expect(next.png.equals(first.png)).toBe(false);
  });

  it('puts the level compared from where reading starts: on the left, or on the right in a right-to-left language', () => {
    const card = comparisonCard('senior-pm', 'principal-pm');
    const xOf = (data: CardData, code: string) =>
      data.pair &&
      comparisonParts(data, data.pair).find((part) => JSON.stringify(part.tree).includes(`"${code}"`))?.x;
    expect(xOf(card, 'P3')).toBeLessThan(xOf(card, 'P5') ?? 0);
    const arabic = { ...card, locale: 'ar' };
    expect(xOf(arabic, 'P3')).toBeGreaterThan(xOf(arabic, 'P5') ?? 0);
  });
});

describe('share cards of the other pages, drawn region by region', () => {
  it('draws level, theme and home cards with the pixels of their layout drawn whole', async () => {
    for (const card of [
      pageCard('/product-management/senior-pm/'),
      pageCard('/fr/themes/empathy/', 'fr'),
      pageCard('/'),
    ]) {
      const { differing, farOff } = await composedAgainstWhole(card);
      // The code badge's rounded corners can come out apart at a handful of pixels.
      expect(farOff).toBeLessThan(20);
      expect(differing).toBeLessThan(100);
    }
  });

  it('keeps every line of a right-to-left level card inside its region', async () => {
    const arabic = join(projectRoot, 'tests', 'fixtures', 'rtl ladder', 'content');
    const { farOff } = await composedAgainstWhole(pageCard('/engineering/senior-engineer/', 'ar', arabic));
    expect(farOff).toBeLessThan(50);
  });

  it('keeps only the regions drawn lately, so a long build does not hold them all', async () => {
    const theme = pageCard('/themes/empathy/');
    /** The theme's card with one tag of its own: its tags region is kept, and no other card shows it. */
    const tagged = (index: number): CardData => ({ ...theme, tags: [`Tag ${index}`] });
    await renderCard(tagged(0), fonts);
    for (let index = 1; index <= 64; index++) await renderCard(tagged(index), fonts);
    layouts.count = 0;
    await renderCard(tagged(64), fonts);
    // Drawn just before: only its own text is laid out again.
    expect(layouts.count).toBe(1);
    layouts.count = 0;
    await renderCard(tagged(0), fonts);
    // 64 other regions were kept since: its tags were let go, and are laid out again.
    expect(layouts.count).toBe(2);
  });

  it('fits the rank bars of a track of any length beside the header, the tallest within it', () => {
    const level = pageCard('/product-management/senior-pm/');
    for (const count of [5, 9, 40]) {
      const parts = cardParts({ ...level, rank: { position: 3, count } });
      const [header, bars] = parts;
      const row = (bars.tree.props.children as CardElement[])[0];
      const sizes = (row.props.children as CardElement[]).map((bar) => bar.props.style ?? {});
      expect(sizes).toHaveLength(count);
      // Each bar taller than the one before, the tallest no taller than the room for them.
      expect(Math.max(...sizes.map((size) => Number(size.height)))).toBeLessThanOrEqual(bars.height);
      expect(Number(sizes[1].height)).toBeGreaterThan(Number(sizes[0].height));
      const width =
        sizes.reduce((sum, size) => sum + Number(size.width), 0) + Number(row.props.style?.gap) * (count - 1);
      expect(width).toBe(bars.width);
      // Inside the card, and clear of the company's name.
      expect(bars.x + bars.width).toBeLessThanOrEqual(cardSize.width - 72);
      expect(bars.width).toBeLessThanOrEqual(240);
      expect(bars.y + bars.height).toBeLessThanOrEqual(header.height);
    }
  });

  it('lays out the header of a ladder once for its pages, and once for the levels of a track', async () => {
    await renderCard(pageCard('/themes/empathy/'), fonts);
    layouts.count = 0;
    await renderCard(pageCard('/themes/delivery/'), fonts);
    // The header is the one the first theme drew, and so are the tags (both themes apply to
    // the same two tracks): only the text is new.
    expect(layouts.count).toBe(1);
    await renderCard(pageCard('/product-management/senior-pm/'), fonts);
    layouts.count = 0;
    await renderCard(pageCard('/product-management/lead-pm/'), fonts);
    // A level's header leaves room for the rank bars: the levels of a track share it, and
    // only their bars, text and tags are new.
    expect(layouts.count).toBe(3);
    layouts.count = 0;
    await renderCard(pageCard('/product-management/lead-pm/'), fonts);
    // The text belongs to its page alone and is not kept (a title and summary region weighs
    // 1.2 MB): it is the one region drawn again.
    expect(layouts.count).toBe(1);
  });
});
