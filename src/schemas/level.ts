import { z } from 'astro/zod';
import { aliasesSchema, idSchema, textSchema } from './common.ts';

/** A concrete piece of evidence that someone works at the level. */
export const exampleSchema = z.strictObject({
  /** The context: what was going on, with enough detail to picture it. */
  situation: textSchema,
  /** What the person did. */
  action: textSchema,
  /** What came of it, ideally with a number or a consequence. */
  outcome: textSchema.optional(),
});

/** What a level expects within one theme. */
export const expectationSchema = z.strictObject({
  /** What someone at this level does, each as one sentence in the present tense. */
  behaviours: z.array(textSchema).min(1, { error: 'needs at least one behaviour' }),
  /** Concrete examples of the behaviours: a situation and what the person did. */
  examples: z.array(exampleSchema).default([]),
});

/** A pay range, published when the site settings have `showPay: true`. */
export const payRangeSchema = z.strictObject({
  /** ISO 4217 currency code, such as `EUR`. */
  currency: z.string().regex(/^[A-Z]{3}$/, { error: 'must be a currency code, like `EUR`' }),
  /** Bottom of the range. */
  min: z.number().nonnegative(),
  /** Top of the range; at least `min`. */
  max: z.number().nonnegative(),
  /** What the amounts cover: `year` (gross annual salary) or `month`. */
  period: z.enum(['year', 'month']).default('year'),
});

/** Typical time people spend at a level before moving up, in months. */
export const timeInLevelSchema = z.strictObject({
  /** Shortest typical stay, in months. */
  min: z.number().int().nonnegative(),
  /** Longest typical stay, in months. Leave out when there is no usual ceiling. */
  max: z.number().int().positive().optional(),
});

/**
 * Front matter of `content/levels/**\/<id>.md`. The file name is the level's id and its URL:
 * `senior-pm.md` is published at `/<track>/senior-pm/`.
 */
export const levelSchema = z.strictObject({
  /** Title of the level, such as `Senior product manager`. */
  title: textSchema,
  /** Id of the track the level belongs to. */
  track: idSchema,
  /** Position within the track: 1 is the first level, higher ranks are more senior. */
  rank: z.number().int().positive(),
  /** Short code used in lists and on cards, such as `P3`. Unique within the ladder. */
  code: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9.+-]{0,7}$/, {
    error: 'must be a short code of up to 8 letters or digits, like `P3`',
  }),
  /** The level in one line: what changes for the person at this level. */
  summary: textSchema,
  /** Scope of the work: the size of the problems, the team, the horizon. */
  scope: textSchema,
  /** What someone shows before being promoted to this level. */
  prerequisites: z.array(textSchema).default([]),
  /** What sets this level apart from the one below. */
  differentiators: z.array(textSchema).default([]),
  /** Typical time spent at this level before moving up. */
  timeInLevel: timeInLevelSchema.optional(),
  /** Pay range for the level. */
  pay: payRangeSchema.optional(),
  /** Id of the level of another track this one matches, such as a manager level for a senior IC. */
  equivalent: idSchema.optional(),
  /** Former ids of this level; their URLs redirect here. */
  aliases: aliasesSchema,
  /** Per theme id: the behaviours expected at this level and examples of them. */
  expectations: z.record(idSchema, expectationSchema),
});

/** A level's front matter after defaults are applied. */
export type LevelData = z.output<typeof levelSchema>;
/** One example of a behaviour. */
export type Example = z.output<typeof exampleSchema>;
/** A level's expectations within one theme. */
export type Expectation = z.output<typeof expectationSchema>;
