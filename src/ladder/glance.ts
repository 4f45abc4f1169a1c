import type { Ladder, Level, Track } from './model.ts';

/** One row of the ladder at a glance: the levels that sit at the same height of the company's scale. */
export interface GlanceRow {
  /** Per track, in the ladder's track order: the level on this row, or undefined for a gap. */
  cells: (Level | undefined)[];
}

/** The ladder drawn as a grid: tracks as columns, rows from the highest level down. */
export interface Glance {
  tracks: Track[];
  /** Rows from the top of the scale to the bottom, as a ladder is read. */
  rows: GlanceRow[];
}

/**
 * Places every level on a row of one company-wide scale. Equivalent levels (`equivalent`)
 * share a row; within a track each level sits above the one below it; otherwise a level sits
 * at its rank, which authors write on the company's scale. Ranks alone are not enough: a
 * management track numbered from 1 whose M1 is the equivalent of P4 must start on P4's row,
 * and its M3 then goes above P5's row whatever its rank says.
 */
export function ladderAtGlance(ladder: Pick<Ladder, 'tracks' | 'levels'>): Glance {
  // Levels linked by `equivalent`, directly or through another level, form one group.
  const parent = new Map<Level, Level>(ladder.levels.map((level) => [level, level]));
  const root = (level: Level): Level => {
    let current = level;
    while (parent.get(current) !== current) current = parent.get(current) as Level;
    return current;
  };
  for (const level of ladder.levels) {
    if (level.equivalent && parent.has(level.equivalent)) parent.set(root(level), root(level.equivalent));
  }

  // Each group's height: at least every member's rank, and above the group of every member's
  // previous level. Repeating until nothing moves settles chains that cross tracks; a cycle
  // (P4 ≡ M2 and P5 ≡ M1) cannot settle, so the passes are bounded.
  const height = new Map<Level, number>();
  for (const level of ladder.levels) {
    const group = root(level);
    height.set(group, Math.max(height.get(group) ?? 0, level.data.rank));
  }
  for (let pass = 0; pass <= ladder.levels.length; pass++) {
    let moved = false;
    for (const level of ladder.levels) {
      if (!level.previous) continue;
      const below = height.get(root(level.previous)) ?? 0;
      const group = root(level);
      if ((height.get(group) ?? 0) <= below) {
        height.set(group, below + 1);
        moved = true;
      }
    }
    if (!moved) break;
  }

  const heights = [...new Set(height.values())].sort((a, b) => b - a);
  const rows = heights.map((h) => ({
    cells: ladder.tracks.map((track) => track.levels.find((level) => height.get(root(level)) === h)),
  }));
  return { tracks: ladder.tracks, rows };
}
