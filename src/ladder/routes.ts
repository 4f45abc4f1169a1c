import type { Ladder } from './model.ts';
import { basePath, urlsFor } from './urls.ts';

/** What a page shows; each kind has its own page component. */
export type PageTarget =
  | { kind: 'home' }
  | { kind: 'track'; trackId: string }
  | { kind: 'level'; levelId: string }
  | { kind: 'theme'; themeId: string }
  | { kind: 'guide'; guideId: string };

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

/**
 * Lists every page of one locale's ladder. Route files, share cards and `og:image` tags all
 * use this list, so a page can never link to a card or page that was not generated.
 */
export function pageRoutes(ladder: Ladder, locale = ladder.settings.locales[0].code): PageRoute[] {
  const urls = urlsFor(ladder.settings, locale);
  const base = basePath(ladder.settings);
  const targets: [PageTarget, string][] = [
    [{ kind: 'home' }, urls.home()],
    ...ladder.tracks.map((t): [PageTarget, string] => [{ kind: 'track', trackId: t.id }, urls.track(t.id)]),
    ...ladder.levels.map((l): [PageTarget, string] => [
      { kind: 'level', levelId: l.id },
      urls.level(l.track.id, l.id),
    ]),
    ...ladder.themes.map((t): [PageTarget, string] => [{ kind: 'theme', themeId: t.id }, urls.theme(t.id)]),
    ...ladder.guides.map((g): [PageTarget, string] => [{ kind: 'guide', guideId: g.id }, urls.guide(g.id)]),
  ];
  return targets.map(([target, path]) => ({ ...target, locale, path, slug: slugOf(path, base) }));
}
