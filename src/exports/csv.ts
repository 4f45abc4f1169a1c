import { stringify } from 'csv-stringify/sync';
import { useTranslations } from '../i18n/index.ts';
import type { Ladder, Track } from '../ladder/model.ts';
import { urlsFor } from '../ladder/urls.ts';

/**
 * Neutralises a cell a spreadsheet would run as a formula (`=1+1`, `+`, `-`, `@`, or a tab or
 * carriage return before one): a leading apostrophe makes it text, which every spreadsheet
 * shows as written. Text from content could otherwise run formulas on a reader's machine.
 */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/**
 * Rows as CSV the way spreadsheets open it right: UTF-8 with a byte order mark (so accents
 * survive Excel), CRLF line ends, quotes where a cell holds a comma, a quote or a line break,
 * and text cells that look like formulas neutralised. Numbers stay numbers.
 */
export function toCsv(rows: (string | number | null | undefined)[][]): string {
  return stringify(rows, {
    bom: true,
    record_delimiter: 'windows',
    // Only a cell holding the record delimiter (CRLF) is quoted by default; a lone line break
    // (behaviours are joined with one) would end the row in most spreadsheets.
    quoted_match: /[\r\n]/,
    cast: { string: (value) => neutraliseFormula(value) },
  });
}

/**
 * `levels.csv`: one row per level, track by track in rank order, with its pay in every zone
 * (currency, minimum, maximum, period and basis per zone) from the same published ranges as
 * the pages. A zone where a level publishes no range has empty cells.
 */
export function levelsCsv(ladder: Ladder, locale = ladder.locale): string {
  const urls = urlsFor(ladder.settings, locale);
  const zoneIds = ladder.settings.pay.zones.length
    ? ladder.settings.pay.zones.map((zone) => zone.id)
    : [undefined];
  const payColumns = zoneIds.flatMap((zone) =>
    ['currency', 'min', 'max', 'period', 'basis'].map((field) =>
      zone ? `pay_${zone}_${field}` : `pay_${field}`,
    ),
  );
  const header = [
    'track',
    'level',
    'code',
    'title',
    'rank',
    'url',
    'time_in_level_min_months',
    'time_in_level_max_months',
    ...payColumns,
  ];
  const rows = ladder.levels.map((level) => [
    level.track.id,
    level.id,
    level.data.code,
    level.data.title,
    level.data.rank,
    urls.absolute(urls.level(level.track.id, level.id)),
    level.data.timeInLevel?.min,
    level.data.timeInLevel?.max,
    ...zoneIds.flatMap((zone) => {
      const range = level.data.payRanges.find((r) => r.zone === zone);
      return range ? [range.currency, range.min, range.max, range.period, range.basis] : ['', '', '', '', ''];
    }),
  ]);
  return toCsv([header, ...rows]);
}

/**
 * `<track>-matrix.csv`: the track's matrix, one row per theme and one column per level, each
 * cell the level's behaviours for the theme, one per line, as on the matrix page.
 */
export function matrixCsv(ladder: Ladder, track: Track, locale = ladder.locale): string {
  const t = useTranslations(locale);
  const header = ['theme', 'group', ...track.levels.map((level) => `${level.data.code} ${level.data.title}`)];
  const rows = track.groups.flatMap((group) =>
    group.themes.map((theme) => [
      theme.data.title,
      group.title,
      ...track.levels.map((level) => {
        const cell = level.data.expectations[theme.id];
        if (!cell) return '';
        return cell.assessed ? cell.behaviours.join('\n') : t('level.notAssessed');
      }),
    ]),
  );
  return toCsv([header, ...rows]);
}
