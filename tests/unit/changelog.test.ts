import { describe, expect, it } from 'vitest';
import { formatDay, localiseChangelog, versionAnchor } from '../../src/ladder/changelog.ts';
import { ladderToJson } from '../../src/ladder/export.ts';
import { changelogAtom } from '../../src/ladder/feed.ts';
import { pageRoutes } from '../../src/ladder/routes.ts';
import { checkWith, ladderFrom } from '../support/ladder-files.ts';

const changelog = `- version: "1.0"
  date: 2025-03-24
  appliesFrom: 2025-07
  title: The first public ladder
  changes:
    - Published two levels.
  why: Candidates asked what a level means.
- version: "1.1"
  date: 2025-09-22
  appliesFrom: 2026-01
  title: Empathy becomes a theme
  changes:
    - Added the Empathy theme.
  why: Product managers who listen were not credited.
`;

const bilingual = {
  'settings.yaml': `organisation:
  name: Acme
title: Product ladder
description: How product managers grow at Acme.
url: https://careers.acme.example/
locales:
  - code: en
    label: English
  - code: fr
    label: Français
`,
  'changelog.yaml': changelog,
};

const words = {
  title: 'What changed',
  version: (version: string) => `Version ${version}`,
  why: 'Why',
  appliesFrom: (month: string) => `From ${month}.`,
};

describe('the changelog', () => {
  it('lists versions newest first, whatever the file order, and dates the ladder with the newest', () => {
    const ladder = ladderFrom({ 'changelog.yaml': changelog });
    expect(ladder.changelog.map((entry) => entry.version)).toEqual(['1.1', '1.0']);
    expect(ladderToJson(ladder)).toMatchObject({ version: '1.1', versionDate: '2025-09-22' });
  });

  it('adds a "What changed" page only to ladders that keep a changelog', () => {
    const kinds = (files: Record<string, string>) => pageRoutes(ladderFrom(files)).map((route) => route.kind);
    expect(kinds({ 'changelog.yaml': changelog })).toContain('changes');
    expect(kinds({})).not.toContain('changes');
    expect(ladderToJson(ladderFrom({})).version).toBeNull();
  });

  it('shows a translation’s words over the source, and falls back to the source without one', () => {
    const french = ladderFrom(
      {
        ...bilingual,
        'changelog.fr.yaml': `- version: "1.1"
  title: L’empathie devient un thème
  changes:
    - Ajout du thème Empathie.
  why: Les product managers à l’écoute n’étaient pas reconnus.
`,
      },
      'fr',
    );
    const [newest, oldest] = french.changelog;
    expect(newest).toMatchObject({
      version: '1.1',
      date: '2025-09-22',
      title: 'L’empathie devient un thème',
    });
    expect(newest.fallback).toBe(false);
    expect(oldest).toMatchObject({ title: 'The first public ladder', fallback: true });
  });

  it('reports a translation of a version the source does not list, with its line and a suggestion', () => {
    const result = checkWith({
      ...bilingual,
      'changelog.fr.yaml': `- version: "1.11"
  title: Inconnue
  changes: [Rien.]
  why: Aucune.
`,
    });
    // The other files of the small ladder have no French translation: only the changelog matters here.
    expect(result.lines.filter((line) => line.includes('changelog'))).toEqual([
      'content/changelog.fr.yaml:1: 0.version: version `1.11` is not in content/changelog.yaml. Did you mean `1.1`? A translation only translates the words of an entry listed there.',
    ]);
  });

  it('gives each version an anchor made of safe characters', () => {
    expect(versionAnchor('3.0')).toBe('v3-0');
    expect(versionAnchor('2026 — Été')).toBe('v2026-ete');
  });

  it('writes dates in the words of each language', () => {
    expect(formatDay('2026-03-02', 'fr')).toBe('2 mars 2026');
    expect(formatDay('2026-03-02', 'en')).toMatch(/March 2, 2026|2 March 2026/);
  });

  it('publishes an Atom feed dated by the entries, never by the build, with escaped text', () => {
    const ladder = ladderFrom({
      'changelog.yaml': changelog.replace('Published two levels.', 'P1 & P2 <b>'),
    });
    const feed = changelogAtom(ladder, words) ?? '';
    expect(feed).toContain('<updated>2025-09-22T00:00:00Z</updated>');
    expect(feed).toContain('<id>https://careers.acme.example/changes/#v1-0</id>');
    expect(feed).toContain('P1 &amp;amp; P2 &amp;lt;b&amp;gt;');
    expect(feed).toBe(changelogAtom(ladder, words));
    expect(changelogAtom(ladderFrom({}), words)).toBeUndefined();
  });

  it('keeps entries of the same day in file order', () => {
    const sameDay = localiseChangelog(
      {
        entries: [
          { version: 'a', date: '2025-01-01', appliesFrom: '2025-07', title: 'A', changes: ['x'], why: 'y' },
          { version: 'b', date: '2025-01-01', appliesFrom: '2025-07', title: 'B', changes: ['x'], why: 'y' },
        ],
        translations: {},
      },
      'en',
      true,
    );
    expect(sameDay.map((entry) => entry.version)).toEqual(['a', 'b']);
  });
});
