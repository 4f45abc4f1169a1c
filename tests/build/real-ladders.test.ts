// Three ladders transcribed from public ladders of real companies (see
// tests/fixtures/real-ladders/README.md), built as an author would build them. Together they
// use every part of the content model real ladders need: unassessed cells, a cumulative track,
// a shared framework, a company-wide scale, evidence shapes and level facts. The tests read
// what a reader would notice on the built pages and what tools read in `ladder.json`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkLadder } from '../../src/content/check.ts';
import { formatProblem } from '../../src/content/problems.ts';
import { type BuildResult, buildSite, projectRoot } from '../support/build-site.ts';
import { htmlPages, pathOf, readPage } from '../support/dist.ts';

/**
 * Whether HTML that follows the text of a list item stays inside that item: the items nested
 * in it (its examples) may open and close, but no `</li>` closes more items than were opened.
 */
function staysInItem(html: string): boolean {
  let depth = 0;
  for (const tag of html.match(/<\/?li\b/g) ?? []) {
    depth += tag === '<li' ? 1 : -1;
    if (depth < 0) return false;
  }
  return true;
}

type LadderName = 'dropbox-engineering' | 'rent-the-runway-engineering' | 'gitlab-product';

const contentDirOf = (name: LadderName) => join(projectRoot, 'tests/fixtures/real-ladders', name, 'content');

/**
 * One build per ladder, shared by every test that reads it. The three builds start together
 * when the file starts: each takes a few seconds, and they write to folders of their own.
 */
const builds = new Map<LadderName, Promise<BuildResult>>();
const built = (name: LadderName) => {
  let build = builds.get(name);
  if (!build) {
    build = buildSite({ contentDir: contentDirOf(name) });
    builds.set(name, build);
  }
  return build;
};

beforeAll(() => {
  for (const name of ['dropbox-engineering', 'rent-the-runway-engineering', 'gitlab-product'] as const) {
    built(name);
  }
});

/** An example as `ladder.json` gives it. */
type ExampleJson = { text: string } | { situation: string; action: string; outcome?: string };

/** The parts of `ladder.json` these tests read. */
interface LadderJson {
  tracks: { id: string; cumulative: boolean; extends: string | null; levels: string[]; themes: string[] }[];
  levels: {
    id: string;
    track: string;
    rank: number;
    code: string;
    title: string;
    url: string;
    summary: string | null;
    scope: string | null;
    facts: { label: string; value: string }[];
    expectations: Record<
      string,
      {
        behaviours: string[];
        examples: ExampleJson[];
        behaviourExamples?: ExampleJson[][];
        inheritedFrom?: string;
      }
    >;
    notAssessed: string[];
  }[];
  themes: { id: string; title: string; importance: string | null }[];
}

const readJson = (dist: string): LadderJson => JSON.parse(readFileSync(join(dist, 'ladder.json'), 'utf8'));

/** A page's HTML with the entities Astro escapes turned back into characters, to find sentences. */
const decoded = (html: string) =>
  html
    .replaceAll('&#39;', "'")
    .replaceAll('&#x27;', "'")
    .replaceAll('&quot;', '"')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');

/** Reads a built page, decoded. */
const page = (dist: string, path: string) => decoded(readPage(dist, path));

const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1;

/** The values of a page's `theme` search filter, as Pagefind reads them. */
const themeFilters = (html: string) =>
  [...html.matchAll(/<span data-pagefind-filter="theme">([^<]*)<\/span>/g)].map((match) => match[1]);

/** Ids of the themes whose sections a level page shows, in page order. */
const themeSections = (html: string) => [...html.matchAll(/data-theme="([^"]+)"/g)].map((match) => match[1]);

const notAssessedText = 'Not assessed at this level';

/**
 * Words some ladders write in a cell they leave empty. A cell that is not assessed says so in
 * a sentence instead; none of these must reach a page.
 */
const placeholders: [string, RegExp][] = [
  ['Not expected', /Not expected/i],
  ['TBD', /\bTBD\b/],
  ['N/A', /\bN\/A\b/i],
  ['a lone dash', />\s*[-–—]\s*</],
];

/** What each ladder's level pages must show: how many cells are not assessed, per page. */
const notAssessedCounts: Record<LadderName, Record<string, number>> = {
  'dropbox-engineering': {
    // Mentorship is written `not-assessed` at IC1; technical strategy is assessed from rank 4.
    '/software-engineer/ic1-software-engineer/': 2,
    '/software-engineer/ic2-software-engineer/': 1,
    '/software-engineer/ic3-software-engineer/': 1,
    '/software-engineer/ic4-software-engineer/': 0,
    '/software-engineer/ic5-software-engineer/': 0,
    // The extending tracks share the range of technical strategy with their base.
    '/reliability-engineer/ic2-reliability-engineer/': 1,
    '/reliability-engineer/ic3-reliability-engineer/': 1,
    '/reliability-engineer/ic4-reliability-engineer/': 0,
    '/security-engineer/ic2-security-engineer/': 1,
    '/security-engineer/ic3-security-engineer/': 1,
    '/security-engineer/ic4-security-engineer/': 0,
    // Managers are not assessed on the engineers' themes at all: they do not apply to them.
    '/engineering-manager/m3-engineering-manager/': 0,
    '/engineering-manager/m4-engineering-manager/': 0,
    '/engineering-manager/m5-senior-engineering-manager/': 0,
  },
  'rent-the-runway-engineering': {
    '/engineering/engineer-1/': 0,
    '/engineering/engineer-2/': 0,
    '/engineering/senior-engineer-1/': 0,
    '/engineering/senior-engineer-2/': 0,
  },
  'gitlab-product': {
    '/product-management/product-manager/': 0,
    '/product-management/senior-product-manager/': 0,
    '/product-management/principal-product-manager/': 0,
    '/product-leadership/group-manager-product/': 0,
    '/product-leadership/director-of-product/': 0,
    // Assesses no theme: the page has no expectations to mark, only its scope and facts.
    '/product-leadership/vp-of-product/': 0,
  },
};

describe.each(Object.keys(notAssessedCounts) as LadderName[])(
  'the %s ladder, transcribed from a real ladder',
  (name) => {
    let build: BuildResult;
    beforeAll(async () => {
      build = await built(name);
    });

    it('builds without errors', () => {
      expect(build.code, build.output).toBe(0);
    });

    it('passes `npm run check` with no error', () => {
      const { problems } = checkLadder(projectRoot, contentDirOf(name));
      expect(problems.filter((problem) => problem.severity === 'error').map(formatProblem)).toEqual([]);
    });

    it('builds a page for every level, and no other level pages', () => {
      const levels = readJson(build.outDir).levels.map((level) => pathOf(level.url));
      expect(levels.sort()).toEqual(Object.keys(notAssessedCounts[name]).sort());
    });

    it('shows "Not assessed at this level" on a level page once per theme it does not assess', () => {
      for (const [path, count] of Object.entries(notAssessedCounts[name])) {
        expect(occurrences(page(build.outDir, path), notAssessedText), path).toBe(count);
      }
    });

    it('never shows a placeholder where a ladder leaves a cell empty', () => {
      for (const path of htmlPages(build.outDir)) {
        const html = page(build.outDir, path);
        for (const [label, pattern] of placeholders) {
          expect(html, `${path} shows ${label}`).not.toMatch(pattern);
        }
      }
    });

    it('lets search filter a level page by the themes it assesses, and only those', () => {
      const json = readJson(build.outDir);
      const titles = new Map(json.themes.map((theme) => [theme.id, theme.title]));
      for (const level of json.levels) {
        const filters = themeFilters(readPage(build.outDir, pathOf(level.url)));
        const assessed = Object.keys(level.expectations).map((id) => titles.get(id));
        expect(filters.sort(), level.id).toEqual(assessed.sort());
        for (const id of level.notAssessed) expect(filters, level.id).not.toContain(titles.get(id));
      }
    });
  },
);

describe('the Dropbox engineering career framework', () => {
  let dist: string;
  beforeAll(async () => {
    dist = (await built('dropbox-engineering')).outDir;
  });

  it('shows the behaviours a reliability level inherits from software engineering, word for word', () => {
    const html = page(dist, '/reliability-engineer/ic4-reliability-engineer/');
    for (const sentence of [
      "Delivers many of the team's goals on time and to a high standard of quality.",
      'Makes independent technical decisions when requirements are open-ended.',
      'Drives initiatives across teams or disciplines, looking beyond what is best for their own team.',
      'Levels up less experienced teammates by helping with their craft and setting a good example.',
      'Plays a key role in setting the medium- to long-term strategy of projects with business impact.',
    ]) {
      expect(html).toContain(sentence);
    }
  });

  it('shows the results a reliability level writes instead of the ones of its base, and inherits the rest', () => {
    const html = page(dist, '/reliability-engineer/ic3-reliability-engineer/');
    expect(html).toContain(
      "Delivers some of the team's resilience goals on time and to a high standard of quality.",
    );
    expect(html).not.toContain(
      "Delivers some of the team's goals on time and to a high standard of quality.",
    );
    expect(html).toContain(
      'Defines and delivers well-scoped milestones of a project, sometimes as its technical lead.',
    );
    expect(html).toContain(
      'Levels up less experienced teammates by helping with their craft and setting a good example.',
    );
  });

  it('shows a security level its own security execution next to the behaviours of the shared framework', () => {
    const html = page(dist, '/security-engineer/ic2-security-engineer/');
    expect(html).toContain('Applies basic principles such as least privilege and defence in depth');
    expect(html).toContain(
      'Welcomes new initiatives and works through ambiguous situations with their manager.',
    );
    expect(html).toContain('Mentors new hires, interns or less experienced engineers when asked.');
    expect(themeSections(html)).toEqual([
      'results',
      'direction',
      'mentorship',
      'technical-strategy',
      'security-execution',
    ]);
  });

  it('lists inherited expectations in ladder.json with the level they come from', () => {
    const levels = new Map(readJson(dist).levels.map((level) => [level.id, level]));
    const ic4 = levels.get('ic4-reliability-engineer');
    expect(ic4?.expectations.results).toMatchObject({
      behaviours: [
        "Delivers many of the team's goals on time and to a high standard of quality.",
        'Makes independent technical decisions when requirements are open-ended.',
      ],
      inheritedFrom: 'ic4-software-engineer',
    });
    expect(ic4?.expectations['technical-strategy']?.inheritedFrom).toBe('ic4-software-engineer');
    const ic3 = levels.get('ic3-reliability-engineer');
    expect(ic3?.expectations.results?.inheritedFrom).toBeUndefined();
    expect(ic3?.expectations.direction?.inheritedFrom).toBe('ic3-software-engineer');
    expect(levels.get('ic2-security-engineer')?.expectations.mentorship?.inheritedFrom).toBe(
      'ic2-software-engineer',
    );
    expect(
      levels.get('ic2-security-engineer')?.expectations['security-execution']?.inheritedFrom,
    ).toBeUndefined();
  });

  it('lists in ladder.json the themes a level does not assess, whether written or out of range', () => {
    const levels = new Map(readJson(dist).levels.map((level) => [level.id, level]));
    expect(levels.get('ic1-software-engineer')?.notAssessed.sort()).toEqual([
      'mentorship',
      'technical-strategy',
    ]);
    expect(levels.get('ic1-software-engineer')?.expectations).not.toHaveProperty('mentorship');
    expect(levels.get('ic3-reliability-engineer')?.notAssessed).toEqual(['technical-strategy']);
    expect(levels.get('ic4-software-engineer')?.notAssessed).toEqual([]);
    expect(levels.get('m3-engineering-manager')?.notAssessed).toEqual([]);
  });

  it('gives the same code to levels of different tracks, each with its own id and page', () => {
    const ic3 = readJson(dist).levels.filter((level) => level.code === 'IC3');
    expect(ic3.map((level) => [level.track, level.id]).sort()).toEqual([
      ['reliability-engineer', 'ic3-reliability-engineer'],
      ['security-engineer', 'ic3-security-engineer'],
      ['software-engineer', 'ic3-software-engineer'],
    ]);
    expect(new Set(ic3.map((level) => level.url)).size).toBe(3);
  });

  it('records the extended track of each track in ladder.json', () => {
    const tracks = new Map(readJson(dist).tracks.map((track) => [track.id, track]));
    expect(tracks.get('reliability-engineer')?.extends).toBe('software-engineer');
    expect(tracks.get('security-engineer')?.extends).toBe('software-engineer');
    expect(tracks.get('engineering-manager')?.extends).toBeNull();
    // Themes for the base track apply to the tracks built on it, never to managers.
    expect(tracks.get('security-engineer')?.themes).toEqual([
      'results',
      'direction',
      'mentorship',
      'technical-strategy',
      'security-execution',
    ]);
    expect(tracks.get('engineering-manager')?.themes).toEqual(['results', 'direction']);
  });

  it('shows the facts of a level on its page and in ladder.json', () => {
    const html = page(dist, '/software-engineer/ic3-software-engineer/');
    expect(html).toContain('Collaborative reach');
    expect(html).toContain(
      'Their team and its partners in other functions, driving collaboration with other teams for their project.',
    );
    expect(html).toContain('Project leadership, product expertise and mentorship.');
    const ic3 = readJson(dist).levels.find((level) => level.id === 'ic3-software-engineer');
    expect(ic3?.facts).toEqual([
      {
        label: 'Collaborative reach',
        value:
          'Their team and its partners in other functions, driving collaboration with other teams for their project.',
      },
      { label: 'Impact levers', value: 'Project leadership, product expertise and mentorship.' },
    ]);
  });

  it('places the first manager level at level 3 of the company, never "Level 1"', () => {
    const html = page(dist, '/engineering-manager/m3-engineering-manager/');
    expect(html).toContain('Level 3');
    expect(html).not.toContain('Level 1 of');
    expect(readJson(dist).levels.find((level) => level.id === 'm3-engineering-manager')?.rank).toBe(3);
  });

  it('titles a level with its code when it has no title, summary or scope', () => {
    const html = page(dist, '/reliability-engineer/ic2-reliability-engineer/');
    expect(html).toMatch(/<h1[^>]*>[\s\S]*IC2[\s\S]*<\/h1>/);
    expect(html).not.toContain('undefined');
    expect(html).toContain('Acts with urgency on the work that adds the most value');
    const ic2 = readJson(dist).levels.find((level) => level.id === 'ic2-reliability-engineer');
    expect(ic2).toMatchObject({ title: 'IC2', summary: null, scope: null });
  });

  it('orders themes by their explicit order and shows no importance badge when none is given', () => {
    const html = page(dist, '/software-engineer/ic5-software-engineer/');
    expect(themeSections(html)).toEqual(['results', 'direction', 'mentorship', 'technical-strategy']);
    expect(html).not.toContain('class="badge');
    expect(readJson(dist).themes.every((theme) => theme.importance === null)).toBe(true);
  });

  it('records in search only the themes an IC1 is assessed on', () => {
    expect(themeFilters(readPage(dist, '/software-engineer/ic1-software-engineer/'))).toEqual([
      'Results',
      'Direction',
    ]);
  });
});

describe('the Rent the Runway engineering ladder', () => {
  let dist: string;
  beforeAll(async () => {
    dist = (await built('rent-the-runway-engineering')).outDir;
  });

  const consecutive = [
    ['engineer-1', 'engineer-2'],
    ['engineer-2', 'senior-engineer-1'],
    ['senior-engineer-1', 'senior-engineer-2'],
  ];

  it('shows what a lower level expects as still expected when comparing consecutive levels', () => {
    for (const [from, to] of consecutive) {
      const html = page(dist, `/compare/${from}/${to}/`);
      expect(html, `${from} to ${to}`).toContain('Still expected');
      expect(html, `${from} to ${to}`).not.toContain('No longer listed');
    }
  });

  it('keeps the behaviours of the lower level visible on the comparison page', () => {
    const html = page(dist, '/compare/engineer-1/engineer-2/');
    expect(html).toContain('Takes feedback graciously and learns from it.');
  });

  it('says on a level page that it includes everything expected below it', () => {
    const html = page(dist, '/engineering/engineer-2/');
    expect(html).toContain('Includes everything expected at');
    expect(readJson(dist).tracks[0]?.cumulative).toBe(true);
  });

  it('shows an example under the behaviour it illustrates', () => {
    const html = page(dist, '/engineering/engineer-1/');
    const behaviour = html.indexOf('Completes well-defined sub-tasks that others have broken down.');
    const example = html.indexOf(
      'Fixed a date-formatting bug in the order confirmation email from a ticket with clear steps.',
    );
    expect(behaviour).toBeGreaterThan(-1);
    expect(example).toBeGreaterThan(behaviour);
    // Still inside the behaviour's list item.
    expect(staysInItem(html.slice(behaviour, example))).toBe(true);
  });

  it('shows the one-line examples of a theme and a story attached to a behaviour', () => {
    expect(page(dist, '/engineering/engineer-1/')).toContain(
      'Posts a short daily update in the team channel, including what blocks them.',
    );
    const html = page(dist, '/engineering/engineer-2/');
    expect(html).toContain('A payment provider changed its error codes without notice.');
    expect(html).toContain('Checkout errors went back to their usual rate the same afternoon.');
  });

  it('lists one-line examples and examples of behaviours in ladder.json', () => {
    const e1 = readJson(dist).levels.find((level) => level.id === 'engineer-1');
    expect(e1?.expectations['communication-and-leadership']?.examples).toEqual([
      { text: 'Posts a short daily update in the team channel, including what blocks them.' },
    ]);
    expect(e1?.expectations['get-stuff-done']?.behaviourExamples).toEqual([
      [
        {
          text: 'Fixed a date-formatting bug in the order confirmation email from a ticket with clear steps.',
        },
      ],
    ]);
    expect(e1?.facts).toEqual([{ label: 'Typical experience', value: 'Up to two years.' }]);
  });
});

describe('the GitLab product management career development framework', () => {
  let dist: string;
  beforeAll(async () => {
    dist = (await built('gitlab-product')).outDir;
  });

  it('leaves a level that assesses no theme out of the matrix, and still publishes its page', () => {
    const matrix = readPage(dist, '/product-leadership/matrix/');
    expect(matrix).toContain('data-level="director-of-product"');
    expect(matrix).not.toContain('data-level="vp-of-product"');
    const vp = page(dist, '/product-leadership/vp-of-product/');
    expect(vp).toContain('Hierarchy scope');
    expect(vp).toContain('All sections.');
  });

  it('lists every competency of that level as not assessed in ladder.json', () => {
    const vp = readJson(dist).levels.find((level) => level.id === 'vp-of-product');
    expect(vp?.expectations).toEqual({});
    expect(vp?.notAssessed.sort()).toEqual(['build-track', 'people-management', 'validation-track']);
  });

  it('places the first product leadership level at level 3 of the company, never "Level 1"', () => {
    const html = page(dist, '/product-leadership/group-manager-product/');
    expect(html).toContain('Level 3');
    expect(html).not.toContain('Level 1 of');
  });

  it('assesses people management on the leadership track only', () => {
    const tracks = new Map(readJson(dist).tracks.map((track) => [track.id, track]));
    expect(tracks.get('product-management')?.themes).toEqual(['validation-track', 'build-track']);
    expect(tracks.get('product-leadership')?.themes).toEqual([
      'validation-track',
      'build-track',
      'people-management',
    ]);
  });

  it('shows an example under the behaviour it illustrates', () => {
    const html = page(dist, '/product-leadership/group-manager-product/');
    const behaviour = html.indexOf(
      'Holds a career development review with each product manager they lead every two to three months.',
    );
    const example = html.indexOf(
      'Agrees one to three areas of improvement with each product manager at every review.',
    );
    expect(behaviour).toBeGreaterThan(-1);
    expect(example).toBeGreaterThan(behaviour);
    expect(staysInItem(html.slice(behaviour, example))).toBe(true);
  });

  it('shows the facts of a level on its page', () => {
    const html = page(dist, '/product-management/principal-product-manager/');
    expect(html).toContain('Layer');
    expect(html).toContain('A stage, across its groups.');
  });
});
