import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { checkLadder } from '../../src/content/check.ts';
import { formatReport } from '../../src/content/problems.ts';
import { ladderAnswerProblems, newLadderFiles } from '../../src/scaffold/ladder.ts';
import { type NewFileRequest, newFile } from '../../src/scaffold/new-file.ts';
import { readSchemaDocs } from '../../src/scaffold/schema-docs.ts';
import { projectRoot } from '../support/build-site.ts';
import { validLadder, writeLadder } from '../support/ladder-files.ts';

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups) cleanup();
  cleanups = [];
});

/** A content folder holding exactly these files. */
function folderWith(files: Map<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'echelon-new-'));
  cleanups.push(() => rmSync(root, { recursive: true, force: true }));
  const contentDir = join(root, 'content');
  for (const [path, text] of files) {
    mkdirSync(dirname(join(contentDir, path)), { recursive: true });
    writeFileSync(join(contentDir, path), text);
  }
  return { root, contentDir };
}

describe('a new ladder', () => {
  it('passes the check in the company language, with a track per name', () => {
    const files = newLadderFiles({ name: 'Acme', locale: 'de', tracks: ['Engineering', 'Design'] });
    const { root, contentDir } = folderWith(files);
    const { problems, source } = checkLadder(root, contentDir);
    expect(problems, formatReport(problems)).toEqual([]);
    expect(source?.settings.locales).toEqual([{ code: 'de', label: 'Deutsch' }]);
    expect(source?.settings.organisation.name).toBe('Acme');
    expect(source?.tracks.map((track) => track.data.title).sort()).toEqual(['Design', 'Engineering']);
  });

  it('gives tracks without Latin letters an id and codes of their own', () => {
    const files = newLadderFiles({ name: 'شركة', locale: 'ar', tracks: ['الهندسة', 'التصميم'] });
    const { root, contentDir } = folderWith(files);
    const { problems } = checkLadder(root, contentDir);
    expect(problems, formatReport(problems)).toEqual([]);
    expect([...files.keys()]).toContain('levels/track-2/track-2-1.md');
  });

  it('names each missing flag, and a language code that is not one', () => {
    expect(ladderAnswerProblems({ name: 'Acme' })).toEqual([
      '--locale: give the language code, such as --locale de.',
      '--tracks: name at least one track, such as --tracks "Engineering,Design".',
    ]);
    expect(ladderAnswerProblems({ name: 'Acme', locale: 'German', tracks: 'A' })).toEqual([
      '--locale: "German" is not a language code, such as de, es or pt-BR.',
    ]);
  });

  it('is refused without a terminal when a flag is missing, changing nothing', () => {
    const { contentDir } = folderWith(new Map([['settings.yaml', 'kept: true\n']]));
    const run = spawnSync(process.execPath, ['scripts/new.ts', 'ladder', '--name', 'Acme'], {
      cwd: projectRoot,
      env: { ...process.env, ECHELON_CONTENT: contentDir },
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      'No terminal to ask in (as in CI): give every flag.\n--locale: give the language code',
    );
    expect(readFileSync(join(contentDir, 'settings.yaml'), 'utf8')).toBe('kept: true\n');
  });
});

/** Fills every empty field of a scaffold the way an author would, with text that fits the field. */
function fill(value: unknown, key = ''): unknown {
  if (value === null) {
    const by: Record<string, unknown> = {
      kind: 'individual-contributor',
      group: 'hard',
      code: 'P9',
      rank: 9,
    };
    return by[key] ?? `Filled in ${key || 'text'}.`;
  }
  if (Array.isArray(value)) return value.map((item) => fill(item, key));
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, fill(v, k)]));
  }
  return value;
}

/** The scaffold's text with its empty fields filled, through the YAML library. */
function filled(path: string, text: string): string {
  if (path.endsWith('.yaml')) return stringify(fill(parse(text)));
  const [, front, body] = text.split(/^---$/m);
  return `---\n${stringify(fill(parse(front)))}---\n${body}`;
}

const frenchToo = {
  'settings.yaml': `${validLadder['settings.yaml']}locales:\n  - code: en\n    label: English\n  - code: fr\n    label: Français\n`,
};

describe('a scaffolded file', () => {
  it('explains the fields inside lists, records and optional objects, with the schemas’ own words', () => {
    const docs = readSchemaDocs();
    // A list of objects, a record of objects, an optional object and a defaulted one.
    expect(docs.get('settingsSchema.locales.code')).toMatch(/^BCP 47 language code/);
    expect(docs.get('levelTranslationSchema.expectations.behaviours')).toMatch(
      /^What someone at this level does/,
    );
    expect(docs.get('levelSchema.timeInLevel.min')).toBe('Shortest typical stay, in months, such as `24`.');
    expect(docs.get('settingsSchema.licence.name')).toBe('Name of the licence, such as `CC BY 4.0`.');
    expect(docs.get('themeSchema.assessed.from')).toBe(
      'Lowest rank at which the theme is assessed, such as `2`.',
    );
  });

  it.each<[string, NewFileRequest, string]>([
    ['a level', { kind: 'level', name: 'lead-pm', track: 'product' }, 'levels/product/lead-pm.md'],
    ['a theme', { kind: 'theme', name: 'strategy' }, 'themes/strategy.md'],
    ['a track', { kind: 'track', name: 'design' }, 'tracks/design.yaml'],
    ['a guide', { kind: 'guide', name: 'pay' }, 'guides/pay.md'],
    [
      'a level translation',
      { kind: 'translation', name: 'levels/product/pm.md', locale: 'fr' },
      'levels/product/pm.fr.md',
    ],
    [
      'a settings translation',
      { kind: 'translation', name: 'settings.yaml', locale: 'fr' },
      'settings.fr.yaml',
    ],
  ])('for %s goes to its place, fails the check empty and passes it once filled', (_, request, place) => {
    const ladder = writeLadder(request.kind === 'translation' ? frenchToo : {});
    cleanups.push(ladder.cleanup);
    const result = newFile(projectRoot, ladder.contentDir, request);
    if ('error' in result) throw new Error(result.error);
    expect(result.path).toBe(place);
    const file = join(ladder.contentDir, result.path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, result.text);
    const empty = checkLadder(ladder.root, ladder.contentDir);
    expect(empty.failed).toBe(true);
    writeFileSync(file, filled(result.path, result.text));
    const { problems } = checkLadder(ladder.root, ladder.contentDir);
    expect(
      // A new theme or track also asks things of other files (levels to describe the theme, a
      // level for the track: a warning), and the check says so; the scaffold itself is valid.
      problems.filter((p) => p.file.endsWith(place) && p.severity === 'error'),
      formatReport(problems),
    ).toEqual([]);
  });

  it('comments every field of its kind with whether it is required, optional or its default', () => {
    const ladder = writeLadder();
    cleanups.push(ladder.cleanup);
    const result = newFile(projectRoot, ladder.contentDir, { kind: 'track', name: 'design' });
    if ('error' in result) throw new Error(result.error);
    expect(result.text).toContain(
      '# Required. `individual-contributor` for a craft path, `management` for a people-leadership path.\nkind:\n',
    );
    expect(result.text).toContain(
      '# Optional, default 0. Position on the home page; lower comes first. Ties are ordered by title.\n# order: 0\n',
    );
    for (const field of ['title', 'summary', 'cumulative', 'extends', 'showPay', 'aliases']) {
      expect(result.text).toMatch(new RegExp(`^(# )?${field}:`, 'm'));
    }
  });

  it('gives a new level an empty line for each theme of its track, and the next rank', () => {
    const ladder = writeLadder();
    cleanups.push(ladder.cleanup);
    const result = newFile(projectRoot, ladder.contentDir, {
      kind: 'level',
      name: 'lead-pm',
      track: 'product',
    });
    if ('error' in result) throw new Error(result.error);
    const data = parse(result.text.split(/^---$/m)[1]);
    expect(data.rank).toBe(3);
    expect(Object.keys(data.expectations)).toEqual(['discovery', 'empathy']);
  });

  it('refuses to replace a file that exists', () => {
    const ladder = writeLadder();
    cleanups.push(ladder.cleanup);
    expect(newFile(projectRoot, ladder.contentDir, { kind: 'guide', name: 'faq' })).toEqual({
      error:
        'guides/faq.md already exists in the content folder: nothing was written. Edit it, or pick another name.',
    });
  });
});
