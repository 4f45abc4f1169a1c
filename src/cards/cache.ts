import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import type { CardData } from './content.ts';

/**
 * JSON with object keys sorted at every depth and `undefined` left out, so two equal card
 * objects give the same text (and the same cache key) whatever order their fields were set in.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(
          Object.entries(item)
            .filter(([, v]) => v !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : item,
  );
}

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** Everything that decides a card's pixels. */
export interface CardKeyInput {
  /** What the card shows. */
  card: CardData;
  /** Fingerprint of the code that draws cards and of its libraries' versions (`drawingSource`). */
  template: string | Uint8Array;
  /** The font files' bytes, or their digest when the caller already has it. */
  fonts: readonly Uint8Array[] | string;
}

const fontDigests = new WeakMap<readonly Uint8Array[], string>();

/** One digest for a set of fonts, computed once per array: fonts are the biggest input by far. */
function fontsDigest(fonts: readonly Uint8Array[] | string): string {
  if (typeof fonts === 'string') return fonts;
  let digest = fontDigests.get(fonts);
  if (!digest) {
    const hash = createHash('sha256');
    for (const font of fonts) hash.update(`${font.length}:`).update(font);
    digest = hash.digest('hex');
    fontDigests.set(fonts, digest);
  }
  return digest;
}

/**
 * The cache key of a card: a sha256 of every input that can change its pixels, the card's
 * data, the drawing code and the fonts. No hand-bumped version: editing the template or
 * upgrading the fonts changes the key by itself.
 */
export function cardCacheKey(input: CardKeyInput): string {
  return sha256(
    `card:${sha256(canonicalJson(input.card))}\ntemplate:${sha256(input.template)}\nfonts:${fontsDigest(input.fonts)}`,
  );
}

/**
 * Folder of the card cache. `ECHELON_CACHE_DIR` (set by tests and the benchmark so that
 * builds side by side do not share a cache) wins; otherwise the usual place for tool caches,
 * `node_modules/.cache/`, which survives builds and is never published.
 */
export function cardCacheDir(root: string, env: NodeJS.ProcessEnv = process.env): string {
  const override = env.ECHELON_CACHE_DIR;
  if (override) return join(isAbsolute(override) ? override : resolve(root, override), 'echelon-cards');
  return join(root, 'node_modules', '.cache', 'echelon-cards');
}

/** A folder of rendered cards, one PNG per cache key. */
export interface CardCache {
  /** The PNG stored under a key, or undefined. */
  read(key: string): Buffer | undefined;
  /** Stores a PNG under a key. */
  write(key: string, png: Buffer): void;
}

let writes = 0;

/**
 * A card cache on disk. Entries are written to a temporary name and renamed into place, so
 * two builds sharing the folder never read a half-written file.
 */
export function diskCardCache(dir: string): CardCache {
  let ready = false;
  return {
    read(key) {
      try {
        return readFileSync(join(dir, `${key}.png`));
      } catch {
        return undefined;
      }
    },
    write(key, png) {
      if (!ready) {
        mkdirSync(dir, { recursive: true });
        ready = true;
      }
      const file = join(dir, `${key}.png`);
      const temporary = `${file}.${process.pid}.${++writes}.tmp`;
      writeFileSync(temporary, png);
      renameSync(temporary, file);
    },
  };
}

/**
 * Deletes the cached cards a build did not use, so the cache holds one build's cards instead
 * of every card ever drawn. Returns how many files were deleted. A card deleted by mistake
 * (another ladder sharing the folder) is only drawn again.
 */
export function pruneCardCache(dir: string, used: ReadonlySet<string>): number {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return 0;
  }
  let deleted = 0;
  for (const entry of entries) {
    const key = entry.endsWith('.png') ? entry.slice(0, -'.png'.length) : undefined;
    if (key === undefined || used.has(key)) continue;
    rmSync(join(dir, entry), { force: true });
    deleted++;
  }
  return deleted;
}
