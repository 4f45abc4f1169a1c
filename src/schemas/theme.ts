import { z } from 'astro/zod';
import { aliasesSchema, idSchema, textSchema } from './common.ts';

/** How much a theme weighs in a review, from most to least. */
export const importanceLevels = ['essential', 'important', 'supporting'] as const;

/** Front matter of `content/themes/<id>.md`: a skill area assessed at every level. */
export const themeSchema = z.strictObject({
  title: textSchema.describe('Name of the theme, such as `Discovery`.'),
  group: idSchema.describe(
    'Id of a theme group from the site settings: `hard` or `soft` unless you define others.',
  ),
  importance: z
    .enum(importanceLevels)
    .optional()
    .describe(
      'How much the theme weighs: `essential`, `important` or `supporting`. Optional: leave it out when the ladder does not weigh its themes (no badge is shown).',
    ),
  order: z
    .number()
    .int()
    .optional()
    .describe(
      'Position within its group; lower comes first. Optional: themes without one follow, by importance then title.',
    ),
  assessed: z
    .strictObject({
      from: z
        .number()
        .int()
        .min(1)
        .optional()
        .describe('Lowest rank at which the theme is assessed, such as `2`.'),
      to: z.number().int().min(1).optional().describe('Highest rank at which the theme is assessed.'),
    })
    .optional()
    .describe(
      'Ranks at which the theme is assessed, on the company’s scale: `from` (included) and `to` (included). Optional: every rank. Outside the range, levels show "Not assessed".',
    ),
  summary: textSchema.describe('One sentence on what the theme covers.'),
  tracks: z
    .array(idSchema)
    .optional()
    .describe('Ids of the tracks the theme applies to. Leave out to apply it to every track.'),
  aliases: aliasesSchema.describe('Former ids of this theme; their URLs redirect here.'),
});

/** A theme's front matter after defaults are applied. */
export type ThemeData = z.output<typeof themeSchema>;
