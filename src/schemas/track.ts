import { z } from 'astro/zod';
import { aliasesSchema, idSchema, textSchema } from './common.ts';

/** `content/tracks/<id>.yaml`: a job family, such as individual-contributor product management. */
export const trackSchema = z.strictObject({
  title: textSchema.describe('Name of the track, such as `Product management`.'),
  kind: z
    .enum(['individual-contributor', 'management'])
    .describe('`individual-contributor` for a craft path, `management` for a people-leadership path.'),
  summary: textSchema.describe('One or two sentences on who the track is for.'),
  order: z
    .number()
    .int()
    .default(0)
    .describe('Position on the home page; lower comes first. Ties are ordered by title.'),
  cumulative: z
    .boolean()
    .optional()
    .describe(
      'Whether a level includes everything expected at the levels below it. Optional: the settings’ `cumulative`. Comparisons then show lower-level behaviours as still expected.',
    ),
  extends: idSchema
    .optional()
    .describe(
      'Id of a track whose themes and per-level expectations this track inherits (a shared framework). Each level inherits from the base level with the same rank, or the one its `extends` names, and overrides or adds only what differs.',
    ),
  showPay: z
    .boolean()
    .optional()
    .describe(
      'Whether the pay ranges of this track’s levels are published. Optional: the settings’ `showPay`. Set `false` for a track whose pay the company does not publish.',
    ),
  aliases: aliasesSchema.describe('Former ids of this track; their URLs redirect here.'),
});

/** A track's data after defaults are applied. */
export type TrackData = z.output<typeof trackSchema>;
