import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { findBrokenLinks, formatBrokenLinks } from '../checks/links.ts';
import { reportError } from '../content/report-error.ts';

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
        throw reportError(
          `The link check found ${broken.length} broken link(s):\n${formatBrokenLinks(broken)}`,
          'Fix or remove each link above in the content that produces the page it names.',
        );
      },
    },
  };
}
