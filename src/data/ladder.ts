// The only module that reads Astro's content collections. Pages and endpoints ask it for the
// ladder; everything else works on the plain model from `src/ladder/`.
import { type CollectionEntry, getCollection, render } from 'astro:content';
import settings from 'virtual:echelon/settings';
import { buildLadder, type Ladder } from '../ladder/model.ts';

let cached: Promise<Ladder> | undefined;

/** The whole ladder, built once per build. */
export function getLadder(): Promise<Ladder> {
  cached ??= (async () => {
    const [tracks, themes, levels, guides] = await Promise.all([
      getCollection('tracks'),
      getCollection('themes'),
      getCollection('levels'),
      getCollection('guides'),
    ]);
    return buildLadder({
      settings,
      tracks: tracks as never,
      themes: themes as never,
      levels: levels as never,
      guides: guides as never,
    });
  })();
  return cached;
}

type BodyCollection = 'themes' | 'levels' | 'guides';

/** Renders the Markdown or MDX body of an entry; undefined when it has none. */
export async function renderBody(collection: BodyCollection, id: string) {
  const entries = (await getCollection(collection)) as CollectionEntry<BodyCollection>[];
  const entry = entries.find((e) => e.id === id);
  if (!entry?.body?.trim()) return undefined;
  const { Content, headings } = await render(entry);
  return { Content, headings };
}
