import { z } from 'astro/zod';
import { aliasesSchema, idSchema, textSchema } from './common.ts';

// Each field's description is its documentation: the published JSON Schemas carry it, so
// editors show it on hover and completion, and `npm run new` writes it above the field.

/** A concrete story of someone working at the level: what happened, what they did, what came of it. */
export const storyExampleSchema = z.strictObject({
  situation: textSchema.describe('The context: what was going on, with enough detail to picture it.'),
  action: textSchema.describe('What the person did.'),
  outcome: textSchema
    .optional()
    .describe('What came of it, ideally with a number or a consequence. Optional.'),
});

/**
 * A concrete piece of evidence that someone works at the level: one line of text (an example
 * phrase, a deliverable), or a story with `situation`, `action` and `outcome`.
 */
export const exampleSchema = z.union([textSchema, storyExampleSchema]);

/** A behaviour with examples of its own, shown under it. */
export const behaviourWithExamplesSchema = z.strictObject({
  text: textSchema.describe('The behaviour, as one sentence in the present tense.'),
  examples: z
    .array(exampleSchema)
    .default([])
    .describe(
      'Examples of this behaviour: lines of text, or stories with `situation`, `action` and `outcome`.',
    ),
});

/** A behaviour: one sentence, or a sentence with its own `examples`. */
export const behaviourSchema = z.union([textSchema, behaviourWithExamplesSchema]);

/** What a level expects within one theme. */
export const expectationSchema = z.strictObject({
  behaviours: z
    .array(behaviourSchema)
    .min(1, { error: 'needs at least one behaviour' })
    .describe(
      'What someone at this level does, each as one sentence in the present tense, such as `Frames problems with data before proposing solutions.` A behaviour may be `text` with its own `examples`.',
    ),
  examples: z
    .array(exampleSchema)
    .default([])
    .describe(
      'Examples of the theme’s behaviours as a whole: lines of text, or stories with `situation`, `action` and `outcome`.',
    ),
});

/** Written instead of behaviours for a theme that is not assessed at a level. */
export const notAssessed = 'not-assessed';

/** A level's cell for one theme: its expectations, or `not-assessed`. */
export const cellSchema = z.union([z.literal(notAssessed), expectationSchema]);

/** A labelled fact about a level, shown with its scope and time in level. */
export const levelFactSchema = z.strictObject({
  label: textSchema.describe('What the fact is about, such as `Collaborative reach`.'),
  value: textSchema.describe('The fact itself, such as `The product group and its partners`.'),
});

/** What a pay amount is paid per. */
export const payPeriods = ['year', 'month', 'day', 'hour'] as const;

/**
 * One pay range of a level, for one zone (a city, a country, remote within a region). Published
 * when the site settings have `showPay: true` and the level's track does not turn pay off.
 */
export const payRangeSchema = z.strictObject({
  zone: idSchema
    .optional()
    .describe(
      'Id of the zone the range applies to, one of the settings’ `pay.zones`, such as `amsterdam`. Optional: the settings’ default zone.',
    ),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, { error: 'must be a currency code, like `EUR`' })
    .describe('ISO 4217 currency code, such as `EUR`, `GBP` or `CHF`.'),
  min: z
    .number()
    .nonnegative()
    .describe('Bottom of the range, in the currency’s units (`70000`, not `70k`).'),
  max: z.number().nonnegative().describe('Top of the range; at least `min`.'),
  period: z
    .enum(payPeriods)
    .default('year')
    .describe('What the amounts are paid per: `year` (default), `month`, `day` or `hour`.'),
  basis: z
    .enum(['gross', 'net'])
    .default('gross')
    .describe('Whether the amounts are before (`gross`, default) or after (`net`) tax and contributions.'),
  note: textSchema
    .optional()
    .describe('A short note shown with the range, such as the bonus target or equity. Optional.'),
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
  min: z.number().int().nonnegative().describe('Shortest typical stay, in months, such as `24`.'),
  max: z
    .number()
    .int()
    .positive()
    .optional()
    .describe('Longest typical stay, in months. Leave out when there is no usual ceiling.'),
});

/**
 * Front matter of `content/levels/**\/<id>.md`. The file name is the level's id and its URL:
 * `senior-pm.md` is published at `/<track>/senior-pm/`.
 */
export const levelSchema = z.strictObject({
  title: textSchema
    .optional()
    .describe('Title of the level, such as `Senior product manager`. Optional: the code when left out.'),
  track: idSchema.describe(
    'Id of the track the level belongs to: its file name in `tracks/`, such as `product`.',
  ),
  rank: z
    .number()
    .int()
    .min(1, { error: 'must be 1 or more' })
    .describe(
      'The level’s number on the company’s scale, shared by every track: higher is more senior. A track’s levels need not start at 1 (a manager track may start at 3).',
    ),
  code: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9.+-]{0,7}$/, {
      error: 'must be a short code of up to 8 letters or digits, like `P3`',
    })
    .describe('Short code used in lists and on cards, such as `P3`. Unique within the track.'),
  summary: textSchema
    .optional()
    .describe('The level in one line: what changes for the person at this level. Optional.'),
  scope: textSchema
    .optional()
    .describe('Scope of the work: the size of the problems, the team, the horizon. Optional.'),
  prerequisites: z
    .array(textSchema)
    .default([])
    .describe('What someone shows before being promoted to this level, one sentence each.'),
  differentiators: z
    .array(textSchema)
    .default([])
    .describe('What sets this level apart from the one below, one sentence each.'),
  facts: z
    .array(levelFactSchema)
    .default([])
    .describe(
      'Labelled facts shown with the scope, such as reach or impact levers: each a `label` and a `value`.',
    ),
  timeInLevel: timeInLevelSchema
    .optional()
    .describe('Typical time spent at this level before moving up: `min` and `max` months. Optional.'),
  pay: paySchema
    .optional()
    .describe(
      'Pay for the level: one range (`currency`, `min`, `max`), or a list of ranges, one per zone. Optional.',
    ),
  equivalent: idSchema
    .optional()
    .describe('Id of the level of another track this one matches, such as a manager level for a senior IC.'),
  extends: idSchema
    .optional()
    .describe(
      'Id of the level of the base track (the track’s `extends`) whose expectations this level inherits. Optional: the base level with the same rank.',
    ),
  aliases: aliasesSchema.describe('Former ids of this level; their URLs redirect here.'),
  expectations: z
    .record(idSchema, cellSchema)
    .default({})
    .describe(
      'Per theme id: the `behaviours` expected at this level and `examples` of them, or `not-assessed`. Themes inherited from a base track, or outside a theme’s `assessed` ranks, may be left out.',
    ),
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
