import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** One font face in the shape satori reads. */
export interface CardFont {
  name: string;
  data: Buffer;
  weight: 400 | 700;
  style: 'normal';
}

/** The fonts of every card, read once per build, with what they can draw. */
export interface CardFonts {
  /**
   * Font faces for satori. Always the same array object: satori parses fonts once per array,
   * so a new array per card would parse them again for every card.
   */
  fonts: CardFont[];
  /** sha256 of every font file's bytes: part of every card's cache key. */
  digest: string;
  /** Whether a font draws this code point; text the fonts cannot draw is left out of cards. */
  covers(codePoint: number): boolean;
}

/**
 * Font family list for the template. Each unicode subset gets its own family name, because
 * satori keeps only one face per name and weight: under one name, the Latin Extended file
 * would be ignored and `ł` or `ő` would fall back to no font at all.
 */
export const cardFontFamily =
  'Inter, Inter Latin Extended, Inter Cyrillic, Inter Cyrillic Extended, Inter Greek, Inter Greek Extended, Inter Vietnamese, Noto Sans Arabic';

/**
 * Fontsource subsets we load, from their package, with the family name each gets. WOFF,
 * because satori cannot read WOFF2.
 */
const subsets = [
  { font: 'inter', subset: 'latin', name: 'Inter' },
  { font: 'inter', subset: 'latin-ext', name: 'Inter Latin Extended' },
  // Ladders are written in Bulgarian, Ukrainian, Greek or Vietnamese too: Inter draws them all.
  { font: 'inter', subset: 'cyrillic', name: 'Inter Cyrillic' },
  { font: 'inter', subset: 'cyrillic-ext', name: 'Inter Cyrillic Extended' },
  { font: 'inter', subset: 'greek', name: 'Inter Greek' },
  { font: 'inter', subset: 'greek-ext', name: 'Inter Greek Extended' },
  { font: 'inter', subset: 'vietnamese', name: 'Inter Vietnamese' },
  // Arabic, Persian and Urdu: satori joins the letters and orders the words right to left itself.
  { font: 'noto-sans-arabic', subset: 'arabic', name: 'Noto Sans Arabic' },
] as const;
const weights = [400, 700] as const;

/** Parses a CSS `unicode-range` list, such as `U+0000-00FF,U+0131`, into inclusive ranges. */
function parseUnicodeRanges(list: string): [number, number][] {
  return list.split(',').map((part) => {
    const [start, end = start] = part.trim().replace(/^U\+/i, '').split('-');
    return [Number.parseInt(start, 16), Number.parseInt(end, 16)];
  });
}

const loaded = new Map<string, CardFonts>();

/**
 * Reads the card fonts from their `@fontsource/*` packages installed in the project at `root`.
 * Loaded once per process and root (later calls return the same object), never per card.
 */
export function loadCardFonts(root: string = process.cwd()): CardFonts {
  const cached = loaded.get(root);
  if (cached) return cached;
  const require = createRequire(join(root, 'package.json'));
  const packageDir = (font: string) => dirname(require.resolve(`@fontsource/${font}/package.json`));
  const fonts: CardFont[] = [];
  const hash = createHash('sha256');
  const ranges: [number, number][] = [];
  for (const { font, subset, name } of subsets) {
    for (const weight of weights) {
      const file = `${font}-${subset}-${weight}-normal.woff`;
      const data = readFileSync(join(packageDir(font), 'files', file));
      fonts.push({ name, data, weight, style: 'normal' });
      hash.update(`${file}:${data.length}:`).update(data);
    }
    const unicode = JSON.parse(readFileSync(join(packageDir(font), 'unicode.json'), 'utf8')) as Record<
      string,
      string
    >;
    ranges.push(...parseUnicodeRanges(unicode[subset] ?? ''));
  }
  const result: CardFonts = {
    fonts,
    digest: hash.digest('hex'),
    covers: (codePoint) => ranges.some(([start, end]) => codePoint >= start && codePoint <= end),
  };
  loaded.set(root, result);
  return result;
}
