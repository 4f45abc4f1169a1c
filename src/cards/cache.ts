import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { link, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cacheFolder } from '../content/paths.ts';
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

/** Folder of the card cache: `echelon-cards` in the build's cache folder (see `cacheFolder`). */
export function cardCacheDir(root: string, env: NodeJS.ProcessEnv = process.env): string {
  return cacheFolder(root, 'echelon-cards', env);
}

/** A folder of rendered cards, one PNG per cache key. */
export interface CardCache {
  /** Whether an entry is stored under a key; `load` still checks that it is a sound card. */
  has(key: string): boolean;
  /**
   * The PNG stored under a key, or undefined when there is none or it is not a sound card.
   * The file is read without holding up this thread.
   */
  load(key: string): Promise<Buffer | undefined>;
  /** Stores a PNG under a key; a cache that cannot be written is left alone, never fatal. */
  write(key: string, png: Buffer): void;
  /**
   * Gives the sound entry stored under a key a second name, `file` (a hard link): the site gets
   * the card with no byte copied and no file made on disk. False when there is no sound entry,
   * or the link cannot be made (the cache on another file system, a file system without hard
   * links): the caller then writes the bytes.
   */
  linkTo(key: string, file: string): Promise<boolean>;
}

/** The eight bytes every PNG file starts with. */
const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height of every share card, in pixels. */
export const cardSize = { width: 1200, height: 630 } as const;

/** The digest of a card's bytes written in its file name: enough to tell a damaged file. */
const bytesDigest = (png: Uint8Array) => sha256(png).slice(0, 32);

/** Name of a cached card's file: its cache key, then the digest of its bytes. */
const entryName = (key: string, png: Uint8Array) => `${key}.${bytesDigest(png)}.png`;

/** A cache entry's name, split: `<64 hex key>.<32 hex digest>.png`. */
const entryPattern = /^(?<key>[0-9a-f]{64})\.(?<digest>[0-9a-f]{32})\.png$/;

/**
 * Why cached bytes are not a sound card, or undefined when they are: a PNG signature, an
 * `IHDR` header of 1200 by 630 pixels, and bytes whose digest is the one stored in the file's
 * name. A truncated, emptied or overwritten file fails one of these and is drawn again.
 */
export function cachedCardFault(png: Uint8Array, digest: string): string | undefined {
  const bytes = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(pngSignature)) return 'is not a PNG';
  if (bytes.toString('latin1', 12, 16) !== 'IHDR') return 'has no PNG header';
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  if (width !== cardSize.width || height !== cardSize.height) {
    return `is ${width} by ${height} pixels, not ${cardSize.width} by ${cardSize.height}`;
  }
  if (bytesDigest(bytes) !== digest) return 'does not match the digest in its name';
  return undefined;
}

let writes = 0;

/**
 * Why files cannot be written in `dir`, or undefined when they can: the folder is created if
 * missing, and a file is written and deleted in it. Asked once before a build, so a cache on a
 * read-only disk is reported in one line instead of failing the build at its first write.
 */
export function unwritableReason(dir: string): string | undefined {
  const probe = join(dir, `.echelon-write-test-${process.pid}-${++writes}`);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(probe, '');
    rmSync(probe, { force: true });
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message.split('\n')[0] : String(error);
  }
}

/** A cache that keeps nothing, for a build whose cache folder cannot be written. */
export const noCardCache: CardCache = {
  has: () => false,
  load: async () => undefined,
  write: () => {},
  linkTo: async () => false,
};

/**
 * A card cache on disk. Entries are written to a temporary name and renamed into place, so
 * two builds sharing the folder never read a half-written file; each name carries the digest
 * of the file's bytes, and an entry that fails `cachedCardFault` is deleted and drawn again.
 * When the folder cannot be created or written (read-only, a file in the way, a full disk),
 * `onUnwritable` is called once with the cause and the cache stops writing: cards are still
 * drawn, only not kept.
 *
 * A site's cards are links to their entries (`linkTo`): no bytes copied and no new file on
 * disk, where making files is much of what a build's kernel time goes to (cold builds measured
 * about 0.5 s less of it). An entry is checked before each link, as before each read, so a card
 * changed in the site after a build (the two names share the file) is found damaged and drawn
 * again, never linked into the next site. `makeLink` is for tests.
 */
export function diskCardCache(
  dir: string,
  onUnwritable: (cause: string) => void = () => {},
  makeLink: (existing: string, name: string) => Promise<void> = link,
): CardCache {
  let ready = false;
  let unwritable = false;
  // Cleared at the first link that fails: the folders are on two file systems, or links are
  // refused, and every card is written instead.
  let linkable = true;
  // The first link, which tells whether links can be made at all: the cards placed at the same
  // time wait for it rather than each failing in turn.
  let firstLink: Promise<boolean> | undefined;
  // Entries this build wrote, whose bytes it knows: linked without reading them again.
  const written = new Set<string>();
  let entries: Map<string, string[]> | undefined;
  // The folder is listed once, on the first read; this build's own writes are added as they go.
  const index = () => {
    if (!entries) {
      entries = new Map();
      let names: string[] = [];
      try {
        names = readdirSync(dir);
      } catch {
        // No folder yet: nothing cached.
      }
      for (const name of names) {
        const key = entryPattern.exec(name)?.groups?.key;
        if (key) entries.set(key, [...(entries.get(key) ?? []), name]);
      }
    }
    return entries;
  };
  /** Whether an entry's bytes are a sound card; a damaged entry is deleted, to be drawn again. */
  const sound = (name: string, png: Buffer) => {
    const digest = entryPattern.exec(name)?.groups?.digest ?? '';
    if (cachedCardFault(png, digest) === undefined) return true;
    try {
      rmSync(join(dir, name), { force: true });
    } catch {
      // A damaged entry that cannot be deleted is only skipped; the new card is written beside it.
    }
    return false;
  };
  return {
    has: (key) => index().has(key),
    async load(key) {
      for (const name of index().get(key) ?? []) {
        let png: Buffer;
        try {
          png = await readFile(join(dir, name));
        } catch {
          continue;
        }
        if (sound(name, png)) return png;
      }
      return undefined;
    },
    async linkTo(key, file) {
      if (!linkable) return false;
      for (const name of index().get(key) ?? []) {
        if (!written.has(name)) {
          let png: Buffer;
          try {
            png = await readFile(join(dir, name));
          } catch {
            continue;
          }
          if (!sound(name, png)) continue;
        }
        const linked = () =>
          makeLink(join(dir, name), file).then(
            () => true,
            () => {
              linkable = false;
              return false;
            },
          );
        if (!firstLink) {
          firstLink = linked();
          return firstLink;
        }
        if (!(await firstLink) || !linkable) return false;
        return linked();
      }
      return false;
    },
    write(key, png) {
      if (unwritable) return;
      const name = entryName(key, png);
      const file = join(dir, name);
      const temporary = `${file}.${process.pid}.${++writes}.tmp`;
      try {
        if (!ready) {
          mkdirSync(dir, { recursive: true });
          ready = true;
        }
        writeFileSync(temporary, png);
        renameSync(temporary, file);
        written.add(name);
        const names = index().get(key) ?? [];
        if (!names.includes(name)) index().set(key, [name, ...names]);
      } catch (error) {
        unwritable = true;
        try {
          rmSync(temporary, { force: true });
        } catch {
          // Nothing was written, or the folder refuses even that.
        }
        onUnwritable(error instanceof Error ? error.message : String(error));
      }
    },
  };
}

/**
 * Deletes the cached cards a build did not use, so the cache holds one build's cards instead
 * of every card ever drawn, and files that are no cache entry (an earlier format, leftovers).
 * Returns how many files were deleted. A card deleted by mistake (another ladder sharing the
 * folder) is only drawn again.
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
    const key = entryPattern.exec(entry)?.groups?.key;
    // Another build's file being written is left to that build.
    if ((key !== undefined && used.has(key)) || entry.endsWith('.tmp')) continue;
    rmSync(join(dir, entry), { force: true });
    deleted++;
  }
  return deleted;
}
