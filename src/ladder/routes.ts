import { comparisonPairs } from '../compare/pairs.ts';
import { exportsFolder, openDataPath, schemaFolder } from '../exports/paths.ts';
import type { Settings } from '../schemas/index.ts';
import type { Ladder } from './model.ts';
import { basePath, type Urls, urlsFor } from './urls.ts';

/** What a page shows; each kind has its own page component. */
export type PageTarget =
  | { kind: 'home' }
  | { kind: 'track'; trackId: string }
  | { kind: 'level'; levelId: string; trackId: string }
  | { kind: 'theme'; themeId: string }
  | { kind: 'guide'; guideId: string }
  | { kind: 'search' }
  | { kind: 'open-data' }
  | { kind: 'changes' }
  | { kind: 'matrix'; trackId: string }
  | { kind: 'assess'; levelId: string; trackId: string }
  | { kind: 'compare'; fromLevelId: string; toLevelId: string };

/** One page of the site. */
export type PageRoute = PageTarget & {
  /** Locale of the page. */
  locale: string;
  /** Path of the page, from the site root, with its base path: `/product-management/`. */
  path: string;
  /** The path without base path and slashes, as Astro's `[...slug]` route expects. */
  slug: string | undefined;
};

/** Turns a site path into the `[...slug]` parameter Astro expects for it. */
export function slugOf(path: string, base: string): string | undefined {
  const slug = path.slice(base.length).replace(/\/$/, '');
  return slug === '' ? undefined : slug;
}

/** The path of a page in the language of the given URL helpers. */
export function pathOf(target: PageTarget, urls: Urls): string {
  switch (target.kind) {
    case 'home':
      return urls.home();
    case 'track':
      return urls.track(target.trackId);
    case 'level':
      return urls.level(target.trackId, target.levelId);
    case 'theme':
      return urls.theme(target.themeId);
    case 'guide':
      return urls.guide(target.guideId);
    case 'search':
      return urls.search();
    case 'open-data':
      return openDataPath(urls);
    case 'changes':
      return urls.changes();
    case 'matrix':
      return urls.matrix(target.trackId);
    case 'assess':
      return urls.assess(target.trackId, target.levelId);
    case 'compare':
      return urls.compare(target.fromLevelId, target.toLevelId);
  }
}

/**
 * The same page in every language of the site. Paths are built from ids, which no
 * translation changes, so every page exists in every language.
 */
export function alternatesOf(
  target: PageTarget,
  settings: Pick<Settings, 'url' | 'locales'>,
): { locale: string; label: string; path: string }[] {
  return settings.locales.map((locale) => ({
    locale: locale.code,
    label: locale.label,
    path: pathOf(target, urlsFor(settings, locale.code)),
  }));
}

/**
 * Lists every page of one language's ladder. Route files, share cards, `og:image` tags and
 * the sitemap all use this list, so nothing can link to a page or card that was not generated.
 */
export function pageRoutes(ladder: Ladder, locale = ladder.locale): PageRoute[] {
  const urls = urlsFor(ladder.settings, locale);
  const base = basePath(ladder.settings);
  const targets: PageTarget[] = [
    { kind: 'home' },
    ...ladder.tracks.map((t): PageTarget => ({ kind: 'track', trackId: t.id })),
    ...ladder.levels.map((l): PageTarget => ({ kind: 'level', levelId: l.id, trackId: l.track.id })),
    ...ladder.themes.map((t): PageTarget => ({ kind: 'theme', themeId: t.id })),
    ...ladder.guides.map((g): PageTarget => ({ kind: 'guide', guideId: g.id })),
    { kind: 'search' },
    { kind: 'open-data' },
    // The "What changed" page exists once the ladder keeps a changelog.
    ...(ladder.changelog.length ? [{ kind: 'changes' } as const] : []),
    ...ladder.tracks.map((t): PageTarget => ({ kind: 'matrix', trackId: t.id })),
    ...ladder.levels.map((l): PageTarget => ({ kind: 'assess', levelId: l.id, trackId: l.track.id })),
    ...comparisonPairs(ladder).map(
      (p): PageTarget => ({ kind: 'compare', fromLevelId: p.from.id, toLevelId: p.to.id }),
    ),
  ];
  return targets.map((target) => {
    const path = pathOf(target, urls);
    return { ...target, locale, path, slug: slugOf(path, base) };
  });
}

/** A former URL that leads to a page's current URL. */
export interface RedirectRoute {
  /** Locale of the page. */
  locale: string;
  /** The former path, built from a former id listed in `aliases`. */
  path: string;
  /** The former path as Astro's `[...slug]` parameter. */
  slug: string | undefined;
  /** The page the former path leads to. */
  to: PageRoute;
}

/** Every combination of one item from each list. */
function combinations(lists: string[][]): string[][] {
  return lists.reduce<string[][]>(
    (done, list) => done.flatMap((prefix) => list.map((item) => [...prefix, item])),
    [[]],
  );
}

/**
 * Former paths of every page: each page's path rebuilt with the former ids (`aliases`) of
 * the level, track, theme or guide it is built from, in every combination. A renamed level
 * thus keeps its level page, its comparison pages and its card, in every language.
 */
export function redirectRoutes(ladder: Ladder, locale = ladder.locale): RedirectRoute[] {
  const urls = urlsFor(ladder.settings, locale);
  const base = basePath(ladder.settings);
  const idsOf = (entries: { id: string; data: { aliases: string[] } }[]) =>
    new Map(entries.map((entry) => [entry.id, [entry.id, ...entry.data.aliases]]));
  const levels = idsOf(ladder.levels);
  const tracks = idsOf(ladder.tracks);
  const themes = idsOf(ladder.themes);
  const guides = idsOf(ladder.guides);
  const all = (ids: Map<string, string[]>, id: string) => ids.get(id) ?? [id];

  const routes = pageRoutes(ladder, locale);
  const current = new Set(routes.map((route) => route.path));
  const redirects = new Map<string, RedirectRoute>();
  for (const route of routes) {
    let variants: PageTarget[] = [];
    switch (route.kind) {
      case 'track':
      case 'matrix':
        variants = all(tracks, route.trackId).map((trackId) => ({ kind: route.kind, trackId }));
        break;
      case 'level':
      case 'assess':
        variants = combinations([all(tracks, route.trackId), all(levels, route.levelId)]).map(
          ([trackId, levelId]) => ({ kind: route.kind, trackId, levelId }),
        );
        break;
      case 'theme':
        variants = all(themes, route.themeId).map((themeId) => ({ kind: 'theme', themeId }));
        break;
      case 'guide':
        variants = all(guides, route.guideId).map((guideId) => ({ kind: 'guide', guideId }));
        break;
      case 'compare':
        variants = combinations([all(levels, route.fromLevelId), all(levels, route.toLevelId)]).map(
          ([fromLevelId, toLevelId]) => ({ kind: 'compare', fromLevelId, toLevelId }),
        );
        break;
    }
    for (const variant of variants) {
      const path = pathOf(variant, urls);
      // A former id never takes over a page that exists: `check` reports such a clash.
      if (current.has(path) || redirects.has(path)) continue;
      redirects.set(path, { locale, path, slug: slugOf(path, base), to: route });
    }
  }
  return [...redirects.values()];
}

/** A file or folder of the built site that is not a page of the ladder. */
export interface SiteFile {
  /** Path from the site root, with the base path; folders end with `/`. */
  path: string;
  /** What it is, for messages. */
  what: string;
  /** True for the folder of share cards, where cards (and only they) may go. */
  holdsCards?: boolean;
}

/**
 * The files and folders the build writes besides pages, for one language: the ladder as data,
 * and for the default language the site-wide files and the folders of cards, the search index
 * and bundled assets. The check uses this list to find ids that would collide with them.
 */
export function siteFiles(
  settings: Pick<Settings, 'url' | 'locales'>,
  locale: string,
  isDefault: boolean,
): SiteFile[] {
  const urls = urlsFor(settings, locale);
  const base = basePath(settings);
  const files: SiteFile[] = [
    { path: urls.ladderJson(), what: `the ladder's data ${urls.ladderJson()}` },
    { path: exportsFolder(settings, locale), what: `the CSV exports ${exportsFolder(settings, locale)}` },
  ];
  if (!isDefault) return files;
  return [
    ...files,
    { path: `${base}404.html`, what: 'the page for unknown addresses' },
    { path: `${base}sitemap.xml`, what: 'the sitemap' },
    { path: `${base}robots.txt`, what: 'robots.txt' },
    { path: `${base}_redirects`, what: 'the redirects file' },
    { path: `${base}cards/`, what: `the folder of share cards ${base}cards/`, holdsCards: true },
    { path: `${base}pagefind/`, what: `the search index ${base}pagefind/` },
    { path: `${base}_astro/`, what: `the folder of scripts and styles ${base}_astro/` },
    { path: schemaFolder(settings), what: `the JSON Schemas ${schemaFolder(settings)}` },
  ];
}
