import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { type CardCache, cardCacheDir, pruneCardCache, unwritableReason } from '../cards/cache.ts';
import { coreCount, type DrawnCard, type DrawPool, drawPool } from '../cards/draw-pool.ts';
import { loadCardFonts } from '../cards/fonts.ts';
import { buildCardCache, type CardGeneratorOptions, drawingSource } from '../cards/generate.ts';
import { type PlannedCard, SiteCardError, siteCards, startDrawing, writeSiteCards } from '../cards/site.ts';
import {
  cardStats,
  formatCardSummary,
  formatMissingCharacters,
  formatUnwritableCache,
  resetCardStats,
} from '../cards/stats.ts';
import { resolveContentDir } from '../content/paths.ts';
import { readLadder } from '../content/pipeline.ts';
import { reportError } from '../content/report-error.ts';
import { runAlongside } from './alongside.ts';

const optionsModuleId = 'virtual:echelon/cards';

/** What a build's cards integration holds from the start of the build to its end. */
interface CardRun {
  pool: DrawPool;
  /** Every card written into the output folder, or the first failure. */
  writing: Promise<void>;
}

/**
 * Share cards. In a build, as soon as the configuration is done, plans every card of the site
 * (each page's, and a copy for each former address) and starts drawing the ones missing from
 * the cache in worker threads, one per core but the one Astro prepares and renders the pages
 * on. Once the build starts, writes every card into the output folder, the cached ones at
 * once, while Astro renders the pages. Cards still being drawn when the pages are done finish
 * beside the search index, on every core; the link check waits for them, and nothing is
 * published before they are all written. Then prints a warning for the cards that lost
 * characters (one line, however many), one summary line (`cards: N rendered, M from cache`),
 * and drops the cached cards the build no longer uses (a cache it cannot clean fails the
 * build). A card that cannot be drawn fails the build, naming its page. The dev server draws
 * cards on request through `src/pages/cards/`.
 */
export function cards(): AstroIntegration {
  let cacheDir = '';
  let root = '';
  let publicDir = '';
  let outDir = '';
  let run: CardRun | undefined;
  let building = false;
  /** The cards planned and being drawn since the configuration was done, until the build starts. */
  let started:
    | { planned: PlannedCard[]; cache: CardCache; pool: DrawPool; drawings: Map<string, Promise<DrawnCard>> }
    | undefined;
  return {
    name: 'echelon:cards',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig, logger }) => {
        building = command === 'build';
        root = fileURLToPath(config.root);
        publicDir = fileURLToPath(config.publicDir);
        cacheDir = cardCacheDir(root);
        // Astro's cache (its content store) and the card cache usually share a parent folder:
        // when either cannot be written, the build goes on without it, after one warning.
        const astroCache = fileURLToPath(config.cacheDir);
        const astroCause = unwritableReason(astroCache);
        const cardCause = unwritableReason(cacheDir);
        if (astroCause || cardCause) {
          logger.warn(
            `The cache folder ${astroCause ? astroCache : cacheDir} cannot be written (${astroCause ?? cardCause}), so this build runs without it: content is read and cards are drawn afresh. Make the folder writable, or set ECHELON_CACHE_DIR to one that is.`,
          );
        }
        if (astroCause) {
          updateConfig({
            cacheDir: pathToFileURL(`${mkdtempSync(join(tmpdir(), 'echelon-astro-cache-'))}/`),
          });
        }
        if (cardCause) cacheDir = '';
        const options: CardGeneratorOptions & { onRequest: boolean } = {
          root,
          publicDir,
          cacheDir,
          onRequest: command === 'dev',
        };
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'echelon:cards',
                resolveId: (id: string) => (id === optionsModuleId ? `\0${id}` : undefined),
                load: (id: string) =>
                  id === `\0${optionsModuleId}` ? `export default ${JSON.stringify(options)};` : undefined,
              },
            ],
            // A native `.node` addon: Vite can neither bundle nor pre-bundle it; Node loads it.
            ssr: { external: ['@resvg/resvg-js'] },
            optimizeDeps: { exclude: ['@resvg/resvg-js'] },
          },
        });
      },
      'astro:config:done': async ({ config }) => {
        // The folder the pages go to, final once every integration has set up (the atomic
        // output integration moves it beside the output folder).
        outDir = fileURLToPath(config.outDir);
        if (!building) return;
        resetCardStats();
        // The echelon integration read and checked the ladder when the configuration was set
        // up, and stopped the build there when the content has errors.
        const ladders = readLadder(root, resolveContentDir(root)).ladders();
        if (!ladders) return;
        const cache = buildCardCache(cacheDir);
        // One core is left to the main thread while it prepares and renders the pages: a
        // worker more only competes with it and with the other workers for memory (on 2
        // cores, two workers drew each card with 45% more processor time than one, and the
        // build was no faster). The pages done, every core draws (`grow` below). Drawing
        // starts before the build does, with the first card planned, while this thread plans
        // the others and then syncs the content.
        const pool = drawPool(root, Math.max(1, coreCount() - 1));
        const options = { fonts: loadCardFonts(root), template: drawingSource(root), publicDir };
        started = { cache, pool, ...(await startDrawing(siteCards(ladders, options), cache, pool.draw)) };
      },
      'astro:build:start': () => {
        if (!started) return;
        const { planned, cache, pool, drawings } = started;
        started = undefined;
        // Written while Astro renders the pages: reading and writing files leaves this thread
        // free, and the output folder is the one the build writes into from now on.
        const writing = writeSiteCards(planned, outDir, {
          cache,
          draw: pool.draw,
          drawings,
          stats: cardStats(),
        });
        // Awaited when the pages are done; until then, a failure must not end the process.
        writing.catch(() => {});
        run = { pool, writing };
      },
      'astro:build:done': ({ dir, logger }) => {
        // Cards still being drawn finish beside the next steps (the search index): nothing
        // but the link check, which waits for them, needs them. The site is published only
        // once they are all written.
        const current = run;
        run = undefined;
        current?.pool.grow(coreCount());
        runAlongside(finishCards(current, fileURLToPath(dir), outDir, cacheDir, logger));
      },
    },
  };
}

/**
 * Ends a build's cards: waits until every card is written, stops the workers, prints the
 * warning for lost characters and the summary line, and drops the cached cards the build no
 * longer uses.
 */
async function finishCards(
  run: CardRun | undefined,
  dir: string,
  outDir: string,
  cacheDir: string,
  logger: AstroIntegrationLogger,
): Promise<void> {
  if (run) {
    const { pool, writing } = run;
    try {
      await writing;
      if (dir !== outDir)
        throw new Error(`cards were written to ${outDir}, but the site was built in ${dir}`);
    } catch (error) {
      if (error instanceof SiteCardError) throw reportError(error.message, error.hint);
      throw error;
    } finally {
      await pool.close();
    }
  }
  const stats = cardStats();
  const missing = formatMissingCharacters(stats.missing);
  if (missing) logger.warn(missing);
  logger.info(formatCardSummary(stats));
  const unwritable = formatUnwritableCache(cacheDir, stats);
  if (unwritable) {
    // Already said once; a cache that refused writes refuses deletions too.
    logger.warn(unwritable);
    return;
  }
  try {
    if (stats.keys.size > 0 && cacheDir) pruneCardCache(cacheDir, stats.keys);
  } catch (error) {
    // A read-only cache only costs this build its clean-up: the site is complete.
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
      logger.warn(
        `Share cards: the card cache ${cacheDir} is read-only (${code}), so cards it no longer needs stay in it. Make the folder writable, or set ECHELON_CACHE_DIR to one that is.`,
      );
      return;
    }
    // A cache the build cannot clean is a disk in trouble (permissions, failing device):
    // stop before publishing, with the folder and the cause rather than a stack trace.
    throw reportError(
      `Share cards: the card cache in ${cacheDir} could not be cleaned: ${error instanceof Error ? error.message : String(error)}`,
      'Check that the folder is writable and the disk healthy, then build again. Deleting the folder is safe: cards are drawn again.',
    );
  }
}
