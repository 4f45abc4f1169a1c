import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The npm package whose SVG files draw emoji on cards: Twemoji, one small file per emoji named
 * by its code points, so a card reads only the few files it shows. A dependency (1.5 MB to
 * download), yet treated as optional: without it, emoji are left out and the warning names it.
 */
export const emojiPackage = '@twemoji/svg';

/** One emoji's picture, ready for satori. */
export interface EmojiImage {
  /** The SVG file's name in the package, such as `1f680.svg`. */
  file: string;
  /** The SVG as a `data:` URI, which satori draws in place of the emoji. */
  uri: string;
  /** sha256 of the file's bytes, for the card cache key. */
  digest: string;
}

/** The emoji pictures of one installed package. */
export interface EmojiSet {
  /** Package name and version, such as `@twemoji/svg 15.0.0`: part of every card's fonts digest. */
  version: string;
  /** The picture of an emoji (one grapheme, as the reader sees it), or undefined when the set has none. */
  image(grapheme: string): EmojiImage | undefined;
}

/**
 * The name Twemoji gives an emoji's file, less the `.svg`: its code points in hexadecimal
 * joined by `-`, without the variation selector U+FE0F. Twemoji keeps that selector in some
 * names and not in others, and texts carry it or not, so both sides are compared without it:
 * `❤️` and `❤` both find `2764.svg`, and `🏳️‍🌈` finds `1f3f3-fe0f-200d-1f308.svg`.
 */
export function emojiKey(text: string): string {
  return keyOf([...text].map((character) => character.codePointAt(0) ?? 0));
}

const keyOf = (codePoints: number[]) =>
  codePoints
    .filter((codePoint) => codePoint !== 0xfe0f)
    .map((codePoint) => codePoint.toString(16))
    .join('-');

/**
 * Reads the emoji set installed in the package folder `dir`: its file list once, each SVG only
 * when a card first shows it. Skin tones, flags, keycaps and ZWJ sequences (`👩‍💻`) each have a
 * file of their own, found by `emojiKey`.
 */
export function loadEmojiSet(dir: string): EmojiSet {
  const { name, version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
  };
  const files = new Map<string, string>();
  for (const file of readdirSync(dir).sort()) {
    // Parsed rather than used as they are, in case a name ever pads its code points with zeros.
    const codePoints = file
      .replace(/\.svg$/, '')
      .split('-')
      .map((hex) => Number.parseInt(hex, 16));
    if (file.endsWith('.svg') && codePoints.every(Number.isFinite)) files.set(keyOf(codePoints), file);
  }
  const images = new Map<string, EmojiImage | undefined>();
  return {
    version: `${name} ${version}`,
    image(grapheme) {
      const key = emojiKey(grapheme);
      if (!images.has(key)) {
        const file = files.get(key);
        let image: EmojiImage | undefined;
        if (file) {
          const data = readFileSync(join(dir, file));
          image = {
            file,
            uri: `data:image/svg+xml;base64,${data.toString('base64')}`,
            digest: createHash('sha256').update(data).digest('hex'),
          };
        }
        images.set(key, image);
      }
      return images.get(key);
    },
  };
}

/**
 * Whether a grapheme is meant as an emoji: a pictograph, a flag's regional indicators, a
 * keycap, or anything asking for emoji presentation. Used to name the emoji package when none
 * is installed; `©` or `™` alone are drawn by the text fonts and never get here.
 */
export function looksLikeEmoji(grapheme: string): boolean {
  return /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20e3|\ufe0f/u.test(grapheme);
}
