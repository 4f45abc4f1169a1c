import type { Cell, Example, LevelData, ThemeData, TrackData } from '../schemas/index.ts';

/** An example as pages show it: a line of text, or a story. */
export type ExampleView = { text: string } | { situation: string; action: string; outcome?: string };

/** A level's expectations within one theme, resolved: inherited, not assessed, or written. */
export interface ThemeExpectation {
  /** False when the theme is not assessed at the level: the arrays below are then empty. */
  assessed: boolean;
  /** The behaviours, each as one sentence. */
  behaviours: string[];
  /** Examples attached to each behaviour, in the order of `behaviours`. */
  behaviourExamples: ExampleView[][];
  /** Examples of the theme's behaviours as a whole. */
  examples: ExampleView[];
  /** Id of the level of a base track the expectations come from, when inherited. */
  inheritedFrom?: string;
}

/** The resolved cell of a theme that is not assessed at a level. */
export const notAssessedCell: ThemeExpectation = {
  assessed: false,
  behaviours: [],
  behaviourExamples: [],
  examples: [],
};

/** Turns an example as written into the shape pages show. */
export function exampleView(example: Example): ExampleView {
  return typeof example === 'string' ? { text: example } : example;
}

/** Every example of a cell, those attached to behaviours first: search and cards read them all. */
export function allExamples(cell: ThemeExpectation): ExampleView[] {
  return [...cell.behaviourExamples.flat(), ...cell.examples];
}

/** The words of an example, for search and diffs. */
export function exampleText(example: ExampleView): string {
  return 'text' in example ? example.text : [example.situation, example.action, example.outcome].join(' ');
}

/** A written cell, resolved. */
function fromWritten(cell: Exclude<Cell, 'not-assessed'>): ThemeExpectation {
  return {
    assessed: true,
    behaviours: cell.behaviours.map((behaviour) =>
      typeof behaviour === 'string' ? behaviour : behaviour.text,
    ),
    behaviourExamples: cell.behaviours.map((behaviour) =>
      typeof behaviour === 'string' ? [] : behaviour.examples.map(exampleView),
    ),
    examples: cell.examples.map(exampleView),
  };
}

/**
 * The track and every track it extends, nearest first. A loop of `extends` (which the check
 * reports) stops at the first repeat instead of running forever.
 */
export function trackLineage(
  trackId: string,
  tracks: ReadonlyMap<string, { data: Pick<TrackData, 'extends'> }>,
): string[] {
  const ids: string[] = [];
  for (let id: string | undefined = trackId; id && !ids.includes(id); id = tracks.get(id)?.data.extends) {
    ids.push(id);
  }
  return ids;
}

/** Whether a theme's `assessed` range includes a rank. */
export function assessedAtRank(theme: Pick<ThemeData, 'assessed'>, rank: number): boolean {
  const range = theme.assessed;
  return (range?.from === undefined || rank >= range.from) && (range?.to === undefined || rank <= range.to);
}

/** What cell resolution needs to know about the ladder. */
export interface CellSources {
  /** Levels by id, as written. */
  levels: ReadonlyMap<string, { id: string; data: LevelData }>;
  /** Tracks by id, as written. */
  tracks: ReadonlyMap<string, { data: TrackData }>;
  /** Themes by id, as written. */
  themes: ReadonlyMap<string, { data: ThemeData }>;
}

/**
 * The level a level inherits from: the one its `extends` names, or the level with the same
 * rank in the base track (the track's `extends`). Undefined when the track extends none.
 */
export function baseLevelOf(
  level: { id: string; data: LevelData },
  sources: CellSources,
): { id: string; data: LevelData } | undefined {
  const baseTrack = sources.tracks.get(level.data.track)?.data.extends;
  if (!baseTrack) return undefined;
  if (level.data.extends) return sources.levels.get(level.data.extends);
  return [...sources.levels.values()].find(
    (other) => other.data.track === baseTrack && other.data.rank === level.data.rank,
  );
}

/**
 * The expectations of a level for a theme: what the level writes (or `not-assessed`);
 * otherwise "not assessed" when the theme's ranks leave the level out; otherwise what its base
 * level has, through any number of base tracks. Undefined when nothing says: the check reports
 * that as a missing theme.
 */
export function resolveCell(
  level: { id: string; data: LevelData },
  themeId: string,
  sources: CellSources,
  seen: Set<string> = new Set(),
): ThemeExpectation | undefined {
  const written = level.data.expectations[themeId];
  if (written === 'not-assessed') return notAssessedCell;
  if (written) return fromWritten(written);
  const theme = sources.themes.get(themeId);
  if (theme && !assessedAtRank(theme.data, level.data.rank)) return notAssessedCell;
  // A cycle of `extends` is reported by the check; resolution just stops.
  if (seen.has(level.id)) return undefined;
  seen.add(level.id);
  const base = baseLevelOf(level, sources);
  if (!base) return undefined;
  const inherited = resolveCell(base, themeId, sources, seen);
  return inherited && { ...inherited, inheritedFrom: inherited.inheritedFrom ?? base.id };
}
