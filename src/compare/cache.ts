// Behaviour comparisons kept across builds. Comparing two levels is the costliest step of
// rendering a page, and a rebuild after a small edit compares the same lists again: each
// pair of behaviour lists is compared once per content, then read back from disk by the
// next build, the way share cards are.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { BehaviourChange } from './diff.ts';

/** Comparisons of one build, shared by the two copies of this module a build loads. */
interface ComparisonStore {
  /** Fingerprint of the comparing code the stored entries were made with. */
  fingerprint: string;
  /** Comparisons read from the previous build's file, by key. */
  previous: Map<string, BehaviourChange[]>;
  /** Comparisons this build used, by key: what the next build's file holds. */
  used: Map<string, BehaviourChange[]>;
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
export function comparisonKey(from: readonly string[], to: readonly string[]): string {
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
  let changes = store.used.get(key);
  if (changes) return changes;
  changes = store.previous.get(key);
  if (changes) store.hits++;
  else {
    changes = compare(from, to);
    store.misses++;
  }
  store.used.set(key, changes);
  return changes;
}

/** The first line of a cache file: what the entries were made with, and their digest. */
interface CacheHeader {
  fingerprint: string;
  digest: string;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Entries of a comparison cache file, or an empty map when there is none, it was written by
 * other comparing code (another fingerprint) or its entries do not match the digest in its
 * header (a truncated or edited file): a cache never changes what a page shows.
 */
export function readComparisonFile(file: string, fingerprint: string): Map<string, BehaviourChange[]> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return new Map();
  }
  const newline = text.indexOf('\n');
  if (newline === -1) return new Map();
  try {
    const header = JSON.parse(text.slice(0, newline)) as Partial<CacheHeader>;
    const body = text.slice(newline + 1);
    if (header.fingerprint !== fingerprint || header.digest !== sha256(body)) return new Map();
    return new Map(Object.entries(JSON.parse(body) as Record<string, BehaviourChange[]>));
  } catch {
    return new Map();
  }
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
  const body = JSON.stringify(Object.fromEntries(store.used));
  const header: CacheHeader = { fingerprint: store.fingerprint, digest: sha256(body) };
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(temporary, `${JSON.stringify(header)}\n${body}`);
    renameSync(temporary, file);
  } finally {
    rmSync(temporary, { force: true });
  }
  return counts;
}
