import { levelPay, type ZonedPayRange } from '../pay/ranges.ts';
import type { GuideData, LevelData, Settings, ThemeData, TrackData } from '../schemas/index.ts';
import { importanceLevels } from '../schemas/index.ts';
import { type CellSources, resolveCell, type ThemeExpectation, trackLineage } from './cells.ts';
import type { ChangeEntry } from './changelog.ts';

/**
 * A level's data as pages read it: the title defaulted to the code, and an expectation for
 * every theme of its track, resolved (written, inherited from a base track, or not assessed).
 */
export type LevelView = Omit<LevelData, 'title' | 'expectations' | 'pay'> & {
  /** Title of the level; its code when the file gives none. */
  title: string;
  /** The published range of the default zone; undefined when the level's pay is not published. */
  pay?: ZonedPayRange;
  /** Every published range, one per zone, the default zone first; empty when not published. */
  payRanges: ZonedPayRange[];
  /** Per theme id of the track: what the level expects, resolved. */
  expectations: Record<string, ThemeExpectation>;
};

/** A content entry as both Astro's collections and `check` provide it. */
export interface EntryInput<T> {
  id: string;
  data: T;
  /** True when the entry has no translation in the ladder's locale and shows the default language. */
  fallback?: boolean;
}

/** Whether an entry's words are in the page's language or fell back to the default one. */
interface Localised {
  /** True when the entry has no translation in the ladder's locale and shows the default language. */
  fallback: boolean;
}

/** A skill area, with its group resolved. */
export interface Theme extends Localised {
  id: string;
  data: ThemeData;
  /** Title of the theme's group, from the site settings. */
  groupTitle: string;
}

/** A group of themes (hard skills, soft skills), in display order. */
export interface ThemeGroup {
  id: string;
  title: string;
  description?: string;
  /** Themes of the group, most important first. */
  themes: Theme[];
}

/** A level, linked to its neighbours so pages can walk the ladder. */
export interface Level extends Localised {
  id: string;
  data: LevelView;
  track: Track;
  /** The level below in the same track, if any. */
  previous?: Level;
  /** The level above in the same track, if any. */
  next?: Level;
  /** The matching level of another track, if the level names one. */
  equivalent?: Level;
}

/** A job family with its levels in rank order. */
export interface Track extends Localised {
  id: string;
  data: TrackData;
  /** Whether each level includes everything expected at the levels below it. */
  cumulative: boolean;
  /** The track this one extends (a shared framework), if any. */
  base?: Track;
  /** Levels from the lowest rank to the highest. */
  levels: Level[];
  /** Themes that apply to the track, grouped and ordered as pages show them. */
  groups: ThemeGroup[];
}

/** A free page. */
export interface Guide extends Localised {
  id: string;
  data: GuideData;
}

/** The whole ladder, ordered and cross-linked, ready for pages and exports. */
export interface Ladder {
  /** Language of the ladder's words; the first of the settings' locales unless translated. */
  locale: string;
  settings: Settings;
  /** Tracks in display order. */
  tracks: Track[];
  /** Every level, track by track, in rank order. */
  levels: Level[];
  /** Theme groups in the order of the settings, each with its themes by importance. */
  groups: ThemeGroup[];
  /** Every theme, in group then importance order. */
  themes: Theme[];
  /** Guides in display order. */
  guides: Guide[];
  /** Versions of the ladder, newest first: the first is the version every page shows. Empty without a changelog. */
  changelog: ChangeEntry[];
}

const byTitle = (a: { data: { title: string } }, b: { data: { title: string } }) =>
  a.data.title.localeCompare(b.data.title);

/**
 * Orders themes by their explicit `order`, then from most to least important, then by title,
 * so pages never disagree. Themes with an order come before those without.
 */
export function compareThemes(a: Theme, b: Theme): number {
  const order = (theme: Theme) => theme.data.order ?? Number.POSITIVE_INFINITY;
  const weight = (theme: Theme) =>
    theme.data.importance ? importanceLevels.indexOf(theme.data.importance) : importanceLevels.length;
  return order(a) - order(b) || weight(a) - weight(b) || byTitle(a, b);
}

/** Groups themes as the settings order them, dropping groups left empty. */
function groupThemes(settings: Settings, themes: Theme[]): ThemeGroup[] {
  return settings.themeGroups
    .map((group) => ({
      id: group.id,
      title: group.title,
      description: group.description,
      themes: themes.filter((theme) => theme.data.group === group.id).sort(compareThemes),
    }))
    .filter((group) => group.themes.length > 0);
}

/**
 * Builds the ordered, cross-linked ladder from validated entries. Order and relations are
 * derived here once (ranks, importance, groups, neighbours), never declared twice in content.
 */
export function buildLadder(input: {
  /** Language of the entries' words; defaults to the settings' first locale. */
  locale?: string;
  settings: Settings;
  tracks: EntryInput<TrackData>[];
  themes: EntryInput<ThemeData>[];
  levels: EntryInput<LevelData>[];
  guides: EntryInput<GuideData>[];
  /** The changelog in the entries' language, newest first; none when left out. */
  changelog?: ChangeEntry[];
}): Ladder {
  const { settings } = input;
  const groupTitles = new Map(settings.themeGroups.map((g) => [g.id, g.title]));
  const themes: Theme[] = input.themes.map((entry) => ({
    id: entry.id,
    data: entry.data,
    fallback: entry.fallback ?? false,
    groupTitle: groupTitles.get(entry.data.group) ?? entry.data.group,
  }));
  const groups = groupThemes(settings, themes);

  const trackEntries = new Map(input.tracks.map((entry) => [entry.id, entry]));
  const lineage = (trackId: string) => trackLineage(trackId, trackEntries);
  const tracks: Track[] = [...input.tracks]
    .sort((a, b) => a.data.order - b.data.order || byTitle(a, b))
    .map((entry) => ({
      id: entry.id,
      data: entry.data,
      fallback: entry.fallback ?? false,
      cumulative: entry.data.cumulative ?? settings.cumulative,
      levels: [],
      // A track has the themes of every track it extends, as well as its own.
      groups: groupThemes(
        settings,
        themes.filter(
          (theme) => !theme.data.tracks || lineage(entry.id).some((id) => theme.data.tracks?.includes(id)),
        ),
      ),
    }));
  const trackById = new Map(tracks.map((track) => [track.id, track]));
  for (const track of tracks) track.base = track.data.extends ? trackById.get(track.data.extends) : undefined;

  const sources: CellSources = {
    levels: new Map(input.levels.map((entry) => [entry.id, entry])),
    tracks: trackEntries,
    themes: new Map(input.themes.map((entry) => [entry.id, entry])),
  };

  const levels: Level[] = [];
  for (const track of tracks) {
    const entries = input.levels
      .filter((l) => l.data.track === track.id)
      .sort((a, b) => a.data.rank - b.data.rank);
    const themeIds = track.groups.flatMap((group) => group.themes.map((theme) => theme.id));
    track.levels = entries.map((entry) => ({
      id: entry.id,
      data: {
        ...entry.data,
        title: entry.data.title ?? entry.data.code,
        ...levelPay(entry.data.pay, track.data.showPay ?? settings.showPay, settings),
        expectations: Object.fromEntries(
          themeIds.flatMap((themeId) => {
            const cell = resolveCell(entry, themeId, sources);
            return cell ? [[themeId, cell]] : [];
          }),
        ),
      },
      fallback: entry.fallback ?? false,
      track,
    }));
    track.levels.forEach((level, index) => {
      level.previous = track.levels[index - 1];
      level.next = track.levels[index + 1];
    });
    levels.push(...track.levels);
  }
  const levelById = new Map(levels.map((l) => [l.id, l]));
  for (const level of levels) {
    if (level.data.equivalent) level.equivalent = levelById.get(level.data.equivalent);
  }

  return {
    locale: input.locale ?? settings.locales[0].code,
    settings,
    tracks,
    levels,
    groups,
    themes: groups.flatMap((g) => g.themes),
    guides: [...input.guides]
      .sort((a, b) => a.data.order - b.data.order || byTitle(a, b))
      .map((entry) => ({ id: entry.id, data: entry.data, fallback: entry.fallback ?? false })),
    changelog: input.changelog ?? [],
  };
}

/** Themes of a level's track, in page order, that the level has a cell for (assessed or not). */
export function levelThemeGroups(level: Level): ThemeGroup[] {
  return level.track.groups
    .map((group) => ({ ...group, themes: group.themes.filter((t) => t.id in level.data.expectations) }))
    .filter((group) => group.themes.length > 0);
}

/** Whether a level assesses at least one theme; a level defined only by its scope assesses none. */
export function assessesAnyTheme(level: Level): boolean {
  return Object.values(level.data.expectations).some((cell) => cell.assessed);
}

/** Levels of every track where a theme is assessed, track by track. */
export function themeAcrossTracks(ladder: Ladder, theme: Theme): { track: Track; levels: Level[] }[] {
  return ladder.tracks
    .map((track) => ({ track, levels: track.levels.filter((l) => l.data.expectations[theme.id]?.assessed) }))
    .filter((row) => row.levels.length > 0);
}

/** Where a level sits in its track: the 1-based position and the number of levels. */
export function positionInTrack(level: Level): { position: number; count: number } {
  return { position: level.track.levels.indexOf(level) + 1, count: level.track.levels.length };
}
