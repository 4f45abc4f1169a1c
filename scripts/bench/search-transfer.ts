import { extname } from 'node:path';
import { chromium, type Response } from 'playwright-core';
import { chromiumArgs } from '../../tests/support/chromium.ts';
import { serveStatic } from '../../tests/support/static-server.ts';
import { gzipSize } from './page-weight.ts';

/** What one search downloaded from the Pagefind index. */
export interface QueryTransfer {
  query: string;
  /** Bytes of `/pagefind/` responses as served, with no HTTP compression. */
  bytes: number;
  /** The same with text files (JavaScript, JSON) gzipped, as most static hosts send them. */
  gzipBytes: number;
  /** Number of `/pagefind/` requests. */
  requests: number;
  /** What the search box announced, such as `12 results for “roadmap”.` */
  status: string;
  /** Each file fetched, with its size as served. */
  files: { path: string; bytes: number }[];
}

/** Search transfers from a level page: before any interaction, then one entry per query. */
export interface SearchTransfer {
  /** `/pagefind/` bytes loaded with the page, before the reader touches the search box. */
  beforeInteractionBytes: number;
  queries: QueryTransfer[];
}

/** Text files a static host compresses; Pagefind's index chunks and WebAssembly are already compressed. */
const compressible = new Set(['.js', '.json', '.css', '.html']);

/**
 * Serves a built site on localhost, opens a level page in headless Chromium, and types each
 * query in the header search box in turn, waiting for its results (and the excerpts they load).
 * Sums the `/pagefind/` responses of each query: the first pays for Pagefind's code and entry
 * files, later ones only for the index chunks and fragments they add.
 */
export async function measureSearch(options: {
  dist: string;
  executablePath: string;
  pagePath: string;
  queries: readonly string[];
}): Promise<SearchTransfer> {
  const server = await serveStatic(options.dist);
  const browser = await chromium.launch({ executablePath: options.executablePath, args: chromiumArgs });
  try {
    const context = await browser.newContext();
    let bucket: { path: string; bytes: number; gzip: number }[] = [];
    let lastResponse = performance.now();
    const pending = new Set<Promise<void>>();
    context.on('response', (response: Response) => {
      const path = new URL(response.url()).pathname;
      if (!path.includes('/pagefind/')) return;
      lastResponse = performance.now();
      const target = bucket;
      const reading = response
        .body()
        .then((body) => {
          const gzip = compressible.has(extname(path)) ? Math.min(body.length, gzipSize(body)) : body.length;
          target.push({ path, bytes: body.length, gzip });
        })
        .catch(() => undefined)
        .finally(() => pending.delete(reading));
      pending.add(reading);
    });
    /** Waits until no `/pagefind/` response has arrived for `quiet` ms and every body is read. */
    const settle = async (quiet = 750, limit = 15_000) => {
      const started = performance.now();
      while (performance.now() - started < limit) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        if (pending.size === 0 && performance.now() - lastResponse >= quiet) return;
      }
    };

    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    const before: typeof bucket = [];
    bucket = before;
    await page.goto(new URL(options.pagePath.replace(/^\//, ''), server.url).href, {
      waitUntil: 'networkidle',
    });
    await settle(300);
    const box = page.getByRole('searchbox').first();
    const status = page.locator('form[data-search-box] [data-search-status]').first();
    const queries: QueryTransfer[] = [];
    for (const query of options.queries) {
      const files: typeof bucket = [];
      bucket = files;
      await box.click();
      // On a busy machine the box can miss the first keystrokes while its script loads on
      // focus: type the query again, up to three times, before giving up.
      for (let attempt = 1; ; attempt++) {
        await box.fill('');
        await box.pressSequentially(query, { delay: 40 });
        try {
          await status.filter({ hasText: `“${query}”` }).waitFor({ state: 'attached', timeout: 15_000 });
          break;
        } catch {
          if (attempt < 3) continue;
          const said = (await status.textContent())?.trim();
          throw new Error(
            `the search box showed no results for "${query}" (it said: "${said || 'nothing'}"; page errors: ${errors.join(' | ') || 'none'})`,
          );
        }
      }
      await settle();
      queries.push({
        query,
        bytes: files.reduce((sum, f) => sum + f.bytes, 0),
        gzipBytes: files.reduce((sum, f) => sum + f.gzip, 0),
        requests: files.length,
        status: (await status.textContent())?.trim() ?? '',
        files: files.map((f) => ({ path: f.path, bytes: f.bytes })),
      });
    }
    await context.close();
    return { beforeInteractionBytes: before.reduce((sum, f) => sum + f.bytes, 0), queries };
  } finally {
    await browser.close();
    await server.close();
  }
}
