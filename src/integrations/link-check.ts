import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { findBrokenLinks, formatBrokenLinks, htmlBytes } from '../checks/links.ts';
import { reportError } from '../content/report-error.ts';
import { runAlongside, runAtEnd, stepsSoFar } from './alongside.ts';

/**
 * Size of a site's HTML above which the link check runs after the search index rather than
 * beside it. Both hold memory as they read the pages, and this process keeps what the check
 * took while the indexer peaks: on a 40-level track in three languages (170 MB of HTML),
 * running the check beside or before the index took the build from 1.46 to 1.87 GB, over its
 * budget, for 3 s saved. The default benchmark ladder has 57 MB.
 */
export const alongsideUpTo = 100 * 1000 * 1000;

/**
 * Fails the build when a page links to a page, file or anchor that does not exist, naming
 * the page and the link. Registered after every integration that writes pages or files pages
 * link to (the cards); the check then runs alongside the search index, which no page links to,
 * reading pages while the indexer works in its own process, and the output integration waits
 * for it before publishing. A site of more than `alongsideUpTo` bytes of HTML is checked
 * after the index instead, to keep the build within its memory.
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
        if (htmlBytes(dist) > alongsideUpTo) runAtEnd(check);
        else runAlongside(stepsSoFar().then(check));
      },
    },
  };
}
