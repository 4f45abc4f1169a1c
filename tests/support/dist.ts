import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every HTML file of a built site, as site paths (`/product-management/`). */
export function htmlPages(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/${file.split(sep).join('/')}`.replace(/index\.html$/, ''))
    .sort();
}

/** The HTML of a page of a built site, by its site path. */
export function readPage(dist: string, path: string): string {
  const file = path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path);
  if (!existsSync(file)) throw new Error(`${path} was not built (looked for ${relative(dist, file)})`);
  return readFileSync(file, 'utf8');
}

/** The built `ladder.json`, parsed. */
export function readLadderJson(dist: string, locale = ''): LadderJson {
  return JSON.parse(readFileSync(join(dist, locale, 'ladder.json'), 'utf8'));
}

/** The parts of `ladder.json` tests look at. */
export interface LadderJson {
  url: string;
  tracks: { id: string; title: string; url: string; levels: string[]; themes: string[] }[];
  levels: {
    id: string;
    track: string;
    rank: number;
    code: string;
    title: string;
    url: string;
    expectations: Record<string, { behaviours: string[]; examples: unknown[] }>;
  }[];
  themes: { id: string; title: string; group: string; importance: string; url: string }[];
  guides: { id: string; title: string; url: string }[];
}

/** Turns an absolute URL of the site into its path. */
export const pathOf = (url: string) => new URL(url).pathname;
