import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { findBrokenLinks, formatBrokenLinks } from '../checks/links.ts';

/**
 * Fails the build when a page links to a page, file or anchor that does not exist, naming
 * the page and the link. Registered last, so it sees every file other integrations wrote.
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
        const broken = findBrokenLinks(fileURLToPath(dir), site);
        if (broken.length === 0) {
          logger.info('links: every internal link, image and anchor resolves');
          return;
        }
        logger.error(`${broken.length} broken link(s):\n${formatBrokenLinks(broken)}`);
        // The report says what to fix; a stack trace would only hide it.
        process.exit(1);
      },
    },
  };
}
