import { z } from 'astro/zod';
import { aliasesSchema, idSchema, textSchema } from './common.ts';

/** How much a theme weighs in a review, from most to least. */
export const importanceLevels = ['essential', 'important', 'supporting'] as const;

/** Front matter of `content/themes/<id>.md`: a skill area assessed at every level. */
export const themeSchema = z.strictObject({
  /** Name of the theme, such as `Discovery`. */
  title: textSchema,
  /** Id of a theme group from the site settings: `hard` or `soft` unless you define others. */
  group: idSchema,
  /**
   * How much the theme weighs: `essential`, `important` or `supporting`.
   * Pages list themes from most to least important.
   */
  importance: z.enum(importanceLevels),
  /** One sentence on what the theme covers. */
  summary: textSchema,
  /** Ids of the tracks the theme applies to. Leave out to apply it to every track. */
  tracks: z.array(idSchema).optional(),
  /** Former ids of this theme; their URLs redirect here. */
  aliases: aliasesSchema,
});

/** A theme's front matter after defaults are applied. */
export type ThemeData = z.output<typeof themeSchema>;
