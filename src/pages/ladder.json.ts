// `/ladder.json`: the whole ladder as data.
import type { APIRoute } from 'astro';
import { getLadder } from '../data/ladder.ts';
import { ladderToJson } from '../ladder/export.ts';

export const GET: APIRoute = async () => {
  const ladder = await getLadder();
  return new Response(`${JSON.stringify(ladderToJson(ladder), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
