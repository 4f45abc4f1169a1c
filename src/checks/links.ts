import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';

/** A link in a built page that leads nowhere. */
export interface BrokenLink {
  /** Site path of the page holding the link, such as `/product-management/`. */
  page: string;
  /** The link as written in the page. */
  link: string;
  /** Why it is broken, for the author. */
  reason: string;
}

const attributePattern = /<(a|link|img|script|source|meta|iframe|form)\b([^>]*)>/gi;
const valuePattern = /\b(href|src|content|action)\s*=\s*"([^"]*)"/gi;
const idPattern = /\b(?:id|name)\s*=\s*"([^"]*)"/gi;

/** Decodes the few entities Astro writes into attribute values. */
function decodeEntities(value: string): string {
  return value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

/** Every HTML file of a built site, as site paths. */
function htmlFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split(sep).join('/'));
}

/** The links a page points to: anchors, stylesheets, scripts, images, and its own absolute URLs. */
function linksOf(html: string): string[] {
  const links: string[] = [];
  for (const [, tag, attributes] of html.matchAll(attributePattern)) {
    for (const [, name, value] of attributes.matchAll(valuePattern)) {
      // `content` only holds a URL in Open Graph and Twitter image and URL tags.
      if (name.toLowerCase() === 'content') {
        if (tag.toLowerCase() !== 'meta' || !/(og:image|og:url|twitter:image)"/i.test(attributes)) continue;
        if (/og:image:(width|height|alt|type)"/i.test(attributes)) continue;
      }
      links.push(decodeEntities(value));
    }
  }
  return links;
}

/**
 * Checks every internal link, image, script and anchor of a built site, including absolute
 * links to the site's own public URL. Links to other sites are not followed.
 */
export function findBrokenLinks(dist: string, siteUrl: string): BrokenLink[] {
  const site = new URL(siteUrl);
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let found = ids.get(file);
    if (!found) {
      const html = readFileSync(file, 'utf8');
      found = new Set([...html.matchAll(idPattern)].map((match) => decodeEntities(match[1])));
      ids.set(file, found);
    }
    return found;
  };
  // Every page links to the same few hundred targets (navigation, cards, comparisons): asking
  // the disk once per target instead of once per link took most of the check's time.
  const files = new Map<string, string | undefined>();
  /** The file a site path is served from, or undefined. */
  const fileFor = (pathname: string): string | undefined => {
    if (files.has(pathname)) return files.get(pathname);
    const relative = decodeURIComponent(pathname).slice(site.pathname.length - 1);
    const direct = join(dist, ...relative.split('/'));
    const index = join(direct, 'index.html');
    const found =
      existsSync(direct) && statSync(direct).isFile() ? direct : existsSync(index) ? index : undefined;
    files.set(pathname, found);
    return found;
  };

  const broken: BrokenLink[] = [];
  for (const file of htmlFiles(dist)) {
    const pagePath = `${site.pathname}${file}`.replace(/index\.html$/, '');
    const pageUrl = new URL(pagePath, site);
    const html = readFileSync(join(dist, file), 'utf8');
    for (const link of new Set(linksOf(html))) {
      if (/^(mailto|tel|data|javascript):/i.test(link) || link === '') continue;
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
      const anchor = decodeURIComponent(target.hash.slice(1));
      if (anchor && targetFile.endsWith('.html') && !idsOf(targetFile).has(anchor)) {
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
