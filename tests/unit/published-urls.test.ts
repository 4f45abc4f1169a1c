import { spawnSync } from 'node:child_process';
import { readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLadder } from '../../src/content/check.ts';
import {
  parsePublishedUrls,
  parseRecordArgs,
  planRecord,
  publishedUrlsText,
  type RecordedUrl,
  type RecordOptions,
  servedPaths,
  type UrlContext,
  urlContext,
} from '../../src/content/published.ts';
import { projectRoot } from '../support/build-site.ts';
import { checkWith, edit, validLadder, writeLadder } from '../support/ladder-files.ts';

type Overrides = Parameters<typeof writeLadder>[0];

const file = 'content/published-urls.txt';
const noOptions: RecordOptions = { forget: [], forgetLocales: [], rebase: false };

/** The small ladder served in English at `/` and in French at `/fr/`. */
const bilingual = edit(
  'settings.yaml',
  'url: https://careers.acme.example/\n',
  'url: https://careers.acme.example/\nlocales:\n  - code: en\n    label: English\n  - code: fr\n    label: Français\n',
);

/** The small ladder moved to a sub-folder of its host. */
const inCareers = (settings = validLadder['settings.yaml']) =>
  settings.replace('url: https://careers.acme.example/', 'url: https://careers.acme.example/careers/');

/** `pm` renamed to `product-manager`, with no alias. */
const pmRenamed = {
  'levels/product/pm.md': null,
  'levels/product/product-manager.md': validLadder['levels/product/pm.md'],
};

/** What the ladder serves, and knows of its ids, with these overrides. */
function ladderNow(overrides: Overrides = {}): { served: string[]; context: UrlContext } {
  const ladder = writeLadder(overrides);
  try {
    const { source, failed, problems } = checkLadder(ladder.root, ladder.contentDir);
    if (!source || failed) throw new Error(problems.map((p) => p.message).join('\n'));
    return { served: servedPaths(source), context: urlContext(source) };
  } finally {
    ladder.cleanup();
  }
}

/** The lines `npm run urls:record` would have written for the ladder with these overrides. */
function recordedFor(overrides: Overrides = {}): RecordedUrl[] {
  return parsePublishedUrls(publishedUrlsText(ladderNow(overrides).served));
}

/** Plans `npm run urls:record` for URLs recorded from one ladder, run on another. */
function plan(recorded: RecordedUrl[], overrides: Overrides, options: Partial<RecordOptions> = {}) {
  const { served, context } = ladderNow(overrides);
  return planRecord(file, recorded, served, context, { ...noOptions, ...options });
}

/** The report of `npm run check` on a ladder whose URLs were recorded before these overrides. */
function checkAfter(before: Overrides, after: Overrides): string[] {
  const recorded = recordedFor(before).map((url) => url.path);
  return checkWith({ ...after, 'published-urls.txt': publishedUrlsText(recorded) }).lines.filter(
    (line) => !line.includes(': warning: '),
  );
}

describe('npm run urls:record', () => {
  it('adds the URLs served now to those already recorded and keeps every recorded one', () => {
    const recorded = recordedFor().filter((url) => url.path !== '/product/senior-pm/');
    const result = plan(recorded, {});
    expect(result.outcome).toBe('write');
    if (result.outcome !== 'write') return;
    expect(result.added).toEqual(['/product/senior-pm/']);
    expect(result.kept).toHaveLength(recorded.length);
    expect(result.paths).toEqual(ladderNow().served);
  });

  it('refuses after a rename without alias, names the former id to alias and plans nothing to write', () => {
    const result = plan(recordedFor(), pmRenamed);
    expect(result.outcome).toBe('refuse');
    if (result.outcome !== 'refuse') return;
    expect(result.problems.map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([
      'content/published-urls.txt:4: /compare/pm/senior-pm/ was published and would no longer exist. If you renamed the level, theme, track or guide it showed, add `aliases: [pm]` to the renamed file; if you removed it on purpose, delete this line.',
      'content/published-urls.txt:9: /product/pm/ was published and would no longer exist. If you renamed the level, theme, track or guide it showed, add `aliases: [pm]` to the renamed file; if you removed it on purpose, delete this line.',
      'content/published-urls.txt:10: /product/pm/assess/ was published and would no longer exist. If you renamed the level, theme, track or guide it showed, add `aliases: [pm]` to the renamed file; if you removed it on purpose, delete this line.',
    ]);
  });

  it('records a rename once its former id is an alias, keeping the old URLs and adding the new', () => {
    const aliased = validLadder['levels/product/pm.md'].replace('code: P1', 'code: P1\naliases: [pm]');
    const result = plan(recordedFor(), { ...pmRenamed, 'levels/product/product-manager.md': aliased });
    expect(result.outcome).toBe('write');
    if (result.outcome !== 'write') return;
    expect(result.kept).toContain('/product/pm/');
    expect(result.added).toEqual([
      '/compare/product-manager/senior-pm/',
      '/product/product-manager/',
      '/product/product-manager/assess/',
    ]);
  });

  it('forgets only the URLs named with --forget and says what their readers get instead', () => {
    const recorded = recordedFor();
    const result = plan(
      recorded,
      { 'levels/product/pm.md': null },
      {
        forget: ['/product/pm/', '/product/pm/assess/', '/compare/pm/senior-pm/'],
      },
    );
    expect(result.outcome).toBe('write');
    if (result.outcome !== 'write') return;
    expect(result.forgotten.map(({ path, instead }) => `${path}: ${instead}`)).toEqual([
      "/product/pm/: the site's 404 page; the nearest page still served is /product/",
      "/product/pm/assess/: the site's 404 page; the nearest page still served is /product/",
      "/compare/pm/senior-pm/: the site's 404 page; the nearest page still served is /product/senior-pm/",
    ]);
    const before = recorded.map((url) => url.path);
    expect(result.paths).toEqual(
      before.filter((path) => !path.startsWith('/product/pm/') && !path.startsWith('/compare/')),
    );
    expect(result.added).toEqual([]);
  });

  it('names only the 404 page when no page obviously takes the place of a forgotten one', () => {
    const result = plan(recordedFor(), { 'guides/faq.md': null }, { forget: ['/guides/faq/'] });
    expect(result.outcome === 'write' && result.forgotten[0].instead).toBe("the site's 404 page");
  });

  it('rejects a --forget of a URL that is not recorded, or that the site still serves', () => {
    const result = plan(recordedFor(), {}, { forget: ['/product/pm', '/nowhere/', '/product/'] });
    expect(result).toEqual({
      outcome: 'invalid',
      errors: [
        '--forget /product/pm: this URL is not recorded in content/published-urls.txt, so there is nothing to forget. Did you mean /product/pm/?',
        '--forget /nowhere/: this URL is not recorded in content/published-urls.txt, so there is nothing to forget.',
        '--forget /product/: the site still serves this URL, so it would be recorded again; remove or rename its page first.',
      ],
    });
  });

  it('reads repeated and grouped --forget paths, full URLs included, and rejects unknown options', () => {
    expect(
      parseRecordArgs(['--forget', '/a/', '/b/', '--forget=/c/', '--forget', 'https://x.example/careers/d/']),
    ).toEqual({
      options: { forget: ['/a/', '/b/', '/c/', '/careers/d/'], forgetLocales: [], rebase: false },
      errors: [],
    });
    expect(parseRecordArgs(['--', '--rebase', '--forget-locale', 'fr']).options).toEqual({
      forget: [],
      forgetLocales: ['fr'],
      rebase: true,
    });
    expect(parseRecordArgs(['--forgot', '/a/', '--forget']).errors).toEqual([
      'Unknown option --forgot. Usage: npm run urls:record [-- --forget /path/ [/path/ ...]] [--forget-locale <code>] [--rebase]',
      'Unexpected argument /a/: to forget a URL, write --forget /a/. Usage: npm run urls:record [-- --forget /path/ [/path/ ...]] [--forget-locale <code>] [--rebase]',
      '--forget needs a path.',
    ]);
    expect(parseRecordArgs(['--forget', 'product/pm/']).errors).toEqual([
      '--forget product/pm/: write the path as recorded, starting with /.',
    ]);
  });

  it('moves the recorded URLs under the new sub-folder with --rebase, then adds nothing new', () => {
    const recorded = recordedFor();
    const settings = { 'settings.yaml': inCareers() };
    expect(plan(recorded, settings).outcome).toBe('refuse');
    const result = plan(recorded, settings, { rebase: true });
    expect(result.outcome).toBe('write');
    if (result.outcome !== 'write') return;
    expect(result.rebased).toEqual({ from: '/', to: '/careers/', count: recorded.length });
    expect(result.paths).toEqual(recorded.map((url) => `/careers${url.path}`));
    expect(result.added).toEqual([]);
    expect(plan(recordedFor(settings), settings, { rebase: true })).toEqual({
      outcome: 'invalid',
      errors: [
        '--rebase: the recorded URLs are already under /careers/, the base of `url` in content/settings.yaml; there is nothing to rebase.',
      ],
    });
  });

  it('forgets every URL of a dropped locale with --forget-locale, and no other', () => {
    const recorded = recordedFor(bilingual);
    const result = plan(recorded, {}, { forgetLocales: ['fr'] });
    expect(result.outcome).toBe('write');
    if (result.outcome !== 'write') return;
    expect(result.forgottenLocales.map((l) => [l.prefix, l.urls.length, l.instead])).toEqual([
      ['/fr/', 13, "the site's 404 page; the same pages in the default language (en) are under /"],
    ]);
    expect(result.paths).toEqual(recorded.map((url) => url.path).filter((path) => !path.startsWith('/fr/')));
    expect(plan(recorded, bilingual, { forgetLocales: ['fr'] }).outcome).toBe('invalid');
  });

  it('as a command, refuses with exit code 1 and leaves the file as it was, then forgets on request', () => {
    const ladder = writeLadder();
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [join(projectRoot, 'scripts/record-urls.ts'), ...args], {
        cwd: ladder.root,
        encoding: 'utf8',
      });
    const published = join(ladder.contentDir, 'published-urls.txt');
    try {
      const first = run();
      expect(first.status, first.stdout + first.stderr).toBe(0);
      expect(first.stdout).toContain(
        'Recorded 13 URLs in content/published-urls.txt: 13 added, 0 kept, 0 forgotten.',
      );
      const text = readFileSync(published, 'utf8');

      renameSync(join(ladder.contentDir, 'levels/product/pm.md'), join(ladder.root, 'pm.md'));
      const refused = run();
      expect(refused.status).toBe(1);
      expect(refused.stdout).toContain('/product/pm/ was published and would no longer exist.');
      expect(refused.stdout).toContain('add `aliases: [pm]`');
      expect(refused.stdout).toContain('Nothing was written to content/published-urls.txt');
      expect(readFileSync(published, 'utf8')).toBe(text);

      const unknown = run('--forget', '/product/pm/', '--everything');
      expect(unknown.status).toBe(1);
      expect(unknown.stdout).toContain('Unknown option --everything.');
      expect(readFileSync(published, 'utf8')).toBe(text);

      const forgot = run('--forget', '/product/pm/', '/product/pm/assess/', '/compare/pm/senior-pm/');
      expect(forgot.status, forgot.stdout + forgot.stderr).toBe(0);
      expect(forgot.stdout).toContain(
        "Forgot /product/pm/: readers will get the site's 404 page; the nearest page still served is /product/.",
      );
      expect(forgot.stdout).toContain(
        'Recorded 10 URLs in content/published-urls.txt: 0 added, 10 kept, 3 forgotten.',
      );
      expect(readFileSync(published, 'utf8')).toBe(
        text
          .replace('/compare/pm/senior-pm/\n', '')
          .replace('/product/pm/\n', '')
          .replace('/product/pm/assess/\n', ''),
      );
    } finally {
      ladder.cleanup();
    }
  });
});

describe('npm run check on published URLs', () => {
  it('reports a move to a sub-folder once, pointing to the host redirect and --rebase', () => {
    const settings = { 'settings.yaml': inCareers(bilingual['settings.yaml']) };
    expect(checkAfter(bilingual, settings)).toEqual([
      'content/published-urls.txt:3: The site moved from / to /careers/ (`url` in content/settings.yaml), so the 26 recorded URLs would no longer exist. Have your host redirect / to /careers/ (see "Deploying" in README.md), then run `npm run urls:record -- --rebase` to record the same paths under /careers/.',
    ]);
  });

  it('reports a move back from a sub-folder once too', () => {
    const settings = { 'settings.yaml': inCareers() };
    expect(checkAfter(settings, {})).toEqual([
      'content/published-urls.txt:3: The site moved from /careers/ to / (`url` in content/settings.yaml), so the 13 recorded URLs would no longer exist. Have your host redirect /careers/ to / (see "Deploying" in README.md), then run `npm run urls:record -- --rebase` to record the same paths under /.',
    ]);
  });

  it('reports a dropped locale once, with its number of URLs and --forget-locale', () => {
    const lines = checkAfter(bilingual, {});
    expect(lines).toEqual([
      'content/published-urls.txt:5: `fr` is no longer in `locales` in content/settings.yaml: its 13 recorded URLs under /fr/ would no longer exist. Keep the locale, or forget them on purpose with `npm run urls:record -- --forget-locale fr`.',
    ]);
  });

  it('reports a locale that became the default once, since its folder is gone too', () => {
    const frenchFirst = {
      'settings.yaml': bilingual['settings.yaml'].replace(
        '  - code: en\n    label: English\n  - code: fr\n    label: Français\n',
        '  - code: fr\n    label: Français\n  - code: en\n    label: English\n',
      ),
    };
    expect(checkAfter(bilingual, frenchFirst)).toEqual([
      'content/published-urls.txt:5: `fr` is now the default language, served at /: its 13 recorded URLs under /fr/ would no longer exist. Put the former default language first again, or forget them on purpose with `npm run urls:record -- --forget-locale fr`.',
    ]);
  });

  it('gives each URL lost by a rename its own problem, naming the former id, not a locale code or folder', () => {
    const settings = { 'settings.yaml': inCareers(bilingual['settings.yaml']) };
    const lines = checkAfter(settings, { ...settings, ...pmRenamed });
    // The level page, its self-assessment and its comparison, in each of the two languages.
    expect(lines, lines.join('\n')).toHaveLength(6);
    for (const line of lines) expect(line).toContain('add `aliases: [pm]` to the renamed file');
    expect(lines).toContain(
      'content/published-urls.txt:11: /careers/fr/product/pm/ was published and would no longer exist. If you renamed the level, theme, track or guide it showed, add `aliases: [pm]` to the renamed file; if you removed it on purpose, delete this line.',
    );
  });

  it('names a renamed track, not the level under it, as the alias to add', () => {
    const renamed = {
      'tracks/product.yaml': null,
      'tracks/prod.yaml': validLadder['tracks/product.yaml'],
      ...edit('levels/product/pm.md', 'track: product', 'track: prod'),
      ...edit('levels/product/senior-pm.md', 'track: product', 'track: prod'),
    };
    const lines = checkAfter({}, renamed);
    expect(lines.map((line) => line.split(': ')[1].split(' ')[0])).toEqual([
      '/product/',
      '/product/matrix/',
      '/product/pm/',
      '/product/pm/assess/',
      '/product/senior-pm/',
      '/product/senior-pm/assess/',
    ]);
    for (const line of lines) expect(line).toContain('add `aliases: [product]`');
  });

  it('says no alias helps a level that moved to another track, nor the comparison it left', () => {
    const twoTracks = {
      'tracks/leadership.yaml': 'title: Leadership\nkind: management\nsummary: Managers.\n',
    };
    const moved = {
      ...twoTracks,
      ...edit('levels/product/senior-pm.md', 'track: product\nrank: 2', 'track: leadership\nrank: 1'),
    };
    const lines = checkAfter(twoTracks, moved);
    expect(lines).toEqual([
      'content/published-urls.txt:4: /compare/pm/senior-pm/ was published and would no longer exist: levels `pm` and `senior-pm` still exist but are no longer compared in this order (a track, rank or equivalent changed), and no alias can bring the page back. If that change is on purpose, delete this line.',
      'content/published-urls.txt:13: /product/senior-pm/ was published and would no longer exist: level `senior-pm` is now in track `leadership`, and no alias can keep a URL under a track the level left. Move it back, or if the move is on purpose, delete this line.',
      'content/published-urls.txt:14: /product/senior-pm/assess/ was published and would no longer exist: level `senior-pm` is now in track `leadership`, and no alias can keep a URL under a track the level left. Move it back, or if the move is on purpose, delete this line.',
    ]);
  });

  it('still passes when every recorded URL is served, redirects included', () => {
    expect(checkAfter({}, {})).toEqual([]);
  });
});
