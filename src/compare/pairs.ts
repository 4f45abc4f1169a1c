// Which comparison pages exist. Routes, level pages, the matrix and `ladder.json` all read
// this one list, so no page links to a comparison that was not generated.
import type { Ladder, Level, Track } from '../ladder/model.ts';

/** Two levels compared on one page, from `from` to `to`. */
export interface LevelPair {
  from: Level;
  to: Level;
  /**
   * `track` for two levels of one track, lower rank first; `equivalent` for a switch between
   * matching levels of two tracks, such as a senior IC becoming a manager; `switch` for
   * levels of two tracks within one rank of each other on the company's scale.
   */
  kind: 'track' | 'equivalent' | 'switch';
}

/**
 * Number of levels in a track up to which every pair of its levels gets a comparison page.
 * Pairs grow with the square of the levels: past this, a track's levels are compared with
 * the few levels around them, and the matrix compares any set of levels.
 */
export const everyPairUpTo = 12;

/** How far apart two levels of a long track may be and still get a comparison page. */
export const longTrackReach = 3;

/**
 * Pairs of levels of a track, from lower to higher rank: every pair (n levels give
 * n(n-1)/2), or, in a track longer than `everyPairUpTo`, the pairs at most `longTrackReach`
 * levels apart, so the pages grow with the levels rather than their square.
 */
export function trackPairs(track: Track): LevelPair[] {
  const reach = track.levels.length > everyPairUpTo ? longTrackReach : track.levels.length;
  return track.levels.flatMap((from, index) =>
    track.levels.slice(index + 1, index + 1 + reach).map((to): LevelPair => ({ from, to, kind: 'track' })),
  );
}

/**
 * Pairs of equivalent levels across tracks, in both directions, since people switch both
 * ways. A pair named from one side only, or from both, appears once per direction.
 */
export function equivalentPairs(ladder: Ladder): LevelPair[] {
  const pairs: LevelPair[] = [];
  const seen = new Set<string>();
  const add = (from: Level, to: Level) => {
    const key = `${from.id}\u0000${to.id}`;
    if (from === to || seen.has(key)) return;
    seen.add(key);
    pairs.push({ from, to, kind: 'equivalent' });
  };
  for (const level of ladder.levels) {
    if (!level.equivalent) continue;
    add(level, level.equivalent);
    add(level.equivalent, level);
  }
  return pairs;
}

/**
 * Pairs of levels of two linked tracks (tracks between which some level names an
 * `equivalent`) whose ranks differ by at most one on the company's scale, in both directions:
 * the moves people consider between those tracks, such as a senior IC trying management a
 * level lower. Only linked tracks, and only neighbouring ranks, so the number of pages grows
 * with the levels rather than with the square of the tracks.
 */
export function switchPairs(ladder: Ladder): LevelPair[] {
  const linked = new Set<string>();
  for (const level of ladder.levels) {
    if (!level.equivalent || level.equivalent.track === level.track) continue;
    linked.add(`${level.track.id}\u0000${level.equivalent.track.id}`);
    linked.add(`${level.equivalent.track.id}\u0000${level.track.id}`);
  }
  return ladder.levels.flatMap((from) =>
    ladder.levels
      .filter(
        (to) =>
          linked.has(`${from.track.id}\u0000${to.track.id}`) && Math.abs(to.data.rank - from.data.rank) <= 1,
      )
      .map((to): LevelPair => ({ from, to, kind: 'switch' })),
  );
}

/*
 * The pairs of each read of a ladder. Every level and comparison page asks which comparisons
 * its level has, and finding the switches looks at every two levels of the ladder: find them
 * once per ladder. Keyed by the ladder object, so a new read (the dev server after an edit)
 * starts afresh.
 */
const pairsByLadder = new WeakMap<Ladder, readonly LevelPair[]>();

/**
 * Every comparison page of the ladder: each track's pairs, then the switches between
 * equivalent levels, then between levels of other tracks at a neighbouring rank. A pair is
 * never repeated. The list is shared: do not change it.
 */
export function comparisonPairs(ladder: Ladder): readonly LevelPair[] {
  const known = pairsByLadder.get(ladder);
  if (known) return known;
  const pairs = findPairs(ladder);
  pairsByLadder.set(ladder, pairs);
  return pairs;
}

/** The pairs `comparisonPairs` returns, found afresh. */
function findPairs(ladder: Ladder): LevelPair[] {
  const pairs = ladder.tracks.flatMap(trackPairs);
  const known = new Set(pairs.map((p) => `${p.from.id}\u0000${p.to.id}`));
  for (const pair of [...equivalentPairs(ladder), ...switchPairs(ladder)]) {
    const key = `${pair.from.id}\u0000${pair.to.id}`;
    if (known.has(key)) continue;
    known.add(key);
    pairs.push(pair);
  }
  return pairs;
}

/** The comparisons a level has a page for, with the other level of each, for a picker of links. */
export function comparisonsOf(ladder: Ladder, level: Level): LevelPair[] {
  return comparisonPairs(ladder).filter((pair) => pair.from === level || pair.to === level);
}
