import { z } from 'astro/zod';
import { payPeriods } from '../schemas/index.ts';

// The shape of `ladder.json`, as zod: `ladderToJson` is checked against it at compile time
// (see `tests/unit/json-schema.test.ts`), and `dist/schema/ladder.schema.json` is generated
// from it, so the published schema and the file cannot drift apart.

const url = z.url();
const example = z.union([
  z.strictObject({ text: z.string() }),
  z.strictObject({ situation: z.string(), action: z.string(), outcome: z.string().optional() }),
]);

/** One published pay range of a level, in one zone. */
export const ladderJsonPayRange = z
  .strictObject({
    zone: z
      .string()
      .optional()
      .describe('Id of the zone, one of `pay.zones`; absent when the ladder has no zones.'),
    zoneLabel: z.string().optional().describe('Name of the zone in the file’s language.'),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .describe('ISO 4217 currency code.'),
    min: z.number().nonnegative().describe('Bottom of the range.'),
    max: z.number().nonnegative().describe('Top of the range.'),
    period: z.enum(payPeriods).describe('What the amounts are paid per.'),
    basis: z.enum(['gross', 'net']).describe('Before (`gross`) or after (`net`) tax and contributions.'),
    note: z.string().optional().describe('A note on the range, such as a bonus target.'),
  })
  .describe('A pay range of a level in one zone.');

/** `ladder.json`: the whole ladder as data, in one language. */
export const ladderJsonSchema = z
  .object({
    organisation: z.string().describe('The company that publishes the ladder.'),
    title: z.string(),
    description: z.string(),
    locale: z.string().describe('Language of the texts, a BCP 47 code.'),
    url: url.describe('Home page of the ladder in this language.'),
    version: z.string().nullable().optional().describe('Version of the ladder, from its changelog.'),
    versionDate: z.string().nullable().optional().describe('Day of that version.'),
    changesUrl: url.nullable().optional().describe('Page listing the changes between versions.'),
    reviewCycleMonths: z.number().int().describe('Months between two reviews.'),
    pay: z
      .strictObject({
        published: z.boolean().describe('Whether the ladder publishes pay at all.'),
        asOf: z.string().nullable().describe('Date the ranges apply from, `YYYY-MM-DD`.'),
        defaultZone: z.string().nullable().describe('Zone shown first, and of ranges that name none.'),
        zones: z.array(z.strictObject({ id: z.string(), label: z.string() })),
        criteriaUrl: url.nullable().describe('Page explaining how pay is set and progresses.'),
      })
      .describe('How pay is published.'),
    licence: z
      .strictObject({ name: z.string(), url: url.nullable() })
      .nullable()
      .describe('Licence of this data; null when none is stated.'),
    themeGroups: z.array(z.strictObject({ id: z.string(), title: z.string(), themes: z.array(z.string()) })),
    tracks: z.array(
      z.strictObject({
        id: z.string(),
        title: z.string(),
        kind: z.enum(['individual-contributor', 'management']),
        summary: z.string(),
        cumulative: z.boolean(),
        extends: z.string().nullable(),
        showPay: z.boolean().describe('Whether the track’s levels publish pay.'),
        url,
        matrixUrl: url,
        levels: z.array(z.string()),
        themes: z.array(z.string()),
      }),
    ),
    levels: z.array(
      z.strictObject({
        id: z.string(),
        track: z.string(),
        rank: z.number().int(),
        code: z.string(),
        title: z.string(),
        url,
        summary: z.string().nullable(),
        scope: z.string().nullable(),
        prerequisites: z.array(z.string()),
        differentiators: z.array(z.string()),
        timeInLevelMonths: z.strictObject({ min: z.number(), max: z.number().optional() }).nullable(),
        pay: ladderJsonPayRange
          .nullable()
          .describe('The range of the default zone; null when not published.'),
        payRanges: z.array(ladderJsonPayRange).describe('Every published range, the default zone first.'),
        equivalent: z.string().nullable(),
        previous: z.string().nullable(),
        next: z.string().nullable(),
        nextLevelUrl: url.nullable(),
        comparisons: z.array(z.strictObject({ to: z.string(), url })),
        aliases: z.array(z.string()),
        facts: z.array(z.strictObject({ label: z.string(), value: z.string() })),
        expectations: z.record(
          z.string(),
          z.strictObject({
            behaviours: z.array(z.string()),
            examples: z.array(example),
            behaviourExamples: z.array(z.array(example)).optional(),
            inheritedFrom: z.string().optional(),
          }),
        ),
        notAssessed: z.array(z.string()),
      }),
    ),
    themes: z.array(
      z.strictObject({
        id: z.string(),
        title: z.string(),
        group: z.string(),
        importance: z.enum(['essential', 'important', 'supporting']).nullable(),
        assessed: z.strictObject({ from: z.number().optional(), to: z.number().optional() }).nullable(),
        summary: z.string(),
        tracks: z.array(z.string()),
        url,
      }),
    ),
    guides: z.array(z.strictObject({ id: z.string(), title: z.string(), description: z.string(), url })),
  })
  .describe('A career ladder as data, published by Echelon as ladder.json.');

/** `ladder.json` as TypeScript sees it. */
export type LadderJson = z.input<typeof ladderJsonSchema>;
