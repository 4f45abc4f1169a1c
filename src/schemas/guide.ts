import { z } from 'astro/zod';
import { aliasesSchema, textSchema } from './common.ts';

/** Front matter of `content/guides/<id>.md`: a free page, such as how reviews work. */
export const guideSchema = z.strictObject({
  /** Title of the guide. */
  title: textSchema,
  /** One sentence shown in guide lists and search engines. */
  description: textSchema,
  /** Position in guide lists; lower comes first. Ties are ordered by title. */
  order: z.number().int().default(0),
  /** Former ids of this guide; their URLs redirect here. */
  aliases: aliasesSchema,
});

/** A guide's front matter after defaults are applied. */
export type GuideData = z.output<typeof guideSchema>;
