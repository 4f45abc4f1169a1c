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
  tagsRowItems,
} from '../../src/cards/template.ts';
import { readLadder } from '../../src/content/pipeline.ts';
import { pageRoutes } from '../../src/ladder/routes.ts';
import { projectRoot } from '../support/build-site.ts';
import { decodePng } from '../support/png.ts';

// The real satori, counted: a region the renderer keeps is not laid out again, and an item of
// a row of tags is measured (laid out with no width) once.
const layouts = vi.hoisted(() => ({ count: 0, measured: 0 }));
vi.mock('satori', async (original) => {
  const real = (await original<typeof import('satori')>()).default;
  return {
    default: (...args: Parameters<typeof real>) => {
      if ('width' in args[1]) layouts.count++;
      else layouts.measured++;
      return real(...args);
    },
  };
});

const { drawableCard, forgetDrawnParts, maxDrawnBytes, renderCard, tagsRowWidths } = await import(
  '../../src/cards/render.ts'
);

/** The tags of `card` that none of the `earlier` cards shows. */
const newTags = (card: CardData, ...earlier: CardData[]) =>
  card.tags.filter((tag) => !earlier.some((other) => other.tags.includes(tag)));

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
  const svg = await satori(cardTemplate(drawn, await tagsRowWidths(drawn, faces)) as never, {
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
    const firstCard = comparisonCard('product-manager', 'senior-pm');
    const nextCard = comparisonCard('product-manager', 'lead-pm');
    // From nothing: the tests before drew tags these cards show.
    forgetDrawnParts();
    const first = await renderCard(firstCard, fonts);
    layouts.count = 0;
    layouts.measured = 0;
    const next = await renderCard(nextCard, fonts);
    // The header, the first level's box, the arrow, the label of the tags and the tags the
    // first card showed were drawn for it: only the higher level's box and the step in pay are
    // laid out again, and the other tags once each, to measure them, which draws them too.
    expect(layouts.count).toBe(2);
    expect(layouts.measured).toBe(newTags(nextCard, firstCard).length);
    layouts.count = 0;
    layouts.measured = 0;
    const again = await renderCard(firstCard, fonts);
    // Only the region that belongs to that pair alone is drawn again: it is not kept.
    expect(layouts.count).toBe(1);
    expect(layouts.measured).toBe(0);
    expect(again.png.equals(first.png)).toBe(true);
    expect(next.png.equals(first.png)).toBe(false);
  });

  it('puts the level compared from where reading starts: on the left, or on the right in a right-to-left language', () => {
    const card = comparisonCard('senior-pm', 'principal-pm');
    const xOf = (data: CardData, code: string) =>
      data.pair &&
      comparisonParts(
        data,
        data.pair,
        tagsRowItems(data).map(() => 100),
      ).find((part) => JSON.stringify(part.tree).includes(`"${code}"`))?.x;
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
    /** The theme's card under a company name of its own: its header is kept, and no other card shows it. */
    const named = (index: number): CardData => ({ ...theme, organisation: `Company ${index}` });
    const [header] = cardParts(theme, await tagsRowWidths(theme, drawableCard(theme, fonts).faces));
    const headersKept = Math.floor(maxDrawnBytes / (header.width * header.height * 3));
    await renderCard(named(0), fonts);
    for (let index = 1; index < headersKept - 2; index++) await renderCard(named(index), fonts);
    layouts.count = 0;
    await renderCard(named(0), fonts);
    // Fewer headers than fit were drawn since: only its own text is laid out again.
    expect(layouts.count).toBe(1);
    for (let index = 1; index <= headersKept; index++) await renderCard(named(1000 + index), fonts);
    layouts.count = 0;
    await renderCard(named(0), fonts);
    // More headers than fit were drawn since: its header was let go, and is laid out again.
    expect(layouts.count).toBe(2);
  });

  it('shows the tags that fit on one line after their label, and leaves the others out', async () => {
    const theme = pageCard('/themes/empathy/');
    const crowded = { ...theme, tags: Array.from({ length: 8 }, (_, i) => `Cross-team leadership ${i + 1}`) };
    const widths = await tagsRowWidths(crowded, drawableCard(crowded, fonts).faces);
    const parts = cardParts(crowded, widths);
    const row = parts.filter((part) => part.y === parts[parts.length - 1].y);
    // The label and some of the tags, the last one within the text column, the next one not.
    expect(row.length).toBeGreaterThan(2);
    expect(row.length).toBeLessThan(1 + crowded.tags.length);
    const end = Math.max(...row.map((part) => part.x + part.width));
    expect(end).toBeLessThanOrEqual(cardSize.width - 72);
    expect(end + 12 + widths[row.length]).toBeGreaterThan(cardSize.width - 72);
    // Each item as wide as it was measured, none overlapping the one before.
    expect(row.map((part) => part.width)).toEqual(widths.slice(0, row.length));
    for (const [index, part] of row.slice(1).entries()) {
      expect(part.x).toBeGreaterThan(row[index].x + row[index].width);
    }
  });

  it('cuts a label longer than the line at the edge of the text, with no tag after it', async () => {
    const theme = pageCard('/themes/empathy/');
    const long = {
      ...theme,
      tagsLabel:
        'Tracks where this theme is part of what each of their levels is expected to show, from the first to the last',
    };
    const parts = cardParts(long, await tagsRowWidths(long, drawableCard(long, fonts).faces));
    const row = parts.filter((part) => part.rowItem !== undefined);
    expect(row.map(({ x, width }) => ({ x, width }))).toEqual([{ x: 72, width: cardSize.width - 2 * 72 }]);
    // Drawn at the width of the line, not at the width it was measured at: from nothing, so the
    // card measures the label, and draws it, itself.
    forgetDrawnParts();
    const { differing } = await composedAgainstWhole(long);
    expect(differing).toBeLessThan(100);
  });

  it('fits the rank bars of a track of any length beside the header, the tallest within it', () => {
    const level = pageCard('/product-management/senior-pm/');
    for (const count of [5, 9, 40]) {
      const ranked = { ...level, rank: { position: 3, count } };
      const parts = cardParts(
        ranked,
        tagsRowItems(ranked).map(() => 100),
      );
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
    forgetDrawnParts();
    await renderCard(pageCard('/themes/empathy/'), fonts);
    layouts.count = 0;
    await renderCard(pageCard('/themes/delivery/'), fonts);
    // The header is the one the first theme drew, and so are the tags (both themes apply to
    // the same two tracks): only the text is new.
    expect(layouts.count).toBe(1);
    const senior = pageCard('/product-management/senior-pm/');
    const lead = pageCard('/product-management/lead-pm/');
    await renderCard(senior, fonts);
    layouts.count = 0;
    layouts.measured = 0;
    await renderCard(lead, fonts);
    // A level's header leaves room for the rank bars: the levels of a track share it, and
    // only their bars and text are laid out again, and the tags no card showed before, once.
    const earlier = [pageCard('/themes/empathy/'), pageCard('/themes/delivery/'), senior];
    expect(layouts.count).toBe(2);
    expect(layouts.measured).toBe(newTags(lead, ...earlier).length);
    layouts.count = 0;
    await renderCard(pageCard('/product-management/lead-pm/'), fonts);
    // The text belongs to its page alone and is not kept (a title and summary region weighs
    // 1.2 MB): it is the one region drawn again.
    expect(layouts.count).toBe(1);
  });
});
