import { type Ladder, type Level, levelThemeGroups, type Theme } from '../ladder/model.ts';
import type { PageRoute } from '../ladder/routes.ts';

/** Filters a reader can narrow search results by; each is a `data-pagefind-filter` name. */
export const searchFilterNames = ['track', 'level', 'theme', 'group'] as const;

/** Name of one search filter. */
export type SearchFilterName = (typeof searchFilterNames)[number];

/**
 * Kinds of result search can return, so a result can say "Level" or "Theme" by its title. A
 * `section` is one theme of one level, indexed as a result of its own.
 */
export type SearchPageKind = 'home' | 'track' | 'level' | 'theme' | 'guide' | 'section';

/** Metadata stored with a page in the index and shown with its result. */
export interface SearchMeta {
  /** Title of the result. Set explicitly, because the first `h1` also holds the level code. */
  title: string;
  kind: SearchPageKind;
  /** Title of the track, on level and track pages. */
  track?: string;
  /** Short code of the level (`P3`), on level pages. */
  level?: string;
  /** Title of the theme's group, on theme pages. */
  group?: string;
  /** Title of the level a theme section belongs to, on section results. */
  page?: string;
}

/**
 * One theme section of a level page, indexed as a record of its own so that a theme filter
 * keeps only what that theme says: a level page holds every theme, so as one record it would
 * match every theme filter.
 */
export interface SearchSection {
  /** Id of the theme, which is also the section's anchor on the level page. */
  id: string;
  meta: SearchMeta;
  /** The level's track and level, and the section's own theme and group. */
  filters: Partial<Record<SearchFilterName, string[]>>;
}

/** What the search index records about one page besides its text. */
export interface SearchFacets {
  meta: SearchMeta;
  /** Values of each filter. A page can hold several values of one filter: a level's themes. */
  filters: Partial<Record<SearchFilterName, string[]>>;
  /**
   * Sections the index records apart from the page, with the page's `theme` and `group`
   * filters moved onto them (`src/search/sections.ts`). Only level pages have some.
   */
  sections?: SearchSection[];
}

/** The value of the `level` filter: code and title, so readers recognise it in a list of chips. */
export function levelFilterValue(level: Level): string {
  return `${level.data.code} ${level.data.title}`;
}

/** Distinct values in first-seen order, so pages that share a group list it once. */
const unique = (values: string[]) => [...new Set(values)];

/** Tracks a theme applies to, in display order, as the model resolved them. */
function tracksOfTheme(ladder: Ladder, theme: Theme) {
  return ladder.tracks.filter((track) => track.groups.some((group) => group.themes.includes(theme)));
}

/**
 * What search records about a page: its result metadata and filter values. Returns undefined
 * for pages that search must not find (the search page itself, and any page kind added later
 * until someone decides it belongs in results), so they carry no `data-pagefind-body`.
 */
export function searchFacets(ladder: Ladder, route: PageRoute): SearchFacets | undefined {
  switch (route.kind) {
    case 'home':
      return { meta: { title: ladder.settings.title, kind: 'home' }, filters: {} };
    case 'guide': {
      const guide = ladder.guides.find((g) => g.id === route.guideId);
      return guide && { meta: { title: guide.data.title, kind: 'guide' }, filters: {} };
    }
    case 'track': {
      const track = ladder.tracks.find((t) => t.id === route.trackId);
      return (
        track && {
          meta: { title: track.data.title, kind: 'track', track: track.data.title },
          filters: { track: [track.data.title] },
        }
      );
    }
    case 'level': {
      const level = ladder.levels.find((l) => l.id === route.levelId);
      if (!level) return undefined;
      // A theme not assessed at the level has nothing to find there.
      const groups = levelThemeGroups(level)
        .map((group) => ({
          ...group,
          themes: group.themes.filter((t) => level.data.expectations[t.id]?.assessed),
        }))
        .filter((group) => group.themes.length > 0);
      return {
        meta: {
          title: level.data.title,
          kind: 'level',
          track: level.track.data.title,
          level: level.data.code,
        },
        filters: {
          track: [level.track.data.title],
          level: [levelFilterValue(level)],
          theme: groups.flatMap((group) => group.themes.map((theme) => theme.data.title)),
          group: unique(groups.map((group) => group.title)),
        },
        sections: groups.flatMap((group) =>
          group.themes.map((theme) => ({
            id: theme.id,
            meta: {
              title: theme.data.title,
              kind: 'section' as const,
              track: level.track.data.title,
              level: level.data.code,
              page: level.data.title,
            },
            filters: {
              track: [level.track.data.title],
              level: [levelFilterValue(level)],
              theme: [theme.data.title],
              group: [group.title],
            },
          })),
        ),
      };
    }
    case 'theme': {
      const theme = ladder.themes.find((t) => t.id === route.themeId);
      return (
        theme && {
          meta: { title: theme.data.title, kind: 'theme', group: theme.groupTitle },
          filters: {
            track: tracksOfTheme(ladder, theme).map((track) => track.data.title),
            theme: [theme.data.title],
            group: [theme.groupTitle],
          },
        }
      );
    }
    default:
      return undefined;
  }
}
