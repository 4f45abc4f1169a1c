// `/exports/levels.csv` and `/exports/<track>-matrix.csv`, in every language: the ladder for
// spreadsheets and HR tools. The writing is in `src/exports/csv.ts`.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getLadders } from '../../../data/ladder.ts';
import { levelsCsv, matrixCsv } from '../../../exports/csv.ts';
import { levelsCsvName, matrixCsvName } from '../../../exports/paths.ts';

export const getStaticPaths = (async () =>
  (await getLadders()).flatMap((ladder, index) => {
    const locale = index === 0 ? undefined : ladder.locale;
    return [
      { params: { locale, file: levelsCsvName.replace(/\.csv$/, '') }, props: { csv: levelsCsv(ladder) } },
      ...ladder.tracks.map((track) => ({
        params: { locale, file: matrixCsvName(track.id).replace(/\.csv$/, '') },
        props: { csv: matrixCsv(ladder, track) },
      })),
    ];
  })) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { csv: string }).csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
