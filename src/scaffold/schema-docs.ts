import { z } from 'astro/zod';
import * as schemas from '../schemas/index.ts';

/**
 * The descriptions of the content schemas' fields, by schema and field path: `levelSchema.rank`,
 * `settingsSchema.organisation.name`. They are the format's reference text, published in the
 * JSON Schemas, so scaffolded files say exactly what editors show on hover.
 */
export function readSchemaDocs(): Map<string, string> {
  const docs = new Map<string, string>();
  for (const [name, schema] of Object.entries(schemas)) {
    if (schema instanceof z.ZodType) collect(schema, name, docs);
  }
  return docs;
}

/**
 * Records the description of each field of an object schema, through lists, records and the
 * wrappers the schemas use (`.optional()`, `.default()`, `.nullable()`).
 */
function collect(schema: z.core.$ZodType, prefix: string, docs: Map<string, string>) {
  if (schema instanceof z.ZodObject) {
    for (const [key, field] of Object.entries(schema.shape)) {
      // Where `.describe()` keeps a description, whichever wrapper the field is.
      const description = z.globalRegistry.get(field)?.description;
      if (description) docs.set(`${prefix}.${key}`, description);
      collect(field, `${prefix}.${key}`, docs);
    }
  } else if (schema instanceof z.ZodArray) collect(schema.element, prefix, docs);
  else if (schema instanceof z.ZodRecord) collect(schema.valueType, prefix, docs);
  else if (
    schema instanceof z.ZodOptional ||
    schema instanceof z.ZodNullable ||
    schema instanceof z.ZodDefault
  )
    collect(schema.unwrap(), prefix, docs);
}
