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
  /** Name of the ladder in this language. */
  title: textSchema,
  /** Description of the site in this language. */
  description: textSchema,
  /** Titles and descriptions of the theme groups, by group id. */
  themeGroups: z
    .record(
      z.string(),
      z.strictObject({
        /** Heading of the group in this language. */
        title: textSchema,
        /** One sentence on what the group covers, in this language. */
        description: textSchema.optional(),
      }),
    )
    .default({}),
  /** Names of the pay zones in this language, by zone id, such as `remote-eu: Télétravail (UE)`. */
  payZones: z.record(z.string(), textSchema).default({}),
});

/** `content/tracks/<id>.<locale>.yaml`: a track's words in another language. */
export const trackTranslationSchema = z.strictObject({
  /** Name of the track in this language. */
  title: textSchema,
  /** Who the track is for, in this language. */
  summary: textSchema,
});

/** Front matter of `content/themes/<id>.<locale>.md`; the body is the translated text. */
export const themeTranslationSchema = z.strictObject({
  /** Name of the theme in this language. */
  title: textSchema,
  /** What the theme covers, in this language. */
  summary: textSchema,
});

/** Front matter of `content/levels/**\/<id>.<locale>.md`; the body is the translated narrative. */
export const levelTranslationSchema = z.strictObject({
  /** Title of the level in this language; leave out when the source has none. */
  title: textSchema.optional(),
  /** The level in one line, in this language. */
  summary: textSchema.optional(),
  /** Scope of the work, in this language. */
  scope: textSchema.optional(),
  /** Labels and values of the level's facts, in this language, in the source's order. */
  facts: z.array(levelFactSchema).default([]),
  /** Prerequisites, in this language, in the source's order. */
  prerequisites: z.array(textSchema).default([]),
  /** Differentiators, in this language, in the source's order. */
  differentiators: z.array(textSchema).default([]),
  /** Behaviours and examples per theme id, in this language; themes not assessed are left out. */
  expectations: z.record(z.string(), expectationSchema).default({}),
});

/** Front matter of `content/guides/<id>.<locale>.md`; the body is the translated guide. */
export const guideTranslationSchema = z.strictObject({
  /** Title of the guide in this language. */
  title: textSchema,
  /** One sentence on the guide, in this language. */
  description: textSchema,
});

export type SettingsTranslation = z.output<typeof settingsTranslationSchema>;
export type TrackTranslation = z.output<typeof trackTranslationSchema>;
export type ThemeTranslation = z.output<typeof themeTranslationSchema>;
export type LevelTranslation = z.output<typeof levelTranslationSchema>;
export type GuideTranslation = z.output<typeof guideTranslationSchema>;
