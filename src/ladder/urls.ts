import type { Settings } from '../schemas/index.ts';

/**
 * Every page's path, built from ids only, so that a URL changes only when an id does.
 * Paths start and end with `/`; they include the site's base path and locale prefix.
 */
export interface Urls {
  /** Locale the URLs are for. */
  locale: string;
  home(): string;
  track(trackId: string): string;
  level(trackId: string, levelId: string): string;
  matrix(trackId: string): string;
  /** The self-assessment and review grid of a level. */
  assess(trackId: string, levelId: string): string;
  compare(fromLevelId: string, toLevelId: string): string;
  theme(themeId: string): string;
  guide(guideId: string): string;
  search(): string;
  /** The ladder's versions and what changed in each. */
  changes(): string;
  /** The Atom feed of the ladder's versions, for this locale. */
  changesFeed(): string;
  /** The ladder as data, for this locale. */
  ladderJson(): string;
  /** Turns a site path into the absolute URL shown to the outside world (canonical, cards). */
  absolute(path: string): string;
}

/** The base path of the public URL, such as `/ladder/` for `https://example.com/ladder/`. */
export function basePath(settings: Pick<Settings, 'url'>): string {
  const path = new URL(settings.url).pathname;
  return path.endsWith('/') ? path : `${path}/`;
}

/** Builds the URL helpers for one locale. The default locale has no prefix. */
export function urlsFor(
  settings: Pick<Settings, 'url' | 'locales'>,
  locale = settings.locales[0].code,
): Urls {
  const base = basePath(settings);
  const prefix = locale === settings.locales[0].code ? base : `${base}${locale}/`;
  const page = (...segments: string[]) =>
    `${prefix}${segments.map(encodeURIComponent).join('/')}${segments.length ? '/' : ''}`;
  const origin = new URL(settings.url).origin;
  return {
    locale,
    home: () => page(),
    track: (trackId) => page(trackId),
    level: (trackId, levelId) => page(trackId, levelId),
    matrix: (trackId) => page(trackId, 'matrix'),
    assess: (trackId, levelId) => page(trackId, levelId, 'assess'),
    compare: (from, to) => page('compare', from, to),
    theme: (themeId) => page('themes', themeId),
    guide: (guideId) => page('guides', guideId),
    search: () => page('search'),
    changes: () => page('changes'),
    changesFeed: () => `${prefix}changes.xml`,
    ladderJson: () => `${prefix}ladder.json`,
    absolute: (path) => new URL(path, origin).href,
  };
}
