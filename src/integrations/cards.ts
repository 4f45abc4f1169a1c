import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cardCacheDir, pruneCardCache, unwritableReason } from '../cards/cache.ts';
import type { CardGeneratorOptions } from '../cards/generate.ts';
import {
  cardStats,
  formatCardSummary,
  formatMissingCharacters,
  formatUnwritableCache,
  resetCardStats,
} from '../cards/stats.ts';
import { reportError } from '../content/report-error.ts';

const optionsModuleId = 'virtual:echelon/cards';

/**
 * Share cards: tells the card endpoint where the project, `public/` and the card cache are,
 * keeps resvg's native module out of Vite's bundles, and after each build prints a warning
 * for the cards that lost characters (one line, however many), then one summary line (`cards: N rendered, M from
 * cache`), and drops the cached cards the build no longer uses (a cache it cannot clean fails the
 * build). A card that cannot be drawn fails the build earlier, in Astro's own report of that page.
 */
export function cards(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'echelon:cards',
    hooks: {
      'astro:config:setup': ({ config, updateConfig, logger }) => {
        const root = fileURLToPath(config.root);
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
        const options: CardGeneratorOptions = { root, publicDir: fileURLToPath(config.publicDir), cacheDir };
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
      'astro:build:start': () => {
        resetCardStats();
      },
      'astro:build:done': ({ logger }) => {
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
      },
    },
  };
}
