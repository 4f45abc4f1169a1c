// Which comparison pages exist. Routes, level pages, the matrix and `ladder.json` all read
// this one list, so no page links to a comparison that was not generated.
import type { Ladder, Level, Track } from '../ladder/model.ts';

/** Two levels compared on one page, from `from` to `to`. */
export interface LevelPair {
  from: Level;
  to: Level;
  /**
   * `track` for two levels of one track, lower rank first; `equivalent` for a switch between
   * matching levels of two tracks, such as a senior IC becoming a manager.
   */
  kind: 'track' | 'equivalent';
}

/** Every pair of levels of a track, from lower to higher rank: n levels give n(n-1)/2 pairs. */
export function trackPairs(track: Track): LevelPair[] {
  return track.levels.flatMap((from, index) =>
    track.levels.slice(index + 1).map((to): LevelPair => ({ from, to, kind: 'track' })),
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
 * Every comparison page of the ladder: each track's pairs, then the switches between
 * equivalent levels. A switch between two levels of one track that is already a track pair
 * is not repeated.
 */
export function comparisonPairs(ladder: Ladder): LevelPair[] {
  const pairs = ladder.tracks.flatMap(trackPairs);
  const known = new Set(pairs.map((p) => `${p.from.id}\u0000${p.to.id}`));
  return [...pairs, ...equivalentPairs(ladder).filter((p) => !known.has(`${p.from.id}\u0000${p.to.id}`))];
}
