import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { type EmojiImage, type EmojiSet, emojiPackage, loadEmojiSet, looksLikeEmoji } from './emoji.ts';

/** One font face in the shape satori reads. */
export interface CardFont {
  name: string;
  data: Buffer;
  weight: 400 | 700;
  style: 'normal';
}

/** What one card is drawn with: the fonts its text needs, and pictures for its emoji. */
export interface CardFaces {
  /**
   * Font faces for satori: the card fonts, then the CJK subsets this card's text uses. The
   * same array object for every card that needs the same files, because satori parses fonts
   * once per array.
   */
  fonts: CardFont[];
  /**
   * sha256 of every font file and emoji picture this card is drawn with: part of its cache key.
   * The card fonts' digest alone when the card needs nothing more, so it changes exactly when a
   * CJK subset or an emoji picture joins, leaves or changes.
   */
  digest: string;
  /** Whether this card's fonts draw a code point. */
  covers(codePoint: number): boolean;
  /** `data:` URIs of the SVG pictures that draw this card's emoji, by grapheme, for satori. */
  images: Record<string, string>;
  /**
   * The npm package that would draw a grapheme no installed font or picture draws, such as
   * `@fontsource/noto-sans-jp` for `日`, so the build's warning can say what to install.
   */
  packages: Map<string, string>;
}

/** The fonts of every card, read once per build, with what they can draw. */
export interface CardFonts {
  /**
   * Font faces for satori when a card needs no CJK subset. Always the same array object: satori
   * parses fonts once per array, so a new array per card would parse them again for every card.
   */
  fonts: CardFont[];
  /** sha256 of every card font file's bytes and the emoji set's version. */
  digest: string;
  /** Whether a card font draws this code point; text no font draws is left out of cards. */
  covers(codePoint: number): boolean;
  /**
   * The fonts and pictures for a card's text (NFC, as `drawableCard` reads it) in a language:
   * the card fonts, plus the numbered subsets of an installed CJK font package that hold the
   * Chinese, Japanese or Korean characters it uses, plus the emoji it shows.
   */
  forText(text: string, locale: string): CardFaces;
}

/**
 * Font family list for the template. Each unicode subset gets its own family name, because
 * satori keeps only one face per name and weight: under one name, the Latin Extended file
 * would be ignored and `ł` or `ő` would fall back to no font at all. CJK subsets are not
 * listed: satori falls back to every loaded face, in order, for characters these lack.
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

/**
 * Noto Sans for Chinese, Japanese and Korean, one fontsource package per region, none of them
 * a dependency: each weighs 50 to 80 MB, for ladders that mostly never show a CJK character.
 * A company that needs one installs it; until then, cards leave those characters out and the
 * build's warning names the package. `npm test` draws Japanese with the JP package, a dev
 * dependency for that reason.
 */
export const cjkFonts = {
  ja: { font: 'noto-sans-jp', name: 'Noto Sans JP' },
  ko: { font: 'noto-sans-kr', name: 'Noto Sans KR' },
  'zh-Hans': { font: 'noto-sans-sc', name: 'Noto Sans SC' },
  'zh-Hant': { font: 'noto-sans-tc', name: 'Noto Sans TC' },
} as const;
type CjkFont = (typeof cjkFonts)[keyof typeof cjkFonts];

/** Characters of the CJK scripts, with their punctuation and full-width forms. */
const cjkCharacter =
  /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}\p{scx=Bopomofo}\u3000-\u303f\uff00-\uffef]/u;
const kana = /[\p{scx=Hiragana}\p{scx=Katakana}]/u;
const hangul = /\p{scx=Hangul}/u;
const han = /\p{scx=Han}/u;

/**
 * The font for the Han characters (and shared punctuation) of a card: Chinese and Japanese
 * draw some of the same characters differently, so the card's language decides (`ja`, `ko`,
 * `zh-Hant` or `zh-TW` for Traditional, other `zh` for Simplified). In another language, kana
 * on the card mean Japanese, Hangul Korean, and Han alone Simplified Chinese.
 */
export function hanFont(locale: string, text: string): CjkFont {
  let language = '';
  let script = '';
  try {
    const tag = new Intl.Locale(locale).maximize();
    language = tag.language;
    script = tag.script ?? '';
  } catch {
    // Not a language tag: the text decides.
  }
  if (language === 'ja') return cjkFonts.ja;
  if (language === 'ko') return cjkFonts.ko;
  if (language === 'zh') return script === 'Hant' ? cjkFonts['zh-Hant'] : cjkFonts['zh-Hans'];
  if (kana.test(text)) return cjkFonts.ja;
  if (hangul.test(text)) return cjkFonts.ko;
  return cjkFonts['zh-Hans'];
}

/** The font for one CJK character: kana are only Japanese, Hangul only Korean, the rest follows the card. */
function cjkFontFor(character: string, cardFont: CjkFont): CjkFont {
  if (han.test(character)) return cardFont;
  if (kana.test(character)) return cjkFonts.ja;
  if (hangul.test(character)) return cjkFonts.ko;
  return cardFont;
}

/** Parses a CSS `unicode-range` list, such as `U+0000-00FF,U+0131`, into inclusive ranges. */
function parseUnicodeRanges(list: string): [number, number][] {
  return list.split(',').map((part) => {
    const [start, end = start] = part.trim().replace(/^U\+/i, '').split('-');
    return [Number.parseInt(start, 16), Number.parseInt(end, 16)];
  });
}

/** An installed CJK font package: where it is, and which numbered subset holds each code point. */
interface CjkPackage {
  dir: string;
  subsetOf: Map<number, string>;
}

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

const loaded = new Map<string, CardFonts>();

/**
 * Reads the card fonts from their `@fontsource/*` packages, and the emoji pictures from
 * theirs, installed in the project at `root`. Loaded once per process and root (later calls
 * return the same object), never per card; a CJK package is read when a card first needs it,
 * and only the subset files its characters fall in.
 */
export function loadCardFonts(root: string = process.cwd()): CardFonts {
  const cached = loaded.get(root);
  if (cached) return cached;
  const require = createRequire(join(root, 'package.json'));
  /** The folder of an installed package, or undefined when it is not installed. */
  const packageDir = (name: string): string | undefined => {
    try {
      return dirname(require.resolve(`${name}/package.json`));
    } catch {
      return undefined;
    }
  };
  const requiredDir = (name: string): string => {
    const dir = packageDir(name);
    if (!dir) throw new Error(`Share cards need the npm package ${name}: run npm install.`);
    return dir;
  };
  const fonts: CardFont[] = [];
  const hash = createHash('sha256');
  const ranges: [number, number][] = [];
  for (const { font, subset, name } of subsets) {
    const dir = requiredDir(`@fontsource/${font}`);
    for (const weight of weights) {
      const file = `${font}-${subset}-${weight}-normal.woff`;
      const data = readFileSync(join(dir, 'files', file));
      fonts.push({ name, data, weight, style: 'normal' });
      hash.update(`${file}:${data.length}:`).update(data);
    }
    const unicode = JSON.parse(readFileSync(join(dir, 'unicode.json'), 'utf8')) as Record<string, string>;
    ranges.push(...parseUnicodeRanges(unicode[subset] ?? ''));
  }
  const emojiDir = packageDir(emojiPackage);
  const emoji: EmojiSet | undefined = emojiDir ? loadEmojiSet(emojiDir) : undefined;
  // Emoji are pictures rather than glyphs, but they decide pixels all the same.
  hash.update(`emoji:${emoji?.version ?? 'none'}`);
  const digest = hash.digest('hex');
  const covers = (codePoint: number) => ranges.some(([start, end]) => codePoint >= start && codePoint <= end);

  const cjkPackages = new Map<string, CjkPackage | undefined>();
  /** The installed package of a CJK font, read on first use, or undefined when it is not installed. */
  const cjkPackage = (font: CjkFont): CjkPackage | undefined => {
    if (!cjkPackages.has(font.font)) {
      const dir = packageDir(`@fontsource/${font.font}`);
      let found: CjkPackage | undefined;
      if (dir) {
        const unicode = JSON.parse(readFileSync(join(dir, 'unicode.json'), 'utf8')) as Record<string, string>;
        const subsetOf = new Map<number, string>();
        // Numbered subsets (`[0]` to `[119]`) hold the CJK characters; the named ones (`latin`)
        // repeat what Inter draws.
        for (const [subset, list] of Object.entries(unicode)) {
          const number = /^\[(\d+)\]$/.exec(subset)?.[1];
          if (number === undefined) continue;
          for (const [start, end] of parseUnicodeRanges(list)) {
            for (let codePoint = start; codePoint <= end; codePoint++) {
              if (!subsetOf.has(codePoint)) subsetOf.set(codePoint, number);
            }
          }
        }
        found = { dir, subsetOf };
      }
      cjkPackages.set(font.font, found);
    }
    return cjkPackages.get(font.font);
  };

  // Font files and face arrays are kept for the build: satori recognises a font by its bytes'
  // object, and a face list by its array object, and parses again what it does not recognise.
  const files = new Map<string, { data: Buffer; digest: string }>();
  const readFont = (path: string) => {
    let file = files.get(path);
    if (!file) {
      const data = readFileSync(path);
      file = { data, digest: sha256(data) };
      files.set(path, file);
    }
    return file;
  };
  const faceLists = new Map<string, CardFont[]>();
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

  const result: CardFonts = {
    fonts,
    digest,
    covers,
    forText(text, locale) {
      const cardFont = hanFont(locale, text);
      /** Subsets this card uses, as `font subset`, and the code points they add. */
      const used = new Map<string, { font: CjkFont; dir: string; subset: string }>();
      const added = new Set<number>();
      const images: Record<string, string> = {};
      const pictures = new Map<string, EmojiImage>();
      const packages = new Map<string, string>();
      for (const { segment: grapheme } of segmenter.segment(text)) {
        const codePoints = [...grapheme].map((character) => character.codePointAt(0) ?? 0);
        const drawn = codePoints.every(covers) && !grapheme.includes('\ufe0f');
        if (drawn || /^\s+$/.test(grapheme)) continue;
        const picture = emoji?.image(grapheme);
        if (picture) {
          images[grapheme] = picture.uri;
          pictures.set(picture.file, picture);
          continue;
        }
        if (!emoji && looksLikeEmoji(grapheme)) {
          packages.set(grapheme, emojiPackage);
          continue;
        }
        for (const codePoint of codePoints) {
          const character = String.fromCodePoint(codePoint);
          if (covers(codePoint) || !cjkCharacter.test(character)) continue;
          const font = cjkFontFor(character, cardFont);
          const installed = cjkPackage(font);
          const subset = installed?.subsetOf.get(codePoint);
          if (installed && subset !== undefined) {
            used.set(`${font.font} ${subset}`, { font, dir: installed.dir, subset });
            added.add(codePoint);
          } else if (!installed) {
            packages.set(grapheme, `@fontsource/${font.font}`);
          }
        }
      }
      if (used.size === 0 && pictures.size === 0) {
        return { fonts, digest, covers, images, packages };
      }
      // Sorted, so the same characters give the same faces in the same order, build after build.
      const subsetKeys = [...used.keys()].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
      const listKey = subsetKeys.join(',');
      const cardHash = createHash('sha256').update(`${digest}\n`);
      let faces = faceLists.get(listKey);
      if (!faces) {
        faces = [...fonts];
        for (const key of subsetKeys) {
          const { font, dir, subset } = used.get(key) as { font: CjkFont; dir: string; subset: string };
          for (const weight of weights) {
            const { data } = readFont(join(dir, 'files', `${font.font}-${subset}-${weight}-normal.woff`));
            // A family per subset, for the same reason as Inter's: one face per name and weight.
            faces.push({ name: `${font.name} ${subset}`, data, weight, style: 'normal' });
          }
        }
        faceLists.set(listKey, faces);
      }
      for (const key of subsetKeys) {
        const { font, dir, subset } = used.get(key) as { font: CjkFont; dir: string; subset: string };
        for (const weight of weights) {
          const name = `${font.font}-${subset}-${weight}-normal.woff`;
          cardHash.update(`font ${name} ${readFont(join(dir, 'files', name)).digest}\n`);
        }
      }
      for (const file of [...pictures.keys()].sort()) {
        cardHash.update(`emoji ${file} ${pictures.get(file)?.digest}\n`);
      }
      return {
        fonts: faces,
        digest: cardHash.digest('hex'),
        covers: (codePoint) => covers(codePoint) || added.has(codePoint),
        images,
        packages,
      };
    },
  };
  loaded.set(root, result);
  return result;
}
