import { cardPath } from '../cards/paths.ts';
import type { Ladder } from './model.ts';
import { redirectRoutes } from './routes.ts';

/**
 * The `_redirects` file Netlify and Cloudflare Pages read: a permanent (301) redirect from
 * every former URL of a page, and of its share card, to the current one. Hosts that do not
 * read it still serve the HTML redirect pages and card copies the build writes.
 */
export function redirectsFile(ladders: readonly Ladder[]): string {
  const lines = ladders.flatMap((ladder) =>
    redirectRoutes(ladder).flatMap((redirect) => [
      `${redirect.path} ${redirect.to.path} 301`,
      `${cardPath(redirect)} ${cardPath(redirect.to)} 301`,
    ]),
  );
  return lines.length ? `${lines.join('\n')}\n` : '';
}
