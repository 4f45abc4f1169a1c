import { createHash } from 'node:crypto';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import type { CardData, CardLevel } from './content.ts';
import type { CardFaces, CardFonts } from './fonts.ts';
import {
  type CompressedBand,
  compressBand,
  encodePlacedImages,
  type RgbaImage,
  type RgbImage,
  toRgb,
} from './png.ts';
import { type CardElement, type CardPart, cardParts, cardSize, tagsRowItems } from './template.ts';

/** A rendered card. */
export interface RenderedCard {
  /** The PNG file's bytes. */
  png: Buffer;
  /** Characters of the card's texts that no card font draws; they are left out of the image. */
  missing: string[];
  /** npm packages that would draw some of the missing characters, such as `@fontsource/noto-sans-jp`. */
  packages: string[];
}

/** A card as it can be drawn: its texts without what nothing draws, and what draws the rest. */
export interface DrawableCard {
  /** The card with the characters nothing draws taken out of its texts. */
  card: CardData;
  /** The characters taken out. */
  missing: string[];
  /** npm packages that would draw some of them, when installed. */
  packages: string[];
  /** The fonts and emoji pictures the card is drawn with; their digest is part of its cache key. */
  faces: CardFaces;
}

/** Keys of the card's text fields that are optional, drawn when present. */
const optionalTexts = ['ladder', 'eyebrow', 'code', 'tagsLabel', 'facts'] as const;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * The card's texts without the characters the fonts cannot draw, and those characters.
 * Removed beforehand because satori would otherwise draw Inter's "no glyph" box in their
 * place; the page itself still shows them, so the card only loses a rare emoji, a Hebrew word
 * or a CJK word whose font package is not installed.
 */
export function drawableCard(card: CardData, fonts: CardFonts): DrawableCard {
  const pairTexts = card.pair ? [card.pair.from, card.pair.to].flatMap((level) => Object.values(level)) : [];
  const texts = [card.organisation, card.title, card.summary, ...card.tags, ...pairTexts]
    .concat(optionalTexts.map((key) => card[key] ?? ''))
    .map((text) => text.normalize('NFC'));
  const faces = fonts.forText(texts.join('\n'), card.locale);
  const missing = new Set<string>();
  const packages = new Set<string>();
  const clean = (text: string) => {
    let kept = '';
    for (const { segment: grapheme } of graphemes.segment(text.normalize('NFC'))) {
      if (faces.images[grapheme] || /^\s+$/.test(grapheme)) {
        kept += grapheme;
        continue;
      }
      for (const character of grapheme) {
        const codePoint = character.codePointAt(0) ?? 0;
        // The direction marks `Intl` puts around Arabic amounts draw nothing, and Inter has no
        // glyph for them: satori would report them as missing.
        if (/[\u200e\u200f]/.test(character)) continue;
        // Joiners and variation selectors only make sense next to the emoji they modify.
        if (faces.covers(codePoint)) kept += character;
        else if (!/[\u200d\ufe0e\ufe0f]/.test(character)) {
          missing.add(character);
          const wanted = faces.packages.get(grapheme);
          if (wanted) packages.add(wanted);
        }
      }
    }
    return kept.replace(/\s{2,}/g, ' ').trim();
  };
  const drawn: CardData = {
    ...card,
    organisation: clean(card.organisation),
    title: clean(card.title),
    summary: clean(card.summary),
    tags: card.tags.map(clean).filter(Boolean),
  };
  for (const key of optionalTexts) {
    const value = card[key];
    if (value !== undefined) drawn[key] = clean(value);
  }
  if (card.pair) {
    const cleanLevel = ({ code, title, track }: CardLevel): CardLevel => ({
      code: clean(code),
      title: clean(title),
      ...(track === undefined ? {} : { track: clean(track) }),
    });
    drawn.pair = { from: cleanLevel(card.pair.from), to: cleanLevel(card.pair.to) };
  }
  return { card: drawn, missing: [...missing], packages: [...packages].sort(), faces };
}

/** What satori needs besides a tree: the faces, emoji pictures, and where to note what is missing. */
interface DrawingContext {
  faces: CardFaces;
  missing: Set<string>;
}

/**
 * Lays an element tree out with satori, `height` pixels tall and `width` wide, or as wide as
 * its content when `width` is left out, and returns the SVG.
 */
function layOut(
  tree: CardElement,
  { width, height }: { width?: number; height: number },
  { faces, missing }: DrawingContext,
): Promise<string> {
  const { images } = faces;
  return satori(tree as never, {
    ...(width === undefined ? {} : { width }),
    height,
    fonts: faces.fonts,
    // Emoji are drawn as their SVG pictures, sized and placed like a glyph of the text.
    graphemeImages: images,
    // Called for text no font covers, emoji included. Never fetch anything: hand over the
    // emoji pictures already read, and record anything else as missing.
    loadAdditionalAsset: async (_language: string, segment: string) => {
      if (images[segment]) return images[segment];
      missing.add(segment);
      return [];
    },
  });
}

/** Opaque RGBA pixels of an SVG, drawn by resvg. */
const pixelsOf = (svg: string): Uint8Array =>
  new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels;

/** Draws an element tree of `width` × `height` to opaque RGBA pixels, with satori and resvg. */
async function drawTree(
  tree: CardElement,
  width: number,
  height: number,
  context: DrawingContext,
): Promise<Uint8Array> {
  return pixelsOf(await layOut(tree, { width, height }, context));
}

/** A region as drawn: its pixels, what it left out, and its rows compressed once it topped a card. */
interface DrawnPart {
  /** RGB when the region is kept for later cards; RGBA, as drawn, when it is the card's own. */
  image: RgbImage | RgbaImage;
  missing: string[];
  band?: CompressedBand;
}

/**
 * Regions of cards drawn lately, by what they show (their tree, size and fonts). A ladder's
 * header recurs on all its cards, a level's box on many comparisons, drawn one after the other
 * in a build, and a theme's tag on cards all over the ladder. Kept within `maxDrawnBytes`: a
 * header is 0.5 to 0.8 MB, a level box 0.3 MB, a tag 30 KB.
 */
const drawnParts = new Map<string, DrawnPart>();

/** Bytes of pixels the regions kept in `drawnParts` may hold: a few dozen headers and boxes, in each drawing thread. */
export const maxDrawnBytes = 32 * 1024 * 1024;

/** Bytes of pixels held in `drawnParts`. */
let drawnBytes = 0;

/** Bytes of pixels of a region as kept. */
const bytesOf = ({ image }: DrawnPart) => ('rgb' in image ? image.rgb : image.rgba).byteLength;

/**
 * Widths of the items of rows of tags, by what they show and with which fonts: measured once,
 * they are the same on every card. Numbers, so kept without a limit but the number of tags.
 */
const itemWidths = new Map<string, number>();

/**
 * Forgets the regions drawn so far, so the next card is drawn from nothing: for the
 * benchmark, which times what a card costs to draw on its own.
 */
export function forgetDrawnParts(): void {
  drawnParts.clear();
  drawnBytes = 0;
  itemWidths.clear();
}

/** What a tree shows, with which fonts, at which size: the key of what is kept of it. */
const treeKey = (tree: CardElement, faces: CardFaces, size: string) =>
  createHash('sha256')
    .update(`${faces.digest}\n${size}\n${JSON.stringify(tree)}`)
    .digest('hex');

/** An item of a row of tags as measured: its width, and its drawing when it was drawn to measure it. */
interface MeasuredItem {
  /** In whole pixels. */
  width: number;
  /** The item drawn at that width, the first time it is measured. */
  drawn?: DrawnPart;
}

/**
 * An element laid out as narrow as its content allows (satori sizes the drawing to it when
 * given no width), and drawn so: its width in whole pixels, and the drawing, which is the
 * region that shows the item at that width. Widths are kept (`itemWidths`); the drawing is
 * for the caller to keep.
 */
async function measureItem(
  tree: CardElement,
  height: number,
  context: DrawingContext,
): Promise<MeasuredItem> {
  const key = treeKey(tree, context.faces, `auto x${height}`);
  const known = itemWidths.get(key);
  if (known !== undefined) return { width: known };
  const missing = new Set<string>();
  const svg = await layOut(tree, { height }, { ...context, missing });
  const laidOut = Number(/^<svg width="([\d.]+)"/.exec(svg)?.[1]);
  if (!(laidOut > 0)) throw new Error(`satori gave no width to ${JSON.stringify(tree)}`);
  const width = Math.ceil(laidOut);
  itemWidths.set(key, width);
  // Laid out on whole pixels (satori's layout rounds to them), the drawing is the item's
  // region; a fraction of a pixel would leave its last column part transparent.
  if (width !== laidOut) return { width };
  const image = toRgb(pixelsOf(svg), width, height);
  return { width, drawn: { image, missing: [...missing] } };
}

/** The items of a card's row of tags (`tagsRowItems`), measured in their order. */
async function measureTagsRow(card: CardData, context: DrawingContext): Promise<MeasuredItem[]> {
  const measured: MeasuredItem[] = [];
  for (const item of tagsRowItems(card)) {
    measured.push(await measureItem(item, Number(item.props.style?.height), context));
  }
  return measured;
}

/**
 * Widths of the items of a card's row of tags (`tagsRowItems`), in their order, as `cardParts`
 * takes them: a card drawable with `faces` (see `drawableCard`).
 */
export async function tagsRowWidths(card: CardData, faces: CardFaces): Promise<number[]> {
  const measured = await measureTagsRow(card, { faces, missing: new Set() });
  return measured.map((item) => item.width);
}

/**
 * A region as drawn, from `drawnParts` or drawn now and kept there (unless it is the card's
 * `own`); `drawing`, when given, is the region already drawn, to keep rather than draw again.
 */
async function drawPart(part: CardPart, context: DrawingContext, drawing?: DrawnPart): Promise<DrawnPart> {
  if (part.own) {
    // Converted as it is copied into the card: a copy of 1 MB less, and less memory for the
    // garbage collector to count (every 64 MB of new buffers starts a full collection).
    const rgba = await drawTree(part.tree, part.width, part.height, context);
    return { image: { width: part.width, height: part.height, rgba }, missing: [] };
  }
  const key = treeKey(part.tree, context.faces, `${part.width}x${part.height}`);
  const kept = drawnParts.get(key);
  if (kept) {
    // Most recently used last, so the oldest is the first to go.
    drawnParts.delete(key);
    drawnParts.set(key, kept);
    for (const segment of kept.missing) context.missing.add(segment);
    return kept;
  }
  let drawn = drawing;
  if (drawn?.image.width !== part.width || drawn.image.height !== part.height) {
    const missing = new Set<string>();
    const rgba = await drawTree(part.tree, part.width, part.height, { ...context, missing });
    drawn = { image: toRgb(rgba, part.width, part.height), missing: [...missing] };
  }
  for (const segment of drawn.missing) context.missing.add(segment);
  drawnParts.set(key, drawn);
  drawnBytes += bytesOf(drawn);
  // The least recently used go first, never the region just drawn.
  for (const [oldest, kept] of drawnParts) {
    if (drawnBytes <= maxDrawnBytes || oldest === key) break;
    drawnParts.delete(oldest);
    drawnBytes -= bytesOf(kept);
  }
  return drawn;
}

/**
 * Renders a card to PNG with satori (layout and text to SVG paths) and resvg (SVG to pixels).
 * Pure in effect: no network, no system font, no timestamp (files are read only from installed
 * font and emoji packages), so the same card and fonts always give the same bytes. Text nothing
 * draws is left out and reported in `missing` instead of failing the build. A card is drawn
 * region by region (`cardParts`), each region that another card showed lately taken as it was
 * drawn, then put together: the same pixels as drawing it whole.
 */
export async function renderCard(card: CardData, fonts: CardFonts): Promise<RenderedCard> {
  const drawable = drawableCard(card, fonts);
  const context: DrawingContext = { faces: drawable.faces, missing: new Set(drawable.missing) };
  const row = await measureTagsRow(drawable.card, context);
  const parts = cardParts(
    drawable.card,
    row.map((item) => item.width),
  );
  const drawn: DrawnPart[] = [];
  for (const part of parts) {
    // An item of the row of tags measured just now was drawn to be measured.
    const drawing = part.rowItem === undefined ? undefined : row[part.rowItem].drawn;
    drawn.push(await drawPart(part, context, drawing));
  }
  // A card whose first region spans its top rows, alone in them (every card but a level's,
  // whose rank bars sit beside the header), takes those rows compressed as the last card did.
  const [head, ...below] = parts;
  const headImage = drawn[0].image;
  const topBand =
    head.x === 0 &&
    head.y === 0 &&
    head.width === cardSize.width &&
    'rgb' in headImage &&
    below.every((part) => part.y >= head.height);
  if (topBand) drawn[0].band ??= compressBand(headImage);
  const placed = parts
    .map((part, index) => ({ ...drawn[index].image, x: part.x, y: part.y }))
    .slice(topBand ? 1 : 0);
  const png = encodePlacedImages(
    cardSize.width,
    cardSize.height,
    drawable.card.brand,
    placed,
    topBand ? drawn[0].band : undefined,
  );
  return {
    png,
    missing: [...context.missing],
    packages: drawable.packages,
  };
}
