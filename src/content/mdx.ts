import { mdxToMdast } from 'satteri';
import type { Problem } from './problems.ts';
import type { SourceFile } from './source.ts';
import { closest } from './suggest.ts';

/** A component Echelon gives every MDX file, with no `import` needed. */
export interface ContentComponent {
  /** Name used in MDX: `<LevelLink id="senior-pm" />`. */
  name: string;
  /** Attributes the component needs. */
  required: readonly string[];
  /** Attributes it also understands. */
  optional: readonly string[];
  /** The kind of entry its `id` names, checked across files; none for presentational components. */
  references?: 'levels' | 'themes' | 'guides';
}

/**
 * The components content MDX can use without importing them. The page components are in
 * `src/components/content/`; this list is what `check` knows of them, so it can name an
 * unknown component or a broken reference with its line before a build ever starts.
 */
export const contentComponents: readonly ContentComponent[] = [
  { name: 'Callout', required: [], optional: ['type', 'title'] },
  { name: 'LevelLink', required: ['id'], optional: ['theme'], references: 'levels' },
  { name: 'ThemeLink', required: ['id'], optional: [], references: 'themes' },
  { name: 'GuideLink', required: ['id'], optional: [], references: 'guides' },
];

/** The kinds of callout, each with its own colour and label. */
export const calloutTypes = ['note', 'tip', 'warning'] as const;

/** A use of a built-in component in an MDX body, for the checks across files. */
export interface ComponentUse {
  /** Component name, such as `LevelLink`. */
  name: string;
  /** 1-based line in the file. */
  line: number;
  /** Attribute values written as plain strings. */
  attributes: Record<string, string>;
}

interface MdastNode {
  type: string;
  name?: string | null;
  value?: string;
  position?: { start: { line: number } };
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdastNode[];
}

/**
 * Names that the file's `import` statements bring in: those components are the author's own.
 * MDX keeps `import`/`export` lines as raw text (no syntax tree), so the bindings are read from
 * the `import ... from` clauses, which may span lines.
 */
function importedNames(esm: string): string[] {
  const names: string[] = [];
  for (const match of esm.matchAll(/\bimport\s+([\s\S]+?)\s+from\s+['"]/g)) {
    for (const part of match[1].replace(/[{}]/g, ',').split(',')) {
      const name = part
        .trim()
        .split(/\s+as\s+/)
        .at(-1)
        ?.trim();
      if (name) names.push(name);
    }
  }
  return names;
}

/**
 * Parses the MDX body of a file: a syntax error is reported with its line, and so is a
 * component that is neither one of Echelon's nor imported by the file (MDX would only fail
 * when the page renders) or one used without an attribute it needs. Returns the uses of
 * Echelon's components, so references can be checked against the other files.
 */
export function readMdx(source: SourceFile): { problems: Problem[]; uses: ComponentUse[] } {
  let tree: MdastNode;
  try {
    tree = mdxToMdast(source.body) as MdastNode;
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const match = /^(\d+):(\d+): (.*?)(?: \(\d+:\d+\))?(?: \([\w:-]+\))?$/s.exec(text);
    const line = match ? source.bodyLine + Number(match[1]) - 1 : source.bodyLine;
    // The parser's own positions are relative to the body; the line above already says where.
    const detail = (match ? match[3] : text).replace(/ \(\d+:\d+\)/g, '');
    return {
      uses: [],
      problems: [
        {
          file: source.file,
          line,
          message: `MDX syntax error: ${detail}. Close every tag, escape \`<\` and \`{\` in text as \`\\<\` and \`\\{\`, or rename the file to .md if it uses no components.`,
          severity: 'error',
        },
      ],
    };
  }
  const elements: MdastNode[] = [];
  const imported: string[] = [];
  const walk = (node: MdastNode) => {
    if (node.type === 'mdxjsEsm' && node.value) imported.push(...importedNames(node.value));
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name)
      elements.push(node);
    node.children?.forEach(walk);
  };
  walk(tree);

  const problems: Problem[] = [];
  const uses: ComponentUse[] = [];
  const known = contentComponents.map((component) => component.name);
  for (const element of elements) {
    const name = element.name ?? '';
    // Lowercase names are HTML elements; dotted names are members of an imported object.
    if (!/^[A-Z]/.test(name) || name.includes('.') || imported.includes(name)) continue;
    const line = source.bodyLine + (element.position?.start.line ?? 1) - 1;
    const problem = (message: string) =>
      problems.push({ file: source.file, line, message, severity: 'error' });
    const component = contentComponents.find((c) => c.name === name);
    if (!component) {
      const guess = closest(name, known);
      problem(
        `unknown component \`<${name}>\`.${guess ? ` Did you mean \`<${guess}>\`?` : ''} Echelon's components are ${known.map((k) => `\`<${k}>\``).join(', ')}; import any other from the file that defines it.`,
      );
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const attribute of element.attributes ?? []) {
      if (attribute.type === 'mdxJsxAttribute' && attribute.name && typeof attribute.value === 'string') {
        attributes[attribute.name] = attribute.value;
      }
    }
    for (const attribute of component.required) {
      if (!(attribute in attributes)) problem(`\`<${name}>\` needs \`${attribute}="..."\`.`);
    }
    if (
      name === 'Callout' &&
      attributes.type &&
      !(calloutTypes as readonly string[]).includes(attributes.type)
    ) {
      problem(
        `\`<Callout type="${attributes.type}">\`: type must be one of ${calloutTypes.map((t) => `\`${t}\``).join(', ')}.`,
      );
    }
    uses.push({ name, line, attributes });
  }
  return { problems, uses };
}
