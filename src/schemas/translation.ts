import { z } from 'astro/zod';
import { textSchema } from './common.ts';
import { expectationSchema, levelFactSchema } from './level.ts';

/*
 * A translation sits beside its source file with the locale before the extension:
 * `senior-pm.fr.md` translates `senior-pm.md`. It holds only the words. Structure (track,
 * rank, code, pay, equivalents, aliases, importance, groups) stays in the source file, so
 * the languages can never disagree on it.
 */

/** `content/settings.<locale>.yaml`: the site's own words in another language. */
export const settingsTranslationSchema = z.strictObject({
  title: textSchema.describe('Name of the ladder in this language.'),
  description: textSchema.describe('Description of the site in this language.'),
  themeGroups: z
    .record(
      z.string(),
      z.strictObject({
        title: textSchema.describe('Heading of the group in this language.'),
        description: textSchema
          .optional()
          .describe('One sentence on what the group covers, in this language. Optional.'),
      }),
    )
    .default({})
    .describe(
      'Titles and descriptions of the theme groups, by group id, such as `hard: { title: Compétences métier }`.',
    ),
  payZones: z
    .record(z.string(), textSchema)
    .default({})
    .describe('Names of the pay zones in this language, by zone id, such as `remote-eu: Télétravail (UE)`.'),
});

/** `content/tracks/<id>.<locale>.yaml`: a track's words in another language. */
export const trackTranslationSchema = z.strictObject({
  title: textSchema.describe('Name of the track in this language.'),
  summary: textSchema.describe('Who the track is for, in this language.'),
});

/** Front matter of `content/themes/<id>.<locale>.md`; the body is the translated text. */
export const themeTranslationSchema = z.strictObject({
  title: textSchema.describe('Name of the theme in this language.'),
  summary: textSchema.describe('What the theme covers, in this language.'),
});

/** Front matter of `content/levels/**\/<id>.<locale>.md`; the body is the translated narrative. */
export const levelTranslationSchema = z.strictObject({
  title: textSchema
    .optional()
    .describe('Title of the level in this language; leave out when the source has none.'),
  summary: textSchema.optional().describe('The level in one line, in this language.'),
  scope: textSchema.optional().describe('Scope of the work, in this language.'),
  facts: z
    .array(levelFactSchema)
    .default([])
    .describe('Labels and values of the level’s facts, in this language, in the source’s order.'),
  prerequisites: z
    .array(textSchema)
    .default([])
    .describe('Prerequisites, in this language, in the source’s order.'),
  differentiators: z
    .array(textSchema)
    .default([])
    .describe('Differentiators, in this language, in the source’s order.'),
  expectations: z
    .record(z.string(), expectationSchema)
    .default({})
    .describe(
      'Behaviours and examples per theme id, in this language, in the source’s order; themes not assessed are left out.',
    ),
});

/** Front matter of `content/guides/<id>.<locale>.md`; the body is the translated guide. */
export const guideTranslationSchema = z.strictObject({
  title: textSchema.describe('Title of the guide in this language.'),
  description: textSchema.describe('One sentence on the guide, in this language.'),
});

export type SettingsTranslation = z.output<typeof settingsTranslationSchema>;
export type TrackTranslation = z.output<typeof trackTranslationSchema>;
export type ThemeTranslation = z.output<typeof themeTranslationSchema>;
export type LevelTranslation = z.output<typeof levelTranslationSchema>;
export type GuideTranslation = z.output<typeof guideTranslationSchema>;
