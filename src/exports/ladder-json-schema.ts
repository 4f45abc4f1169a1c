import { z } from 'astro/zod';
import { payPeriods } from '../schemas/index.ts';

// The shape of `ladder.json`, as zod: `ladderToJson` is checked against it at compile time
// (see `tests/unit/json-schema.test.ts`), and `dist/schema/ladder.schema.json` is generated
// from it, so the published schema and the file cannot drift apart. Each field's description
// is its documentation for the tools that read the file, published in that schema.

const url = z.url();
const id = z.string();
const example = z.union([
  z.strictObject({ text: z.string().describe('The example, as one line of text.') }),
  z.strictObject({
    situation: z.string().describe('The context: what was going on.'),
    action: z.string().describe('What the person did.'),
    outcome: z.string().optional().describe('What came of it; absent when the author wrote none.'),
  }),
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
      .describe('ISO 4217 currency code, such as `EUR`.'),
    min: z.number().nonnegative().describe('Bottom of the range, in the currency’s units.'),
    max: z.number().nonnegative().describe('Top of the range, in the currency’s units.'),
    period: z.enum(payPeriods).describe('What the amounts are paid per.'),
    basis: z.enum(['gross', 'net']).describe('Before (`gross`) or after (`net`) tax and contributions.'),
    note: z.string().optional().describe('A note on the range, such as a bonus target.'),
  })
  .describe('A pay range of a level in one zone.');

/** `ladder.json`: the whole ladder as data, in one language. */
export const ladderJsonSchema = z
  .object({
    organisation: z.string().describe('The company that publishes the ladder.'),
    title: z.string().describe('Name of the ladder.'),
    description: z.string().describe('One or two sentences on the ladder.'),
    locale: z.string().describe('Language of the texts, a BCP 47 code such as `en` or `pt-BR`.'),
    url: url.describe('Home page of the ladder in this language.'),
    version: z.string().nullable().optional().describe('Version of the ladder, from its changelog.'),
    versionDate: z.string().nullable().optional().describe('Day of that version, `YYYY-MM-DD`.'),
    changesUrl: url.nullable().optional().describe('Page listing the changes between versions.'),
    reviewCycleMonths: z.number().int().describe('Months between two reviews.'),
    pay: z
      .strictObject({
        published: z.boolean().describe('Whether the ladder publishes pay at all.'),
        asOf: z.string().nullable().describe('Date the ranges apply from, `YYYY-MM-DD`.'),
        defaultZone: id.nullable().describe('Zone shown first, and of ranges that name none.'),
        zones: z
          .array(
            z.strictObject({
              id: id.describe('Id of the zone, as pay ranges name it in `zone`.'),
              label: z.string().describe('Name of the zone in the file’s language.'),
            }),
          )
          .describe('Zones with their own ranges, in display order; empty when there are none.'),
        criteriaUrl: url.nullable().describe('Page explaining how pay is set and progresses.'),
      })
      .describe('How pay is published.'),
    licence: z
      .strictObject({
        name: z.string().describe('Name of the licence, such as `CC BY 4.0`.'),
        url: url.nullable().describe('Address of the licence’s text; null when none is given.'),
      })
      .nullable()
      .describe('Licence of this data; null when none is stated.'),
    themeGroups: z
      .array(
        z.strictObject({
          id: id.describe('Id of the group, as themes name it in `group`.'),
          title: z.string().describe('Heading of the group.'),
          themes: z.array(id).describe('Ids of the group’s themes, in display order.'),
        }),
      )
      .describe('Groups of themes, such as hard and soft skills, in display order.'),
    tracks: z
      .array(
        z.strictObject({
          id: id.describe('Id of the track, as levels name it in `track`.'),
          title: z.string().describe('Name of the track.'),
          kind: z
            .enum(['individual-contributor', 'management'])
            .describe('A craft path (`individual-contributor`) or a people-leadership path (`management`).'),
          summary: z.string().describe('Who the track is for.'),
          cumulative: z
            .boolean()
            .describe('Whether a level includes everything expected at the levels below it.'),
          extends: id.nullable().describe('Id of the track whose expectations this one inherits, or null.'),
          showPay: z.boolean().describe('Whether the track’s levels publish pay.'),
          url: url.describe('Page of the track.'),
          matrixUrl: url.describe('Page showing every level of the track side by side, theme by theme.'),
          levels: z.array(id).describe('Ids of the track’s levels, from the lowest rank up.'),
          themes: z.array(id).describe('Ids of the themes that apply to the track, in display order.'),
        }),
      )
      .describe('Job families, such as product management, in display order.'),
    levels: z
      .array(
        z.strictObject({
          id: id.describe('Id of the level, which is also its page’s last path segment.'),
          track: id.describe('Id of the level’s track.'),
          rank: z
            .number()
            .int()
            .describe('Number on the company’s scale, shared by every track: higher is more senior.'),
          code: z.string().describe('Short code, such as `P3`.'),
          title: z.string().describe('Title of the level; its code when the author gave none.'),
          url: url.describe('Page of the level.'),
          summary: z.string().nullable().describe('The level in one line, or null.'),
          scope: z.string().nullable().describe('Scope of the work, or null.'),
          prerequisites: z
            .array(z.string())
            .describe('What someone shows before being promoted to this level.'),
          differentiators: z.array(z.string()).describe('What sets this level apart from the one below.'),
          timeInLevelMonths: z
            .strictObject({
              min: z.number().describe('Shortest typical stay, in months.'),
              max: z
                .number()
                .optional()
                .describe('Longest typical stay, in months; absent when there is no ceiling.'),
            })
            .nullable()
            .describe('Typical time spent at the level before moving up; null when not stated.'),
          pay: ladderJsonPayRange
            .nullable()
            .describe('The range of the default zone; null when not published.'),
          payRanges: z.array(ladderJsonPayRange).describe('Every published range, the default zone first.'),
          equivalent: id.nullable().describe('Id of the level of another track this one matches, or null.'),
          previous: id.nullable().describe('Id of the level below in the same track, or null.'),
          next: id.nullable().describe('Id of the level above in the same track, or null.'),
          nextLevelUrl: url.nullable().describe('Page comparing this level with the next one, or null.'),
          comparisons: z
            .array(
              z.strictObject({
                to: id.describe('Id of the other level.'),
                url: url.describe('Page comparing the two levels.'),
              }),
            )
            .describe('Every published comparison from this level to another.'),
          aliases: z.array(id).describe('Former ids of the level; their URLs redirect to its page.'),
          facts: z
            .array(
              z.strictObject({
                label: z.string().describe('What the fact is about, such as `Collaborative reach`.'),
                value: z.string().describe('The fact itself.'),
              }),
            )
            .describe('Labelled facts about the level, such as reach or impact levers.'),
          expectations: z
            .record(
              z.string(),
              z.strictObject({
                behaviours: z
                  .array(z.string())
                  .describe('What someone at this level does, one sentence each.'),
                examples: z.array(example).describe('Examples of the theme’s behaviours as a whole.'),
                behaviourExamples: z
                  .array(z.array(example))
                  .optional()
                  .describe(
                    'Examples of each behaviour, in the order of `behaviours`; absent when none has any.',
                  ),
                inheritedFrom: id
                  .optional()
                  .describe(
                    'Id of the level of the base track these expectations come from; absent when written here.',
                  ),
              }),
            )
            .describe('What the level expects, by id of each theme assessed at it.'),
          notAssessed: z.array(id).describe('Ids of the track’s themes not assessed at this level.'),
        }),
      )
      .describe('Every level of every track.'),
    themes: z
      .array(
        z.strictObject({
          id: id.describe('Id of the theme, as levels name it in `expectations`.'),
          title: z.string().describe('Name of the theme.'),
          group: id.describe('Id of the theme’s group.'),
          importance: z
            .enum(['essential', 'important', 'supporting'])
            .nullable()
            .describe('How much the theme weighs in a review; null when the ladder does not weigh themes.'),
          assessed: z
            .strictObject({
              from: z.number().optional().describe('Lowest rank at which the theme is assessed.'),
              to: z.number().optional().describe('Highest rank at which the theme is assessed.'),
            })
            .nullable()
            .describe('Ranks at which the theme is assessed; null when it is at every rank.'),
          summary: z.string().describe('What the theme covers.'),
          tracks: z.array(id).describe('Ids of the tracks the theme applies to.'),
          url: url.describe('Page of the theme.'),
        }),
      )
      .describe('Skill areas assessed at the levels.'),
    guides: z
      .array(
        z.strictObject({
          id: id.describe('Id of the guide.'),
          title: z.string().describe('Title of the guide.'),
          description: z.string().describe('One sentence on the guide.'),
          url: url.describe('Page of the guide.'),
        }),
      )
      .describe('Free pages, such as how reviews work.'),
  })
  .describe('A career ladder as data, published by Echelon as ladder.json.');

/** `ladder.json` as TypeScript sees it. */
export type LadderJson = z.input<typeof ladderJsonSchema>;
