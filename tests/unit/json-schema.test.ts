import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parseSourceFile } from '../../src/content/source.ts';
import {
  jsonSchemaOf,
  publishedSchemas,
  type SchemaName,
  schemaNames,
} from '../../src/exports/json-schemas.ts';
import type { LadderJson } from '../../src/exports/ladder-json-schema.ts';
import { ladderToJson } from '../../src/ladder/export.ts';
import { projectRoot } from '../support/build-site.ts';
import { ladderFrom } from '../support/ladder-files.ts';

/*
 * The JSON Schemas Echelon publishes are generated from the zod schemas the check uses. These
 * tests hold them to that: every file of the sample ladder passes both, and every file of the
 * bad-input corpus gets the same verdict from both (the corpus's cross-file mistakes, such as
 * an unknown track, are valid files, and both accept them).
 */

const ajv = new Ajv2020({ allErrors: true, strict: false });
// Ajv leaves formats to a plugin; `uri` as WHATWG URL parsing is the one the schemas use.
ajv.addFormat('uri', (value: string) => URL.canParse(value));
const validators = new Map(schemaNames.map((name) => [name, ajv.compile(jsonSchemaOf(name))]));

/** The kind of content file a path holds, by its folder and whether it is a translation. */
function kindOf(path: string): SchemaName | undefined {
  const translated = /\.[a-z]{2,3}(?:-[A-Z]{2})?\.(?:md|mdx|yaml)$/.test(path);
  const base = path.startsWith('settings.')
    ? 'settings'
    : (['tracks', 'themes', 'levels', 'guides'] as const)
        .find((folder) => path.startsWith(`${folder}/`))
        ?.slice(0, -1);
  if (!base) return undefined;
  return (translated ? `${base}-translation` : base) as SchemaName;
}

/** Every content file under a folder, with its parsed data and kind. */
function contentFiles(dir: string) {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(sep).join('/'))
    .filter((file) => /\.(md|mdx|yaml)$/.test(file))
    .map((file) => ({
      file,
      kind: kindOf(file),
      data: parseSourceFile(relative(projectRoot, join(dir, file)), readFileSync(join(dir, file))).data,
    }));
}

/**
 * Every property of a JSON Schema without a description, as a path such as
 * `level.pay.anyOf[0].zone`: walks nested objects, list items, record values, unions and `$defs`.
 */
function undescribedFields(node: unknown, path: string): string[] {
  if (Array.isArray(node)) return node.flatMap((item, index) => undescribedFields(item, `${path}[${index}]`));
  if (!node || typeof node !== 'object') return [];
  const schema = node as Record<string, unknown>;
  const properties = (schema.properties ?? {}) as Record<string, { description?: unknown }>;
  const missing = Object.entries(properties)
    .filter(([, field]) => typeof field.description !== 'string' || !field.description.trim())
    .map(([name]) => `${path}.${name}`);
  const nested = Object.entries(schema).flatMap(([key, value]) =>
    undescribedFields(value, key === 'properties' ? path : `${path}.${key}`),
  );
  return [...missing, ...nested];
}

describe('the published JSON Schemas', () => {
  it('are generated for ladder.json and every kind of content file', () => {
    expect(schemaNames).toEqual([
      'ladder',
      'settings',
      'track',
      'theme',
      'level',
      'guide',
      'settings-translation',
      'track-translation',
      'theme-translation',
      'level-translation',
      'guide-translation',
    ]);
    const level = jsonSchemaOf('level', 'https://x.example/schema/level.schema.json');
    expect(level).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: 'https://x.example/schema/level.schema.json',
      type: 'object',
      additionalProperties: false,
      required: ['track', 'rank', 'code'],
    });
    // Fields with a default are optional to authors.
    expect((level.properties as Record<string, unknown>).pay).toBeDefined();
  });

  it('describe every field, so editors explain it on hover and in completion', () => {
    for (const name of schemaNames) {
      expect(undescribedFields(jsonSchemaOf(name), name)).toEqual([]);
    }
    const level = jsonSchemaOf('level') as { properties: Record<string, { description: string }> };
    expect(level.properties.code.description).toBe(
      'Short code used in lists and on cards, such as `P3`. Unique within the track.',
    );
  });

  it('find a field without a description wherever it sits', () => {
    const schema = {
      properties: { a: { description: 'Described.', type: 'object', properties: { b: {} } } },
      $defs: { story: { properties: { c: { description: ' ' } } } },
      anyOf: [{ items: { properties: { d: {} } } }],
    };
    expect(undescribedFields(schema, 'x')).toEqual(['x.a.b', 'x.$defs.story.c', 'x.anyOf[0].items.d']);
  });

  it('accept every file of the sample ladder', () => {
    const files = contentFiles(join(projectRoot, 'content'));
    expect(files.length).toBeGreaterThan(30);
    for (const { file, kind, data } of files) {
      if (!kind) continue;
      const validate = validators.get(kind);
      expect(validate?.(data) ? [] : [file, validate?.errors], file).toEqual([]);
    }
  });

  it('give the same verdict as the check’s schemas on every file of the bad-input corpus', () => {
    const corpus = join(projectRoot, 'tests/fixtures/bad-input');
    let refused = 0;
    for (const name of readdirSync(corpus)) {
      const dir = join(corpus, name, 'content');
      if (!existsSync(dir)) continue;
      for (const { file, kind, data } of contentFiles(dir)) {
        // Files that are not YAML at all (binary, broken syntax) have no data to validate.
        if (!kind || data === undefined || data === null) continue;
        const byZod = publishedSchemas[kind].schema.safeParse(data).success;
        const bySchema = validators.get(kind)?.(data);
        expect(bySchema, `${name}/${file}`).toBe(byZod);
        if (!bySchema) refused++;
      }
    }
    // The corpus's mistakes within one file: a missing field, a misspelt one, a wrong type, a
    // value not allowed and a URL without scheme.
    expect(refused).toBeGreaterThanOrEqual(5);
  });

  it('describe ladder.json exactly as ladderToJson writes it', () => {
    const validate = validators.get('ladder');
    const json: LadderJson = JSON.parse(JSON.stringify(ladderToJson(ladderFrom())));
    expect(validate?.(json) ? [] : validate?.errors).toEqual([]);
    // A field the schema does not know is refused, so the schema cannot silently fall behind.
    expect(validate?.({ ...json, levels: [{ ...json.levels[0], salary: 1 }] })).toBe(false);
  });
});
