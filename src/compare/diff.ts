// What changes between two levels, theme by theme and behaviour by behaviour. Behaviours are
// free sentences, so they are first paired by similarity (authors reorder and reword them
// between levels), then each pair is diffed word by word. Plain data out, so pages, exports
// and tests share one answer.
import { diffWordsWithSpace } from 'diff';
import { compareThemes, type Level, type Theme, type ThemeGroup } from '../ladder/model.ts';
import { cachedComparison } from './cache.ts';

/** A run of text in a word diff: kept from the lower level, added at the target, or removed. */
export interface Segment {
  type: 'same' | 'added' | 'removed';
  text: string;
}

/** How one behaviour changes between two levels. */
export type BehaviourChange =
  /** The same sentence at both levels, wherever it sits in the list. */
  | { kind: 'unchanged'; from: string; to: string }
  /**
   * A sentence of the lower level rewritten at the target. `inline` is true when the two
   * share most of their words: `segments` then mark the words that change; otherwise the two
   * sentences are shown side by side, the lower one becoming the higher one.
   */
  | { kind: 'reworded'; from: string; to: string; segments: Segment[]; inline: boolean }
  /** A behaviour of the target with no counterpart at the lower level. */
  | { kind: 'added'; to: string }
  /** A behaviour of the lower level the target no longer lists. */
  | { kind: 'removed'; from: string };

/** Counts of what changes, for summaries. Words are counted in added and removed segments. */
export interface ChangeStats {
  unchanged: number;
  reworded: number;
  added: number;
  removed: number;
  wordsAdded: number;
  wordsRemoved: number;
}

/** One theme compared between two levels. */
export interface ThemeComparison {
  theme: Theme;
  /**
   * `both` when both levels have expectations for the theme; `new` when only the target has
   * (every behaviour is added); `dropped` when only the lower level has.
   */
  presence: 'both' | 'new' | 'dropped';
  /** Target behaviours in the target's order, then those no longer listed, in the source's order. */
  changes: BehaviourChange[];
  stats: ChangeStats;
}

/** A group of compared themes, in display order. */
export interface ComparedGroup {
  id: string;
  title: string;
  themes: ThemeComparison[];
}

/** Two levels compared theme by theme. */
export interface LevelComparison {
  from: Level;
  to: Level;
  /** Groups in the target track's order; themes only the lower level has are merged in. */
  groups: ComparedGroup[];
  /**
   * True when the target includes everything expected at the lower level (a higher level of
   * the same cumulative track): what the target does not restate is still expected, not removed.
   */
  cumulative: boolean;
  /** Every compared theme, in display order. */
  themes: ThemeComparison[];
  /** Totals over all themes. */
  stats: ChangeStats;
}

/**
 * Share of distinct words two behaviours have in common (Jaccard index) at or above which
 * they count as the same behaviour reworded. Measured on the sample ladder: a behaviour and
 * its rewrite at the next level share a quarter to a third of their words, while unrelated
 * behaviours of one theme rarely share more than a fifth, and then mostly small words.
 */
export const pairingThreshold = 0.25;

/**
 * Share of words at or above which two behaviours in the same position of their lists count
 * as one line read across levels (the same stem, the next scope), even below
 * `pairingThreshold`: authors write ladders in parallel, line by line.
 */
export const alignedThreshold = 0.12;

/**
 * Share of the longer sentence's words that a word diff keeps, at or above which the diff
 * helps ("share most of their words"): below it, most words would be marked, and the two
 * sentences read better side by side. On the sample, about half the rewritten lines pass.
 */
export const inlineDiffThreshold = 0.5;

/** The share of the longer sentence's words that a word diff keeps unchanged. */
export function keptShare(segments: readonly Segment[], from: string, to: string): number {
  const kept = segments
    .filter((s) => s.type === 'same')
    .reduce((count, s) => count + wordsOf(s.text).length, 0);
  return kept / Math.max(1, wordsOf(from).length, wordsOf(to).length);
}

/**
 * Longest sentence, in words, diffed word by word. The diff's cost grows with the product of
 * the two lengths; past this, the two texts are shown side by side, so no pair of very long
 * behaviours can slow a build down.
 */
export const maxDiffWords = 200;

const wordPattern = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/*
 * Words of the texts seen so far. Pairing and diffing ask for the words of the same behaviour
 * many times (once per candidate pair, then for the diff's length and kept share), and a
 * large ladder has tens of thousands of behaviours: read each once. Emptied when it grows
 * past `wordCacheSize`, so memory stays bounded whatever the ladder's size.
 */
const wordCache = new Map<string, readonly string[]>();
const wordCacheSize = 50_000;

/** The words of a text, lowercased, for comparing and counting. Do not change the array returned. */
export function wordsOf(text: string): readonly string[] {
  const cached = wordCache.get(text);
  if (cached) return cached;
  if (wordCache.size >= wordCacheSize) wordCache.clear();
  const words = text.toLowerCase().match(wordPattern) ?? [];
  wordCache.set(text, words);
  return words;
}

/** Runs of letters and digits: the pieces a word diff can keep, `team` and `s` of `team's`. */
const piecePattern = /[\p{L}\p{N}]+/gu;

/**
 * How many pieces of words two texts have in common, counting repeats. Every word a word diff
 * keeps holds at least one piece kept on both sides, so this bounds the words it can keep,
 * and tells in linear time that a diff would keep too few to be shown inline.
 */
function sharedPieces(a: string, b: string): number {
  const counts = new Map<string, number>();
  for (const piece of a.toLowerCase().match(piecePattern) ?? [])
    counts.set(piece, (counts.get(piece) ?? 0) + 1);
  let shared = 0;
  for (const piece of b.toLowerCase().match(piecePattern) ?? []) {
    const left = counts.get(piece) ?? 0;
    if (left > 0) {
      shared++;
      counts.set(piece, left - 1);
    }
  }
  return shared;
}

const normalise = (text: string) => text.trim().replace(/\s+/g, ' ');

/**
 * How alike two texts are, from 0 (no word in common) to 1 (the same set of words). With
 * `minLength`, only words at least that long count, so "the" and "of" make no two lines alike.
 */
export function similarity(a: string, b: string, minLength = 0): number {
  const words = (text: string) => new Set(wordsOf(text).filter((word) => word.length >= minLength));
  const left = words(a);
  const right = words(b);
  if (left.size === 0 && right.size === 0) return 1;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared++;
  return shared / (left.size + right.size - shared);
}

/**
 * Pairs each target behaviour with the most similar behaviour of the lower level. Identical
 * sentences pair first, so a reordered list reads as unchanged; then the most similar pairs
 * above the threshold win, greedily. Lists hold a handful of sentences, so comparing every
 * pair costs less than the word diff that follows. Returns target index → source index.
 */
export function pairBehaviours(
  from: readonly string[],
  to: readonly string[],
  threshold = pairingThreshold,
): Map<number, number> {
  const pairs = new Map<number, number>();
  const taken = new Set<number>();
  const claim = (toIndex: number, fromIndex: number) => {
    pairs.set(toIndex, fromIndex);
    taken.add(fromIndex);
  };
  to.forEach((sentence, toIndex) => {
    const match = from.findIndex((other, i) => !taken.has(i) && normalise(other) === normalise(sentence));
    if (match !== -1) claim(toIndex, match);
  });
  // Lines in the same position that share their stem are the same line, one level up.
  to.forEach((sentence, toIndex) => {
    if (pairs.has(toIndex) || toIndex >= from.length || taken.has(toIndex)) return;
    if (similarity(from[toIndex], sentence, 4) >= Math.min(alignedThreshold, threshold))
      claim(toIndex, toIndex);
  });
  const candidates: { toIndex: number; fromIndex: number; score: number }[] = [];
  to.forEach((sentence, toIndex) => {
    if (pairs.has(toIndex)) return;
    from.forEach((other, fromIndex) => {
      if (taken.has(fromIndex)) return;
      const score = similarity(other, sentence);
      if (score >= threshold) candidates.push({ toIndex, fromIndex, score });
    });
  });
  // Ties keep list order, so two builds of the same content pair the same way.
  candidates.sort((a, b) => b.score - a.score || a.toIndex - b.toIndex || a.fromIndex - b.fromIndex);
  for (const { toIndex, fromIndex } of candidates) {
    if (!pairs.has(toIndex) && !taken.has(fromIndex)) claim(toIndex, fromIndex);
  }
  return pairs;
}

/**
 * Diffs two sentences word by word. Spaces are tokens too, so each side rebuilds its own
 * sentence exactly (no words run together); a change broken only by spaces is shown as one
 * removed run then one added run, which reads better than alternating single words.
 */
export function diffSentence(from: string, to: string): Segment[] {
  const segments: Segment[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed) segments.push({ type: 'removed', text: removed });
    if (added) segments.push({ type: 'added', text: added });
    removed = '';
    added = '';
  };
  const changes = diffWordsWithSpace(from, to);
  changes.forEach((change, index) => {
    const between = index > 0 && index < changes.length - 1;
    if (change.added) added += change.value;
    else if (change.removed) removed += change.value;
    else if (between && (removed || added) && change.value.trim() === '') {
      removed += change.value;
      added += change.value;
    } else {
      flush();
      const last = segments.at(-1);
      if (last?.type === 'same') last.text += change.value;
      else segments.push({ type: 'same', text: change.value });
    }
  });
  flush();
  return segments;
}

/**
 * Compares the behaviour lists of two levels within one theme: unchanged, reworded (with the
 * word diff), added at the target, and no longer listed.
 */
export function diffBehaviours(from: readonly string[], to: readonly string[]): BehaviourChange[] {
  const pairs = pairBehaviours(from, to);
  const changes: BehaviourChange[] = to.map((sentence, toIndex): BehaviourChange => {
    const fromIndex = pairs.get(toIndex);
    if (fromIndex === undefined) return { kind: 'added', to: sentence };
    const source = from[fromIndex];
    if (normalise(source) === normalise(sentence)) return { kind: 'unchanged', from: source, to: sentence };
    const longer = Math.max(1, wordsOf(source).length, wordsOf(sentence).length);
    // The diff runs only where it can be shown inline: the pairs it skips, with many
    // differences, are the ones it spends the most time on.
    const worthIt = longer <= maxDiffWords && sharedPieces(source, sentence) / longer >= inlineDiffThreshold;
    const diffed = worthIt ? diffSentence(source, sentence) : undefined;
    const inline = diffed !== undefined && keptShare(diffed, source, sentence) >= inlineDiffThreshold;
    const segments: Segment[] =
      diffed && inline
        ? diffed
        : [
            { type: 'removed', text: source },
            { type: 'added', text: sentence },
          ];
    return { kind: 'reworded', from: source, to: sentence, segments, inline };
  });
  const paired = new Set(pairs.values());
  from.forEach((sentence, fromIndex) => {
    if (!paired.has(fromIndex)) changes.push({ kind: 'removed', from: sentence });
  });
  return changes;
}

/**
 * The segments one side of a comparison shows: the lower level's column shows kept and
 * removed words, the target's column kept and added words. Empty when the side has no text.
 */
export function sideSegments(change: BehaviourChange, side: 'from' | 'to'): Segment[] {
  switch (change.kind) {
    case 'unchanged':
      return [{ type: 'same', text: side === 'from' ? change.from : change.to }];
    case 'reworded':
      // Sentences shown side by side are each shown whole, without marks on every word.
      if (!change.inline) return [{ type: 'same', text: side === 'from' ? change.from : change.to }];
      return change.segments.filter((s) => s.type !== (side === 'from' ? 'added' : 'removed'));
    case 'added':
      return side === 'to' ? [{ type: 'added', text: change.to }] : [];
    case 'removed':
      return side === 'from' ? [{ type: 'removed', text: change.from }] : [];
  }
}

/** Stats of a comparison where nothing changes, to add changes to. */
const noChange = (): ChangeStats => ({
  unchanged: 0,
  reworded: 0,
  added: 0,
  removed: 0,
  wordsAdded: 0,
  wordsRemoved: 0,
});

/** Adds up what changes in a list of behaviour changes. */
export function changeStats(changes: readonly BehaviourChange[]): ChangeStats {
  const stats = noChange();
  for (const change of changes) {
    stats[change.kind]++;
    for (const side of ['from', 'to'] as const) {
      for (const segment of sideSegments(change, side)) {
        if (segment.type === 'added') stats.wordsAdded += wordsOf(segment.text).length;
        if (segment.type === 'removed') stats.wordsRemoved += wordsOf(segment.text).length;
      }
    }
  }
  return stats;
}

/** Sums several stats, such as every theme of a comparison. */
export function addStats(all: readonly ChangeStats[]): ChangeStats {
  const total = noChange();
  for (const stats of all) {
    for (const key of Object.keys(total) as (keyof ChangeStats)[]) total[key] += stats[key];
  }
  return total;
}

/**
 * The themes to compare, grouped: the target track's groups and order, with themes only the
 * lower level's track has merged into their group, so a switch of track shows what is dropped.
 * Only themes at least one of the two levels has expectations for are kept.
 */
function unionGroups(from: Level, to: Level): ThemeGroup[] {
  const has = (theme: Theme) =>
    Boolean(from.data.expectations[theme.id]?.assessed || to.data.expectations[theme.id]?.assessed);
  const groups = new Map<string, ThemeGroup>();
  for (const group of [...to.track.groups, ...from.track.groups]) {
    const known = groups.get(group.id);
    const themes = group.themes.filter(has);
    if (!known) groups.set(group.id, { ...group, themes });
    else
      for (const theme of themes) if (!known.themes.some((t) => t.id === theme.id)) known.themes.push(theme);
  }
  return [...groups.values()]
    .map((group) => ({ ...group, themes: [...group.themes].sort(compareThemes) }))
    .filter((group) => group.themes.length > 0);
}

/** Compares one theme between two levels; a theme one level lacks is entirely new or dropped. */
export function compareTheme(theme: Theme, from: Level, to: Level): ThemeComparison {
  // A theme not assessed at a level has no behaviours there to compare.
  const cell = (level: Level) => level.data.expectations[theme.id];
  const before = cell(from)?.assessed ? cell(from)?.behaviours : undefined;
  const after = cell(to)?.assessed ? cell(to)?.behaviours : undefined;
  const presence = before && after ? 'both' : after ? 'new' : 'dropped';
  const changes = cachedComparison(before ?? [], after ?? [], diffBehaviours);
  return { theme, presence, changes, stats: changeStats(changes) };
}

/**
 * Compares two levels theme by theme, at build time, once per pair of levels. The work grows
 * with the text of the two levels: each theme's lists are paired and each pair diffed once.
 */
export function compareLevels(from: Level, to: Level): LevelComparison {
  const groups = unionGroups(from, to).map((group) => ({
    id: group.id,
    title: group.title,
    themes: group.themes.map((theme) => compareTheme(theme, from, to)),
  }));
  const themes = groups.flatMap((group) => group.themes);
  const cumulative = from.track === to.track && from.track.cumulative && from.data.rank < to.data.rank;
  return { from, to, groups, themes, cumulative, stats: addStats(themes.map((t) => t.stats)) };
}

/** One change of wording inside a line read across two levels: "squad" becomes "product area". */
export interface Shift {
  from: string;
  to: string;
}

/**
 * The phrases that change in a line rewritten word by word: each run of removed words with
 * the run of added words that replaces it, such as "the squad's" → "the product area's". This
 * is how a reader sees the step (scope, reach, horizon) without reading every word.
 */
export function shiftsOf(change: BehaviourChange): Shift[] {
  if (change.kind !== 'reworded' || !change.inline) return [];
  const shifts: Shift[] = [];
  for (let index = 0; index < change.segments.length; index++) {
    const segment = change.segments[index];
    const following = change.segments[index + 1];
    if (segment.type === 'removed' && following?.type === 'added') {
      shifts.push({ from: segment.text.trim(), to: following.text.trim() });
      index++;
    }
  }
  return shifts.filter((shift) => shift.from && shift.to);
}
