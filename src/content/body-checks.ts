import { existsSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { markdownToMdast } from 'satteri';
import type { Problem } from './problems.ts';
import { filterHtml, safeSchemes, urlScheme } from './safe-html.ts';
import type { SourceFile } from './source.ts';

interface MdastNode {
  type: string;
  value?: string;
  url?: string;
  identifier?: string;
  position?: { start: { line: number } };
  children?: MdastNode[];
}

/** Where a body's file sits: the project, its content folder and its `public/` folder. */
export interface Where {
  root: string;
  contentDir: string;
  publicDir: string;
}

/** Every node of a tree, parents before children, in document order. */
function* walk(node: MdastNode): Generator<MdastNode> {
  yield node;
  for (const child of node.children ?? []) yield* walk(child);
}

/** The line in the file of a node of the body. */
const lineOf = (source: SourceFile, node: MdastNode) =>
  source.bodyLine + (node.position?.start.line ?? 1) - 1;

/**
 * Raw HTML in a Markdown body, checked against the allowlist the page's sanitiser applies
 * (`safe-html.ts`): what the page will not show is a warning with its line, and a comment or
 * raw-text element left open, which would hide the rest of the page, is an error.
 */
function rawHtmlProblems(source: SourceFile, tree: MdastNode, where: Where): Problem[] {
  // The HTML pieces are read as one document, as the browser reads the page: an element
  // opened in one piece may be closed in a later one.
  let html = '';
  const pieces: { offset: number; line: number }[] = [];
  for (const node of walk(tree)) {
    if (node.type !== 'html' || !node.value) continue;
    pieces.push({ offset: html.length, line: lineOf(source, node) });
    html += `${node.value}\n`;
  }
  const lineAt = (offset: number) => {
    const piece = pieces.findLast((p) => p.offset <= offset) ?? pieces[0];
    return piece.line + html.slice(piece.offset, offset).split('\n').length - 1;
  };
  const { findings, images } = filterHtml(html);
  // An element left open is reported once, as the error it is.
  const unclosed = new Set(findings.filter((f) => f.kind === 'unclosed').map((f) => f.offset));
  const reported = findings.filter((f) => f.kind === 'unclosed' || !unclosed.has(f.offset));
  const problems = reported.map((finding): Problem => {
    const line = lineAt(finding.offset);
    if (finding.kind === 'unclosed') {
      const end = finding.what === '`<!--`' ? '`-->`' : finding.what.replace('<', '</');
      return {
        file: source.file,
        line,
        message: `${finding.what} is never closed with ${end}: everything after it would disappear from the page. Close it, or remove it.`,
        severity: 'error',
      };
    }
    return {
      file: source.file,
      line,
      message: `removed from the page: ${finding.what}; write it in Markdown or move the page to .mdx.`,
      severity: 'warning',
    };
  });
  // An `<img>` written in HTML comes from the same folders as a Markdown image.
  for (const image of images) {
    const problem = imageProblem(source, image.src, lineAt(image.offset), where);
    if (problem) problems.push(problem);
  }
  // Markdown links go through the same sanitiser once rendered.
  for (const node of walk(tree)) {
    if ((node.type !== 'link' && node.type !== 'definition') || !node.url) continue;
    const scheme = urlScheme(node.url);
    if (scheme === undefined || safeSchemes.has(scheme)) continue;
    problems.push({
      file: source.file,
      line: lineOf(source, node),
      message: `removed from the page: the \`${scheme}:\` address of a link; write it in Markdown or move the page to .mdx.`,
      severity: 'warning',
    });
  }
  return problems;
}

/** Whether `path` is `folder` or inside it. */
const isInside = (folder: string, path: string) => {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/**
 * Why an image address would take a file from elsewhere on the build machine, or undefined.
 * Relative paths are bundled into the site, so they must stay in the content folder; paths
 * from the site's root are served from `public/`.
 */
function imageOutside(url: string, file: string, contentDir: string, publicDir: string): string | undefined {
  const scheme = urlScheme(url);
  if (scheme === 'http' || scheme === 'https') return undefined;
  let path: string;
  try {
    path = decodeURI(url.split(/[?#]/)[0]);
  } catch {
    path = url;
  }
  // `C:\\...` reads as the scheme `c:`.
  if (scheme?.length === 1 || path.startsWith('\\\\')) return 'is a file outside content/ and public/';
  if (scheme !== undefined) return `is a \`${scheme}:\` address, which the page does not show`;
  if (path.startsWith('//')) return undefined;
  if (path.startsWith('/')) {
    const served = resolve(publicDir, `.${path}`);
    if (isInside(publicDir, served) && existsSync(served) && statSync(served).isFile()) return undefined;
    return 'is not a file in public/';
  }
  return isInside(contentDir, resolve(file, '..', path)) ? undefined : 'is outside content/';
}

/**
 * Images of a Markdown body that would come from outside `content/` and `public/`: a relative
 * path that climbs out of the content folder, an absolute file path, a `file:` address.
 */
function imageProblems(source: SourceFile, tree: MdastNode, where: Where): Problem[] {
  const definitions = new Map<string, string>();
  for (const node of walk(tree)) {
    if (node.type === 'definition' && node.identifier && node.url) definitions.set(node.identifier, node.url);
  }
  const problems: Problem[] = [];
  for (const node of walk(tree)) {
    const url =
      node.type === 'image'
        ? node.url
        : node.type === 'imageReference' && node.identifier
          ? definitions.get(node.identifier)
          : undefined;
    if (!url) continue;
    const problem = imageProblem(source, url, lineOf(source, node), where);
    if (problem) problems.push(problem);
  }
  return problems;
}

/** The problem with one image of a body at `line`, or undefined when it comes from an allowed folder. */
function imageProblem(source: SourceFile, url: string, line: number, where: Where): Problem | undefined {
  const reason = imageOutside(url, resolve(where.root, source.file), where.contentDir, where.publicDir);
  if (!reason) return undefined;
  return {
    file: source.file,
    line,
    message: `image \`${url}\` ${reason}: images come only from content/ and public/. Copy it into content/ beside the page, or into public/ and write \`/its-name.png\`.`,
    severity: 'error',
  };
}

/**
 * Checks a Markdown body (not MDX, which is trusted code): raw HTML against the allowlist
 * the page applies, and images against the folders they may come from.
 */
export function checkMarkdownBody(source: SourceFile, where: Where): Problem[] {
  if (source.body.trim() === '') return [];
  let tree: MdastNode;
  try {
    tree = markdownToMdast(source.body) as MdastNode;
  } catch {
    return [];
  }
  return [...rawHtmlProblems(source, tree, where), ...imageProblems(source, tree, where)];
}
