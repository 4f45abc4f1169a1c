// The only module that reads Astro's content collections. Pages and endpoints ask it for the
// ladder in a language; everything else works on the plain model from `src/ladder/`.
import { type CollectionEntry, getCollection, render } from 'astro:content';
import settings from 'virtual:echelon/settings';
import { localiseLadder } from '../ladder/localise.ts';
import { buildLadder, type Ladder } from '../ladder/model.ts';

const ladders = new Map<string, Promise<Ladder>>();
const defaultLocale = settings.locales[0].code;

/** The locales the ladder is published in, the default first. */
export const locales: string[] = settings.locales.map((locale) => locale.code);

/** The whole ladder in one language (the default one unless given), built once per build. */
export function getLadder(locale = defaultLocale): Promise<Ladder> {
  let ladder = ladders.get(locale);
  if (!ladder) {
    ladder = (async () => {
      const [tracks, themes, levels, guides, trackT, themeT, levelT, guideT] = await Promise.all([
        getCollection('tracks'),
        getCollection('themes'),
        getCollection('levels'),
        getCollection('guides'),
        getCollection('trackTranslations'),
        getCollection('themeTranslations'),
        getCollection('levelTranslations'),
        getCollection('guideTranslations'),
      ]);
      return buildLadder(
        localiseLadder(
          {
            settings,
            settingsTranslations: settings.translations,
            tracks: tracks as never,
            themes: themes as never,
            levels: levels as never,
            guides: guides as never,
            trackTranslations: trackT as never,
            themeTranslations: themeT as never,
            levelTranslations: levelT as never,
            guideTranslations: guideT as never,
          },
          locale,
        ),
      );
    })();
    ladders.set(locale, ladder);
  }
  return ladder;
}

/** Every locale's ladder, the default first. */
export function getLadders(): Promise<Ladder[]> {
  return Promise.all(locales.map((locale) => getLadder(locale)));
}

type BodyCollection = 'themes' | 'levels' | 'guides';
const translationCollections = {
  themes: 'themeTranslations',
  levels: 'levelTranslations',
  guides: 'guideTranslations',
} as const;

/**
 * Renders the Markdown or MDX body of an entry in a language: the translation's body when
 * there is one, else the source's. Undefined when the entry has no body.
 */
export async function renderBody(collection: BodyCollection, id: string, locale = defaultLocale) {
  let entry: CollectionEntry<BodyCollection | (typeof translationCollections)[BodyCollection]> | undefined;
  if (locale !== defaultLocale) {
    const translations = await getCollection(translationCollections[collection]);
    entry = translations.find((e) => e.id === `${locale}/${id}`);
  }
  if (!entry) {
    const sources = (await getCollection(collection)) as CollectionEntry<BodyCollection>[];
    entry = sources.find((e) => e.id === id);
  }
  if (!entry?.body?.trim()) return undefined;
  const { Content, headings } = await render(entry);
  return { Content, headings };
}
