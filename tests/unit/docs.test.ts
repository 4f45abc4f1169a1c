import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
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
    ].flatMap(fieldNames);
    for (const field of new Set(all)) {
      expect(guide, `the guide does not mention \`${field}\``).toMatch(new RegExp(`\\b${field}:`));
    }
  });
});
