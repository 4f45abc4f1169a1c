import type { LadderSource } from '../content/load.ts';
import { importanceLevels } from '../schemas/theme.ts';
import type { Sheet } from './table.ts';

/**
 * Lays a ladder out as the spreadsheet the import reads: a Matrix (themes as rows, levels as
 * columns headed by their codes, one behaviour per line), and Levels, Themes and Tracks sheets.
 * Used to make the sample spreadsheet from the sample ladder, so both say the same thing.
 */
export function ladderToSheets(source: LadderSource): Sheet[] {
  const groupOrder = source.settings.themeGroups.map((group) => group.id);
  const tracks = [...source.tracks].sort(
    (a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title),
  );
  const trackIndex = (id: string) => tracks.findIndex((track) => track.id === id);
  const levels = [...source.levels].sort(
    (a, b) => trackIndex(a.data.track) - trackIndex(b.data.track) || a.data.rank - b.data.rank,
  );
  const importance = (value?: string) =>
    value ? importanceLevels.indexOf(value as never) : importanceLevels.length;
  const themes = [...source.themes].sort(
    (a, b) =>
      groupOrder.indexOf(a.data.group) - groupOrder.indexOf(b.data.group) ||
      (a.data.order ?? Number.MAX_SAFE_INTEGER) - (b.data.order ?? Number.MAX_SAFE_INTEGER) ||
      importance(a.data.importance) - importance(b.data.importance) ||
      a.data.title.localeCompare(b.data.title),
  );
  const codeIsUnique = (code: string) => levels.filter((level) => level.data.code === code).length === 1;

  const matrix: Sheet = {
    name: 'Matrix',
    rows: [
      ['Theme', ...levels.map((level) => (codeIsUnique(level.data.code) ? level.data.code : level.id))],
      ...themes.map((theme) => [
        theme.data.title,
        ...levels.map((level) => {
          const cell = level.data.expectations[theme.id];
          if (cell === undefined) return '';
          if (cell === 'not-assessed') return 'Not assessed';
          return cell.behaviours
            .map((behaviour) => `• ${typeof behaviour === 'string' ? behaviour : behaviour.text}`)
            .join('\n');
        }),
      ]),
    ],
  };

  const defaultZone = source.settings.pay.defaultZone ?? source.settings.pay.zones[0]?.id;
  const levelRows = levels.map((level) => {
    const ranges = level.data.pay === undefined ? [] : [level.data.pay].flat();
    const range = ranges.find((r) => r.zone === undefined || r.zone === defaultZone) ?? ranges[0];
    const track = tracks.find((t) => t.id === level.data.track);
    return [
      level.id,
      level.data.code,
      level.data.title ?? '',
      track?.data.title ?? level.data.track,
      String(level.data.rank),
      level.data.summary ?? '',
      level.data.scope ?? '',
      level.data.equivalent ?? '',
      level.data.prerequisites.map((line) => `• ${line}`).join('\n'),
      level.data.differentiators.map((line) => `• ${line}`).join('\n'),
      level.data.timeInLevel ? String(level.data.timeInLevel.min) : '',
      level.data.timeInLevel?.max !== undefined ? String(level.data.timeInLevel.max) : '',
      range?.currency ?? '',
      range ? String(range.min) : '',
      range ? String(range.max) : '',
    ];
  });
  return [
    matrix,
    {
      name: 'Levels',
      rows: [
        [
          'Id',
          'Code',
          'Title',
          'Track',
          'Rank',
          'Summary',
          'Scope',
          'Equivalent',
          'Prerequisites',
          'Differentiators',
          'Time in level min',
          'Time in level max',
          'Currency',
          'Pay min',
          'Pay max',
        ],
        ...levelRows,
      ],
    },
    {
      name: 'Themes',
      rows: [
        ['Theme', 'Id', 'Group', 'Importance', 'Summary'],
        ...themes.map((theme) => [
          theme.data.title,
          theme.id,
          theme.data.group,
          theme.data.importance ?? '',
          theme.data.summary,
        ]),
      ],
    },
    {
      name: 'Examples',
      rows: [
        ['Level', 'Theme', 'Example', 'Situation', 'Action', 'Outcome'],
        ...levels.flatMap((level) =>
          themes.flatMap((theme) => {
            const cell = level.data.expectations[theme.id];
            if (cell === undefined || cell === 'not-assessed') return [];
            const name = codeIsUnique(level.data.code) ? level.data.code : level.id;
            return cell.examples.map((example) =>
              typeof example === 'string'
                ? [name, theme.data.title, example, '', '', '']
                : [name, theme.data.title, '', example.situation, example.action, example.outcome ?? ''],
            );
          }),
        ),
      ],
    },
    {
      name: 'Tracks',
      rows: [
        ['Track', 'Id', 'Kind', 'Summary'],
        ...tracks.map((track) => [track.data.title, track.id, track.data.kind, track.data.summary]),
      ],
    },
  ];
}
