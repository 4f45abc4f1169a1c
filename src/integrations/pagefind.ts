import { createReadStream, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { setImmediate } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { transform } from 'esbuild';
import * as pagefind from 'pagefind';
import { htmlFiles } from '../checks/links.ts';
import { reportError } from '../content/report-error.ts';
import { splitSections } from '../search/sections.ts';
import { spawnedBy, watchPagefind } from './pagefind-process.ts';
import { releaseMemory } from './release-memory.ts';
import { isLargeSite } from './site-size.ts';

/** Folder of the search index inside the built site; the browser code loads it from there. */
export const pagefindFolder = 'pagefind';

/** Content types of the files Pagefind writes; its index chunks are opaque binary files. */
const contentTypes: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/**
 * Pages indexed per language, from the index's entry file. Pagefind's own count includes
 * pages it skipped (404, search page, redirects), which would overstate what readers can find.
 */
function languagesOf(outputPath: string): Record<string, number> | undefined {
  try {
    const entry = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    return Object.fromEntries(Object.entries(entry.languages).map(([code, l]) => [code, l.page_count]));
  } catch {
    return undefined;
  }
}

/** The attribute that marks a page for search; Pagefind skips pages without it once any page has it. */
const searchMarker = 'data-pagefind-body';

/** Requests sent to Pagefind before waiting for their answers; each watches the process's exit. */
const requestsInFlight = 8;

/**
 * Requests to Pagefind with up to `requestsInFlight` out at once, across pages: while Pagefind
 * indexes what it was sent, in its own process, this thread reads and splits the next pages.
 * (Waiting for each page's answers before reading the next left one side idle at a time.)
 * `send` waits only when the window is full; `drain` waits for every answer. The first failed
 * request fails the next `send` or `drain`; the errors Pagefind reports are collected.
 */
function requestWindow(service: PagefindService, step: string) {
  const out = new Set<Promise<void>>();
  const errors: string[] = [];
  let failure: { error: unknown } | undefined;
  const failed = () => {
    if (failure) throw failure.error;
  };
  return {
    errors,
    async send(request: () => Promise<{ errors: string[] }>): Promise<void> {
      failed();
      while (out.size >= requestsInFlight) {
        await Promise.race(out);
        failed();
      }
      const sent: Promise<void> = service
        .ask(step, request)
        .then(
          (answer) => {
            errors.push(...answer.errors);
          },
          (error: unknown) => {
            failure ??= { error };
          },
        )
        .finally(() => out.delete(sent));
      out.add(sent);
    },
    async drain(): Promise<void> {
      await Promise.all(out);
      failed();
    },
  };
}

/** The search marker as bytes: most pages lack it, and are never decoded as text. */
const marker = Buffer.from(searchMarker);

/** Files read while earlier ones are handled: one at a time, each read waited on the disk. */
const filesReadAhead = 8;

/**
 * Reads `paths` in order, `next` returning each file's bytes in turn, with up to
 * `filesReadAhead` reads under way (Node reads files on its own threads): reading a large
 * site's pages one after another took a quarter of its indexing time.
 */
function readAhead(paths: readonly string[]) {
  const reads = new Map<number, Promise<Buffer>>();
  let position = 0;
  return {
    next(): Promise<Buffer> {
      for (let ahead = position; ahead < Math.min(paths.length, position + filesReadAhead); ahead++) {
        if (reads.has(ahead)) continue;
        const read = readFile(paths[ahead]);
        // A read not waited for yet must not fail the process; it fails when its turn comes.
        read.catch(() => undefined);
        reads.set(ahead, read);
      }
      const read = reads.get(position) ?? Promise.reject(new Error('no file left to read'));
      reads.delete(position++);
      return read;
    },
  };
}

/**
 * Hands Pagefind the pages that carry the search marker, in path order, and returns how many
 * HTML files the site has and the errors Pagefind reported. Pagefind would otherwise parse every
 * page only to drop the unmarked ones (comparisons, matrices, redirects: four in five pages of a
 * large ladder), which took most of its time; a text search for the marker is much cheaper, and
 * a page it wrongly keeps is still dropped by Pagefind. Path order, rather than the order the
 * file system lists folders in, keeps the index the same on every machine. A site with no
 * marked page is indexed whole, as Pagefind does by default.
 */
async function addPages(index: pagefind.PagefindIndex, siteDir: string, service: PagefindService) {
  const files = htmlFiles(siteDir).filter((file) => !file.startsWith(`${pagefindFolder}/`));
  const step = `indexing the pages in ${siteDir}`;
  const requests = requestWindow(service, step);
  // Theme sections added as records of their own, per language, so the log counts pages apart.
  const sections: Record<string, number> = {};
  let marked = 0;
  const pages = readAhead(files.map((file) => join(siteDir, file)));
  for (const file of files) {
    const bytes = await pages.next();
    if (!bytes.includes(marker)) continue;
    marked++;
    // A level's theme sections become records of their own, so a theme filter keeps only them.
    const { page, records } = splitSections(bytes.toString('utf8'), file);
    await requests.send(() => index.addHTMLFile({ sourcePath: file, content: page }));
    for (const record of records) {
      await requests.send(() => index.addCustomRecord(record));
      sections[record.language] = (sections[record.language] ?? 0) + 1;
    }
  }
  await requests.drain();
  if (marked === 0) {
    const added = await service.ask(step, () => index.addDirectory({ path: siteDir }));
    return { total: added.page_count, errors: added.errors, sections };
  }
  return { total: files.length, errors: requests.errors, sections };
}

type PagefindService = ReturnType<typeof watchPagefind>;

/**
 * Minifies the script every search loads first, `pagefind.js`, in place. Pagefind ships it with
 * its names and whitespace kept: minified, it is about a third smaller (47 KB to 32 KB), which is
 * what a reader pays on a host that does not compress JavaScript. The script is an ES module, so
 * its exports keep their names. If the minifier fails, Pagefind's own script stays: it works the
 * same, only larger, so the build warns rather than stops.
 */
export async function minifySearchScript(outputPath: string, logger: AstroIntegrationLogger): Promise<void> {
  const file = join(outputPath, 'pagefind.js');
  try {
    const source = readFileSync(file, 'utf8');
    const { code } = await transform(source, { minify: true, format: 'esm', legalComments: 'inline' });
    if (code.length < source.length) writeFileSync(file, code);
  } catch (error) {
    // esbuild's message starts with a count of errors; its first error says what went wrong.
    const failures =
      error instanceof Error && 'errors' in error && Array.isArray(error.errors) ? error.errors : [];
    const reason = String(failures[0]?.text ?? (error instanceof Error ? error.message : error));
    logger.warn(`Search works, but its script was left at full size: it could not be minified (${reason}).`);
  }
}

/** What the author reads under any indexing failure. */
const indexingHint =
  'Nothing was published: the output folder still holds the previous build. Check the message above, free memory and disk space, then build again.';

/**
 * Indexes the built site in `siteDir` and writes the index to `<siteDir>/pagefind`.
 * Returns the number of pages indexed. Every way Pagefind can fail is an error that fails the
 * build, naming the step: an error it reports, a rejected request, its process exiting or
 * being killed (with the status or signal), no answer within `timeoutMs`, or no index written.
 * The Pagefind process is always closed, so a failed build never leaves it running.
 */
export async function indexSite(
  siteDir: string,
  logger: AstroIntegrationLogger,
  options: { timeoutMs?: number } = {},
): Promise<number> {
  const outputPath = join(siteDir, pagefindFolder);
  const fail = (step: string, errors: string[]) =>
    new Error(`Pagefind could not ${step}:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
  try {
    // A process left running by an earlier call would not be announced again, and could not
    // be watched: start from none.
    await pagefind.close();
    const { result: starting, child } = spawnedBy(() => pagefind.createIndex());
    const service = watchPagefind(child, options.timeoutMs);
    // On a large site, the heap is now mostly the rendering's garbage: free it while Pagefind's
    // process starts, before reading the pages for it grows the heap again. A small site's
    // build stays well within memory, and skips the 0.3 s this takes.
    const large = isLargeSite(siteDir);
    if (large) releaseMemory();
    const { index, errors } = await service.ask('starting', () => starting);
    if (!index || errors.length) throw fail('start', errors.length ? errors : ['it created no index']);
    const added = await addPages(index, siteDir, service);
    if (added.errors.length) throw fail(`index the pages in ${siteDir}`, added.errors);
    const writing = service.ask(`writing the index to ${outputPath}`, () => index.writeFiles({ outputPath }));
    // Pagefind needs the most memory while it writes, and this thread only waits meanwhile:
    // freeing the garbage of reading the pages lowers the peak at little cost in time.
    if (large) {
      await setImmediate();
      releaseMemory();
    }
    const written = await writing;
    if (written.errors.length) throw fail(`write the index to ${outputPath}`, written.errors);
    const languages = languagesOf(outputPath);
    // Without its entry file the index is unusable: the search box would find nothing.
    if (!languages) throw fail(`write the index to ${outputPath}`, ['it wrote no pagefind-entry.json']);
    await minifySearchScript(outputPath, logger);
    // Pagefind counts theme sections with the pages; the log names them apart.
    const pages = Object.entries(languages).map(
      ([language, count]) => [language, count - (added.sections[language] ?? 0)] as const,
    );
    const indexed = pages.reduce((sum, [, count]) => sum + count, 0);
    const perLanguage = pages.map(([language, count]) => `${language}: ${count}`).join(', ');
    const sectionCount = Object.values(added.sections).reduce((sum, count) => sum + count, 0);
    const sectionsText = sectionCount
      ? `, and ${sectionCount} theme section${sectionCount === 1 ? '' : 's'} of levels as results of their own`
      : '';
    logger.info(
      `Indexed ${indexed} of ${added.total} pages for search (${perLanguage})${sectionsText}, in ${outputPath}.`,
    );
    return indexed;
  } catch (error) {
    // One clear message and no stack trace: the stack would point into Echelon, not at the cause.
    const message = error instanceof Error ? error.message : String(error);
    throw reportError(
      message.startsWith('Pagefind') ? message : `Pagefind failed while indexing ${siteDir}: ${message}`,
      indexingHint,
    );
  } finally {
    await pagefind.close();
  }
}

/**
 * The file of the last build's index that a dev-server request asks for, or undefined when
 * the request is for something else or the file does not exist.
 */
export function pagefindFileFor(requestUrl: string, base: string, outDir: string): string | undefined {
  const prefix = `${base.replace(/\/?$/, '/')}${pagefindFolder}/`;
  const pathname = decodeURIComponent(new URL(requestUrl, 'http://localhost').pathname);
  if (!pathname.startsWith(prefix)) return undefined;
  const root = join(outDir, pagefindFolder);
  const file = normalize(join(root, pathname.slice(prefix.length)));
  if (!file.startsWith(root + sep)) return undefined;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/**
 * Full-text search with Pagefind. After `astro build` writes the pages, the hook indexes
 * them, so `npm run build` alone produces a searchable site. `astro dev` renders pages on
 * demand and has no index of its own: it serves the last build's index when there is one,
 * and otherwise the search box says to run a build.
 */
export function pagefindSearch(): AstroIntegration {
  let outDir = '';
  let base = '/';
  return {
    name: 'echelon:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        base = config.base;
      },
      'astro:server:setup': ({ server, logger }) => {
        const hasIndex = existsSync(join(outDir, pagefindFolder, 'pagefind.js'));
        logger.info(
          hasIndex
            ? `Search uses the index of the last build (${join(outDir, pagefindFolder)}); rebuild to refresh it.`
            : 'Search works after `npm run build`: no index has been built yet.',
        );
        server.middlewares.use((request, response, next) => {
          const file = request.url ? pagefindFileFor(request.url, base, outDir) : undefined;
          if (!file) return next();
          response.writeHead(200, {
            'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream',
            // A rebuild rewrites the index under new names; never let the browser keep a stale one.
            'Cache-Control': 'no-store',
          });
          createReadStream(file).pipe(response);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        // Without the URL's trailing slash, so messages name the folder as a shell would.
        await indexSite(resolve(fileURLToPath(dir)), logger);
      },
    },
  };
}
