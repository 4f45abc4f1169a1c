import type { z } from 'astro/zod';
import * as schemas from '../schemas/index.ts';

/**
 * The descriptions of the content schemas' fields, by schema and field path: `levelSchema.rank`,
 * `settingsSchema.organisation.name`. They are the format's reference text, published in the
 * JSON Schemas, so scaffolded files say exactly what editors show on hover.
 */
export function readSchemaDocs(): Map<string, string> {
  const docs = new Map<string, string>();
  for (const [name, schema] of Object.entries(schemas)) {
    if (schema && typeof schema === 'object' && '_zod' in schema) collect(schema as z.ZodType, name, docs);
  }
  return docs;
}

/** Records the description of each field of an object schema, through lists, records and wrappers. */
function collect(schema: z.ZodType, prefix: string, docs: Map<string, string>) {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
  if (def.type === 'object') {
    for (const [key, field] of Object.entries(def.shape as Record<string, z.ZodType>)) {
      if (field.description) docs.set(`${prefix}.${key}`, field.description);
      collect(field, `${prefix}.${key}`, docs);
    }
    return;
  }
  const inner = def.innerType ?? def.element ?? def.valueType;
  if (inner) collect(inner as z.ZodType, prefix, docs);
}
