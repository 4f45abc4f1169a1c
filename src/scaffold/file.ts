import type { z } from 'astro/zod';
import { Document, type Scalar, stringify } from 'yaml';
import {
  guideSchema,
  guideTranslationSchema,
  levelSchema,
  levelTranslationSchema,
  settingsTranslationSchema,
  themeSchema,
  themeTranslationSchema,
  trackSchema,
  trackTranslationSchema,
} from '../schemas/index.ts';

/** What a scaffolded file holds, besides the schema's fields. */
export interface ScaffoldSpec {
  /** The schema of the file, whose fields are listed in order. */
  schema: z.ZodObject;
  /** Its exported name in `src/schemas/`, where its doc comments are looked up. */
  schemaName: string;
  /** Fields written with a value, such as the track of a level. Other required fields are left empty to fill in. */
  values?: Record<string, unknown>;
  /** Example values shown, commented out, for optional fields. */
  examples?: Record<string, unknown>;
  /** Markdown body; a YAML file when undefined. */
  body?: string;
}

/** Whether a field must be written, may be left out, or has a default, in the words authors read. */
export function fieldStatus(field: z.ZodType): string {
  const def = (field as unknown as { _zod: { def: { type: string; defaultValue?: unknown } } })._zod.def;
  if (def.type === 'default') {
    const value = stringify(def.defaultValue, { collectionStyle: 'flow' }).trim();
    return `Optional, default ${value}.`;
  }
  return def.type === 'optional' ? 'Optional.' : 'Required.';
}

/** Wraps a comment to lines of about 96 characters, so a scaffolded file reads without scrolling. */
function wrap(text: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > 96) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * A content file with every field of its schema, each under a comment that says whether it is
 * required, optional or has a default, and what it means (the schema's doc comment). Required
 * fields are written, empty unless given a value, so the check names each one still to fill;
 * optional fields are commented out with an example, to uncomment when needed.
 */
export function scaffoldText(spec: ScaffoldSpec, docs: ReadonlyMap<string, string>): string {
  const doc = new Document({});
  const map = doc.contents as unknown as { items: unknown[] };
  let pending: string[] = [];
  for (const [key, field] of Object.entries(spec.schema.shape as Record<string, z.ZodType>)) {
    const status = fieldStatus(field);
    const text = docs.get(`${spec.schemaName}.${key}`) ?? '';
    // Many doc comments already end with "Optional: <what happens>"; saying it twice reads badly.
    const label = status === 'Optional.' && /\bOptional\b/.test(text) ? '' : status;
    const about = wrap(`${label} ${text}`.trim()).map((line) => ` ${line}`);
    const written = spec.values && key in spec.values;
    if (written || status === 'Required.') {
      const pair = doc.createPair(key, written ? spec.values?.[key] : null);
      (pair.key as Scalar).commentBefore = [...pending, ...about].join('\n');
      map.items.push(pair);
      pending = [];
    } else {
      const example = spec.examples?.[key] ?? defaultOf(field) ?? '';
      const lines = stringify({ [key]: example }, { lineWidth: 0 })
        .trimEnd()
        .split('\n');
      pending.push(...about, ...lines.map((line) => ` ${line}`));
    }
  }
  if (pending.length) doc.comment = pending.join('\n');
  const yaml = doc.toString({ nullStr: '', lineWidth: 0 });
  return spec.body === undefined ? yaml : `---\n${yaml}---\n${spec.body}`;
}

/** A field's default value, shown as its example. */
function defaultOf(field: z.ZodType): unknown {
  const def = (field as unknown as { _zod: { def: { type: string; defaultValue?: unknown } } })._zod.def;
  return def.type === 'default' ? def.defaultValue : undefined;
}

/** The kinds of file `npm run new` scaffolds. */
export const scaffoldKinds = ['level', 'theme', 'track', 'guide', 'translation'] as const;
export type ScaffoldKind = (typeof scaffoldKinds)[number];

const levelExamples = {
  title: 'Senior engineer',
  summary: 'Owns a product area end to end.',
  scope: 'A product area served by one or two teams, with a horizon of two to four quarters.',
  prerequisites: ["Has owned a team's outcomes for at least two half-years."],
  differentiators: ['Sets the direction of an area instead of working within one team.'],
  facts: [{ label: 'Collaborative reach', value: 'Two teams, sales and support.' }],
  timeInLevel: { min: 24, max: 42 },
  pay: { currency: 'EUR', min: 70000, max: 86000 },
  equivalent: 'engineering-manager',
  extends: 'senior-engineer',
  aliases: ['former-id'],
};

/** The scaffold of a level of `track`, with an empty cell for each theme it must describe. */
export function levelSpec(
  track: string | undefined,
  rank: number | undefined,
  themes: string[],
): ScaffoldSpec {
  const values: Record<string, unknown> = { track: track ?? null, rank: rank ?? null };
  values.expectations = Object.fromEntries(themes.map((theme) => [theme, { behaviours: [null] }]));
  return { schema: levelSchema, schemaName: 'levelSchema', values, examples: levelExamples, body: '' };
}

/** The scaffold of a theme. */
export function themeSpec(): ScaffoldSpec {
  return {
    schema: themeSchema,
    schemaName: 'themeSchema',
    examples: {
      importance: 'important',
      order: 1,
      assessed: { from: 2, to: 5 },
      tracks: ['engineering'],
      aliases: ['former-id'],
    },
    body: '',
  };
}

/** The scaffold of a track. */
export function trackSpec(): ScaffoldSpec {
  return {
    schema: trackSchema,
    schemaName: 'trackSchema',
    examples: { cumulative: true, extends: 'engineering', showPay: false, aliases: ['former-id'] },
  };
}

/** The scaffold of a guide. */
export function guideSpec(): ScaffoldSpec {
  return { schema: guideSchema, schemaName: 'guideSchema', examples: { order: 1 }, body: '' };
}

/**
 * The scaffold of a translation of a source file, by its collection. A level's translation gets
 * one empty line per behaviour of the source, theme by theme, in the source's order, since the
 * check requires the same shape.
 */
export function translationSpec(
  collection: 'settings' | 'tracks' | 'themes' | 'levels' | 'guides',
  sourceData: Record<string, unknown>,
): ScaffoldSpec {
  switch (collection) {
    case 'settings':
      return { schema: settingsTranslationSchema, schemaName: 'settingsTranslationSchema' };
    case 'tracks':
      return { schema: trackTranslationSchema, schemaName: 'trackTranslationSchema' };
    case 'themes':
      return { schema: themeTranslationSchema, schemaName: 'themeTranslationSchema', body: '' };
    case 'guides':
      return { schema: guideTranslationSchema, schemaName: 'guideTranslationSchema', body: '' };
    case 'levels': {
      const values: Record<string, unknown> = {};
      for (const key of ['title', 'summary', 'scope'] as const)
        if (sourceData[key] !== undefined) values[key] = null;
      for (const key of ['prerequisites', 'differentiators'] as const) {
        const list = sourceData[key];
        if (Array.isArray(list) && list.length) values[key] = list.map(() => null);
      }
      const facts = sourceData.facts;
      if (Array.isArray(facts) && facts.length)
        values.facts = facts.map(() => ({ label: null, value: null }));
      const expectations: Record<string, unknown> = {};
      for (const [theme, cell] of Object.entries(
        (sourceData.expectations ?? {}) as Record<string, unknown>,
      )) {
        if (typeof cell !== 'object' || cell === null) continue;
        const { behaviours = [], examples = [] } = cell as { behaviours?: unknown[]; examples?: unknown[] };
        const translated: Record<string, unknown> = { behaviours: behaviours.map(emptyLike) };
        if (examples.length) translated.examples = examples.map(emptyLike);
        expectations[theme] = translated;
      }
      if (Object.keys(expectations).length) values.expectations = expectations;
      return { schema: levelTranslationSchema, schemaName: 'levelTranslationSchema', values, body: '' };
    }
  }
}

/** The same shape as a behaviour or example of the source, with every text left empty. */
function emptyLike(value: unknown): unknown {
  if (typeof value === 'string') return null;
  if (Array.isArray(value)) return value.map(emptyLike);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, emptyLike(inner)]));
  }
  return value;
}
