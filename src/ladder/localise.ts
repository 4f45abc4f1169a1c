import type {
  GuideData,
  GuideTranslation,
  LevelData,
  LevelTranslation,
  Settings,
  SettingsTranslation,
  ThemeData,
  ThemeTranslation,
  TrackData,
  TrackTranslation,
} from '../schemas/index.ts';
import type { EntryInput } from './model.ts';

/** An entry in one language, saying whether its words fell back to the default language. */
export type LocalisedEntry<T> = EntryInput<T> & {
  /** True when the entry has no translation for the locale and shows the default language. */
  fallback: boolean;
};

/** A translation entry as Astro's collections give it: `fr/senior-pm`, or split already. */
export interface TranslationInput<T> {
  id: string;
  data: T;
}

/** Splits a translation id `fr/senior-pm` into its locale and the source id. */
export function splitTranslationId(id: string): { locale: string; id: string } {
  const slash = id.indexOf('/');
  return { locale: id.slice(0, slash), id: id.slice(slash + 1) };
}

/**
 * Lays each source entry's translation for `locale` over it. Entries without one keep the
 * default language and are marked as a fallback, so pages can say so.
 */
function localise<S, T>(
  sources: readonly EntryInput<S>[],
  translations: readonly TranslationInput<T>[],
  locale: string,
  isDefault: boolean,
  merge: (source: S, translation: T) => S,
): LocalisedEntry<S>[] {
  const byId = new Map<string, T>();
  for (const translation of translations) {
    const split = splitTranslationId(translation.id);
    if (split.locale === locale) byId.set(split.id, translation.data);
  }
  return sources.map((entry) => {
    const translation = isDefault ? undefined : byId.get(entry.id);
    return {
      id: entry.id,
      data: translation ? merge(entry.data, translation) : entry.data,
      fallback: !isDefault && !translation,
    };
  });
}

/** Everything needed to build the ladder in one language. */
export interface LadderInputs {
  settings: Settings;
  settingsTranslations: Record<string, SettingsTranslation>;
  tracks: readonly EntryInput<TrackData>[];
  themes: readonly EntryInput<ThemeData>[];
  levels: readonly EntryInput<LevelData>[];
  guides: readonly EntryInput<GuideData>[];
  trackTranslations: readonly TranslationInput<TrackTranslation>[];
  themeTranslations: readonly TranslationInput<ThemeTranslation>[];
  levelTranslations: readonly TranslationInput<LevelTranslation>[];
  guideTranslations: readonly TranslationInput<GuideTranslation>[];
}

/**
 * The ladder's entries in one language: translated words over the source's structure. Only
 * words are translated; ranks, codes, pay, groups and references always come from the source.
 */
export function localiseLadder(inputs: LadderInputs, locale: string) {
  const isDefault = locale === inputs.settings.locales[0].code;
  const settingsTranslation = isDefault ? undefined : inputs.settingsTranslations[locale];
  const settings: Settings = settingsTranslation
    ? {
        ...inputs.settings,
        title: settingsTranslation.title,
        description: settingsTranslation.description,
        themeGroups: inputs.settings.themeGroups.map((group) => ({
          ...group,
          ...settingsTranslation.themeGroups[group.id],
        })),
        pay: {
          ...inputs.settings.pay,
          zones: inputs.settings.pay.zones.map((zone) => ({
            ...zone,
            label: settingsTranslation.payZones[zone.id] ?? zone.label,
          })),
        },
      }
    : inputs.settings;
  return {
    locale,
    settings,
    tracks: localise(inputs.tracks, inputs.trackTranslations, locale, isDefault, (s, t) => ({ ...s, ...t })),
    themes: localise(inputs.themes, inputs.themeTranslations, locale, isDefault, (s, t) => ({ ...s, ...t })),
    guides: localise(inputs.guides, inputs.guideTranslations, locale, isDefault, (s, t) => ({ ...s, ...t })),
    levels: localise(inputs.levels, inputs.levelTranslations, locale, isDefault, (s, t) => ({
      ...s,
      title: t.title ?? s.title,
      summary: t.summary ?? s.summary,
      scope: t.scope ?? s.scope,
      prerequisites: t.prerequisites.length ? t.prerequisites : s.prerequisites,
      differentiators: t.differentiators.length ? t.differentiators : s.differentiators,
      facts: t.facts.length === s.facts.length ? t.facts : s.facts,
      // A theme the translation forgot keeps the source's words rather than disappearing.
      expectations: Object.fromEntries(
        Object.entries(s.expectations).map(([themeId, cell]) => [
          themeId,
          cell === 'not-assessed' ? cell : (t.expectations[themeId] ?? cell),
        ]),
      ),
    })),
  };
}
