import { z } from 'astro/zod';
import { idSchema, textSchema } from './common.ts';

const colourSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, {
  error: 'must be a six-digit hex colour, like `#1f5fbf`',
});

/**
 * An address of the web: `http` or `https` only (a `javascript:` one would run in readers'
 * browsers), written in plain ASCII as browsers send it, since the site's paths and links are
 * built from it.
 */
const webUrlSchema = z
  .url({ protocol: /^https?$/, abort: true })
  // Also a pattern, so the published JSON Schema refuses what the check refuses.
  .regex(/^https?:\/\/[\x21-\x7e]+$/, {
    error: (issue) =>
      `must be written the way browsers send it, in plain ASCII with \`http\` or \`https\` in lowercase: \`${new URL(String(issue.input)).href}\``,
  });

/** A group of themes, such as hard skills or soft skills. */
export const themeGroupSchema = z.strictObject({
  id: idSchema.describe('Id used by themes in their `group` field, such as `hard`.'),
  title: textSchema.describe('Heading shown above the group’s themes, such as `Hard skills`.'),
  description: textSchema.optional().describe('One sentence on what the group covers. Optional.'),
});

/** A language the ladder is published in. */
export const localeSchema = z.strictObject({
  code: z
    .string()
    .regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, {
      error: 'must be a language code, like `en`, `fr` or `pt-BR`',
    })
    .describe('BCP 47 language code, like `en` or `fr`. Also the URL prefix of non-default locales.'),
  label: textSchema.describe(
    'The language’s name in itself, shown in the language switch: `English`, `Français`.',
  ),
  region: z
    .string()
    .regex(/^[A-Z]{2}$/, { error: 'must be a two-letter country code, like `GB`' })
    .optional()
    .describe(
      'Country of the readers, as an ISO 3166 code such as `GB`, for link previews’ `og:locale` (`en_GB`). Optional: the country most likely for the language (`en_US`, `fr_FR`).',
    ),
});

/** A place or area with its own pay ranges: a city, a country, remote work within a region. */
export const payZoneSchema = z.strictObject({
  id: idSchema.describe(
    'Id that levels use in their pay ranges’ `zone`, and readers in the URL: `?zone=amsterdam`.',
  ),
  label: textSchema.describe('Name of the zone shown to readers, such as `Amsterdam` or `Remote (EU)`.'),
});

/** How pay is published: the zones, the default one and the date the ranges apply from. */
export const paySettingsSchema = z.strictObject({
  zones: z
    .array(payZoneSchema)
    .default([])
    .describe(
      'Zones with their own ranges, in display order, each an `id` and a `label`. Optional: none, each level has one range.',
    ),
  defaultZone: idSchema
    .optional()
    .describe('Id of the zone shown first, and of ranges that name no zone. Optional: the first zone.'),
  asOf: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written `YYYY-MM-DD`, like `2026-06-01`' })
    .optional()
    .describe('Date the ranges apply from, as `YYYY-MM-DD`, shown with every range. Optional.'),
  criteria: idSchema
    .optional()
    .describe(
      'Id of the guide that explains how pay is set and progresses, such as `pay`. It becomes the pay criteria page, with every range added, linked from every page that shows pay. Optional.',
    ),
});

/** `content/settings.yaml`: the site as a whole. */
export const settingsSchema = z.strictObject({
  organisation: z
    .strictObject({
      name: textSchema.describe('Company name, shown in the header, footer and share cards.'),
      website: webUrlSchema
        .optional()
        .describe('The company’s own website, such as `https://lanterne.example/`, linked from the footer.'),
      logo: z
        .string()
        .optional()
        .describe('Logo file in `public/`, such as `logo.svg`. Shown in the header and on cards.'),
    })
    .describe('The company that publishes the ladder: its `name`, and optionally `website` and `logo`.'),
  title: textSchema.describe('Name of the ladder, such as `Product career ladder`.'),
  description: textSchema.describe('One or two sentences shown on the home page and in search engines.'),
  url: webUrlSchema.describe(
    'Public URL the site is served from, such as `https://careers.example.com/ladder/`. Canonical links, share cards and `ladder.json` are built from it.',
  ),
  locales: z
    .array(localeSchema)
    .min(1)
    .default([{ code: 'en', label: 'English' }])
    .describe(
      'Languages of the ladder, each a `code` and a `label`. The first is the default language, served at `/`.',
    ),
  requireTranslations: z
    .boolean()
    .default(false)
    .describe(
      'When `true`, a missing or outdated translation fails `npm run check` instead of being reported as a warning.',
    ),
  translationsMirror: z
    .enum(['error', 'warning'])
    .default('error')
    .describe(
      'What a translated level that does not mirror its source is: `error` (the default) or `warning`. Mirroring means the same number of behaviours and examples per theme, of examples per behaviour, and of facts, prerequisites and differentiators.',
    ),
  colours: z
    .strictObject({
      brand: colourSchema
        .default('#1f4fbf')
        .describe(
          'Main brand colour, such as `#1f4fbf`. Text on it is white, so keep it dark enough (contrast 4.5:1).',
        ),
      brandDark: colourSchema
        .default('#8fb0ff')
        .describe('A lighter variant of the brand colour for dark mode.'),
    })
    .default({ brand: '#1f4fbf', brandDark: '#8fb0ff' })
    .describe('Brand colours used for accents, links and share cards: `brand` and `brandDark`.'),
  typeface: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
      error: 'is a Fontsource font id in lower case, such as `inter` or `source-sans-3`, or `system`',
    })
    .default('system')
    .describe(
      'The pages’ typeface: `system` (the default: each reader’s own font, nothing to download) or a Fontsource font installed in the project, by its id, such as `inter` for `@fontsource/inter`. The font is served from the site itself, never from another.',
    ),
  cumulative: z
    .boolean()
    .default(false)
    .describe(
      'Whether each level includes everything expected at the levels below it, for every track that does not say otherwise. Comparisons then show lower-level behaviours as "Still expected", never as removed.',
    ),
  reviewCycleMonths: z
    .number()
    .int()
    .min(1)
    .max(24)
    .default(6)
    .describe('How often reviews happen, in months, from 1 to 24; shown on level pages and guides.'),
  reviewStartMonth: z
    .number()
    .int()
    .min(1)
    .max(12)
    .default(1)
    .describe(
      'Month of the first review of the year, from 1 (January) to 12; reviews then follow every `reviewCycleMonths`. The self-assessment’s plan dates its goals to the next two reviews.',
    ),
  showPay: z.boolean().default(true).describe('Whether pay ranges written in level files are published.'),
  pay: paySettingsSchema
    .default({ zones: [] })
    .describe(
      'Pay `zones`, the `defaultZone`, the date ranges apply from (`asOf`) and the pay `criteria` guide.',
    ),
  careersUrl: z
    .string()
    // Not `z.url()`: `{code}` is no valid URL character until it is filled in.
    .refine((url) => URL.canParse(url) && /^https?:/.test(url), {
      error: 'must be a full URL, like `https://example.com/jobs?level={code}`',
    })
    .refine((url) => url.includes('{code}') || url.includes('{level}'), {
      error:
        'must hold `{code}` or `{level}` where the level goes, like `https://example.com/jobs?level={code}`',
    })
    .optional()
    .describe(
      'Address of the company’s open roles at one level, with `{code}` where the level’s code goes (or `{level}` for its id): `https://lanterne.example/jobs?level={code}`. Level pages then link "Open roles at this level". Optional.',
    ),
  licence: z
    .strictObject({
      name: textSchema.describe('Name of the licence, such as `CC BY 4.0`.'),
      url: webUrlSchema
        .optional()
        .describe(
          'Address of the licence’s text, such as `https://creativecommons.org/licenses/by/4.0/`. Optional.',
        ),
    })
    .optional()
    .describe(
      'Licence of the ladder as data (`ladder.json`, the CSV exports), shown on the open data page. Optional: no licence stated.',
    ),
  themeGroups: z
    .array(themeGroupSchema)
    .min(1)
    .default([
      { id: 'hard', title: 'Hard skills' },
      { id: 'soft', title: 'Soft skills' },
    ])
    .describe(
      'Theme groups, in display order, each an `id`, a `title` and optionally a `description`. Themes name one in their `group` field.',
    ),
});

/** Site settings after defaults are applied. */
export type Settings = z.output<typeof settingsSchema>;
