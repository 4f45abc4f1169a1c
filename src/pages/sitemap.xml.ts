// `/sitemap.xml`: every page of the ladder in every language, with its alternates, from the
// same list as the pages themselves.
import type { APIRoute } from 'astro';
import { getLadders } from '../data/ladder.ts';
import { alternatesOf, pageRoutes } from '../ladder/routes.ts';
import { sitemapXml } from '../ladder/sitemap.ts';
import { urlsFor } from '../ladder/urls.ts';

export const GET: APIRoute = async () => {
  const ladders = await getLadders();
  const { settings } = ladders[0];
  const urls = urlsFor(settings);
  const multilingual = settings.locales.length > 1;
  const entries = ladders.flatMap((ladder) =>
    pageRoutes(ladder).map((route) => {
      const alternates = alternatesOf(route, settings).map((alt) => ({
        hreflang: alt.locale,
        url: urls.absolute(alt.path),
      }));
      return {
        url: urls.absolute(route.path),
        alternates: multilingual
          ? [...alternates, { hreflang: 'x-default', url: alternates[0].url }]
          : undefined,
      };
    }),
  );
  return new Response(sitemapXml(entries), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
