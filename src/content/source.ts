import { isMap, isSeq, LineCounter, type Node, parseDocument, visit } from 'yaml';
import type { Problem } from './problems.ts';

/** A content file read from disk and parsed, keeping what is needed to point at its lines. */
export interface SourceFile {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** The parsed YAML (front matter for Markdown files), or undefined when it could not be read. */
  data: unknown;
  /** Markdown body after the front matter; empty for YAML files. */
  body: string;
  /** 1-based line of the file where the body starts. */
  bodyLine: number;
  /** Finds the line of a field, given its path in `data`. */
  lineOf(path: readonly PropertyKey[]): number;
  /** Problems found while reading: unreadable file, YAML syntax, missing front matter. */
  problems: Problem[];
}

const yamlFile = /\.ya?ml$/i;

/** Reads UTF-8 text, refusing binary files, which would otherwise parse as garbage. */
function decodeText(bytes: Uint8Array): string | undefined {
  if (bytes.includes(0)) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return undefined;
  }
}

/**
 * Parses a content file: a YAML file, or a Markdown/MDX file with YAML front matter.
 * Never throws for an author's mistake: it returns problems with their lines instead.
 */
export function parseSourceFile(file: string, bytes: Uint8Array): SourceFile {
  const problems: Problem[] = [];
  const result: SourceFile = {
    file,
    data: undefined,
    body: '',
    bodyLine: 1,
    lineOf: () => 1,
    problems,
  };
  const error = (line: number, message: string) => problems.push({ file, line, message, severity: 'error' });

  const text = decodeText(bytes);
  if (text === undefined) {
    error(1, 'is not a UTF-8 text file. Save it as plain text (UTF-8), or remove it.');
    return result;
  }
  if (text.trim() === '') {
    error(1, 'is empty. Fill it in (see the authoring guide for an example), or delete it.');
    return result;
  }

  let yamlText = text;
  let yamlFirstLine = 1;
  if (!yamlFile.test(file)) {
    const lines = text.split(/\r?\n/);
    if (lines[0].trim() !== '---') {
      error(1, 'has no front matter. Start the file with a line `---`, the fields, then `---`.');
      return result;
    }
    // Astro's MDX compiler ends front matter at the first line that starts with `---` (or
    // `+++`), whatever follows on it. Ending it at exactly that line, and refusing such a line
    // that is not a plain `---`, makes every tool see the same fields and the same body.
    const end = lines.findIndex((line, i) => i > 0 && (line.startsWith('---') || line.startsWith('+++')));
    if (end === -1) {
      error(1, 'front matter is not closed. Add a line `---` after the last field.');
      return result;
    }
    if (lines[end].trimEnd() !== '---') {
      error(
        end + 1,
        'a line starting with `---` or `+++` ends the front matter here. Indent it if it belongs to a text field, or make it a line with only `---`.',
      );
      return result;
    }
    yamlText = lines.slice(1, end).join('\n');
    yamlFirstLine = 2;
    result.body = lines.slice(end + 1).join('\n');
    result.bodyLine = end + 2;
  }

  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toFileLine = (offset: number) => lineCounter.linePos(offset).line + yamlFirstLine - 1;
  // One YAML mistake often trips several errors on the same line; the tab one is the most
  // telling, so it goes first and the others on that line are dropped.
  const reportedLines = new Set<number>();
  const yamlErrors = [...doc.errors].sort(
    (a, b) => Number(b.code === 'TAB_AS_INDENT') - Number(a.code === 'TAB_AS_INDENT'),
  );
  for (const yamlError of yamlErrors) {
    const line = toFileLine(yamlError.pos[0]);
    if (reportedLines.has(line)) continue;
    reportedLines.add(line);
    const message = yamlError.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    const hint =
      yamlError.code === 'DUPLICATE_KEY'
        ? ' Keep one of them.'
        : yamlError.code === 'TAB_AS_INDENT'
          ? ' Indent with spaces.'
          : ' Check the indentation, and quote text that contains `: ` or starts with a symbol.';
    error(line, `YAML syntax error: ${message}.${hint}`);
  }
  if (doc.errors.length > 0) return result;

  // Tags such as `!!timestamp` turn text into dates or objects that no field accepts, and the
  // tools that read the file after the check may resolve them differently.
  visit(doc, {
    Node(_, node) {
      if (!node.tag || !node.range) return;
      error(
        toFileLine(node.range[0]),
        `YAML tags such as \`${node.tag.replace('tag:yaml.org,2002:', '!!')}\` are not supported. Remove the tag and write the value as plain text.`,
      );
    },
  });
  if (problems.length > 0) return result;

  try {
    // Aliases (`*name`) repeat a block; a file that repeats one too often would fill memory.
    result.data = doc.toJS({ maxAliasCount: 1000 }) ?? {};
  } catch (yamlError) {
    // The library's own message speaks of attacks and gives no place; one line for the author.
    const message = yamlError instanceof Error ? yamlError.message : String(yamlError);
    error(
      yamlFirstLine,
      /alias/i.test(message)
        ? 'YAML aliases (`*name`) repeat blocks too many times: the file would expand beyond 1000 copies. Write the values out instead of repeating aliases.'
        : `YAML could not be expanded: ${message.split('\n')[0]}. Write the values out instead of repeating aliases (\`*name\`).`,
    );
    return result;
  }
  result.lineOf = (path) => {
    let node: unknown = doc.contents;
    let line = yamlFirstLine;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find(
          (item) => String((item.key as Node & { value?: unknown })?.value) === String(key),
        );
        if (!pair) break;
        const keyNode = pair.key as Node;
        if (keyNode?.range) line = toFileLine(keyNode.range[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        const item = node.items[key] as Node | undefined;
        if (!item) break;
        if (item.range) line = toFileLine(item.range[0]);
        node = item;
      } else {
        break;
      }
    }
    return line;
  };
  return result;
}
