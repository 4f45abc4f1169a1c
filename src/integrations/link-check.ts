import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { findBrokenLinks, formatBrokenLinks } from '../checks/links.ts';
import { reportError } from '../content/report-error.ts';
import { runAlongside, runAtEnd, stepsSoFar } from './alongside.ts';
import { isLargeSite } from './site-size.ts';

/**
 * Fails the build when a page links to a page, file or anchor that does not exist, naming
 * the page and the link. Registered after every integration that writes pages or files pages
 * link to (the cards); the check then runs alongside the search index, which no page links to,
 * reading pages while the indexer works in its own process, and the output integration waits
 * for it before publishing. A large site (`site-size.ts`) is checked after the index instead:
 * both hold memory as they read the pages, and this process keeps what the check took while
 * the indexer peaks (on a 40-level track in three languages, running the check beside the
 * index took the build from 1.46 to 1.87 GB, for 3 s saved).
 */
export function linkCheck(): AstroIntegration {
  let site = '';
  return {
    name: 'echelon:link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = new URL(config.base, config.site).href;
      },
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const check = () =>
          findBrokenLinks(dist, site).then((broken) => {
            if (broken.length === 0) {
              logger.info('links: every internal link, image and anchor resolves');
              return;
            }
            throw reportError(
              `The link check found ${broken.length} broken link(s):\n${formatBrokenLinks(broken)}`,
              'Fix or remove each link above in the content that produces the page it names.',
            );
          });
        // Pages link to the share cards, which may still be being written: check after them.
        if (isLargeSite(dist)) runAtEnd(check);
        else runAlongside(stepsSoFar().then(check));
      },
    },
  };
}
