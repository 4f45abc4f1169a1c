import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { unwritableReason } from '../cards/cache.ts';
import { sourceFingerprint } from '../cards/module-graph.ts';
import { finishComparisonStore, startComparisonStore } from '../compare/cache.ts';
import { cacheFolder } from '../content/paths.ts';

/**
 * A fingerprint of the code that compares behaviours, read from the project at `root`:
 * `src/compare/diff.ts`, every module it loads, and the version of the `diff` library.
 * Changing any of them makes the next build compare everything afresh.
 */
export function comparingSource(root: string): string {
  return sourceFingerprint(root, 'src/compare/diff.ts', ['diff']);
}

/**
 * Keeps each build's behaviour comparisons for the next one, in `echelon-comparisons/` of the
 * cache folder: a rebuild compares only the levels whose behaviours changed. Prints
 * `comparisons: N computed, M from cache`. A cache folder that cannot be written is already
 * reported by the card cache, which shares it; the build then compares everything.
 */
export function comparisonCache(): AstroIntegration {
  let file: string | undefined;
  let fingerprint = '';
  let building = false;
  return {
    name: 'echelon:comparisons',
    hooks: {
      'astro:config:setup': ({ config, command }) => {
        building = command === 'build';
        const root = fileURLToPath(config.root);
        const folder = cacheFolder(root, 'echelon-comparisons');
        file = unwritableReason(folder) ? undefined : join(folder, 'comparisons.json');
        fingerprint = comparingSource(root);
      },
      // Started as soon as the configuration is done, before the build starts: the share
      // cards are planned then (this integration comes before theirs in the configuration),
      // and what changes most between two levels comes from the store.
      'astro:config:done': () => {
        if (building) startComparisonStore(file, fingerprint);
      },
      'astro:build:done': ({ logger }) => {
        try {
          const counts = finishComparisonStore(file);
          if (counts) logger.info(`comparisons: ${counts.computed} computed, ${counts.fromCache} from cache`);
        } catch (error) {
          // The site is complete: only the next build's head start is lost.
          logger.warn(
            `The comparison cache ${file} could not be written (${error instanceof Error ? error.message : String(error)}); the next build compares every level afresh.`,
          );
        }
      },
    },
  };
}
