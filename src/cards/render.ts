// Must come first: tunes resvg's allocator before its native module loads.
import './allocator.ts';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import type { CardData } from './content.ts';
import type { CardFonts } from './fonts.ts';
import { encodeOpaquePng } from './png.ts';
import { cardSize, cardTemplate } from './template.ts';

/** A rendered card. */
export interface RenderedCard {
  /** The PNG file's bytes. */
  png: Buffer;
  /** Characters of the card's texts that no card font draws; they are left out of the image. */
  missing: string[];
}

/**
 * The card's texts without the characters the fonts cannot draw, and those characters.
 * Removed beforehand because satori would otherwise draw Inter's "no glyph" box in their
 * place; the page itself still shows them, so the card only loses an emoji or a CJK word.
 */
export function drawableCard(card: CardData, fonts: CardFonts): { card: CardData; missing: string[] } {
  const missing = new Set<string>();
  const clean = (text: string) => {
    let kept = '';
    for (const character of text.normalize('NFC')) {
      const codePoint = character.codePointAt(0) ?? 0;
      // The direction marks `Intl` puts around Arabic amounts draw nothing, and Inter has no
      // glyph for them: satori would report them as missing.
      if (/[\u200e\u200f]/.test(character)) continue;
      // Joiners and variation selectors only make sense next to the emoji they modify.
      if (fonts.covers(codePoint) || /\s/.test(character)) kept += character;
      else if (!/[\u200d\ufe0e\ufe0f]/.test(character)) missing.add(character);
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
  for (const key of ['ladder', 'eyebrow', 'code', 'tagsLabel', 'facts'] as const) {
    const value = card[key];
    if (value !== undefined) drawn[key] = clean(value);
  }
  return { card: drawn, missing: [...missing] };
}

/**
 * Renders a card to PNG with satori (layout and text to SVG paths) and resvg (SVG to pixels).
 * Pure in effect: no file, no network, no system font, no timestamp, so the same card and
 * fonts always give the same bytes. Text the fonts cannot draw (emoji, CJK) is left out and
 * reported in `missing` instead of failing the build.
 */
export async function renderCard(card: CardData, fonts: CardFonts): Promise<RenderedCard> {
  const drawable = drawableCard(card, fonts);
  const missing = new Set(drawable.missing);
  const svg = await satori(cardTemplate(drawable.card) as never, {
    ...cardSize,
    fonts: fonts.fonts,
    // Called for text no font covers. Never fetch a font: record what is missing and draw nothing.
    loadAdditionalAsset: async (_language: string, segment: string) => {
      missing.add(segment);
      return [];
    },
  });
  const image = new Resvg(svg, {
    fitTo: { mode: 'width', value: cardSize.width },
    font: { loadSystemFonts: false },
  }).render();
  return { png: encodeOpaquePng(image.pixels, image.width, image.height), missing: [...missing] };
}
