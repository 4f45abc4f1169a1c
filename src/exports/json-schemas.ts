import { pathToFileURL } from 'node:url';
import { z } from 'astro/zod';
import { entryNameFromPath } from '../content/files.ts';
import {
  guideSchema,
  guideTranslationSchema,
  levelSchema,
  levelTranslationSchema,
  settingsSchema,
  settingsTranslationSchema,
  themeSchema,
  themeTranslationSchema,
  trackSchema,
  trackTranslationSchema,
} from '../schemas/index.ts';
import { ladderJsonSchema } from './ladder-json-schema.ts';

/**
 * Every JSON Schema Echelon publishes, by file name without `.schema.json`: `ladder` for
 * `ladder.json`, then one per kind of content file (front matter for Markdown files). Each is
 * generated from the zod schema `npm run check` validates with, so none is written by hand.
 */
export const publishedSchemas = {
  ladder: { schema: ladderJsonSchema, title: 'ladder.json', io: 'output' },
  settings: { schema: settingsSchema, title: 'content/settings.yaml', io: 'input' },
  track: { schema: trackSchema, title: 'content/tracks/<id>.yaml', io: 'input' },
  theme: { schema: themeSchema, title: 'Front matter of content/themes/<id>.md', io: 'input' },
  level: { schema: levelSchema, title: 'Front matter of content/levels/**/<id>.md', io: 'input' },
  guide: { schema: guideSchema, title: 'Front matter of content/guides/<id>.md', io: 'input' },
  'settings-translation': {
    schema: settingsTranslationSchema,
    title: 'content/settings.<locale>.yaml',
    io: 'input',
  },
  'track-translation': {
    schema: trackTranslationSchema,
    title: 'content/tracks/<id>.<locale>.yaml',
    io: 'input',
  },
  'theme-translation': {
    schema: themeTranslationSchema,
    title: 'Front matter of content/themes/<id>.<locale>.md',
    io: 'input',
  },
  'level-translation': {
    schema: levelTranslationSchema,
    title: 'Front matter of content/levels/**/<id>.<locale>.md',
    io: 'input',
  },
  'guide-translation': {
    schema: guideTranslationSchema,
    title: 'Front matter of content/guides/<id>.<locale>.md',
    io: 'input',
  },
} as const;

/** Name of a published schema, such as `level` or `ladder`. */
export type SchemaName = keyof typeof publishedSchemas;

/** Names of the published schemas, `ladder` first. */
export const schemaNames = Object.keys(publishedSchemas) as SchemaName[];

/** File name of a published schema: `level.schema.json`. */
export function schemaFileName(name: SchemaName): string {
  return `${name}.schema.json`;
}

/**
 * The JSON Schema (draft 2020-12) of one kind of file. Content schemas describe what authors
 * write (`io: input`: fields with a default are optional); `ladder.json`'s describes what the
 * build writes. `id` is the address it is published at, so tools can cite it.
 */
export function jsonSchemaOf(name: SchemaName, id?: string): Record<string, unknown> {
  const { schema, title, io } = publishedSchemas[name];
  const generated = z.toJSONSchema(schema, { io, target: 'draft-2020-12', unrepresentable: 'any' });
  const { $schema, ...rest } = generated;
  return { $schema, ...(id ? { $id: id } : {}), title, ...rest };
}

/** The kinds of content file whose front matter the Astro language server reads, by folder. */
const frontMatterKinds = { themes: 'theme', levels: 'level', guides: 'guide' } as const;

/** Name of a front matter kind in the language server's list, kept apart from Astro's own collections. */
function editorCollectionName(name: SchemaName): string {
  return `echelon-${name}`;
}

/**
 * What the Astro language server reads to complete, explain and check front matter (its
 * content intellisense): `.astro/collections/collections.json`, which maps each Markdown or
 * MDX content file, by its lowercase `file:` URL, to a collection name, and one
 * `<name>.schema.json` per name. Echelon's front matter is not an Astro collection's (its one
 * collection holds bodies only), so Echelon writes this map itself, per kind of file, from the
 * file names alone. Returns the files to write in `.astro/collections/`, by name.
 */
export function editorCollections(
  files: readonly { collection: string; absolutePath: string }[],
): Record<string, unknown> {
  const kinds = new Set<SchemaName>();
  const entries: Record<string, string> = {};
  for (const file of files) {
    const base = frontMatterKinds[file.collection as keyof typeof frontMatterKinds];
    if (!base || !/\.mdx?$/.test(file.absolutePath)) continue;
    const kind: SchemaName = entryNameFromPath(file.absolutePath).locale ? `${base}-translation` : base;
    kinds.add(kind);
    // Decoded as the server decodes the URL of an open file, so a folder with a space matches.
    entries[decodeURIComponent(pathToFileURL(file.absolutePath).href).toLowerCase()] =
      editorCollectionName(kind);
  }
  const names = schemaNames.filter((name) => kinds.has(name));
  return {
    'collections.json': {
      collections: names.map((name) => ({ name: editorCollectionName(name), hasSchema: true })),
      entries,
    },
    ...Object.fromEntries(
      names.map((name) => [`${editorCollectionName(name)}.schema.json`, jsonSchemaOf(name)]),
    ),
  };
}
