import { textDirection } from '../i18n/direction.ts';
import type { CardData, CardLevel, CardPair } from './content.ts';
import { cardFontFamily } from './fonts.ts';

/** Size of every card: the Open Graph size that Slack, LinkedIn and X show in full. */
export const cardSize = { width: 1200, height: 630 } as const;

/** A node of the tree satori draws: an element, or a run of text. */
export type CardNode = CardElement | string;

/** An element as satori reads it: the shape JSX would produce, written as plain objects. */
export interface CardElement {
  type: 'div' | 'img';
  props: {
    style?: Record<string, string | number>;
    children?: CardNode | CardNode[];
    src?: string;
    width?: number;
    height?: number;
  };
}

/** Relative luminance of a `#rrggbb` colour, as WCAG defines it. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two `#rrggbb` colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

const white = '#ffffff';
const ink = '#111418';

/**
 * Text colour for a background: white when it reaches 4.5:1 (the settings ask for a dark
 * brand colour), else near-black, so a light brand colour still gives legible cards.
 */
export function textColourOn(background: string): string {
  return contrastRatio(white, background) >= 4.5 ? white : ink;
}

/** Mixes two `#rrggbb` colours: `amount` 0 gives `a`, 1 gives `b`. */
function mix(a: string, b: string, amount: number): string {
  const channel = (hex: string, i: number) => Number.parseInt(hex.slice(i, i + 2), 16);
  return `#${[1, 3, 5]
    .map((i) => Math.round(channel(a, i) * (1 - amount) + channel(b, i) * amount))
    .map((value) => value.toString(16).padStart(2, '0'))
    .join('')}`;
}

const div = (style: Record<string, string | number>, children: CardNode | CardNode[]): CardElement => ({
  type: 'div',
  props: { style, children },
});

/** Space between the card's edges and its text, left and right. */
const sidePadding = 72;
/** Width of the text column. */
const contentWidth = cardSize.width - 2 * sidePadding;

/** Characters drawn a full em wide: CJK ideographs, kana, Hangul, full-width forms, emoji. */
const wideCharacter =
  /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}\u3000-\u303f\uff00-\uff60\p{Extended_Pictographic}\p{Regional_Indicator}]/u;

/**
 * Rough width of a text in Inter Bold: about 0.56 em per character, a full em for the wide
 * ones, which would otherwise be judged half their width and a Japanese title set too big to
 * fit. Exact enough to choose a type size or drop a tag that would not fit, without measuring
 * the text twice.
 */
const textWidth = (text: string, fontSize: number) => {
  let ems = 0;
  for (const character of text) {
    // Joiners, variation selectors and skin tones are part of the emoji before them.
    if (/[\u200d\ufe0e\ufe0f\u{1f3fb}-\u{1f3ff}]/u.test(character)) continue;
    ems += wideCharacter.test(character) ? 1 : 0.56;
  }
  return ems * fontSize;
};

/** Biggest type that keeps the title on one line, else on two; longer titles are clamped. */
function titleSize(title: string, width: number): number {
  if (textWidth(title, 80) <= width) return 80;
  if (textWidth(title, 64) <= width * 1.9) return 64;
  return 54;
}

/**
 * Which way a card reads. Satori lays text out left to right only (it has no `direction`), so
 * a right-to-left card reverses its rows and aligns its text to the right instead.
 */
interface Flow {
  /** `flexDirection` of a row: its first child sits where reading starts. */
  row: 'row' | 'row-reverse';
  /** The margin between an element and the one after it in reading order. */
  after: 'marginRight' | 'marginLeft';
  /** Alignment of text. */
  textAlign: 'left' | 'right';
}

const leftToRight: Flow = {
  row: 'row',
  after: 'marginRight',
  textAlign: 'left',
};
const rightToLeft: Flow = {
  row: 'row-reverse',
  after: 'marginLeft',
  textAlign: 'right',
};

/** Height of the rank bars' room in the header: the logo's height, and a little more. */
const rankHeight = 80;

/**
 * Sizes of a track's rank bars: 16 pixels wide with 8 between them, the first 20 pixels tall
 * and each next one 12 taller, narrower and less steep in a long track so that they fit in
 * 240 by 80 pixels whatever the number of levels.
 */
function rankGeometry(count: number) {
  const slot = count <= 10 ? 24 : Math.max(3, Math.floor(240 / count));
  const barWidth = Math.max(2, Math.round((slot * 2) / 3));
  const gap = slot - barWidth;
  const step = count > 1 ? Math.min(12, (rankHeight - 20) / (count - 1)) : 0;
  return { barWidth, gap, step, width: count * slot - gap };
}

/** Width of a level's rank bars. */
const rankWidth = (rank: NonNullable<CardData['rank']>) => rankGeometry(rank.count).width;

/**
 * The level's place in its track as a small ladder: one bar per level, solid up to this one.
 * Levels above are a solid mix of the two colours, not a transparent bar: resvg draws every
 * element with `opacity` on a layer of its own, which costs time on every card.
 */
function rankBars(
  rank: NonNullable<CardData['rank']>,
  colour: string,
  background: string,
  flow: Flow,
): CardElement {
  const faded = mix(background, colour, 0.35);
  const { barWidth, gap, step } = rankGeometry(rank.count);
  const bars = Array.from({ length: rank.count }, (_, index) =>
    div(
      {
        display: 'flex',
        width: barWidth,
        height: Math.round(20 + index * step),
        borderRadius: Math.min(4, barWidth / 2),
        backgroundColor: index < rank.position ? colour : faded,
      },
      [],
    ),
  );
  return div({ display: 'flex', flexDirection: flow.row, alignItems: 'flex-end', gap }, bars);
}

/**
 * The card's top row: the logo, and the company and ladder names. A level's rank bars are a
 * region of their own beside it. `lineHeight` sets the names' line height, left to each font
 * otherwise (Arabic lines are half as tall again as Latin ones).
 */
function headerRow(card: CardData, flow: Flow, lineHeight?: number): CardElement {
  const lines: Record<string, number> = lineHeight === undefined ? {} : { lineHeight };
  const header: CardNode[] = [];
  if (card.logo) {
    header.push(
      div(
        {
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'center',
          width: 72,
          height: 72,
          borderRadius: 16,
          backgroundColor: white,
          [flow.after]: 24,
        },
        { type: 'img', props: { src: card.logo, width: 52, height: 52, style: { objectFit: 'contain' } } },
      ),
    );
  }
  header.push(
    div({ display: 'flex', flexDirection: 'column', flexShrink: 1 }, [
      div({ display: 'block', fontSize: 34, fontWeight: 700, lineClamp: 1, ...lines }, card.organisation),
      ...(card.ladder ? [div({ display: 'block', fontSize: 28, lineClamp: 1, ...lines }, card.ladder)] : []),
    ]),
  );
  return div({ display: 'flex', flexDirection: flow.row, alignItems: 'center' }, header);
}

/** Background of the tag pills and of a comparison's level boxes: the brand colour, deepened. */
const pillBackground = (card: CardData, foreground: string) =>
  mix(card.brand, foreground === white ? '#000000' : white, 0.28);

/** Where every card's row of tags sits: 60 pixels above the bottom edge. */
const tagsPlace = { tagsTop: cardSize.height - 60 - 52, tagsHeight: 52 } as const;

/** Space after the tags' label, and between two tags. */
const tagGaps = { afterLabel: 18, betweenTags: 12 } as const;

/** Colours, font and text alignment of every region of a card, on the card's background. */
function regionStyle(card: CardData): Record<string, string | number> {
  return {
    backgroundColor: card.brand,
    color: textColourOn(card.brand),
    fontFamily: cardFontFamily,
    textAlign: flowOf(card).textAlign,
  };
}

/**
 * An item of the row of tags in a region of its own, as tall as the row and, when `width` is
 * left out, as wide as the item: laid out so, satori gives the item's width.
 */
function tagsRowItem(card: CardData, item: CardElement, width?: number): CardElement {
  return div(
    {
      display: 'flex',
      ...(width === undefined ? {} : { width }),
      height: tagsPlace.tagsHeight,
      alignItems: 'center',
      ...regionStyle(card),
    },
    [item],
  );
}

/**
 * The items of a card's row of tags, each in a region of its own width (see `tagsRowItem`):
 * the label, when there is one, then a pill for every tag, in reading order. The renderer
 * measures them (the `tagWidths` of `cardParts`) and draws each once for every card that shows
 * it: a ladder has a few dozen themes, and every card shows some of them.
 */
export function tagsRowItems(card: CardData): CardElement[] {
  const items: CardElement[] = [];
  if (card.tagsLabel) items.push(div({ display: 'flex', fontSize: 26 }, card.tagsLabel));
  // Filled pills rather than outlined ones: satori draws a rounded border with a clip path
  // per tag, which made resvg several milliseconds slower per card.
  const tagBackground = pillBackground(card, textColourOn(card.brand));
  for (const tag of card.tags) {
    items.push(
      div(
        {
          display: 'flex',
          fontSize: 26,
          fontWeight: 700,
          // Inter's own line height, set rather than left `normal`: an emoji picture in a tag
          // would otherwise make its line, and the pill, taller than its neighbours.
          lineHeight: 1.21,
          padding: '8px 18px',
          borderRadius: 999,
          backgroundColor: tagBackground,
        },
        tag,
      ),
    );
  }
  return items.map((item) => tagsRowItem(card, item));
}

/**
 * The row of tags as regions, one per item (`tagsRowItems`), placed from where reading starts
 * with the items' measured `widths`, in the same order: the label, then the tags that fit on
 * the line; the others are left out rather than drawn past the card's edge.
 */
function tagsRowParts(card: CardData, widths: readonly number[]): CardPart[] {
  const items = tagsRowItems(card);
  if (widths.length !== items.length) {
    throw new Error(`The row of tags has ${items.length} items, and ${widths.length} widths were given.`);
  }
  const rightToLeft = flowOf(card) !== leftToRight;
  const parts: CardPart[] = [];
  // How far along the line reading has gone, from the edge where it starts.
  let used = 0;
  items.forEach((item, index) => {
    const isLabel = index === 0 && card.tagsLabel !== undefined;
    // A label longer than the line is cut at its end, like any text too long for its box.
    const width = isLabel ? Math.min(widths[index], contentWidth) : widths[index];
    if (used + width > contentWidth) {
      used = contentWidth;
      return;
    }
    const x = rightToLeft ? sidePadding + contentWidth - used - width : sidePadding + used;
    parts.push({
      x,
      y: tagsPlace.tagsTop,
      width,
      height: tagsPlace.tagsHeight,
      tree: tagsRowItem(card, (item.props.children as CardElement[])[0], width),
      rowItem: index,
    });
    used += width + (isLabel ? tagGaps.afterLabel : tagGaps.betweenTags);
  });
  return parts;
}

/** The line of key facts, such as a level's pay range, in bold; `style` places it. */
const factsLine = (facts: string, style: Record<string, string | number>) =>
  div({ display: 'block', fontSize: 30, fontWeight: 700, lineClamp: 1, ...style }, facts);

/** Which way the card reads, from its language. */
const flowOf = (card: CardData): Flow => (textDirection(card.locale) === 'rtl' ? rightToLeft : leftToRight);

/** Line height of the names in a card's header, and of a comparison's facts: about Inter's own, set so that Arabic lines are no taller. */
const compactLines = 1.25;

/** Where the regions of a card other than a comparison sit: the header band, the text, the tags. */
const singleLayout = {
  /** The top padding and the header row: the rank bars' room, the logo's 72 pixels and two compact lines of names. */
  headerHeight: 56 + rankHeight,
  ...tagsPlace,
} as const;

/**
 * A function that makes a region of `card`: an element of the given size filled with the
 * card's background, in its colours, font and text alignment.
 */
function regionMaker(card: CardData) {
  const colours = regionStyle(card);
  return (width: number, height: number, style: Record<string, string | number>, children: CardNode[]) =>
    div({ display: 'flex', width, height, boxSizing: 'border-box', ...colours, ...style }, children);
}

/**
 * The regions of every card but a comparison's: the header band (logo and names), the
 * level's rank bars, the text (eyebrow, code and title, summary, facts) centred in the room
 * between header and tags, and the tags. The header band leaves room for the bars without
 * showing them, so every card of a ladder, and every level of a track, shares it: a build
 * draws it once. Every element with more than one child is `display: flex` (satori requires
 * it), and long texts are clamped rather than allowed to push the tags off the card.
 */
function singleParts(card: CardData, tagWidths: readonly number[]): CardPart[] {
  const foreground = textColourOn(card.brand);
  const flow = flowOf(card);
  const region = regionMaker(card);
  const { headerHeight, tagsTop } = singleLayout;
  const barsRoom = card.rank ? rankWidth(card.rank) + 24 : 0;
  const header = region(
    cardSize.width,
    headerHeight,
    {
      flexDirection: 'column',
      justifyContent: 'center',
      padding: `56px ${sidePadding}px 0`,
      [flow === leftToRight ? 'paddingRight' : 'paddingLeft']: sidePadding + barsRoom,
    },
    // Set line heights: the text below starts at a fixed height, whatever the script.
    [headerRow(card, flow, compactLines)],
  );

  const heading: CardNode[] = [];
  if (card.code) {
    heading.push(
      div(
        {
          display: 'flex',
          flexShrink: 0,
          padding: '4px 20px',
          [flow.after]: 28,
          borderRadius: 14,
          backgroundColor: foreground,
          color: card.brand,
          fontSize: 60,
          fontWeight: 700,
        },
        card.code,
      ),
    );
  }
  const titleWidth = contentWidth - (card.code ? textWidth(card.code, 60) + 40 + 28 : 0);
  heading.push(
    div(
      {
        display: 'block',
        fontSize: titleSize(card.title, titleWidth),
        fontWeight: 700,
        lineHeight: 1.1,
        lineClamp: 2,
      },
      card.title,
    ),
  );
  const main: CardNode[] = [];
  if (card.eyebrow)
    main.push(div({ display: 'block', fontSize: 30, lineClamp: 1, marginBottom: 14 }, card.eyebrow));
  main.push(div({ display: 'flex', flexDirection: flow.row, alignItems: 'center' }, heading));
  // A line of facts takes the room of the summary's second line, so the tags stay on the card.
  main.push(
    div(
      { display: 'block', fontSize: 34, lineHeight: 1.35, lineClamp: card.facts ? 1 : 2, marginTop: 22 },
      card.summary,
    ),
  );
  if (card.facts) main.push(factsLine(card.facts, { marginTop: 16 }));
  const textHeight = tagsTop - headerHeight;
  const text = region(contentWidth, textHeight, { flexDirection: 'column', justifyContent: 'center' }, main);

  const parts: CardPart[] = [{ x: 0, y: 0, width: cardSize.width, height: headerHeight, tree: header }];
  if (card.rank) {
    const width = rankWidth(card.rank);
    const bars = region(width, rankHeight, { alignItems: 'center' }, [
      rankBars(card.rank, foreground, card.brand, flow),
    ]);
    const x = flow === leftToRight ? cardSize.width - sidePadding - width : sidePadding;
    parts.push({ x, y: headerHeight - rankHeight, width, height: rankHeight, tree: bars });
  }
  parts.push(
    { x: sidePadding, y: headerHeight, width: contentWidth, height: textHeight, tree: text, own: true },
    ...tagsRowParts(card, tagWidths),
  );
  return parts;
}

/**
 * The regions of a card, drawn one by one and put together on its background: a build
 * draws the regions that many cards share (a ladder's header, a level's box, a tag) once.
 * `tagWidths` are the widths of the items of its row of tags (`tagsRowItems`), in pixels.
 */
export function cardParts(card: CardData, tagWidths: readonly number[]): CardPart[] {
  return card.pair ? comparisonParts(card, card.pair, tagWidths) : singleParts(card, tagWidths);
}

/**
 * A card as one tree: its regions (`cardParts`) placed on the background. The renderer
 * draws the regions one by one and puts them together; this whole tree is what that must
 * look like, pixel for pixel.
 */
export function cardTemplate(card: CardData, tagWidths: readonly number[]): CardElement {
  return div(
    {
      display: 'flex',
      position: 'relative',
      width: cardSize.width,
      height: cardSize.height,
      backgroundColor: card.brand,
    },
    cardParts(card, tagWidths).map(({ x, y, tree }) => ({
      ...tree,
      props: { ...tree.props, style: { ...tree.props.style, position: 'absolute', left: x, top: y } },
    })),
  );
}

/** A region of a card, drawn on its own and placed at `x`, `y` on the card. */
export interface CardPart {
  /** Left edge on the card, in pixels. */
  x: number;
  /** Top edge on the card, in pixels. */
  y: number;
  /** Size of the region, in pixels. */
  width: number;
  height: number;
  /** What the region shows, on the card's background colour, which fills the whole region. */
  tree: CardElement;
  /**
   * True when the region shows what belongs to its card alone (a title, a step in pay), so
   * that no other card will show it: the renderer does not keep it for later cards.
   */
  own?: boolean;
  /**
   * Which item of the card's row of tags the region shows, by its place in `tagsRowItems`:
   * the renderer takes the drawing it made to measure the item, when it made one.
   */
  rowItem?: number;
}

/** Where a comparison card's regions sit: the header, the two level boxes with an arrow, the facts above the tags. */
const comparisonLayout = {
  headerHeight: 222,
  boxTop: 226,
  boxWidth: 480,
  boxHeight: 216,
  factsTop: 446,
  factsHeight: 66,
  /** The tags sit where every other card has them. */
  ...tagsPlace,
} as const;

/** An arrow from one level box to the other, pointing the way the card reads. */
function arrowPicture(colour: string, flow: Flow): string {
  const path = flow === leftToRight ? 'M6 24h34M28 11l13 13-13 13' : 'M42 24H8M20 11L7 24l13 13';
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48" viewBox="0 0 48 48"><path d="${path}" fill="none" stroke="${colour}" stroke-width="5" stroke-linecap="round" stroke-linejoin="round"/></svg>`;
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

/**
 * The regions of a comparison card: the header, one box per level, the level compared from
 * first in reading order, with an arrow between them, and the step in pay and what changes most
 * below. Drawn region by region, a build draws the header of a ladder and the box of a level
 * once for the many comparisons that show them. The regions do not overlap, and what lies
 * between them is the background.
 */
export function comparisonParts(card: CardData, pair: CardPair, tagWidths: readonly number[]): CardPart[] {
  const foreground = textColourOn(card.brand);
  const flow = flowOf(card);
  const { headerHeight, boxTop, boxWidth, boxHeight, factsTop, factsHeight } = comparisonLayout;
  const region = regionMaker(card);
  const header = region(
    cardSize.width,
    headerHeight,
    { flexDirection: 'column', padding: `56px ${sidePadding}px 0` },
    [
      // Set line heights: the boxes below start at a fixed height, whatever the script.
      headerRow(card, flow, compactLines),
      ...(card.eyebrow
        ? [
            div(
              { display: 'block', fontSize: 30, lineHeight: compactLines, lineClamp: 1, marginTop: 20 },
              card.eyebrow,
            ),
          ]
        : []),
    ],
  );
  const levelBox = (level: CardLevel) =>
    region(boxWidth, boxHeight, {}, [
      div(
        {
          display: 'flex',
          flexDirection: 'column',
          // Top-aligned, so the two codes sit level whatever the length of the titles.
          alignItems: flow === leftToRight ? 'flex-start' : 'flex-end',
          width: boxWidth,
          height: boxHeight,
          boxSizing: 'border-box',
          padding: '26px 26px 18px',
          borderRadius: 24,
          backgroundColor: pillBackground(card, foreground),
        },
        [
          div(
            {
              display: 'flex',
              padding: '2px 16px',
              borderRadius: 12,
              backgroundColor: foreground,
              color: card.brand,
              fontSize: 34,
              fontWeight: 700,
            },
            level.code,
          ),
          div(
            {
              display: 'block',
              fontSize: 36,
              fontWeight: 700,
              lineHeight: 1.12,
              lineClamp: 2,
              marginTop: 12,
            },
            level.title,
          ),
          ...(level.track
            ? [div({ display: 'block', fontSize: 24, lineClamp: 1, marginTop: 4 }, level.track)]
            : []),
        ],
      ),
    ]);
  const arrowWidth = contentWidth - 2 * boxWidth;
  const arrow = region(arrowWidth, boxHeight, { alignItems: 'center', justifyContent: 'center' }, [
    { type: 'img', props: { src: arrowPicture(foreground, flow), width: 48, height: 48 } },
  ]);
  // The step in pay is the one region that belongs to this pair alone.
  const facts = card.facts
    ? region(contentWidth, factsHeight, { flexDirection: 'column', justifyContent: 'center' }, [
        factsLine(card.facts, { lineHeight: compactLines }),
      ])
    : undefined;
  const [first, second] = flow === leftToRight ? [pair.from, pair.to] : [pair.to, pair.from];
  return [
    { x: 0, y: 0, width: cardSize.width, height: headerHeight, tree: header },
    { x: sidePadding, y: boxTop, width: boxWidth, height: boxHeight, tree: levelBox(first) },
    { x: sidePadding + boxWidth, y: boxTop, width: arrowWidth, height: boxHeight, tree: arrow },
    {
      x: sidePadding + boxWidth + arrowWidth,
      y: boxTop,
      width: boxWidth,
      height: boxHeight,
      tree: levelBox(second),
    },
    ...(facts
      ? [{ x: sidePadding, y: factsTop, width: contentWidth, height: factsHeight, tree: facts, own: true }]
      : []),
    ...tagsRowParts(card, tagWidths),
  ];
}
