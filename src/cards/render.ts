import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import type { CardData } from './content.ts';
import type { CardFaces, CardFonts } from './fonts.ts';
import { encodeOpaquePng } from './png.ts';
import { cardSize, cardTemplate } from './template.ts';

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
  const texts = [card.organisation, card.title, card.summary, ...card.tags]
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
  return { card: drawn, missing: [...missing], packages: [...packages].sort(), faces };
}

/**
 * Renders a card to PNG with satori (layout and text to SVG paths) and resvg (SVG to pixels).
 * Pure in effect: no network, no system font, no timestamp (files are read only from installed
 * font and emoji packages), so the same card and fonts always give the same bytes. Text nothing
 * draws is left out and reported in `missing` instead of failing the build.
 */
export async function renderCard(card: CardData, fonts: CardFonts): Promise<RenderedCard> {
  const drawable = drawableCard(card, fonts);
  const missing = new Set(drawable.missing);
  const { images } = drawable.faces;
  const svg = await satori(cardTemplate(drawable.card) as never, {
    ...cardSize,
    fonts: drawable.faces.fonts,
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
  const image = new Resvg(svg, {
    fitTo: { mode: 'width', value: cardSize.width },
    font: { loadSystemFonts: false },
  }).render();
  return {
    png: encodeOpaquePng(image.pixels, image.width, image.height),
    missing: [...missing],
    packages: drawable.packages,
  };
}
