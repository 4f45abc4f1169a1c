import { defineCollection } from 'astro:content';
import { join } from 'node:path';
import { glob } from 'astro/loaders';
import { collectionPatterns, entryNameFromPath } from './content/files.ts';
import { resolveContentDir } from './content/paths.ts';
import { guideSchema, levelSchema, themeSchema, trackSchema } from './schemas/index.ts';

const contentDir = resolveContentDir(process.cwd());

/** One collection per content folder, read with the same patterns and schemas as `check`. */
function collection<S>(folder: keyof typeof collectionPatterns, schema: S) {
  return defineCollection({
    loader: glob({
      pattern: collectionPatterns[folder],
      base: join(contentDir, folder),
      // Ids come from file names; folders only organise files. Translations get a
      // locale prefix so that `senior-pm.fr.md` becomes `fr/senior-pm`.
      generateId: ({ entry }) => {
        const { id, locale } = entryNameFromPath(entry);
        return locale ? `${locale}/${id}` : id;
      },
    }),
    schema: schema as never,
  });
}

export const collections = {
  tracks: collection('tracks', trackSchema),
  themes: collection('themes', themeSchema),
  levels: collection('levels', levelSchema),
  guides: collection('guides', guideSchema),
};
