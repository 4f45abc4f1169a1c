import { z } from 'astro/zod';
import { aliasesSchema, idSchema, textSchema } from './common.ts';

/** `content/tracks/<id>.yaml`: a job family, such as individual-contributor product management. */
export const trackSchema = z.strictObject({
  /** Name of the track, such as `Product management`. */
  title: textSchema,
  /** `individual-contributor` for a craft path, `management` for a people-leadership path. */
  kind: z.enum(['individual-contributor', 'management']),
  /** One or two sentences on who the track is for. */
  summary: textSchema,
  /** Position on the home page; lower comes first. Ties are ordered by title. */
  order: z.number().int().default(0),
  /**
   * Whether a level includes everything expected at the levels below it. Optional: the
   * settings' `cumulative`. Comparisons then show lower-level behaviours as still expected.
   */
  cumulative: z.boolean().optional(),
  /**
   * Id of a track whose themes and per-level expectations this track inherits (a shared
   * framework). Each level inherits from the base level with the same rank, or the one its
   * `extends` names, and overrides or adds only what differs.
   */
  extends: idSchema.optional(),
  /**
   * Whether the pay ranges of this track's levels are published. Optional: the settings'
   * `showPay`. Set `false` for a track whose pay the company does not publish.
   */
  showPay: z.boolean().optional(),
  /** Former ids of this track; their URLs redirect here. */
  aliases: aliasesSchema,
});

/** A track's data after defaults are applied. */
export type TrackData = z.output<typeof trackSchema>;
