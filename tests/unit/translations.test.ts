import { execFileSync } from 'node:child_process';
import { appendFileSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type CheckResult, checkLadder } from '../../src/content/check.ts';
import { formatProblem, sortProblems } from '../../src/content/problems.ts';
import { laddersFromSource } from '../../src/ladder/from-source.ts';
import { projectRoot } from '../support/build-site.ts';
import { checkWith, validLadder, writeLadder } from '../support/ladder-files.ts';

const bilingual = {
  'settings.yaml': `${validLadder['settings.yaml']}locales:\n  - code: en\n    label: English\n  - code: fr\n    label: Français\n`,
  'settings.fr.yaml':
    'title: Grille produit\ndescription: Comment les PM progressent chez Acme.\nthemeGroups:\n  hard:\n    title: Savoir-faire\n',
  'tracks/product.fr.yaml': 'title: Product management\nsummary: Les PM qui possèdent un problème.\n',
  'themes/discovery.fr.md':
    '---\ntitle: Discovery\nsummary: Trouver les problèmes qui valent la peine.\n---\n',
  'themes/empathy.fr.md': '---\ntitle: Empathie\nsummary: Comprendre les clients et les collègues.\n---\n',
  'levels/product/pm.fr.md': `---
title: Product manager
summary: Possède un problème pour une squad.
scope: Une squad et son backlog.
expectations:
  discovery:
    behaviours:
      - Interroge cinq clients par mois.
    examples:
      - situation: Le churn montait chez les boulangeries.
        action: En a appelé douze en une semaine.
        outcome: A trouvé le bug de l’export des factures derrière.
  empathy:
    behaviours:
      - Lit chaque ticket de support de son périmètre.
---
`,
  'levels/product/senior-pm.fr.md': `---
title: Product manager senior
summary: Possède un domaine produit.
scope: Deux squads.
expectations:
  discovery:
    behaviours:
      - Planifie la discovery de deux squads.
  empathy:
    behaviours:
      - Passe une journée par trimestre avec le support.
---
`,
  'guides/faq.fr.md': '---\ntitle: FAQ\ndescription: Les questions fréquentes.\n---\n',
};

function check(
  overrides: Record<string, string | null>,
  options: { strictTranslations?: boolean } = {},
  touch?: (dir: string) => void,
) {
  const ladder = writeLadder({ ...bilingual, ...overrides });
  try {
    touch?.(ladder.contentDir);
    const result = checkLadder(ladder.root, ladder.contentDir, options);
    return { ...result, lines: sortProblems(result.problems).map(formatProblem) };
  } finally {
    ladder.cleanup();
  }
}

/** Runs git in `dir` with the environment given, failing the test on an error. */
function git(dir: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  return execFileSync('git', ['-C', dir, ...args], { env: { ...process.env, ...env }, stdio: 'pipe' });
}

/** Makes `dir` a git repository with a local author, so commits work on any machine. */
function initRepository(dir: string) {
  git(dir, ['init', '--quiet']);
  git(dir, ['config', 'user.name', 'Echelon tests']);
  git(dir, ['config', 'user.email', 'tests@echelon.example']);
  git(dir, ['config', 'commit.gpgsign', 'false']);
}

/** Commits the files matching `pathspecs` (relative to `dir`) on the given day. */
function commit(dir: string, day: string, pathspecs: string[]) {
  git(dir, ['add', '--', ...pathspecs]);
  const date = `${day}T12:00:00Z`;
  git(dir, ['commit', '--quiet', '--no-verify', '-m', `Edit on ${day}`], {
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_DATE: date,
  });
}

/** Sets a file's modification time, to show that freshness never depends on it. */
function touch(file: string, day: string) {
  utimesSync(file, new Date(day), new Date(day));
}

describe('the translation report', () => {
  it('is silent when every entry has an up-to-date translation', () => {
    expect(check({}).lines).toEqual([]);
  });

  it('warns about an entry without a translation, naming the file to add', () => {
    const result = check({ 'levels/product/senior-pm.fr.md': null });
    expect(result.lines).toEqual([
      'content/levels/product/senior-pm.md:1: warning: no translation in Français (fr). Add senior-pm.fr.md beside it; until then its /fr/ page shows this text with a notice.',
    ]);
    expect(result.failed).toBe(false);
  });

  it('fails on a missing translation when translations are required', () => {
    expect(check({ 'guides/faq.fr.md': null }, { strictTranslations: true }).failed).toBe(true);
  });

  it('warns about a translation older than its source', () => {
    const result = check({}, {}, (dir) => {
      initRepository(dir);
      commit(dir, '2026-01-01', ['.', ':(exclude)themes/empathy.fr.md']);
      commit(dir, '2026-02-01', ['themes/empathy.fr.md']);
      appendFileSync(join(dir, 'themes/empathy.md'), 'Empathy starts with listening.\n');
      commit(dir, '2026-03-01', ['themes/empathy.md']);
    });
    expect(result.lines).toEqual([
      'content/themes/empathy.fr.md:1: warning: the Français translation is older than content/themes/empathy.md, which changed since. Update it to match, then commit both.',
    ]);
  });

  it('refuses a translation whose source does not exist', () => {
    expect(
      check({ 'guides/glossary.fr.md': '---\ntitle: Glossaire\ndescription: Les mots.\n---\n' }).lines,
    ).toEqual([
      'content/guides/glossary.fr.md:1: translates `glossary`, but there is no source file with that id in content/guides/. Rename it to match its source, or delete it.',
    ]);
  });

  it('refuses structure in a translation, which belongs to the source', () => {
    const withRank = bilingual['levels/product/pm.fr.md'].replace('scope:', 'rank: 2\nscope:');
    expect(check({ 'levels/product/pm.fr.md': withRank }).lines).toContain(
      'content/levels/product/pm.fr.md:4: rank: `rank` belongs in the source file pm.md, not in a translation, which holds only words. Remove it here.',
    );
  });
});

describe('requireTranslations in the settings', () => {
  const withoutFaq = { ...bilingual, 'guides/faq.fr.md': null };
  const missingFaq = (result: CheckResult) =>
    result.problems.filter(
      (p) => p.file === 'content/guides/faq.md' && p.message.startsWith('no translation'),
    );

  it('leaves a missing translation a warning when it is not set', () => {
    const result = checkWith(withoutFaq);
    expect(missingFaq(result).map((p) => p.severity)).toEqual(['warning']);
    expect(result.failed).toBe(false);
  });

  it('makes a missing translation an error that fails the check when it is true', () => {
    const result = checkWith({
      ...withoutFaq,
      'settings.yaml': `${bilingual['settings.yaml']}requireTranslations: true\n`,
    });
    expect(missingFaq(result).map((p) => p.severity)).toEqual(['error']);
    expect(result.failed).toBe(true);
  });
});

describe('a translated level', () => {
  /** The French product manager level with its discovery theme replaced. */
  const frenchPm = (discovery: string) =>
    bilingual['levels/product/pm.fr.md'].replace(
      / {2}discovery:\n[\s\S]*?(?= {2}empathy:)/,
      `  discovery:\n${discovery}`,
    );

  it('is refused when it has an extra behaviour and no examples, at the line of each first difference', () => {
    const result = check({
      'levels/product/pm.fr.md': frenchPm(
        '    behaviours:\n      - Interroge cinq clients par mois.\n      - Lit tous les verbatims.\n',
      ),
    });
    expect(result.lines).toEqual([
      'content/levels/product/pm.fr.md:6: expectations.discovery.examples: has no examples, its source content/levels/product/pm.md has 1 example. Translate each one of the source, in its order, and nothing more.',
      'content/levels/product/pm.fr.md:9: expectations.discovery.behaviours: has 2 behaviours, its source content/levels/product/pm.md has 1 behaviour. Translate each one of the source, in its order, and nothing more.',
    ]);
    expect(result.failed).toBe(true);
  });

  it('is compared example by example under behaviours that have their own, and fact by fact', () => {
    const result = check({
      'levels/product/pm.md': validLadder['levels/product/pm.md']
        .replace(
          'scope: A squad and its backlog.',
          'scope: A squad and its backlog.\nfacts:\n  - label: Team\n    value: One squad',
        )
        .replace(
          '      - Interviews five customers a month.',
          '      - text: Interviews five customers a month.\n        examples:\n          - Ten calls in March.\n          - A diary study.',
        ),
      'levels/product/pm.fr.md': frenchPm(
        '    behaviours:\n      - text: Interroge cinq clients par mois.\n        examples:\n          - Dix appels en mars.\n    examples:\n      - Le churn des boulangeries.\n',
      ).replace(
        'scope: Une squad et son backlog.',
        'scope: Une squad et son backlog.\nfacts:\n  - label: Équipe\n    value: Une squad\n  - label: Lieu\n    value: Paris',
      ),
    });
    expect(result.lines).toEqual([
      'content/levels/product/pm.fr.md:8: facts: has 2 facts, its source content/levels/product/pm.md has 1 fact. Translate each one of the source, in its order, and nothing more.',
      'content/levels/product/pm.fr.md:15: expectations.discovery.behaviours.0.examples: has 1 example, its source content/levels/product/pm.md has 2 examples. Translate each one of the source, in its order, and nothing more.',
    ]);
  });

  it('differs from its source as a warning only when the settings say `translationsMirror: warning`', () => {
    const result = check({
      'settings.yaml': `${bilingual['settings.yaml']}translationsMirror: warning\n`,
      'levels/product/pm.fr.md': frenchPm('    behaviours:\n      - Interroge cinq clients par mois.\n'),
    });
    expect(result.lines).toEqual([
      'content/levels/product/pm.fr.md:6: warning: expectations.discovery.examples: has no examples, its source content/levels/product/pm.md has 1 example. Translate each one of the source, in its order, and nothing more.',
    ]);
    expect(result.failed).toBe(false);
  });
});

describe('translation freshness', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  /**
   * Checks the bilingual ladder from the Echelon project itself (a git repository of its
   * own), as `ECHELON_CONTENT=<folder> npm run check` does, with translations required.
   * `prepare` gets the content folder and the ladder's temporary root to set up git history.
   * Returns the translations reported as older than their source, relative to the content.
   */
  function outdatedTranslations(prepare: (contentDir: string, root: string) => void) {
    const ladder = writeLadder({
      ...bilingual,
      'settings.yaml': `${bilingual['settings.yaml']}requireTranslations: true\n`,
    });
    try {
      prepare(ladder.contentDir, ladder.root);
      const result = checkLadder(projectRoot, ladder.contentDir);
      const outdated = result.problems
        .filter((p) => p.message.includes('translation is older than'))
        .map((p) => relative(ladder.contentDir, resolve(projectRoot, p.file)));
      return { outdated, failed: result.failed };
    } finally {
      ladder.cleanup();
    }
  }

  it('reads the history of content kept in its own repository, and the newest commit of a source wins', () => {
    const result = outdatedTranslations((content) => {
      initRepository(content);
      // The empathy theme: source, translation, source again. Only the source's newest commit
      // shows that the translation is behind.
      commit(content, '2026-01-01', ['.', ':(exclude)themes/empathy.fr.md']);
      commit(content, '2026-02-01', ['themes/empathy.fr.md']);
      appendFileSync(join(content, 'themes/empathy.md'), 'Empathy starts with listening.\n');
      commit(content, '2026-03-01', ['themes/empathy.md']);
      // File dates that say the opposite, as a fresh clone may give: they must not count.
      touch(join(content, 'themes/empathy.md'), '2025-01-01');
      touch(join(content, 'themes/empathy.fr.md'), '2027-01-01');
    });
    expect(result.outdated).toEqual(['themes/empathy.fr.md']);
    expect(result.failed).toBe(true);
  });

  it('reads the history of a content folder inside another repository', () => {
    const result = outdatedTranslations((content, root) => {
      initRepository(root);
      commit(content, '2026-01-01', ['.', ':(exclude)*.fr.md']);
      // The FAQ's translation came after every change to its source: up to date.
      appendFileSync(join(content, 'guides/faq.md'), 'It changes every year.\n');
      commit(content, '2026-02-01', ['guides/faq.md']);
      commit(content, '2026-03-01', ['*.fr.md', 'settings.fr.yaml']);
      // The senior PM level changed after its translation: outdated.
      appendFileSync(join(content, 'levels/product/senior-pm.md'), 'Mentors other PMs.\n');
      commit(content, '2026-04-01', ['levels/product/senior-pm.md']);
      touch(join(content, 'guides/faq.md'), '2027-01-01');
    });
    expect(result.outdated).toEqual(['levels/product/senior-pm.fr.md']);
  });

  it('counts an uncommitted change to a source as newer than its committed translation', () => {
    const result = outdatedTranslations((content) => {
      initRepository(content);
      commit(content, '2026-01-01', ['.']);
      appendFileSync(join(content, 'themes/discovery.md'), 'Discovery never stops.\n');
      // A translation being updated, not yet committed, is not reported.
      appendFileSync(join(content, 'guides/faq.fr.md'), 'Mise à jour.\n');
    });
    expect(result.outdated).toEqual(['themes/discovery.fr.md']);
  });

  it('does not count a newer source commit that changed only structure: rank, code, aliases, a setting', () => {
    const result = outdatedTranslations((content) => {
      initRepository(content);
      commit(content, '2026-01-01', ['.']);
      const edit = (path: string, from: string, to: string) => {
        const file = join(content, path);
        writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));
      };
      edit('levels/product/senior-pm.md', 'code: P2', 'code: P2\naliases:\n  - senior-product-manager');
      edit('levels/product/pm.md', 'rank: 1', 'rank: 1\n# ranks start at one');
      edit('settings.yaml', 'requireTranslations: true', 'requireTranslations: true\nreviewCycleMonths: 12');
      edit('themes/empathy.md', 'importance: important', 'importance: essential');
      commit(content, '2026-03-01', ['.']);
      // Structure changed again, not yet committed.
      edit(
        'tracks/product.yaml',
        'kind: individual-contributor',
        'kind: individual-contributor\ncumulative: true',
      );
    });
    expect(result).toEqual({ outdated: [], failed: false });
  });

  it('counts a newer source commit that changed the words of a field, and only for that file', () => {
    const result = outdatedTranslations((content) => {
      initRepository(content);
      commit(content, '2026-01-01', ['.']);
      const file = join(content, 'levels/product/pm.md');
      writeFileSync(
        file,
        readFileSync(file, 'utf8')
          .replace('rank: 1', 'rank: 1\naliases:\n  - junior-pm')
          .replace('Interviews five customers a month.', 'Interviews ten customers a month.'),
      );
      commit(content, '2026-03-01', ['levels/product/pm.md']);
      const settings = join(content, 'settings.yaml');
      writeFileSync(
        settings,
        readFileSync(settings, 'utf8').replace('Product ladder', 'Product career ladder'),
      );
    });
    expect(result.outdated.sort()).toEqual(['levels/product/pm.fr.md', 'settings.fr.yaml']);
  });

  it('is not checked for content outside any git repository, whatever the file dates', () => {
    const result = outdatedTranslations((content, root) => {
      // Git must not find a repository above the temporary folder, whatever the machine.
      vi.stubEnv('GIT_CEILING_DIRECTORIES', dirname(root));
      touch(join(content, 'themes/empathy.fr.md'), '2020-01-01');
      touch(join(content, 'themes/empathy.md'), '2026-03-01');
      touch(join(content, 'settings.fr.yaml'), '2020-01-01');
    });
    expect(result).toEqual({ outdated: [], failed: false });
  });
});

describe('a ladder in another language', () => {
  function ladderIn(locale: string, overrides: Record<string, string | null> = {}) {
    const files = writeLadder({ ...bilingual, ...overrides });
    try {
      const { source } = checkLadder(files.root, files.contentDir);
      if (!source) throw new Error('no source');
      const ladder = laddersFromSource(source).find((l) => l.locale === locale);
      if (!ladder) throw new Error(`no ladder in ${locale}`);
      return ladder;
    } finally {
      files.cleanup();
    }
  }

  it('takes the words from the translation and the structure from the source', () => {
    const ladder = ladderIn('fr');
    const senior = ladder.levels.find((l) => l.id === 'senior-pm');
    expect(ladder.locale).toBe('fr');
    expect(ladder.settings.title).toBe('Grille produit');
    expect(ladder.groups[0].title).toBe('Savoir-faire');
    expect(senior?.data.title).toBe('Product manager senior');
    expect(senior?.data.rank).toBe(2);
    expect(senior?.data.code).toBe('P2');
    expect(senior?.fallback).toBe(false);
  });

  it('falls back to the default language for an entry without a translation, and says so', () => {
    const ladder = ladderIn('fr', { 'levels/product/senior-pm.fr.md': null });
    const senior = ladder.levels.find((l) => l.id === 'senior-pm');
    expect(senior?.data.title).toBe('Senior product manager');
    expect(senior?.fallback).toBe(true);
    expect(ladder.levels.find((l) => l.id === 'pm')?.fallback).toBe(false);
  });

  it('never marks the default language as a fallback', () => {
    expect(ladderIn('en').levels.every((l) => !l.fallback)).toBe(true);
  });
});
