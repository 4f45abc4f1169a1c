// Behaviour comparisons kept across builds. Comparing two levels is the costliest step of
// rendering a page, and a rebuild after a small edit compares the same lists again: each
// pair of behaviour lists is compared once per content, then read back from disk by the
// next build, the way share cards are.
import { createHash } from 'node:crypto';
import { readCacheFile, writeCacheFile } from '../content/cache-file.ts';
import type { BehaviourChange, Segment } from './diff.ts';

/** A comparison this build used, with the lists it compared, to store it compactly. */
interface UsedComparison {
  from: readonly string[];
  to: readonly string[];
  changes: BehaviourChange[];
}

/** Comparisons of one build, shared by the two copies of this module a build loads. */
interface ComparisonStore {
  /** Fingerprint of the comparing code the stored entries were made with. */
  fingerprint: string;
  /** Comparisons read from the previous build's file, by key, as stored. */
  previous: Map<string, StoredChange[]>;
  /** Comparisons this build used, by key: what the next build's file holds. */
  used: Map<string, UsedComparison>;
  /** Comparisons found in the previous build's file. */
  hits: number;
  /** Comparisons computed by this build. */
  misses: number;
}

// Astro loads integrations through its config loader and pages from the built bundle: two
// copies of this module. The store lives on `globalThis` so both see the same comparisons.
const storeKey = Symbol.for('echelon.compare.store');
type WithStore = typeof globalThis & { [storeKey]?: ComparisonStore };

/*
 * Comparisons made outside a build (the dev server, tests, scripts), so a level's card,
 * preview and comparison page still compare each pair once. Keyed by content, so an edit
 * never returns a stale answer; emptied past `memorySize` entries to bound memory.
 */
const inMemory = new Map<string, BehaviourChange[]>();
const memorySize = 20_000;

/** The key of a comparison: a digest of the two lists, which are all a comparison reads. */
function comparisonKey(from: readonly string[], to: readonly string[]): string {
  return createHash('sha1')
    .update(JSON.stringify([from, to]))
    .digest('base64url');
}

/**
 * The comparison of two behaviour lists from this build's store or the previous build's file,
 * else `compare(from, to)`, kept for later calls and the next build. The result is shared:
 * do not change it.
 */
export function cachedComparison(
  from: readonly string[],
  to: readonly string[],
  compare: (from: readonly string[], to: readonly string[]) => BehaviourChange[],
): BehaviourChange[] {
  const key = comparisonKey(from, to);
  const store = (globalThis as WithStore)[storeKey];
  if (!store) {
    let changes = inMemory.get(key);
    if (!changes) {
      if (inMemory.size >= memorySize) inMemory.clear();
      changes = compare(from, to);
      inMemory.set(key, changes);
    }
    return changes;
  }
  const used = store.used.get(key);
  if (used) return used.changes;
  const stored = store.previous.get(key);
  const changes = stored && restoreChanges(stored, from, to);
  if (changes) store.hits++;
  else store.misses++;
  const result = changes ?? compare(from, to);
  store.used.set(key, { from, to, changes: result });
  return result;
}

/**
 * A behaviour change as the cache file stores it: sentences by their index in the lists
 * compared (the lists are the key, so the next build has them), and only the segments of a
 * word diff shown inline. A file of every change written out in full took 39 MB for a
 * 40-level track in three languages, and as much memory again once read.
 */
export type StoredChange =
  | ['unchanged', number, number]
  | ['reworded', number, number, [Segment['type'], string][] | null]
  | ['added', number]
  | ['removed', number];

/** A change as `StoredChange` keeps it. */
export function storeChange(
  change: BehaviourChange,
  from: readonly string[],
  to: readonly string[],
): StoredChange {
  switch (change.kind) {
    case 'unchanged':
      return ['unchanged', from.indexOf(change.from), to.indexOf(change.to)];
    case 'reworded':
      return [
        'reworded',
        from.indexOf(change.from),
        to.indexOf(change.to),
        change.inline ? change.segments.map((segment) => [segment.type, segment.text]) : null,
      ];
    case 'added':
      return ['added', to.indexOf(change.to)];
    case 'removed':
      return ['removed', from.indexOf(change.from)];
  }
}

/**
 * The changes a stored comparison stands for, with the sentences of the lists given, or
 * undefined when an entry does not fit them (an index out of range, an unknown kind): such
 * an entry is compared again, never shown.
 */
export function restoreChanges(
  stored: readonly StoredChange[],
  from: readonly string[],
  to: readonly string[],
): BehaviourChange[] | undefined {
  const changes: BehaviourChange[] = [];
  for (const entry of stored) {
    const [kind] = entry;
    if (kind === 'added' || kind === 'removed') {
      const sentence = (kind === 'added' ? to : from)[entry[1]];
      if (typeof sentence !== 'string') return undefined;
      changes.push(kind === 'added' ? { kind, to: sentence } : { kind, from: sentence });
      continue;
    }
    const [, fromIndex, toIndex] = entry;
    const before = from[fromIndex];
    const after = to[toIndex];
    if (typeof before !== 'string' || typeof after !== 'string') return undefined;
    if (kind === 'unchanged') {
      changes.push({ kind, from: before, to: after });
    } else if (kind === 'reworded') {
      const marks = entry[3];
      const segments: Segment[] = marks
        ? marks.map(([type, text]) => ({ type, text }))
        : [
            { type: 'removed', text: before },
            { type: 'added', text: after },
          ];
      changes.push({ kind, from: before, to: after, segments, inline: marks !== null });
    } else return undefined;
  }
  return changes;
}

/**
 * Entries of a comparison cache file, or an empty map when there is none, it was written by
 * other comparing code (another fingerprint) or its entries do not match the digest in its
 * header (a truncated or edited file): a cache never changes what a page shows.
 */
export function readComparisonFile(file: string, fingerprint: string): Map<string, StoredChange[]> {
  const entries = readCacheFile(file, fingerprint);
  if (!entries || typeof entries !== 'object') return new Map();
  return new Map(Object.entries(entries as Record<string, StoredChange[]>));
}

/**
 * Starts a build's store with the previous build's comparisons, read from `file` when it was
 * written with the same `fingerprint`.
 */
export function startComparisonStore(file: string | undefined, fingerprint: string): void {
  (globalThis as WithStore)[storeKey] = {
    fingerprint,
    previous: file ? readComparisonFile(file, fingerprint) : new Map(),
    used: new Map(),
    hits: 0,
    misses: 0,
  };
}

/** How many comparisons the build read from the cache and how many it computed. */
export interface ComparisonCounts {
  fromCache: number;
  computed: number;
}

/**
 * Ends a build's store: writes the comparisons this build used to `file` (so the file holds
 * one build's comparisons, not every one ever made), through a temporary file renamed into
 * place, and returns the counts. Throws when the file cannot be written; the caller decides
 * what that costs. Without a store (no build started one), writes nothing.
 */
export function finishComparisonStore(file: string | undefined): ComparisonCounts | undefined {
  const holder = globalThis as WithStore;
  const store = holder[storeKey];
  if (!store) return undefined;
  holder[storeKey] = undefined;
  const counts = { fromCache: store.hits, computed: store.misses };
  // Nothing new and nothing dropped: the file on disk already says all this.
  if (!file || (store.misses === 0 && store.used.size === store.previous.size)) return counts;
  writeCacheFile(
    file,
    store.fingerprint,
    Object.fromEntries(
      [...store.used].map(([key, { from, to, changes }]) => [
        key,
        changes.map((change) => storeChange(change, from, to)),
      ]),
    ),
  );
  return counts;
}
