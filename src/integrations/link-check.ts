import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { unwritableReason } from '../cards/cache.ts';
import { findBrokenLinks, formatBrokenLinks } from '../checks/links.ts';
import {
  readScanFile,
  type ScanCounts,
  scanningSource,
  scanStore,
  writeScanFile,
} from '../checks/scan-cache.ts';
import { cacheFolder } from '../content/paths.ts';
import { reportError } from '../content/report-error.ts';
import { runAlongside, runAtEnd, stepsSoFar } from './alongside.ts';
import { isLargeSite } from './site-size.ts';

/** How many pages the check parsed, for the log: ` (3 changed pages read, 1019 unchanged)`. */
function countsText({ parsed, fromCache }: ScanCounts): string {
  if (fromCache === 0) return '';
  if (parsed === 0) return ' (no page changed since the last build)';
  return ` (${parsed} changed page(s) read, ${fromCache} unchanged since the last build)`;
}

/**
 * Checks the built site in `dist`, reading the scans of unchanged pages from `file` and
 * keeping this build's scans there for the next one. A cache that cannot be written costs the
 * next build its head start, nothing more: it is a warning.
 */
async function checkLinks(options: {
  dist: string;
  site: string;
  file: string | undefined;
  fingerprint: string;
  logger: AstroIntegrationLogger;
  targetsWritten?: Promise<unknown>;
}): Promise<void> {
  const { dist, site, file, fingerprint, logger, targetsWritten } = options;
  const store = scanStore(file ? readScanFile(file, fingerprint) : new Map());
  const broken = await findBrokenLinks(dist, site, { scans: store.cache, targetsWritten });
  if (file && !store.unchanged()) {
    try {
      writeScanFile(file, fingerprint, store.used);
    } catch (error) {
      logger.warn(
        `The link check's cache ${file} could not be written (${error instanceof Error ? error.message : String(error)}); the next build reads every page afresh.`,
      );
    }
  }
  if (broken.length === 0) {
    logger.info(`links: every internal link, image and anchor resolves${countsText(store.counts)}`);
    return;
  }
  throw reportError(
    `The link check found ${broken.length} broken link(s):\n${formatBrokenLinks(broken)}`,
    'Fix or remove each link above in the content that produces the page it names.',
  );
}

/**
 * Fails the build when a page links to a page, file or anchor that does not exist, naming
 * the page and the link. Registered after every integration that writes pages or files pages
 * link to (the cards); the check then runs alongside the search index, which no page links to,
 * reading pages while the indexer works in its own process, and the output integration waits
 * for it before publishing. A large site (`site-size.ts`) is checked after the index instead:
 * both hold memory as they read the pages, and this process keeps what the check took while
 * the indexer peaks (on a 40-level track in three languages, running the check beside the
 * index took the build from 1.46 to 1.87 GB, for 3 s saved). A rebuild parses only the pages
 * whose bytes changed: the others' links and anchors come from `echelon-links/` in the cache
 * folder.
 */
export function linkCheck(): AstroIntegration {
  let site = '';
  let file: string | undefined;
  let fingerprint = '';
  return {
    name: 'echelon:link-check',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const root = fileURLToPath(config.root);
        const folder = cacheFolder(root, 'echelon-links');
        // A folder that cannot be written is reported once, by the card cache, which shares it.
        file = unwritableReason(folder) ? undefined : join(folder, 'scans.json');
        fingerprint = scanningSource(root);
      },
      'astro:config:done': ({ config }) => {
        site = new URL(config.base, config.site).href;
      },
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const check = (targetsWritten?: Promise<unknown>) =>
          checkLinks({ dist, site, file, fingerprint, logger, targetsWritten });
        // Pages link to the share cards, which may still be being drawn: the check reads the
        // pages at once, and resolves their links once the steps started before it are done.
        if (isLargeSite(dist)) runAtEnd(() => check());
        else runAlongside(check(stepsSoFar()));
      },
    },
  };
}
