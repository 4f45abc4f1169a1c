// Share cards (Open Graph images) in the dev server, drawn on request: the same `pageRoutes()`
// list as the pages, mapped through `cardParam`, so each page's `og:image` names an image that
// exists. A build writes no card through this route: the cards integration plans them when
// the build starts, draws the missing ones in worker threads while the pages render, and
// copies the rest from its cache (`src/cards/site.ts`).

import options from 'virtual:echelon/cards';
import type { APIRoute, GetStaticPaths } from 'astro';
import { cardGenerator } from '../../cards/generate.ts';
import { cardParam } from '../../cards/paths.ts';
import { formatMissingCharacters } from '../../cards/stats.ts';
import { getLadder, getLadders } from '../../data/ladder.ts';
import { type PageRoute, pageRoutes, redirectRoutes } from '../../ladder/routes.ts';

export const getStaticPaths = (async () => {
  if (!options.onRequest) return [];
  const ladders = await getLadders();
  return ladders.flatMap((ladder) => [
    ...pageRoutes(ladder).map((route) => ({ params: { slug: cardParam(route) }, props: { route } })),
    // A renamed entry's former card URL keeps serving its current card, on any host.
    ...redirectRoutes(ladder).map((redirect) => ({
      params: { slug: cardParam(redirect) },
      props: { route: redirect.to },
    })),
  ]);
}) satisfies GetStaticPaths;

let generate: ReturnType<typeof cardGenerator> | undefined;

export const GET: APIRoute = async ({ props }) => {
  // Warnings are printed as cards are drawn; a build prints them all in one line.
  generate ??= cardGenerator(options, (card) => console.warn(formatMissingCharacters([card])));
  const { route } = props as { route: PageRoute };
  const { png } = await generate(route, await getLadder(route.locale));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
