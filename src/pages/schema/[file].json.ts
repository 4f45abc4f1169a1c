// `/schema/<kind>.schema.json`: the JSON Schemas of `ladder.json` and of every kind of content
// file, generated from the zod schemas, for other tools and for editor completion.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getLadder } from '../../data/ladder.ts';
import { jsonSchemaOf, type SchemaName, schemaFileName, schemaNames } from '../../exports/json-schemas.ts';
import { schemaPath } from '../../exports/paths.ts';
import { urlsFor } from '../../ladder/urls.ts';

export const getStaticPaths = (() =>
  schemaNames.map((name) => ({
    params: { file: schemaFileName(name).replace(/\.json$/, '') },
    props: { name },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { name } = props as { name: SchemaName };
  const ladder = await getLadder();
  const urls = urlsFor(ladder.settings);
  const schema = jsonSchemaOf(name, urls.absolute(schemaPath(ladder.settings, name)));
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
};
