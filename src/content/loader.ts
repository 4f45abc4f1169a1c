import { relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { Collection } from './files.ts';
import type { SourceEntry } from './load.ts';
import { readLadder } from './pipeline.ts';
import { contentError } from './report-error.ts';
import { allowlistFingerprint, sanitizeHtml } from './safe-html.ts';

/** Where the project and its content are, as the Echelon integration resolved them. */
export interface ContentLocation {
  /** Absolute path of the project root. */
  root: string;
  /** Absolute path of the content folder. */
  contentDir: string;
}

/** Collections whose files have a Markdown or MDX body. */
const bodyCollections = ['themes', 'levels', 'guides'] as const satisfies readonly Collection[];

/** Kinds of file with a body. */
export type BodyCollection = (typeof bodyCollections)[number];

/** The id of a body in the `bodies` collection: `levels/fr/senior-pm`. */
export function bodyId(collection: BodyCollection, locale: string, id: string): string {
  return `${collection}/${locale}/${id}`;
}

/** Every entry of the read ladder that has a body, sources and translations, with its body id. */
function entriesWithBodies(location: ContentLocation) {
  const source = readLadder(location.root, location.contentDir).result.source;
  if (!source) return undefined;
  return bodyCollections.flatMap((collection) =>
    [...(source[collection] as SourceEntry<unknown>[]), ...source.translations[collection]]
      .filter((entry) => entry.source.body.trim() !== '')
      .map((entry) => ({ key: bodyId(collection, entry.locale, entry.id), entry })),
  );
}

/** Stores the body of every entry: Markdown rendered now, MDX compiled by Astro's MDX pipeline. */
async function syncBodies(location: ContentLocation, context: LoaderContext) {
  const { store, logger, renderMarkdown, generateDigest } = context;
  const read = readLadder(location.root, location.contentDir);
  if (read.result.failed) {
    // The build stops before this (the integration checks first); in dev the page shows the
    // report in the overlay, and the last good bodies stay until the author fixes the file.
    logger.error(contentError(read.result.problems).message);
    return;
  }
  const entries = entriesWithBodies(location) ?? [];
  const kept = new Set<string>();
  for (const { key, entry } of entries) {
    kept.add(key);
    const absolutePath = resolve(location.root, entry.source.file);
    const isMdx = absolutePath.endsWith('.mdx');
    // A Markdown body's stored HTML depends on the sanitiser's allowlist as much as on its text.
    const digest = generateDigest(`${isMdx ? 'mdx' : `md ${allowlistFingerprint}`}\n${entry.source.body}`);
    const filePath = relative(location.root, absolutePath).split(sep).join('/');
    const existing = store.get(key);
    if (existing?.digest === digest) {
      // The store outlives the build, but the list of MDX modules to bundle does not: an
      // unchanged MDX entry must be listed again, or its page cannot render it.
      if (existing.deferredRender && existing.filePath) store.addModuleImport(existing.filePath);
      continue;
    }
    const data = { file: entry.source.file };
    if (isMdx) {
      // Astro's MDX integration compiles the file itself; `check` has made sure its front
      // matter ends where Astro's parser thinks it does, so both see the same body.
      store.set({ id: key, data, body: entry.source.body, filePath, digest, deferredRender: true });
    } else {
      const rendered = await renderMarkdown(entry.source.body, { fileURL: pathToFileURL(absolutePath) });
      // Markdown is words, not code: its raw HTML goes through the allowlist the check reports
      // against, so a `<meta http-equiv="refresh">` or an open `<textarea>` never reaches a page.
      // Images the body names (`![Team](./team.svg)`) are bundled by Astro, which needs them
      // listed, and the body's file to resolve them from.
      store.set({
        id: key,
        data,
        body: entry.source.body,
        filePath,
        digest,
        rendered: { ...rendered, html: sanitizeHtml(rendered.html) },
        assetImports: rendered.metadata?.imagePaths,
      });
    }
  }
  for (const key of store.keys()) if (!kept.has(key)) store.delete(key);
}

/** Name of the loader, for `refreshContent` when content changes in dev. */
export const bodiesLoaderName = 'echelon-bodies';

/**
 * The content loader of the `bodies` collection: the bodies of themes, levels and guides, in
 * every language, taken from the one read of the ladder that `npm run check` also does. Data
 * never comes from here (pages get it from that same read); Astro only renders the bodies.
 * In dev, the Echelon integration watches the content folder and runs this loader again.
 */
export function ladderBodies(location: ContentLocation): Loader {
  return { name: bodiesLoaderName, load: (context) => syncBodies(location, context) };
}
