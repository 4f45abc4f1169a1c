import { defineCollection } from 'astro:content';
import { join } from 'node:path';
import { glob } from 'astro/loaders';
import { type Collection, collectionPatterns, entryNameFromPath } from './content/files.ts';
import { resolveContentDir } from './content/paths.ts';
import {
  guideSchema,
  guideTranslationSchema,
  levelSchema,
  levelTranslationSchema,
  themeSchema,
  themeTranslationSchema,
  trackSchema,
  trackTranslationSchema,
} from './schemas/index.ts';

const contentDir = resolveContentDir(process.cwd());

/**
 * One collection per content folder and kind of file, read with the same patterns and
 * schemas as `npm run check`. Ids come from file names (folders only organise files);
 * translations get their locale as a prefix: `senior-pm.fr.md` is `fr/senior-pm`.
 */
function collection(folder: Collection, kind: 'source' | 'translation', schema: unknown) {
  return defineCollection({
    loader: glob({
      pattern: collectionPatterns(folder, kind),
      base: join(contentDir, folder),
      generateId: ({ entry }) => {
        const { id, locale } = entryNameFromPath(entry);
        return locale ? `${locale}/${id}` : id;
      },
    }),
    schema: schema as never,
  });
}

export const collections = {
  tracks: collection('tracks', 'source', trackSchema),
  themes: collection('themes', 'source', themeSchema),
  levels: collection('levels', 'source', levelSchema),
  guides: collection('guides', 'source', guideSchema),
  trackTranslations: collection('tracks', 'translation', trackTranslationSchema),
  themeTranslations: collection('themes', 'translation', themeTranslationSchema),
  levelTranslations: collection('levels', 'translation', levelTranslationSchema),
  guideTranslations: collection('guides', 'translation', guideTranslationSchema),
};
