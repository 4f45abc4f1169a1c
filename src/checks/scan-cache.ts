// The link check's scans of pages, kept from one build to the next in the cache folder
// (`echelon-links/`): a rebuild parses only the pages whose bytes changed. Links and ids are
// stored once each in a table of strings, since every page repeats the site's navigation.
import { sourceFingerprint } from '../cards/module-graph.ts';
import { readCacheFile, writeCacheFile } from '../content/cache-file.ts';
import type { PageScan, ScanCache } from './links.ts';

/** The scans of a file: a table of strings, then each page's links and ids as indexes into it. */
interface StoredScans {
  strings: string[];
  pages: Record<string, [links: number[], ids: number[]]>;
}

/**
 * A fingerprint of the code that reads pages for the link check, from the project at `root`:
 * `src/checks/links.ts`, every module it loads, and the version of `htmlparser2`. Changing any
 * of them makes the next check parse every page afresh.
 */
export function scanningSource(root: string): string {
  return sourceFingerprint(root, 'src/checks/links.ts', ['htmlparser2']);
}

/** Whether a stored value has the shape `writeScanFile` gives it. */
function isStoredScans(value: unknown): value is StoredScans {
  if (!value || typeof value !== 'object') return false;
  const { strings, pages } = value as Partial<StoredScans>;
  return Array.isArray(strings) && !!pages && typeof pages === 'object';
}

/**
 * The scans kept in `file`, by digest of the page's bytes; none when there is no file, it was
 * made by other scanning code (another `fingerprint`), or it is damaged.
 */
export function readScanFile(file: string, fingerprint: string): Map<string, PageScan> {
  const stored = readCacheFile(file, fingerprint);
  if (!isStoredScans(stored)) return new Map();
  const { strings, pages } = stored;
  const isIndex = (index: unknown): index is number =>
    typeof index === 'number' && Number.isInteger(index) && index >= 0 && index < strings.length;
  const isIndexes = (list: unknown): list is number[] => Array.isArray(list) && list.every(isIndex);
  const scans = new Map<string, PageScan>();
  for (const [digest, entry] of Object.entries(pages)) {
    // An entry of another shape means a file written by something else: trust none of it.
    if (!Array.isArray(entry) || !isIndexes(entry[0]) || !isIndexes(entry[1])) return new Map();
    const at = (index: number) => strings[index];
    scans.set(digest, { links: new Set(entry[0].map(at)), ids: new Set(entry[1].map(at)) });
  }
  return scans;
}

/** Writes `scans` to `file`, each link and id once in the table of strings. */
export function writeScanFile(file: string, fingerprint: string, scans: ReadonlyMap<string, PageScan>): void {
  const strings: string[] = [];
  const indexes = new Map<string, number>();
  const indexOf = (text: string) => {
    let index = indexes.get(text);
    if (index === undefined) {
      index = strings.push(text) - 1;
      indexes.set(text, index);
    }
    return index;
  };
  const pages: StoredScans['pages'] = {};
  for (const [digest, scan] of scans) {
    pages[digest] = [[...scan.links].map(indexOf), [...scan.ids].map(indexOf)];
  }
  writeCacheFile(file, fingerprint, { strings, pages } satisfies StoredScans);
}

/** How many pages a check parsed, and how many it knew from the last build. */
export interface ScanCounts {
  parsed: number;
  fromCache: number;
}

/**
 * One check's cache, seeded with `previous` scans: `cache` goes to `findBrokenLinks`, `used`
 * holds the scans of this build's pages (what the next build needs, and nothing older), and
 * `counts` says how many pages were parsed.
 */
export function scanStore(previous: ReadonlyMap<string, PageScan>) {
  const used = new Map<string, PageScan>();
  const counts: ScanCounts = { parsed: 0, fromCache: 0 };
  const cache: ScanCache = {
    get(digest) {
      const scan = previous.get(digest) ?? used.get(digest);
      if (scan) {
        used.set(digest, scan);
        counts.fromCache++;
      }
      return scan;
    },
    set(digest, scan) {
      used.set(digest, scan);
      counts.parsed++;
    },
  };
  /** Whether the file already holds exactly what `used` would write. */
  const unchanged = () => counts.parsed === 0 && used.size === previous.size;
  return { cache, used, counts, unchanged };
}
