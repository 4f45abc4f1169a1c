import { z } from 'astro/zod';
import { aliasesSchema, idSchema, textSchema } from './common.ts';

/** A concrete story of someone working at the level: what happened, what they did, what came of it. */
export const storyExampleSchema = z.strictObject({
  /** The context: what was going on, with enough detail to picture it. */
  situation: textSchema,
  /** What the person did. */
  action: textSchema,
  /** What came of it, ideally with a number or a consequence. */
  outcome: textSchema.optional(),
});

/**
 * A concrete piece of evidence that someone works at the level: one line of text (an example
 * phrase, a deliverable), or a story with `situation`, `action` and `outcome`.
 */
export const exampleSchema = z.union([textSchema, storyExampleSchema]);

/** A behaviour with examples of its own, shown under it. */
export const behaviourWithExamplesSchema = z.strictObject({
  /** The behaviour, as one sentence in the present tense. */
  text: textSchema,
  /** Examples of this behaviour: lines of text or stories. */
  examples: z.array(exampleSchema).default([]),
});

/** A behaviour: one sentence, or a sentence with its own `examples`. */
export const behaviourSchema = z.union([textSchema, behaviourWithExamplesSchema]);

/** What a level expects within one theme. */
export const expectationSchema = z.strictObject({
  /** What someone at this level does, each as one sentence in the present tense. */
  behaviours: z.array(behaviourSchema).min(1, { error: 'needs at least one behaviour' }),
  /** Examples of the theme's behaviours as a whole: lines of text or stories. */
  examples: z.array(exampleSchema).default([]),
});

/** Written instead of behaviours for a theme that is not assessed at a level. */
export const notAssessed = 'not-assessed';

/** A level's cell for one theme: its expectations, or `not-assessed`. */
export const cellSchema = z.union([z.literal(notAssessed), expectationSchema]);

/** A labelled fact about a level, shown with its scope and time in level. */
export const levelFactSchema = z.strictObject({
  /** What the fact is about, such as `Collaborative reach`. */
  label: textSchema,
  /** The fact itself, such as `The product group and its partners`. */
  value: textSchema,
});

/** What a pay amount is paid per. */
export const payPeriods = ['year', 'month', 'day', 'hour'] as const;

/**
 * One pay range of a level, for one zone (a city, a country, remote within a region). Published
 * when the site settings have `showPay: true` and the level's track does not turn pay off.
 */
export const payRangeSchema = z.strictObject({
  /**
   * Id of the zone the range applies to, one of the settings' `pay.zones`, such as `amsterdam`.
   * Optional: the settings' default zone.
   */
  zone: idSchema.optional(),
  /** ISO 4217 currency code, such as `EUR`, `GBP` or `CHF`. */
  currency: z.string().regex(/^[A-Z]{3}$/, { error: 'must be a currency code, like `EUR`' }),
  /** Bottom of the range, in the currency's units (`70000`, not `70k`). */
  min: z.number().nonnegative(),
  /** Top of the range; at least `min`. */
  max: z.number().nonnegative(),
  /** What the amounts are paid per: `year` (default), `month`, `day` or `hour`. */
  period: z.enum(payPeriods).default('year'),
  /** Whether the amounts are before (`gross`, default) or after (`net`) tax and contributions. */
  basis: z.enum(['gross', 'net']).default('gross'),
  /** A short note shown with the range, such as the bonus target or equity. Optional. */
  note: textSchema.optional(),
});

/**
 * A level's pay: one range (in the settings' default zone unless it names a `zone`), or a
 * list of ranges, one per zone.
 */
export const paySchema = z.union([
  payRangeSchema,
  z.array(payRangeSchema).min(1, { error: 'needs at least one range' }),
]);

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
  /** Title of the level, such as `Senior product manager`. Optional: the code when left out. */
  title: textSchema.optional(),
  /** Id of the track the level belongs to. */
  track: idSchema,
  /**
   * The level's number on the company's scale, shared by every track: higher is more senior.
   * A track's levels need not start at 1 (a manager track may start at 3).
   */
  rank: z.number().int().min(1, { error: 'must be 1 or more' }),
  /** Short code used in lists and on cards, such as `P3`. Unique within the track. */
  code: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9.+-]{0,7}$/, {
    error: 'must be a short code of up to 8 letters or digits, like `P3`',
  }),
  /** The level in one line: what changes for the person at this level. Optional. */
  summary: textSchema.optional(),
  /** Scope of the work: the size of the problems, the team, the horizon. Optional. */
  scope: textSchema.optional(),
  /** What someone shows before being promoted to this level. */
  prerequisites: z.array(textSchema).default([]),
  /** What sets this level apart from the one below. */
  differentiators: z.array(textSchema).default([]),
  /** Labelled facts shown with the scope, such as reach or impact levers. */
  facts: z.array(levelFactSchema).default([]),
  /** Typical time spent at this level before moving up. */
  timeInLevel: timeInLevelSchema.optional(),
  /** Pay for the level: one range, or one range per zone. Optional. */
  pay: paySchema.optional(),
  /** Id of the level of another track this one matches, such as a manager level for a senior IC. */
  equivalent: idSchema.optional(),
  /**
   * Id of the level of the base track (the track's `extends`) whose expectations this level
   * inherits. Optional: the base level with the same rank.
   */
  extends: idSchema.optional(),
  /** Former ids of this level; their URLs redirect here. */
  aliases: aliasesSchema,
  /**
   * Per theme id: the behaviours expected at this level and examples of them, or
   * `not-assessed`. Themes inherited from a base track, or outside a theme's `assessed` ranks,
   * may be left out.
   */
  expectations: z.record(idSchema, cellSchema).default({}),
});

/** A level's front matter after defaults are applied. */
export type LevelData = z.output<typeof levelSchema>;
/** One example of a behaviour, as written: a line or a story. */
export type Example = z.output<typeof exampleSchema>;
/** A story example. */
export type StoryExample = z.output<typeof storyExampleSchema>;
/** A behaviour as written: a sentence, or a sentence with examples. */
export type Behaviour = z.output<typeof behaviourSchema>;
/** A level's expectations within one theme, as written. */
export type Expectation = z.output<typeof expectationSchema>;
/** A level's cell for one theme, as written. */
export type Cell = z.output<typeof cellSchema>;
/** One pay range, as written, with defaults applied. */
export type PayRange = z.output<typeof payRangeSchema>;
/** A labelled fact. */
export type LevelFact = z.output<typeof levelFactSchema>;
