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
  /** Id used by themes in their `group` field. */
  id: idSchema,
  /** Heading shown above the group's themes. */
  title: textSchema,
  /** One sentence on what the group covers. */
  description: textSchema.optional(),
});

/** A language the ladder is published in. */
export const localeSchema = z.strictObject({
  /** BCP 47 language code, like `en` or `fr`. Also the URL prefix of non-default locales. */
  code: z.string().regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, {
    error: 'must be a language code, like `en`, `fr` or `pt-BR`',
  }),
  /** The language's name in itself, shown in the language switch: `English`, `Français`. */
  label: textSchema,
  /**
   * Country of the readers, as an ISO 3166 code such as `GB`, for link previews' `og:locale`
   * (`en_GB`). Optional: the country most likely for the language (`en_US`, `fr_FR`).
   */
  region: z
    .string()
    .regex(/^[A-Z]{2}$/, { error: 'must be a two-letter country code, like `GB`' })
    .optional(),
});

/** A place or area with its own pay ranges: a city, a country, remote work within a region. */
export const payZoneSchema = z.strictObject({
  /** Id that levels use in their pay ranges' `zone`, and readers in the URL: `?zone=amsterdam`. */
  id: idSchema,
  /** Name of the zone shown to readers, such as `Amsterdam` or `Remote (EU)`. */
  label: textSchema,
});

/** How pay is published: the zones, the default one and the date the ranges apply from. */
export const paySettingsSchema = z.strictObject({
  /** Zones with their own ranges, in display order. Optional: none, each level has one range. */
  zones: z.array(payZoneSchema).default([]),
  /** Id of the zone shown first, and of ranges that name no zone. Optional: the first zone. */
  defaultZone: idSchema.optional(),
  /** Date the ranges apply from, as `YYYY-MM-DD`, shown with every range. Optional. */
  asOf: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written `YYYY-MM-DD`, like `2026-06-01`' })
    .optional(),
  /**
   * Id of the guide that explains how pay is set and progresses. It becomes the pay criteria
   * page, with every range added, linked from every page that shows pay. Optional.
   */
  criteria: idSchema.optional(),
});

/** `content/settings.yaml`: the site as a whole. */
export const settingsSchema = z.strictObject({
  /** The company that publishes the ladder. */
  organisation: z.strictObject({
    /** Company name, shown in the header, footer and share cards. */
    name: textSchema,
    /** The company's own website, linked from the footer. */
    website: webUrlSchema.optional(),
    /** Logo file in `public/`, such as `logo.svg`. Shown in the header and on cards. */
    logo: z.string().optional(),
  }),
  /** Name of the ladder, such as `Product career ladder`. */
  title: textSchema,
  /** One or two sentences shown on the home page and in search engines. */
  description: textSchema,
  /**
   * Public URL the site is served from, such as `https://careers.example.com/ladder/`.
   * Canonical links, share cards and `ladder.json` are built from it.
   */
  url: webUrlSchema,
  /** Languages of the ladder. The first is the default language, served at `/`. */
  locales: z
    .array(localeSchema)
    .min(1)
    .default([{ code: 'en', label: 'English' }]),
  /**
   * When `true`, a missing or outdated translation fails `npm run check` instead of
   * being reported as a warning.
   */
  requireTranslations: z.boolean().default(false),
  /**
   * What a translated level that does not mirror its source is: `error` (the default) or
   * `warning`. Mirroring means the same number of behaviours and examples per theme, of
   * examples per behaviour, and of facts, prerequisites and differentiators.
   */
  translationsMirror: z.enum(['error', 'warning']).default('error'),
  /** Brand colours used for accents, links and share cards. */
  colours: z
    .strictObject({
      /** Main brand colour. Text on it is white, so keep it dark enough (contrast 4.5:1). */
      brand: colourSchema.default('#1f4fbf'),
      /** A lighter variant of the brand colour for dark mode. */
      brandDark: colourSchema.default('#8fb0ff'),
    })
    .default({ brand: '#1f4fbf', brandDark: '#8fb0ff' }),
  /**
   * The pages' typeface: `system` (the default: each reader's own font, nothing to download)
   * or a Fontsource font installed in the project, by its id, such as `inter` for
   * `@fontsource/inter`. The font is served from the site itself, never from another.
   */
  typeface: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
      error: 'is a Fontsource font id in lower case, such as `inter` or `source-sans-3`, or `system`',
    })
    .default('system'),
  /**
   * Whether each level includes everything expected at the levels below it, for every track
   * that does not say otherwise. Comparisons then show lower-level behaviours as "Still
   * expected", never as removed.
   */
  cumulative: z.boolean().default(false),
  /** How often reviews happen, shown on level pages and guides. */
  reviewCycleMonths: z.number().int().min(1).max(24).default(6),
  /**
   * Month of the first review of the year, from 1 (January) to 12; reviews then follow every
   * `reviewCycleMonths`. The self-assessment's plan dates its goals to the next two reviews.
   */
  reviewStartMonth: z.number().int().min(1).max(12).default(1),
  /** Whether pay ranges written in level files are published. */
  showPay: z.boolean().default(true),
  /** Pay zones, the default zone, the date ranges apply from and the pay criteria guide. */
  pay: paySettingsSchema.default({ zones: [] }),
  /**
   * Address of the company's open roles at one level, with `{code}` where the level's code
   * goes (or `{level}` for its id): `https://lanterne.example/jobs?level={code}`. Level pages
   * then link "Open roles at this level". Optional.
   */
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
    .optional(),
  /**
   * Licence of the ladder as data (`ladder.json`, the CSV exports), shown on the open data
   * page. Optional: no licence stated.
   */
  licence: z
    .strictObject({
      /** Name of the licence, such as `CC BY 4.0`. */
      name: textSchema,
      /** Address of the licence's text. Optional. */
      url: webUrlSchema.optional(),
    })
    .optional(),
  /** Theme groups, in display order. Themes name one in their `group` field. */
  themeGroups: z
    .array(themeGroupSchema)
    .min(1)
    .default([
      { id: 'hard', title: 'Hard skills' },
      { id: 'soft', title: 'Soft skills' },
    ]),
});

/** Site settings after defaults are applied. */
export type Settings = z.output<typeof settingsSchema>;
