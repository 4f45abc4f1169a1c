// `/robots.txt`: lets search engines crawl the ladder and points them at the sitemap.
import type { APIRoute } from 'astro';
import { getLadder } from '../data/ladder.ts';
import { robotsTxt } from '../ladder/sitemap.ts';
import { urlsFor } from '../ladder/urls.ts';

export const GET: APIRoute = async () => {
  const ladder = await getLadder();
  const urls = urlsFor(ladder.settings);
  return new Response(robotsTxt(urls.absolute(`${urls.home()}sitemap.xml`)), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
