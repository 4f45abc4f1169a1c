import { comparisonPairs } from '../compare/pairs.ts';
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
  | { kind: 'matrix'; trackId: string }
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
    case 'matrix':
      return urls.matrix(target.trackId);
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
    ...ladder.tracks.map((t): PageTarget => ({ kind: 'matrix', trackId: t.id })),
    ...comparisonPairs(ladder).map(
      (p): PageTarget => ({ kind: 'compare', fromLevelId: p.from.id, toLevelId: p.to.id }),
    ),
  ];
  return targets.map((target) => {
    const path = pathOf(target, urls);
    return { ...target, locale, path, slug: slugOf(path, base) };
  });
}
