import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { Parser } from 'htmlparser2';

/** A link in a built page that leads nowhere. */
export interface BrokenLink {
  /** Site path of the page holding the link, such as `/product-management/`. */
  page: string;
  /** The link as written in the page. */
  link: string;
  /** Why it is broken, for the author. */
  reason: string;
}

/** What one reading of a page finds: the URLs it points to and the anchors it offers. */
export interface PageScan {
  /** Every URL of the page, entities decoded and surrounding spaces trimmed. */
  links: ReadonlySet<string>;
  /** Every fragment a link may point to in this page. */
  ids: ReadonlySet<string>;
}

/**
 * Scans of pages by the digest of the page's bytes, kept from an earlier check: a page whose
 * bytes did not change has the same links and anchors, and is not parsed again. Parsing is
 * most of the check's time, and a rebuild rewrites most pages byte for byte.
 */
export interface ScanCache {
  /** The scan of a page with this digest, if one is known. */
  get(digest: string): PageScan | undefined;
  /** Keeps the scan of a page just parsed. */
  set(digest: string, scan: PageScan): void;
}

/**
 * The attributes that hold one URL, by element. A Map rather than an object, so that an element
 * named like an object property (`<constructor>`) finds nothing.
 */
const urlAttributes = new Map<string, readonly string[]>([
  ['a', ['href']],
  ['area', ['href']],
  ['link', ['href']],
  ['img', ['src']],
  ['script', ['src']],
  ['iframe', ['src']],
  ['source', ['src']],
  ['audio', ['src']],
  ['video', ['src', 'poster']],
  ['track', ['src']],
  ['embed', ['src']],
  ['input', ['src', 'formaction']],
  ['button', ['formaction']],
  ['form', ['action']],
  ['object', ['data']],
]);

/** The elements whose `srcset` lists image candidates. */
const srcsetElements = new Set(['img', 'source']);

/**
 * The `<meta>` properties whose `content` is a URL. Their sub-properties (`og:image:width`,
 * `og:image:alt`) hold numbers and prose, so only these exact names count.
 */
const urlMetaProperties = new Set(['og:image', 'og:url', 'twitter:image']);
const isUrlMetaProperty = (value: string | undefined) =>
  value !== undefined && urlMetaProperties.has(value.trim().toLowerCase());

/** ASCII whitespace as HTML defines it: what separates the parts of a `srcset`. */
const isSpace = (character: string) => ' \t\n\f\r'.includes(character);

/**
 * The URLs of a `srcset`, without their width or density descriptors. Follows the HTML parsing
 * rules rather than splitting on commas, because a URL may itself hold commas (`/img,w_480.png`):
 * a URL runs to the next space, and only a comma after it (outside parentheses) ends the candidate.
 */
function srcsetUrls(srcset: string): string[] {
  const urls: string[] = [];
  let position = 0;
  while (position < srcset.length) {
    while (position < srcset.length && (isSpace(srcset[position]) || srcset[position] === ',')) position++;
    const start = position;
    while (position < srcset.length && !isSpace(srcset[position])) position++;
    let url = srcset.slice(start, position);
    if (url.endsWith(',')) {
      // A URL ending in commas has no descriptors: the commas end the candidate.
      url = url.replace(/,+$/, '');
    } else {
      let inParentheses = false;
      for (; position < srcset.length; position++) {
        const character = srcset[position];
        if (character === '(') inParentheses = true;
        else if (character === ')') inParentheses = false;
        else if (character === ',' && !inParentheses) break;
      }
    }
    if (url) urls.push(url);
  }
  return urls;
}

/** Text handed to the parser at a time. */
const chunkSize = 64 * 1024;

/**
 * Reads a page's links and anchors with a streaming HTML parser, in one pass: pages link to
 * each other, so reading them separately would read every page twice. The text goes to the
 * parser in chunks because the strings it keeps (ids, links) would otherwise each hold the
 * whole page alive, and a ladder's pages reach megabytes each. The parser, not this code,
 * decodes entities, reads every way of quoting an attribute, and leaves comments and the text
 * of scripts and styles alone, where tag-like strings are not tags.
 */
function parsePage(bytes: Buffer): PageScan {
  const links = new Set<string>();
  const ids = new Set<string>();
  const addLink = (value: string | undefined) => {
    const link = value?.trim();
    if (link) links.add(link);
  };
  const parser = new Parser({
    onopentag(name, attributes) {
      if (attributes.id) ids.add(attributes.id);
      // HTML finds the target of a fragment by `id`, then by `name` on `<a>` elements only
      // (the old way of naming an anchor). `name` elsewhere (form fields, `<meta>`, `<iframe>`)
      // names something else, and a browser will not scroll to it.
      if (name === 'a' && attributes.name) ids.add(attributes.name);
      for (const attribute of urlAttributes.get(name) ?? []) addLink(attributes[attribute]);
      if (srcsetElements.has(name) && attributes.srcset) {
        for (const url of srcsetUrls(attributes.srcset)) addLink(url);
      }
      // Open Graph names its tags with `property`, Twitter with `name`; sites write either.
      if (name === 'meta' && [attributes.property, attributes.name].some(isUrlMetaProperty)) {
        addLink(attributes.content);
      }
    },
  });
  const decoder = new StringDecoder('utf8');
  for (let start = 0; start < bytes.length; start += chunkSize) {
    parser.write(decoder.write(bytes.subarray(start, start + chunkSize)));
  }
  parser.end(decoder.end());
  return { links, ids };
}

/** Reads a page's links and anchors, from `scans` when the page's bytes are known there. */
function scanPage(file: string, scans: ScanCache | undefined): PageScan {
  const bytes = readFileSync(file);
  if (!scans) return parsePage(bytes);
  const digest = createHash('sha256').update(bytes).digest('base64url');
  const known = scans.get(digest);
  if (known) return known;
  const scan = parsePage(bytes);
  scans.set(digest, scan);
  return scan;
}

/** Percent-decodes a path or fragment, or keeps it as written when its escapes are malformed. */
function decodePercent(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    // A stray `%` must yield a broken-link report, not a crash of the whole check.
    return value;
  }
}

/** Total size in bytes of the HTML files of a built site. */
export function htmlBytes(dist: string): number {
  return htmlFiles(dist).reduce((sum, file) => sum + statSync(join(dist, file)).size, 0);
}

/**
 * Every HTML file of a built site, as paths relative to `dist` with `/`, in path order rather
 * than the order the file system lists folders in, so steps that follow it do the same on
 * every machine.
 */
export function htmlFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split(sep).join('/'))
    .sort();
}

/**
 * Checks every internal link, image, script and anchor of a built site, including absolute
 * links to the site's own public URL. Links to other sites are not followed. Reads every page
 * first, then waits for `targetsWritten` (files pages link to that other steps are still
 * writing, such as share cards) before resolving the links: reading, most of the work, need
 * not wait for them. Lets other work run every `pagesAtOnce` pages: the build runs the check
 * while the search indexer, in its own process, waits for this thread to send it pages.
 */
export async function findBrokenLinks(
  dist: string,
  siteUrl: string,
  options: {
    /** Pages read between two pauses for other work. */
    pagesAtOnce?: number;
    /** Scans of pages from an earlier check, and where this check's scans are kept. */
    scans?: ScanCache;
    /** Settles once every file pages may link to is written. */
    targetsWritten?: Promise<unknown>;
  } = {},
): Promise<BrokenLink[]> {
  const { pagesAtOnce = 10, scans, targetsWritten } = options;
  const site = new URL(siteUrl);
  // Each page is read once, for both its links and its anchors. What is kept is a page's links
  // and ids, not its text: a few megabytes for a large ladder, which the scan cache keeps anyway.
  const scanned = new Map<string, PageScan>();
  const scanOf = (file: string) => {
    let scan = scanned.get(file);
    if (!scan) {
      scan = scanPage(file, scans);
      scanned.set(file, scan);
    }
    return scan;
  };
  const pages = htmlFiles(dist);
  for (const [index, page] of pages.entries()) {
    if ((index + 1) % pagesAtOnce === 0) await new Promise((resolve) => setImmediate(resolve));
    scanOf(join(dist, page));
  }
  await targetsWritten;

  // Every page links to the same few hundred targets (navigation, cards, comparisons): asking
  // the disk once per target instead of once per link took most of the check's time.
  const files = new Map<string, string | undefined>();
  /** The file a site path is served from, or undefined. */
  const fileFor = (pathname: string): string | undefined => {
    if (files.has(pathname)) return files.get(pathname);
    const relative = decodePercent(pathname).slice(site.pathname.length - 1);
    const direct = join(dist, ...relative.split('/'));
    const index = join(direct, 'index.html');
    const found =
      existsSync(direct) && statSync(direct).isFile() ? direct : existsSync(index) ? index : undefined;
    files.set(pathname, found);
    return found;
  };

  const broken: BrokenLink[] = [];
  for (const page of pages) {
    const pagePath = `${site.pathname}${page}`.replace(/index\.html$/, '');
    const pageUrl = new URL(pagePath, site);
    for (const link of scanOf(join(dist, page)).links) {
      if (/^(mailto|tel|data|javascript):/i.test(link)) continue;
      let target: URL;
      try {
        target = new URL(link, pageUrl);
      } catch {
        broken.push({ page: pagePath, link, reason: 'is not a valid URL' });
        continue;
      }
      if (target.origin !== site.origin) continue;
      if (!target.pathname.startsWith(site.pathname)) {
        broken.push({ page: pagePath, link, reason: `is outside the site's base path ${site.pathname}` });
        continue;
      }
      const targetFile = fileFor(target.pathname);
      if (!targetFile) {
        broken.push({ page: pagePath, link, reason: 'leads to no page or file' });
        continue;
      }
      const fragment = target.hash.slice(1);
      if (!fragment || !targetFile.endsWith('.html')) continue;
      // Like a browser, try the fragment as written, then percent-decoded.
      const { ids } = scanOf(targetFile);
      const anchor = decodePercent(fragment);
      if (!ids.has(fragment) && !ids.has(anchor)) {
        broken.push({ page: pagePath, link, reason: `has no element with id "${anchor}"` });
      }
    }
  }
  return broken.sort((a, b) => a.page.localeCompare(b.page) || a.link.localeCompare(b.link));
}

/** One line per broken link: the page, the link and why. */
export function formatBrokenLinks(broken: readonly BrokenLink[]): string {
  return broken.map((b) => `${b.page}: link ${b.link} ${b.reason}`).join('\n');
}
