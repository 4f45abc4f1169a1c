import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { readMdx } from '../../src/content/mdx.ts';
import { checkAgainstSchema } from '../../src/content/schema-problems.ts';
import { parseSourceFile } from '../../src/content/source.ts';
import { changelogSchema, changelogTranslationSchema } from '../../src/schemas/changelog.ts';
import * as schemas from '../../src/schemas/index.ts';
import { projectRoot } from '../support/build-site.ts';

const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
const guide = readFileSync(join(projectRoot, 'docs/authoring.md'), 'utf8');
const scripts = Object.keys(JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')).scripts);

/** Every field name of an object schema, nested objects, records and lists included. */
function fieldNames(schema: z.ZodType): string[] {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
  const inner = def.innerType ?? def.in ?? def.element ?? def.valueType;
  if (def.type === 'object') {
    return Object.entries(def.shape as Record<string, z.ZodType>).flatMap(([name, field]) => [
      name,
      ...fieldNames(field),
    ]);
  }
  return inner ? fieldNames(inner as z.ZodType) : [];
}

describe('the README', () => {
  it('starts with exactly two commands: set up and build, then test', () => {
    const quickStart = readme.split('## Quick start')[1].split('\n## ')[0];
    const block = quickStart.match(/```sh\n([\s\S]*?)```/)?.[1] ?? '';
    expect(block.trim().split('\n')).toEqual(['npm ci && npm run build', 'npm test']);
  });

  it('names only npm scripts that exist', () => {
    const named = [...readme.matchAll(/npm run ([a-z:-]+)/g)].map((match) => match[1]);
    expect(named.length).toBeGreaterThan(0);
    for (const script of named) expect(scripts).toContain(script);
  });

  it('points only at paths that exist', () => {
    const table = readme.split('## Where things live')[1].split('\n## ')[0];
    const paths = [...table.matchAll(/^\| `([^`]+)`/gm)].map((match) => match[1]);
    expect(paths.length).toBeGreaterThan(5);
    for (const path of paths.flatMap((p) => p.split('`, `'))) {
      expect(existsSync(join(projectRoot, path)), path).toBe(true);
    }
    const image = readme.match(/!\[[^\]]*\]\(([^)]+)\)/)?.[1];
    expect(image && existsSync(join(projectRoot, image)), image).toBe(true);
  });
});

describe('the authoring guide', () => {
  it('shows every field of every kind of file', () => {
    const all = [
      schemas.settingsSchema,
      schemas.trackSchema,
      schemas.themeSchema,
      schemas.levelSchema,
      schemas.guideSchema,
      changelogSchema,
    ].flatMap(fieldNames);
    for (const field of new Set(all)) {
      expect(guide, `the guide does not mention \`${field}\``).toMatch(new RegExp(`\\b${field}:`));
    }
  });
});

/** The fenced examples of a Markdown document: language, `title="..."` path when given, and text. */
function examples(markdown: string) {
  return [...markdown.matchAll(/^```(\w+)(?: title="([^"]+)")?\n([\s\S]*?)^```$/gm)].map((match) => ({
    language: match[1],
    path: match[2],
    text: match[3],
  }));
}

/** The schema a content file is read with, from its path, as `npm run check` picks it. */
function schemaFor(path: string): z.ZodType {
  const translated = /\.[a-z]{2,3}(?:-[A-Z]{2})?\.[a-z]+$/.test(path);
  if (path.endsWith('settings.yaml')) return schemas.settingsSchema;
  if (/settings\.[\w-]+\.yaml$/.test(path)) return schemas.settingsTranslationSchema;
  if (path.endsWith('changelog.yaml')) return changelogSchema;
  if (/changelog\.[\w-]+\.yaml$/.test(path)) return changelogTranslationSchema;
  const kind = path.split('/')[1];
  const table: Record<string, [z.ZodType, z.ZodType]> = {
    tracks: [schemas.trackSchema, schemas.trackTranslationSchema],
    themes: [schemas.themeSchema, schemas.themeTranslationSchema],
    levels: [schemas.levelSchema, schemas.levelTranslationSchema],
    guides: [schemas.guideSchema, schemas.guideTranslationSchema],
  };
  const pair = table[kind];
  if (!pair) throw new Error(`no schema for ${path}`);
  return translated ? pair[1] : pair[0];
}

describe('the examples of the authoring guide', () => {
  const all = examples(guide);

  it('name the file of every YAML and Markdown example that is a whole file', () => {
    const files = all.filter((example) => example.path);
    expect(files.length).toBeGreaterThanOrEqual(9);
    for (const example of all.filter((e) => e.language === 'markdown')) expect(example.path).toBeDefined();
  });

  it.each(all.filter((example) => example.path).map((example) => [example.path, example] as const))(
    'reads %s through the same check as npm run check, with no problem',
    (path, example) => {
      const source = parseSourceFile(path ?? '', new TextEncoder().encode(example.text));
      expect(source.problems).toEqual([]);
      expect(checkAgainstSchema(source, schemaFor(path ?? '')).problems).toEqual([]);
    },
  );

  it('has YAML snippets that parse', () => {
    for (const example of all.filter((e) => e.language === 'yaml' && !e.path)) {
      expect(parseDocument(example.text).errors).toEqual([]);
    }
  });

  it('uses only the MDX components the check knows, with the attributes they need', () => {
    const snippets = all.filter((example) => example.language === 'mdx');
    expect(snippets.length).toBeGreaterThan(0);
    for (const snippet of snippets) {
      const source = parseSourceFile(
        'guide.mdx',
        new TextEncoder().encode(`---\ntitle: x\n---\n${snippet.text}`),
      );
      expect(readMdx(source).problems).toEqual([]);
    }
  });
});
