import { z } from 'astro/zod';
import { aliasesSchema, textSchema } from './common.ts';

/** Front matter of `content/guides/<id>.md`: a free page, such as how reviews work. */
export const guideSchema = z.strictObject({
  title: textSchema.describe('Title of the guide, such as `How promotions work`.'),
  description: textSchema.describe('One sentence shown in guide lists and search engines.'),
  order: z
    .number()
    .int()
    .default(0)
    .describe('Position in guide lists; lower comes first. Ties are ordered by title.'),
  aliases: aliasesSchema.describe('Former ids of this guide; their URLs redirect here.'),
});

/** A guide's front matter after defaults are applied. */
export type GuideData = z.output<typeof guideSchema>;
