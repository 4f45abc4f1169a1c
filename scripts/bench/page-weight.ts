import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** What a page's HTML makes the browser load before any interaction. */
export interface PageAssets {
  /** URLs of `<link rel="stylesheet">`. */
  stylesheets: string[];
  /** URLs of `<script src>` and `<link rel="modulepreload">`. */
  scripts: string[];
  /** Source of inline `<script>` elements (already part of the HTML's bytes). */
  inlineScripts: string[];
  /** URLs of fonts preloaded with `<link rel="preload" as="font">`. */
  fonts: string[];
}

/** The attributes of an HTML start tag, lowercased names, unquoted values. */
function attributes(tag: string): Record<string, string> {
  const result: Record<string, string> = {};
  const body = tag.replace(/^<\w+/, '').replace(/\/?>$/, '');
  for (const match of body.matchAll(/([^\s=/>]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g)) {
    const value = match[2] ?? '';
    result[match[1].toLowerCase()] = value.replace(/^["']|["']$/g, '').replaceAll('&amp;', '&');
  }
  return result;
}

/** Lists the stylesheets, scripts and fonts a page's HTML loads, in document order. */
export function pageAssets(html: string): PageAssets {
  const assets: PageAssets = { stylesheets: [], scripts: [], inlineScripts: [], fonts: [] };
  for (const match of html.matchAll(/<link\b[^>]*>/gi)) {
    const attrs = attributes(match[0]);
    const rel = (attrs.rel ?? '').toLowerCase().split(/\s+/);
    if (!attrs.href) continue;
    if (rel.includes('stylesheet')) assets.stylesheets.push(attrs.href);
    else if (rel.includes('modulepreload')) assets.scripts.push(attrs.href);
    else if (rel.includes('preload') && attrs.as === 'font') assets.fonts.push(attrs.href);
  }
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = attributes(`<script${match[1]}>`);
    const type = (attrs.type ?? '').toLowerCase();
    // JSON-LD and other data blocks are not code the browser runs.
    if (type && type !== 'module' && !type.includes('javascript')) continue;
    if (attrs.src) assets.scripts.push(attrs.src);
    else if (match[2].trim()) assets.inlineScripts.push(match[2]);
  }
  return assets;
}

/**
 * Modules a script imports statically (`import x from './a.js'`, `import './b.js'`,
 * `export * from './c.js'`): the browser fetches them before the script runs. Dynamic
 * `import()` is left out, since it loads on demand, such as search code on first focus.
 */
export function staticImports(code: string): string[] {
  const found = new Set<string>();
  for (const match of code.matchAll(
    /(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+\s*from\s*)?["']([^"']+)["']/g,
  )) {
    found.add(match[1]);
  }
  return [...found];
}

/** Font files a stylesheet loads through `url()`, and stylesheets it `@import`s. */
export function cssReferences(css: string): { fonts: string[]; imports: string[] } {
  const fonts: string[] = [];
  const imports: string[] = [];
  for (const match of css.matchAll(/@import\s+(?:url\()?\s*["']?([^"')\s;]+)["']?\s*\)?/g))
    imports.push(match[1]);
  for (const match of css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
    if (/\.(woff2?|ttf|otf|eot)(\?|#|$)/i.test(match[1])) fonts.push(match[1]);
  }
  return { fonts, imports };
}

/** The size of bytes once gzipped at the default level, as a web server would send them. */
export function gzipSize(bytes: Uint8Array | string): number {
  return gzipSync(bytes).length;
}

/** The gzipped weight of a page and of everything it loads before any interaction. */
export interface PageWeight {
  /** Total gzipped bytes: HTML, CSS, JavaScript and fonts. */
  total: number;
  html: number;
  css: number;
  js: number;
  fonts: number;
  /** Raw bytes of inline scripts (counted in `html`), to show how much code runs at load. */
  inlineScriptBytes: number;
  /** Site paths of the files counted besides the HTML. */
  files: string[];
}

/**
 * Weighs a built page: its HTML plus the stylesheets, scripts (with their static imports)
 * and fonts it loads, each gzipped once. `dist` is the built site, `base` its base path and
 * `pagePath` the page's site path (`/design/senior-designer/`). `cache` remembers assets'
 * gzipped sizes across pages, since every page shares the same few files.
 */
export function pageWeight(
  dist: string,
  pagePath: string,
  options: { base?: string; cache?: Map<string, number> } = {},
): PageWeight {
  const base = options.base ?? '/';
  const cache = options.cache ?? new Map<string, number>();
  const fileOf = (sitePath: string) => {
    const inSite = sitePath.startsWith(base) ? sitePath.slice(base.length) : sitePath.replace(/^\//, '');
    return join(dist, decodeURIComponent(inSite), sitePath.endsWith('/') ? 'index.html' : '');
  };
  const pageUrl = new URL(pagePath, 'http://site');
  const html = readFileSync(fileOf(pageUrl.pathname), 'utf8');
  const assets = pageAssets(html);
  const weight: PageWeight = {
    total: 0,
    html: gzipSize(html),
    css: 0,
    js: 0,
    fonts: 0,
    inlineScriptBytes: assets.inlineScripts.reduce((sum, code) => sum + Buffer.byteLength(code), 0),
    files: [],
  };
  const seen = new Set<string>();
  /** Adds a file once; returns its text for stylesheets and scripts to follow their references. */
  const add = (url: URL, kind: 'css' | 'js' | 'fonts'): string | undefined => {
    // Assets on another origin are never loaded by Echelon pages; they would not be in dist.
    if (url.origin !== pageUrl.origin || seen.has(url.pathname)) return undefined;
    seen.add(url.pathname);
    const file = fileOf(url.pathname);
    if (!existsSync(file)) throw new Error(`${pagePath} loads ${url.pathname}, which is not in ${dist}`);
    const bytes = readFileSync(file);
    let size = cache.get(url.pathname);
    if (size === undefined) {
      size = gzipSize(bytes);
      cache.set(url.pathname, size);
    }
    weight[kind] += size;
    weight.files.push(url.pathname);
    return kind === 'fonts' ? undefined : bytes.toString('utf8');
  };
  const addScript = (url: URL) => {
    const code = add(url, 'js');
    if (code !== undefined) for (const spec of staticImports(code)) addScript(new URL(spec, url));
  };
  const addStylesheet = (url: URL) => {
    const css = add(url, 'css');
    if (css === undefined) return;
    const references = cssReferences(css);
    for (const href of references.imports) addStylesheet(new URL(href, url));
    for (const href of references.fonts) add(new URL(href, url), 'fonts');
  };
  for (const href of assets.stylesheets) addStylesheet(new URL(href, pageUrl));
  for (const src of assets.scripts) addScript(new URL(src, pageUrl));
  for (const code of assets.inlineScripts) {
    for (const spec of staticImports(code)) addScript(new URL(spec, pageUrl));
  }
  for (const href of assets.fonts) add(new URL(href, pageUrl), 'fonts');
  weight.total = weight.html + weight.css + weight.js + weight.fonts;
  return weight;
}
