// The "what changes most" box at the top of a comparison: where to look first.
import type { Theme } from '../ladder/model.ts';
import { type ChangeStats, type LevelComparison, type Shift, shiftsOf } from './diff.ts';

/** How much one theme changes, for the summary. */
export interface ThemeChange {
  theme: Theme;
  /** Words added and removed, whole new and dropped behaviours included. */
  wordsChanged: number;
  /** Behaviours new at the target level. */
  added: number;
  /** Behaviours the target no longer lists. */
  removed: number;
  /** Behaviours rewritten between the levels. */
  reworded: number;
  /** The first few phrases that change in its lines, in the order of the lines. */
  shifts: Shift[];
}

/** What a reader sees first on a comparison page. */
export interface ComparisonSummary {
  /** Totals over every theme compared. */
  totals: ChangeStats;
  /** Number of themes compared. */
  themeCount: number;
  /** Themes that change most, most changed first; themes with no change are left out. */
  mostChanged: ThemeChange[];
  /** Themes only the target level has expectations for. */
  newThemes: Theme[];
  /** Themes only the lower level has expectations for. */
  droppedThemes: Theme[];
}

/** How many phrase shifts the summary shows per theme: enough to see the step, short enough to read. */
const shownShifts = 2;

/**
 * Summarises a comparison. Themes rank by how many of their lines change (new or rewritten),
 * then by words changed; ties keep page order so builds are stable. Each theme comes with the
 * phrases that change in its lines, which say the step in the ladder's own words.
 */
export function summariseComparison(comparison: LevelComparison, limit = 3): ComparisonSummary {
  const changes = comparison.themes.map((compared, index): ThemeChange & { index: number } => ({
    theme: compared.theme,
    wordsChanged: compared.stats.wordsAdded + compared.stats.wordsRemoved,
    added: compared.stats.added,
    removed: compared.stats.removed,
    reworded: compared.stats.reworded,
    shifts: compared.changes.flatMap(shiftsOf).slice(0, shownShifts),
    index,
  }));
  const linesChanged = (change: ThemeChange) => change.added + change.reworded;
  const mostChanged = changes
    .filter((change) => change.wordsChanged > 0)
    .sort((a, b) => linesChanged(b) - linesChanged(a) || b.wordsChanged - a.wordsChanged || a.index - b.index)
    .slice(0, limit)
    .map(({ index: _, ...change }) => change);
  return {
    totals: comparison.stats,
    themeCount: comparison.themes.length,
    mostChanged,
    newThemes: comparison.themes.filter((t) => t.presence === 'new').map((t) => t.theme),
    droppedThemes: comparison.themes.filter((t) => t.presence === 'dropped').map((t) => t.theme),
  };
}
