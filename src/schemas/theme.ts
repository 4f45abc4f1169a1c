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
   * How much the theme weighs: `essential`, `important` or `supporting`. Optional: leave it
   * out when the ladder does not weigh its themes (no badge is shown).
   */
  importance: z.enum(importanceLevels).optional(),
  /**
   * Position within its group; lower comes first. Optional: themes without one follow, by
   * importance then title.
   */
  order: z.number().int().optional(),
  /**
   * Ranks at which the theme is assessed, on the company's scale: `from` (included) and `to`
   * (included). Optional: every rank. Outside the range, levels show "Not assessed".
   */
  assessed: z
    .strictObject({
      /** Lowest rank at which the theme is assessed. */
      from: z.number().int().min(1).optional(),
      /** Highest rank at which the theme is assessed. */
      to: z.number().int().min(1).optional(),
    })
    .optional(),
  /** One sentence on what the theme covers. */
  summary: textSchema,
  /** Ids of the tracks the theme applies to. Leave out to apply it to every track. */
  tracks: z.array(idSchema).optional(),
  /** Former ids of this theme; their URLs redirect here. */
  aliases: aliasesSchema,
});

/** A theme's front matter after defaults are applied. */
export type ThemeData = z.output<typeof themeSchema>;
