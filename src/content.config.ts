import { defineCollection } from 'astro:content';
import location from 'virtual:echelon/project';
import { z } from 'astro/zod';
import { ladderBodies } from './content/loader.ts';

/**
 * One collection: the Markdown and MDX bodies of themes, levels and guides in every language,
 * keyed `levels/fr/senior-pm`. Everything else a page shows comes from the same read of the
 * ladder through `src/data/ladder.ts`, never from a second parser.
 */
export const collections = {
  bodies: defineCollection({
    loader: ladderBodies(location),
    schema: z.strictObject({
      /** The file the body comes from, relative to the project root. */
      file: z.string(),
    }),
  }),
};
