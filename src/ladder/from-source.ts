import type { LadderSource, SourceEntry } from '../content/load.ts';
import { localiseChangelog } from './changelog.ts';
import { localiseLadder } from './localise.ts';
import { buildLadder, type Ladder } from './model.ts';

/** Translation entries with the `<locale>/<id>` ids Astro's collections give them. */
const withLocaleIds = <T>(entries: SourceEntry<T>[]) =>
  entries.map((entry) => ({ id: `${entry.locale}/${entry.id}`, data: entry.data }));

/**
 * The ladder in every language, built from what `npm run check` read, without Astro. The
 * build's integrations and the scripts use it where Astro's collections are not available.
 */
export function laddersFromSource(source: LadderSource): Ladder[] {
  const inputs = {
    settings: source.settings,
    settingsTranslations: source.settingsTranslations,
    tracks: source.tracks,
    themes: source.themes,
    levels: source.levels,
    guides: source.guides,
    trackTranslations: withLocaleIds(source.translations.tracks),
    themeTranslations: withLocaleIds(source.translations.themes),
    levelTranslations: withLocaleIds(source.translations.levels),
    guideTranslations: withLocaleIds(source.translations.guides),
  };
  return source.settings.locales.map((locale, index) =>
    buildLadder({
      ...localiseLadder(inputs, locale.code),
      changelog: localiseChangelog(source.changelog, locale.code, index === 0),
    }),
  );
}
