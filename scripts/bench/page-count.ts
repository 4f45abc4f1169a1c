import { everyPairUpTo, longTrackReach } from '../../src/compare/pairs.ts';

/** The size of a synthetic ladder. */
export interface LadderShape {
  /** Tracks; every second one is a management track whose levels match the track before it. */
  tracks: number;
  /** Levels per track. */
  levels: number;
  /** Themes, each with expectations at every level of the tracks it applies to. */
  themes: number;
  /** Guides. */
  guides: number;
  /** Languages the ladder is published in; every entry is translated into each. */
  locales: number;
}

/**
 * Whether the track at `index` (from 0) is a management track. The synthetic ladder pairs
 * tracks: an individual-contributor track, then a management track whose level of rank r is
 * the equivalent of the other's level of rank r, as real ladders pair a senior IC and a manager.
 */
export function isManagementTrack(index: number): boolean {
  return index % 2 === 1;
}

/** How many management tracks a ladder of `tracks` tracks has. */
export function managementTracks(tracks: number): number {
  return Math.floor(tracks / 2);
}

/** Comparisons within one track of `levels` levels: every pair, or in a long track each level with the three above it. */
function trackComparisonCount(levels: number): number {
  if (levels <= everyPairUpTo) return (levels * (levels - 1)) / 2;
  let pairs = 0;
  for (let index = 0; index < levels; index++) pairs += Math.min(longTrackReach, levels - 1 - index);
  return pairs;
}

/**
 * Pages of one language: home, tracks, levels and their self-assessment pages, themes, guides,
 * search, open data, a matrix per track, the comparisons within each track, and comparisons each way
 * between levels one rank apart or less of linked tracks: each management track and the
 * track before it, whose ranks both run from 1, so 3L - 2 pairs each way, equivalents among them.
 */
export function pagesPerLocale(shape: Omit<LadderShape, 'locales'>): number {
  const { tracks, levels, themes, guides } = shape;
  const home = 1;
  const search = 1;
  const openData = 1;
  const assessments = tracks * levels;
  const trackComparisons = tracks * trackComparisonCount(levels);
  const switchComparisons = 2 * managementTracks(tracks) * (3 * levels - 2);
  return (
    home +
    tracks +
    tracks * levels +
    assessments +
    themes +
    guides +
    search +
    openData +
    tracks +
    trackComparisons +
    switchComparisons
  );
}

/** Pages of the whole site: every page exists in every language. */
export function countPages(shape: LadderShape): number {
  return shape.locales * pagesPerLocale(shape);
}

/**
 * A smaller ladder of about `target` pages, for the size series: the same themes, guides and
 * languages (so pages carry as much text as in the full ladder), fewer tracks and levels.
 * Picks the shape closest to the target, preferring more tracks to fewer.
 */
export function shapeForPages(target: number, full: LadderShape): LadderShape {
  let best: LadderShape = { ...full, tracks: 1, levels: 1 };
  for (let tracks = full.tracks; tracks >= 1; tracks--) {
    for (let levels = 1; levels <= full.levels; levels++) {
      const shape = { ...full, tracks, levels };
      if (Math.abs(countPages(shape) - target) < Math.abs(countPages(best) - target)) best = shape;
    }
  }
  return best;
}
