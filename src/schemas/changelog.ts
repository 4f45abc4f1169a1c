import { z } from 'astro/zod';
import { textSchema } from './common.ts';

/** A calendar day written `2026-03-02`, checked to exist, so a feed never carries an impossible date. */
const daySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written year-month-day, like `2026-03-02`' })
  .refine((text) => new Date(`${text}T00:00:00Z`).toISOString().startsWith(text), {
    error: 'is not a day of the calendar',
  });

/** One change of the ladder, as `content/changelog.yaml` lists it. */
export const changeSchema = z.strictObject({
  version: z
    .string()
    .trim()
    .min(1, { error: 'is empty' })
    .max(20, { error: 'is longer than 20 characters' })
    .describe(
      'The version readers cite, such as `3.0`: shown in every page’s footer and on paper, and published in `ladder.json`. Unique in the changelog.',
    ),
  date: daySchema.describe('Day the change was published, `2026-03-02`. The newest entry dates the ladder.'),
  appliesFrom: z
    .string()
    .regex(/^\d{4}-(?:0[1-9]|1[0-2])$/, {
      error: 'must be the year and month a review cycle starts, like `2026-07`',
    })
    .describe(
      'The first review cycle the change applies to, as the year and month that cycle starts: `2026-07`. Reviews before it use the previous version.',
    ),
  title: textSchema.describe('The change in one line, the entry’s heading.'),
  changes: z
    .array(textSchema)
    .min(1, { error: 'lists nothing: name at least one change' })
    .describe('What changed, one item per change a reader would notice.'),
  why: textSchema.describe('Why the ladder changed, for the people it affects.'),
});

/** `content/changelog.yaml`: every published change of the ladder, in any order. */
export const changelogSchema = z.array(changeSchema);

/** One change after validation. */
export type ChangeData = z.output<typeof changeSchema>;

/** One change's words in another language, matched to its source entry by `version`. */
export const changeTranslationSchema = z.strictObject({
  version: z
    .string()
    .trim()
    .min(1, { error: 'is empty' })
    .describe('Version of the entry this translates, as written in `content/changelog.yaml`, such as `3.0`.'),
  title: textSchema.describe('The change in one line, in this language.'),
  changes: z
    .array(textSchema)
    .min(1, { error: 'lists nothing: name at least one change' })
    .describe('What changed, in this language, in the source’s order.'),
  why: textSchema.describe('Why the ladder changed, in this language.'),
});

/**
 * `content/changelog.<locale>.yaml`: the changelog's words in another language. Dates,
 * versions and review cycles stay in the source file, so the languages cannot disagree on them.
 */
export const changelogTranslationSchema = z.array(changeTranslationSchema);

/** One change's translation after validation. */
export type ChangeTranslation = z.output<typeof changeTranslationSchema>;
