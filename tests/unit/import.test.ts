import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkLadder } from '../../src/content/check.ts';
import { loadLadderSource } from '../../src/content/load.ts';
import { ladderToSheets } from '../../src/import/from-ladder.ts';
import { mapWorkbook, parseAmount, parseCell } from '../../src/import/map.ts';
import { hashText, manifestFile, planWrites } from '../../src/import/plan.ts';
import { readWorkbook, readXlsxWorkbook, sheetFromCsv } from '../../src/import/read.ts';
import { importSpreadsheet } from '../../src/import/run.ts';
import { cellRef } from '../../src/import/table.ts';
import { sheetsToXlsx } from '../../src/import/write-xlsx.ts';
import { projectRoot } from '../support/build-site.ts';
import { validLadder, writeLadder } from '../support/ladder-files.ts';

const matrixCsv = `Theme,Junior,Senior,Staff
Craft,"- Writes clear code
- Reviews a colleague's change","• Designs a service
• Reviews designs",Sets the technical direction
Collaboration,Asks for help early,,Not assessed
,,Orphan behaviour,
`;

const workbook = (csv = matrixCsv, more: { name: string; csv: string }[] = []) => ({
  file: 'engineering-ladder.csv',
  sheets: [sheetFromCsv('Matrix', csv), ...more.map((sheet) => sheetFromCsv(sheet.name, sheet.csv))],
});

describe('cell references', () => {
  it('are written the way spreadsheets write them, quoting sheet names with spaces', () => {
    expect(cellRef('Matrix', 6, 2)).toBe('Matrix!C7');
    expect(cellRef('Matrix', 0, 26)).toBe('Matrix!AA1');
    expect(cellRef('Career matrix', 1, 0)).toBe("'Career matrix'!A2");
  });
});

describe('a matrix cell', () => {
  it('holds one behaviour per line, with bullets and numbers removed', () => {
    expect(parseCell('- Writes code\n• Reviews code\n\n1. Ships\n2) Tests').behaviours).toEqual([
      'Writes code',
      'Reviews code',
      'Ships',
      'Tests',
    ]);
  });

  it('may list one-line examples after an "Examples:" line', () => {
    expect(parseCell('Writes code\nExamples:\n- The billing rewrite')).toEqual({
      behaviours: ['Writes code'],
      examples: ['The billing rewrite'],
      notAssessed: false,
    });
  });

  it('says a theme is not assessed with "Not assessed", "n/a" or a dash', () => {
    for (const text of ['Not assessed', 'n/a', '-', '—']) expect(parseCell(text).notAssessed).toBe(true);
  });
});

describe('amounts of pay', () => {
  it('are read as people write them', () => {
    expect(parseAmount('70000')).toBe(70000);
    expect(parseAmount('70,000')).toBe(70000);
    expect(parseAmount('70 000 €')).toBe(70000);
    expect(parseAmount('70k')).toBe(70000);
    expect(parseAmount('about seventy')).toBeUndefined();
  });
});

describe('mapping a matrix without other sheets', () => {
  const { files, notes } = mapWorkbook(workbook(), { defaultTrack: 'Engineering ladder' });

  it('makes one track named after the file, a level per column ranked by position and a theme per row', () => {
    expect([...files.keys()].sort()).toEqual([
      'levels/engineering-ladder/junior.md',
      'levels/engineering-ladder/senior.md',
      'levels/engineering-ladder/staff.md',
      'themes/collaboration.md',
      'themes/craft.md',
      'tracks/engineering-ladder.yaml',
    ]);
    expect(files.get('levels/engineering-ladder/senior.md')).toContain('rank: 2\ncode: Senior\n');
    expect(files.get('levels/engineering-ladder/junior.md')).toContain(
      "behaviours:\n      - Writes clear code\n      - Reviews a colleague's change\n",
    );
  });

  it('writes an empty cell as not assessed, and says so with its cell', () => {
    expect(files.get('levels/engineering-ladder/senior.md')).toContain('collaboration: not-assessed');
    expect(notes).toContainEqual({
      ref: 'Matrix!C3',
      kind: 'filled',
      message: 'empty: senior does not assess collaboration (written as not-assessed).',
    });
  });

  it('reports behaviours it could not place, with their cell', () => {
    expect(notes).toContainEqual({
      ref: 'Matrix!A4',
      kind: 'skipped',
      message: 'row 4 has behaviours but no theme name; row skipped.',
    });
  });

  it('leaves the summaries it cannot know to write, and says which', () => {
    expect(files.get('themes/craft.md')).toContain('summary: "To write: what the Craft theme covers."');
    expect(notes).toContainEqual({
      ref: 'Matrix!A2',
      kind: 'filled',
      message: 'theme "Craft": summary left to write.',
    });
  });
});

describe('mapping a matrix with a Levels and a Themes sheet', () => {
  const levels = `Code,Title,Track,Rank,Currency,Pay min,Pay max,Office
E1,Engineer,Engineering,1,EUR,"50,000",60k,Lyon
E2,Senior engineer,Engineering,2,EUR,60000,75000,
M1,Engineering manager,Management,2,,,,
`;
  const themes = `Theme,Group,Importance,Summary
Craft,Hard skills,essential,Building software that lasts.
Collaboration,people,vital,Working with others.
`;
  const matrix = `Theme,E1,E2,M1,E9
Craft,Writes code,Designs services,Reviews designs,
Collaboration,Asks for help,Helps others,Runs the team,
`;
  const { files, notes } = mapWorkbook(
    workbook(matrix, [
      { name: 'Levels', csv: levels },
      { name: 'Themes', csv: themes },
    ]),
    { defaultTrack: 'Ladder' },
  );

  it('matches columns to levels by code, and puts each level in its track with its pay', () => {
    expect(files.get('levels/engineering/engineer.md')).toContain(
      'track: engineering\nrank: 1\ncode: E1\npay:\n  currency: EUR\n  min: 50000\n  max: 60000\n',
    );
    expect(files.get('levels/management/engineering-manager.md')).toContain(
      'track: management\nrank: 2\ncode: M1\n',
    );
    expect(files.get('tracks/management.yaml')).toContain(
      'title: Management\nkind: individual-contributor\n',
    );
  });

  it('reads groups by title and reports a group or importance it does not know', () => {
    expect(files.get('themes/craft.md')).toContain('group: hard\nimportance: essential\norder: 1\n');
    expect(notes).toContainEqual(
      expect.objectContaining({
        ref: 'Themes!B3',
        message: expect.stringContaining('group "people" is none'),
      }),
    );
    expect(notes).toContainEqual(
      expect.objectContaining({ ref: 'Themes!C3', message: expect.stringContaining('importance "vital"') }),
    );
  });

  it('reports a column heading that names no level, and a column it does not read', () => {
    expect(notes).toContainEqual(
      expect.objectContaining({
        ref: 'Matrix!E1',
        kind: 'skipped',
        message: expect.stringContaining('"E9"'),
      }),
    );
    expect(notes).toContainEqual(
      expect.objectContaining({
        ref: 'Levels!H1',
        kind: 'skipped',
        message: expect.stringContaining('"Office"'),
      }),
    );
  });
});

describe('planning the writes', () => {
  const wanted = new Map([
    ['new.md', 'new'],
    ['same.md', 'same'],
    ['imported.md', 'changed by the spreadsheet'],
    ['edited.md', 'from the spreadsheet'],
  ]);
  const disk: Record<string, string> = {
    'same.md': 'same',
    'imported.md': 'as imported',
    'edited.md': 'edited',
  };
  const previous = {
    files: { 'imported.md': hashText('as imported'), 'edited.md': hashText('as imported') },
  };

  it('writes new files, updates untouched ones, and keeps the ones an author edited', () => {
    const plan = planWrites(wanted, (path) => disk[path], previous);
    expect(Object.fromEntries(plan.writes.map((write) => [write.path, write.action]))).toEqual({
      'new.md': 'create',
      'same.md': 'unchanged',
      'imported.md': 'update',
      'edited.md': 'keep-edited',
    });
    expect(plan.manifest.files['edited.md']).toBeUndefined();
  });

  it('overwrites an edited file only with --force', () => {
    const plan = planWrites(wanted, (path) => disk[path], previous, { force: true });
    expect(plan.writes.find((write) => write.path === 'edited.md')?.action).toBe('overwrite');
  });

  it('never overwrites a file it did not write, such as the sample ladder', () => {
    const plan = planWrites(new Map([['themes/discovery.md', 'x']]), () => 'the sample', { files: {} });
    expect(plan.writes[0]).toMatchObject({ action: 'keep-edited', byHand: true });
  });
});

describe('importing a CSV spreadsheet into a content folder', () => {
  let cleanup = () => {};
  afterEach(() => cleanup());

  function setUp() {
    const ladder = writeLadder(
      Object.fromEntries(
        Object.keys(validLadder)
          .filter((path) => !/settings|guides/.test(path))
          .map((p) => [p, null]),
      ),
    );
    cleanup = ladder.cleanup;
    const file = join(mkdtempSync(join(tmpdir(), 'echelon-sheet-')), 'engineering.csv');
    writeFileSync(
      file,
      `Theme,E1,E2\nCraft,Writes code,Designs services\nCollaboration,Asks for help,Helps others\n`,
    );
    const previousCleanup = cleanup;
    cleanup = () => {
      previousCleanup();
      rmSync(join(file, '..'), { recursive: true, force: true });
    };
    return { ...ladder, file };
  }

  it('writes a ladder that passes the check, and a second run changes nothing', async () => {
    const { root, contentDir, file } = setUp();
    await importSpreadsheet(root, file, contentDir);
    expect(checkLadder(root, contentDir).problems).toEqual([]);
    const manifest = readFileSync(join(contentDir, manifestFile), 'utf8');
    const again = await importSpreadsheet(root, file, contentDir);
    expect(again.plan.writes.every((write) => write.action === 'unchanged')).toBe(true);
    expect(readFileSync(join(contentDir, manifestFile), 'utf8')).toBe(manifest);
    expect(again.report).toContain('Changed 0 files (0 new, 0 updated), 5 unchanged, 0 kept as edited.');
  });

  it('writes nothing on a dry run, and says what it would write', async () => {
    const { root, contentDir, file } = setUp();
    const { report } = await importSpreadsheet(root, file, contentDir, { dryRun: true });
    expect(report).toContain('  create: levels/engineering/e1.md');
    expect(report).toContain('Dry run, nothing written: would change 5 files (5 new, 0 updated)');
    expect(() => readFileSync(join(contentDir, 'levels/engineering/e1.md'))).toThrow();
  });

  it('keeps a file an author edited, and overwrites it with --force', async () => {
    const { root, contentDir, file } = setUp();
    await importSpreadsheet(root, file, contentDir);
    const level = join(contentDir, 'levels/engineering/e1.md');
    const edited = readFileSync(level, 'utf8').replace('Writes code', 'Writes tested code');
    writeFileSync(level, edited);
    writeFileSync(
      file,
      `Theme,E1,E2\nCraft,Writes code daily,Designs services\nCollaboration,Asks for help,Helps others\n`,
    );
    const kept = await importSpreadsheet(root, file, contentDir);
    expect(kept.report).toContain(
      'kept (edited since the last import; --force overwrites it): levels/engineering/e1.md',
    );
    expect(readFileSync(level, 'utf8')).toBe(edited);
    await importSpreadsheet(root, file, contentDir, { force: true });
    expect(readFileSync(level, 'utf8')).toContain('Writes code daily');
  });
});

describe('the CSV example of the authoring guide', () => {
  it('imports as the guide says: two levels, and a theme not assessed at one of them', () => {
    const guide = readFileSync(join(import.meta.dirname, '../../docs/authoring.md'), 'utf8');
    const csv = guide.split('```csv\n')[1]?.split('```')[0] ?? '';
    const { files, notes } = mapWorkbook(workbook(csv), { defaultTrack: 'Engineering' });
    expect(notes.filter((note) => note.kind === 'skipped')).toEqual([]);
    expect(files.get('levels/engineering/e1.md')).toContain(
      '- Writes clear code\n      - Asks for reviews early\n',
    );
    expect(files.get('levels/engineering/e2.md')).toContain('collaboration: not-assessed');
  });
});

describe('npm run import', () => {
  let cleanup = () => {};
  afterEach(() => cleanup());

  const run = (args: string[], contentDir: string) =>
    spawnSync(process.execPath, ['scripts/import.ts', ...args], {
      cwd: projectRoot,
      env: { ...process.env, ECHELON_CONTENT: contentDir },
      encoding: 'utf8',
    });

  it('prints the mapping report, then the check, and exits 0 on a valid ladder', () => {
    const ladder = writeLadder({ 'levels/product/pm.md': null, 'levels/product/senior-pm.md': null });
    cleanup = ladder.cleanup;
    const file = join(ladder.root, 'product.csv');
    writeFileSync(
      file,
      'Theme,pm,senior-pm\nDiscovery,Interviews customers,Plans discovery\nEmpathy,Reads tickets,Visits support\n',
    );
    const result = run([file], ladder.contentDir);
    expect(result.stdout).toContain('Matrix!A2: theme "Discovery" → themes/discovery.md');
    expect(result.stdout).toContain(
      '  kept (not written by the import; --force overwrites it): themes/discovery.md\n',
    );
    expect(result.stdout).toContain('\nChecking the ladder (npm run check):\n');
    expect(result.status, result.stdout).toBe(0);
  });

  it('refuses an unknown option, naming it, and writes nothing', () => {
    const ladder = writeLadder();
    cleanup = ladder.cleanup;
    const result = run(['sheet.csv', '--forse'], ladder.contentDir);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe(
      'Unknown option --forse.\nUsage: npm run import -- FILE.xlsx|FILE.csv [--dry-run] [--force]\n',
    );
  });
});

describe('the sample spreadsheet in docs/', () => {
  it('shows the sample ladder as it is in content/ (regenerate it with node scripts/make-sample-spreadsheet.ts)', async () => {
    const { source } = loadLadderSource(projectRoot, join(projectRoot, 'content'));
    if (!source) throw new Error('the sample ladder could not be read');
    const file = join(projectRoot, 'docs', 'sample-ladder.xlsx');
    const { sheets } = await readXlsxWorkbook(file, readFileSync(file));
    expect(sheets).toEqual(ladderToSheets(source));
  });
});

describe('reading spreadsheet files', () => {
  it('keeps the sheets, their names and the line breaks inside cells of an .xlsx workbook', async () => {
    const sheets = [
      {
        name: 'Matrix',
        rows: [
          ['Theme', 'E1'],
          ['Craft', '• Writes code\n• Reviews code'],
        ],
      },
      {
        name: 'Career levels',
        rows: [
          ['Code', 'Rank'],
          ['E1', '1'],
        ],
      },
    ];
    const read = await readXlsxWorkbook('ladder.xlsx', await sheetsToXlsx(sheets));
    expect(read.sheets).toEqual(sheets);
  });

  it('refuses a format it does not read, and says how to save the file instead', async () => {
    await expect(readWorkbook('ladder.ods')).rejects.toThrow(
      'ladder.ods is not a spreadsheet the import reads: save it as .xlsx or .csv',
    );
  });
});

describe('levels with the same title in two tracks', () => {
  it('get ids of their own, and the report says which id changed', () => {
    const levels = 'Code,Title,Track\nE1,Senior,Engineering\nD1,Senior,Design\n';
    const { files, notes } = mapWorkbook(
      workbook('Theme,E1,D1\nCraft,Writes code,Draws screens\n', [{ name: 'Levels', csv: levels }]),
      { defaultTrack: 'Ladder' },
    );
    expect([...files.keys()].filter((path) => path.startsWith('levels/'))).toEqual([
      'levels/engineering/senior.md',
      'levels/design/senior-2.md',
    ]);
    expect(notes).toContainEqual({
      ref: 'Levels!A3',
      kind: 'filled',
      message: 'level "Senior": its id is taken or empty, written as senior-2.',
    });
  });
});

describe('the lists and months of a level', () => {
  it('are read from multi-line cells and whole numbers, and a bad number is reported with its cell', () => {
    const levels =
      'Code,Prerequisites,Differentiators,Time in level min,Time in level max\n' +
      'E1,"- Has shipped a feature\n- Has run an on-call week",Owns a service,12,24\n' +
      'E2,,,about a year,\n';
    const { files, notes } = mapWorkbook(
      workbook('Theme,E1,E2\nCraft,Writes code,Designs services\n', [{ name: 'Levels', csv: levels }]),
      { defaultTrack: 'Engineering' },
    );
    expect(files.get('levels/engineering/e1.md')).toContain(
      'prerequisites:\n  - Has shipped a feature\n  - Has run an on-call week\ndifferentiators:\n  - Owns a service\ntimeInLevel:\n  min: 12\n  max: 24\n',
    );
    expect(files.get('levels/engineering/e2.md')).not.toContain('timeInLevel');
    expect(notes).toContainEqual(expect.objectContaining({ ref: 'Levels!D3', kind: 'skipped' }));
  });
});

describe('the Examples sheet', () => {
  it("adds one-line and story examples to a level's theme, and reports a row it cannot place", () => {
    const examples =
      'Level,Theme,Example,Situation,Action,Outcome\n' +
      'E1,Craft,The billing rewrite,,,\n' +
      'E2,craft,,A slow checkout,Profiled it,Twice as fast\n' +
      'E3,Craft,Lost,,,\n';
    const { files, notes } = mapWorkbook(
      workbook('Theme,E1,E2\nCraft,Writes code,Designs services\n', [{ name: 'Examples', csv: examples }]),
      { defaultTrack: 'Engineering' },
    );
    expect(files.get('levels/engineering/e1.md')).toContain(
      '    behaviours:\n      - Writes code\n    examples:\n      - The billing rewrite\n',
    );
    expect(files.get('levels/engineering/e2.md')).toContain(
      '    examples:\n      - situation: A slow checkout\n        action: Profiled it\n        outcome: Twice as fast\n',
    );
    expect(notes).toContainEqual({
      ref: 'Examples!A4',
      kind: 'skipped',
      message: 'example not placed: level "E3" is no level of the ladder.',
    });
  });
});
