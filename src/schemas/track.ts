import { z } from 'astro/zod';
import { aliasesSchema, textSchema } from './common.ts';

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
  /** Former ids of this track; their URLs redirect here. */
  aliases: aliasesSchema,
});

/** A track's data after defaults are applied. */
export type TrackData = z.output<typeof trackSchema>;
