import Slugger from 'github-slugger';
import { markdownToMdast, mdxToMdast } from 'satteri';
import type { SourceFile } from './source.ts';

/** A heading of a body, with the id Astro gives it. */
export interface BodyHeading {
  /** The id, made from the heading's text the way Astro's Markdown pipeline makes it. */
  id: string;
  /** The heading's text. */
  text: string;
  /** 1-based line in the file. */
  line: number;
}

interface MdastNode {
  type: string;
  value?: string;
  depth?: number;
  position?: { start: { line: number } };
  children?: MdastNode[];
}

/** The plain text of a node, as the slugger reads it. */
function textOf(node: MdastNode): string {
  return node.value ?? node.children?.map(textOf).join('') ?? '';
}

/**
 * The headings of a Markdown or MDX body with the ids the built page gives them: the same
 * slugger (`github-slugger`) Astro uses, so `check` can find a heading whose id would clash
 * with one of the page's own anchors before anything is built. An MDX body that does not
 * parse has no headings here: its syntax error is reported on its own.
 */
export function bodyHeadings(source: SourceFile, mdx: boolean): BodyHeading[] {
  let tree: MdastNode;
  try {
    tree = (mdx ? mdxToMdast(source.body) : markdownToMdast(source.body)) as MdastNode;
  } catch {
    return [];
  }
  const slugger = new Slugger();
  return (tree.children ?? [])
    .filter((node) => node.type === 'heading')
    .map((node) => {
      const text = textOf(node);
      return { id: slugger.slug(text), text, line: source.bodyLine + (node.position?.start.line ?? 1) - 1 };
    });
}
