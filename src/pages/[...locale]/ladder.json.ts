// `/ladder.json`, and `/<locale>/ladder.json` for every other language: the whole ladder as data.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getLadder, getLocales } from '../../data/ladder.ts';
import { ladderToJson } from '../../ladder/export.ts';

export const getStaticPaths = (async () =>
  (await getLocales()).map((locale, index) => ({
    params: { locale: index === 0 ? undefined : locale },
    props: { locale },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const ladder = await getLadder((props as { locale: string }).locale);
  return new Response(`${JSON.stringify(ladderToJson(ladder, ladder.locale), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
