import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/**
 * The doc comments of the content schemas' fields, by schema and field path: `levelSchema.rank`,
 * `settingsSchema.organisation.name`. Read from the schema sources with the TypeScript parser,
 * because zod keeps no comments at run time and these comments are the format's reference text:
 * scaffolded files then say exactly what editors show on hover.
 */
export function readSchemaDocs(schemasDir: string): Map<string, string> {
  const docs = new Map<string, string>();
  for (const name of readdirSync(schemasDir).filter((file) => file.endsWith('.ts'))) {
    const text = readFileSync(join(schemasDir, name), 'utf8');
    const source = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true);
    for (const statement of source.statements) {
      if (!ts.isVariableStatement(statement)) continue;
      for (const declaration of statement.declarationList.declarations) {
        if (!ts.isIdentifier(declaration.name) || !declaration.initializer) continue;
        collect(declaration.initializer, declaration.name.text, docs, source);
      }
    }
  }
  return docs;
}

/** Walks an initializer for object literals passed to zod, recording each property's doc comment. */
function collect(node: ts.Node, prefix: string, docs: Map<string, string>, source: ts.SourceFile) {
  if (ts.isObjectLiteralExpression(node)) {
    for (const property of node.properties) {
      if (!ts.isPropertyAssignment(property) || !property.name) continue;
      const key =
        ts.isIdentifier(property.name) || ts.isStringLiteral(property.name) ? property.name.text : undefined;
      if (!key) continue;
      const path = `${prefix}.${key}`;
      const doc = docComment(property, source);
      if (doc) docs.set(path, doc);
      collect(property.initializer, path, docs, source);
    }
    return;
  }
  ts.forEachChild(node, (child) => collect(child, prefix, docs, source));
}

/** The text of the `/** ... *\/` comment just before a node, on one line, or undefined. */
function docComment(node: ts.Node, source: ts.SourceFile): string | undefined {
  const ranges = ts.getLeadingCommentRanges(source.text, node.getFullStart()) ?? [];
  const last = ranges.filter((range) => source.text.startsWith('/**', range.pos)).at(-1);
  if (!last) return undefined;
  return source.text
    .slice(last.pos + 3, last.end - 2)
    .split('\n')
    .map((line) => line.trim().replace(/^\* ?/, ''))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}
