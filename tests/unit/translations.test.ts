import { utimesSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLadder } from '../../src/content/check.ts';
import { formatProblem, sortProblems } from '../../src/content/problems.ts';
import { laddersFromSource } from '../../src/ladder/from-source.ts';
import { validLadder, writeLadder } from '../support/ladder-files.ts';

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
      utimesSync(join(dir, 'themes/empathy.fr.md'), new Date('2026-01-01'), new Date('2026-01-01'));
      utimesSync(join(dir, 'themes/empathy.md'), new Date('2026-03-01'), new Date('2026-03-01'));
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
