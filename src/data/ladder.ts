// The only module pages read content through. The data comes from the one read of the ladder
// that `npm run check` also does (`src/content/pipeline.ts`); Astro's `bodies` collection only
// renders the Markdown and MDX bodies of that same read.
import { getEntry, render } from 'astro:content';
import location from 'virtual:echelon/project';
import { type BodyCollection, bodyId } from '../content/loader.ts';
import { readLadder } from '../content/pipeline.ts';
import { contentError } from '../content/report-error.ts';
import type { Ladder } from '../ladder/model.ts';
import { urlsFor } from '../ladder/urls.ts';

/**
 * The ladder in every locale, the default first. When the content has errors this throws
 * Echelon's report: the build stops with it, and the dev server shows it in its overlay.
 */
export async function getLadders(): Promise<Ladder[]> {
  const read = readLadder(location.root, location.contentDir);
  const ladders = read.ladders();
  if (!ladders) throw contentError(read.result.problems);
  return ladders;
}

/** The whole ladder in one language (the default one unless given). */
export async function getLadder(locale?: string): Promise<Ladder> {
  const ladders = await getLadders();
  return ladders.find((ladder) => ladder.locale === locale) ?? ladders[0];
}

/** The locales the ladder is published in, the default first. */
export async function getLocales(): Promise<string[]> {
  return (await getLadders()).map((ladder) => ladder.locale);
}

/**
 * Renders the Markdown or MDX body of an entry in a language: the translation's body when the
 * entry has a translation file in that language, else the source's. Undefined when that file
 * has no body.
 */
export async function renderBody(collection: BodyCollection, id: string, locale?: string) {
  const read = readLadder(location.root, location.contentDir);
  const source = read.result.source;
  const defaultLocale = source?.settings.locales[0].code ?? 'en';
  const translation =
    locale !== undefined && locale !== defaultLocale
      ? source?.translations[collection].find((entry) => entry.id === id && entry.locale === locale)
      : undefined;
  const file = translation ?? source?.[collection].find((entry) => entry.id === id);
  // Files without a body have no entry; asking for one would log a warning per page.
  if (!file?.source.body.trim()) return undefined;
  const entry = await getEntry('bodies', bodyId(collection, file.locale, id));
  if (!entry) return undefined;
  const { Content, headings } = await render(entry);
  return { Content, headings };
}

/** The ladder in the language of a page, from the page's path (`/fr/...` is French). */
export async function getLadderForPath(pathname: string): Promise<Ladder> {
  const ladders = await getLadders();
  const [defaultLadder, ...others] = ladders;
  const prefix = (ladder: Ladder) => urlsFor(ladder.settings, ladder.locale).home();
  return others.find((ladder) => pathname.startsWith(prefix(ladder))) ?? defaultLadder;
}
