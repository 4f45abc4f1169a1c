import { z } from 'astro/zod';
import type { Problem } from './problems.ts';
import type { SourceFile } from './source.ts';
import { didYouMean } from './suggest.ts';

type Schema = z.ZodType;
type Issue = z.core.$ZodIssue;

/** Peels defaults, optionals and pipes off a schema to reach the shape underneath. */
function unwrap(schema: Schema): Schema {
  let current = schema;
  for (let depth = 0; depth < 10; depth++) {
    if (current instanceof z.ZodDefault || current instanceof z.ZodOptional) {
      current = current.unwrap() as Schema;
    } else if (current instanceof z.ZodPipe) {
      current = current.in as Schema;
    } else {
      break;
    }
  }
  return current;
}

/** The schema that validates the value at `path`, used to list the fields allowed there. */
function schemaAt(schema: Schema, path: readonly PropertyKey[]): Schema | undefined {
  let current: Schema | undefined = unwrap(schema);
  for (const key of path) {
    if (current instanceof z.ZodObject) current = current.shape[String(key)] as Schema | undefined;
    else if (current instanceof z.ZodRecord) current = current.valueType as Schema;
    else if (current instanceof z.ZodArray) current = current.element as Schema;
    else return undefined;
    if (current) current = unwrap(current);
  }
  return current;
}

/** The keys an object schema accepts. */
function knownKeys(schema: Schema | undefined): string[] {
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

/** The value found at `path` in parsed data, or undefined. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

const typeWords: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: '`true` or `false`',
  array: 'a list (lines starting with `- `)',
  object: 'a group of indented fields',
  record: 'a group of indented fields',
};

/** Describes a parsed YAML value the way an author sees it in the file. */
function describe(value: unknown): string {
  if (value === null) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'string')
    return `the text "${value.length > 40 ? `${value.slice(0, 40)}...` : value}"`;
  return `\`${String(value)}\``;
}

/** Writes the message for one schema issue: what is wrong and what to write instead. */
function messageFor(issue: Issue, data: unknown): string {
  const value = valueAt(data, issue.path);
  const name = String(issue.path.at(-1) ?? 'file');
  switch (issue.code) {
    case 'invalid_type': {
      const expected = typeWords[issue.expected] ?? issue.expected;
      if (value === undefined) {
        return typeof issue.path.at(-1) === 'number'
          ? `is missing. Add ${expected}.`
          : `is missing. Add \`${name}:\` followed by ${expected}.`;
      }
      return `should be ${expected}, not ${describe(value)}.`;
    }
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => `\`${String(v)}\``).join(', ')}, not ${describe(value)}.`;
    case 'too_small':
      if (issue.origin === 'string')
        return 'is empty. Write the text, or remove the field if it is optional.';
      if (issue.origin === 'array')
        return issue.message.startsWith('needs')
          ? `${issue.message}.`
          : `needs at least ${String(issue.minimum)} item${Number(issue.minimum) === 1 ? '' : 's'}.`;
      // A schema's own wording ("must be 1 or more") reads better than a bare bound.
      if (!issue.message.startsWith('Too small')) return `${issue.message}, not ${describe(value)}.`;
      return `must be at least ${String(issue.minimum)}, not ${describe(value)}.`;
    case 'too_big':
      if (!issue.message.startsWith('Too big')) return `${issue.message}.`;
      return `must be at most ${String(issue.maximum)}, not ${describe(value)}.`;
    case 'invalid_format':
      if (issue.format === 'url') {
        // A `javascript:` or `data:` address parses as a URL, but is no page to link to.
        if (typeof value === 'string' && URL.canParse(value) && !/^https?:$/i.test(new URL(value).protocol))
          return `must be an \`http\` or \`https\` address, like \`https://example.com/\`, not ${describe(value)}.`;
        return `must be a full URL, like \`https://example.com/\`, not ${describe(value)}.`;
      }
      return `${issue.message}, not ${describe(value)}.`;
    case 'invalid_key':
      return `\`${name}\` ${issue.issues[0]?.message ?? 'is not a valid key'}.`;
    default:
      return `${issue.message}.`;
  }
}

/** Whether a union branch rejected the value's very shape (a string where a group was expected). */
const rejectsShape = (issues: readonly Issue[]) =>
  issues.some(
    (issue) => issue.path.length === 0 && (issue.code === 'invalid_type' || issue.code === 'invalid_value'),
  );

/**
 * Turns a union's issue into the issues of the branch the author meant: the one whose shape
 * the value has (a group of fields, or text), so a behaviour written as a group with a typo
 * gets the typo reported, not "Invalid input". When no branch fits the value's shape, one
 * issue lists what the field accepts.
 */
function unionIssues(issue: Issue & { code: 'invalid_union' }, data: unknown): Issue[] {
  const fitting = issue.errors.filter((branch) => !rejectsShape(branch));
  if (fitting.length > 0) {
    const branch = fitting.reduce((best, candidate) => (candidate.length < best.length ? candidate : best));
    return branch.flatMap((inner) => {
      const nested = { ...inner, path: [...issue.path, ...inner.path] } as Issue;
      return nested.code === 'invalid_union' ? unionIssues(nested, data) : [nested];
    });
  }
  const accepted = issue.errors.flatMap((branch) =>
    branch
      .filter((inner) => inner.path.length === 0)
      .flatMap((inner) => {
        if (inner.code === 'invalid_value') return inner.values.map((v) => `\`${String(v)}\``);
        if (inner.code === 'invalid_type') return [typeWords[inner.expected] ?? inner.expected];
        return [];
      }),
  );
  const value = valueAt(data, issue.path);
  return [
    {
      ...issue,
      code: 'custom',
      message: `should be ${[...new Set(accepted)].join(' or ')}, not ${describe(value)}`,
    } as Issue,
  ];
}

/**
 * Validates parsed data against a schema and turns every issue into a problem that names
 * the file, line and field, with a fix. Returns the parsed value when valid.
 */
export function checkAgainstSchema<T extends Schema>(
  source: SourceFile,
  schema: T,
): { value?: z.output<T>; problems: Problem[] } {
  const parsed = schema.safeParse(source.data);
  if (parsed.success) return { value: parsed.data as z.output<T>, problems: [] };
  const issues = parsed.error.issues.flatMap((issue) =>
    issue.code === 'invalid_union' ? unionIssues(issue, source.data) : [issue],
  );
  const problems = issues.flatMap((issue): Problem[] => {
    const problem = (path: readonly PropertyKey[], message: string): Problem => ({
      file: source.file,
      line: source.lineOf(path),
      field: path.length ? path.map(String).join('.') : undefined,
      message,
      severity: 'error',
    });
    // Unknown fields are reported one by one, each on its own line.
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeys(schemaAt(schema, issue.path));
      return issue.keys.map((key) =>
        problem(
          [...issue.path, key],
          `unknown field \`${key}\`.${didYouMean(key, known)} Remove it or fix its name.`,
        ),
      );
    }
    return [problem(issue.path, messageFor(issue, source.data))];
  });
  return { problems };
}
