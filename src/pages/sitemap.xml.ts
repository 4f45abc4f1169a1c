// `/sitemap.xml`: every page of the ladder, from the same list as the pages themselves.
import type { APIRoute } from 'astro';
import { getLadder } from '../data/ladder.ts';
import { pageRoutes } from '../ladder/routes.ts';
import { sitemapXml } from '../ladder/sitemap.ts';
import { urlsFor } from '../ladder/urls.ts';

export const GET: APIRoute = async () => {
  const ladder = await getLadder();
  const urls = urlsFor(ladder.settings);
  const entries = pageRoutes(ladder).map((route) => ({ url: urls.absolute(route.path) }));
  return new Response(sitemapXml(entries), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
