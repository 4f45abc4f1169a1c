import { describe, expect, it } from 'vitest';
import { type BehaviourChange, compareLevels, diffBehaviours, sideSegments } from '../../src/compare/diff.ts';
import { comparisonPairs, comparisonsOf, equivalentPairs, trackPairs } from '../../src/compare/pairs.ts';
import { summariseComparison } from '../../src/compare/summary.ts';
import { buildLadder, type Ladder } from '../../src/ladder/model.ts';
import { levelSchema, settingsSchema, themeSchema, trackSchema } from '../../src/schemas/index.ts';

// Every entry goes through the real schemas, so these small ladders cannot drift from what
// authors write.
const settings = settingsSchema.parse({
  organisation: { name: 'Acme' },
  title: 'Product ladder',
  description: 'How product managers grow at Acme.',
  url: 'https://careers.acme.example/',
});

const themes = [
  {
    id: 'discovery',
    data: themeSchema.parse({
      title: 'Discovery',
      group: 'hard',
      importance: 'essential',
      summary: 'Finding problems.',
    }),
  },
  {
    id: 'delivery',
    data: themeSchema.parse({
      title: 'Delivery',
      group: 'hard',
      importance: 'important',
      summary: 'Shipping.',
    }),
  },
  {
    id: 'empathy',
    data: themeSchema.parse({ title: 'Empathy', group: 'soft', importance: 'important', summary: 'Others.' }),
  },
  {
    id: 'people',
    data: themeSchema.parse({
      title: 'People leadership',
      group: 'soft',
      importance: 'essential',
      summary: 'Growing a team.',
      tracks: ['leadership'],
    }),
  },
];

const tracks = [
  {
    id: 'product',
    data: trackSchema.parse({ title: 'Product', kind: 'individual-contributor', summary: 'ICs.', order: 1 }),
  },
  {
    id: 'leadership',
    data: trackSchema.parse({ title: 'Leadership', kind: 'management', summary: 'Managers.', order: 2 }),
  },
];

type Expectations = Record<string, string[]>;

/** A level as an author would write it; only what the comparison reads varies. */
function level(id: string, track: string, rank: number, expectations: Expectations, extra: object = {}) {
  return {
    id,
    data: levelSchema.parse({
      title: id,
      track,
      rank,
      code: `${track === 'product' ? 'P' : 'M'}${rank}`,
      summary: `Summary of ${id}.`,
      scope: `Scope of ${id}.`,
      expectations: Object.fromEntries(
        Object.entries(expectations).map(([theme, behaviours]) => [theme, { behaviours }]),
      ),
      ...extra,
    }),
  };
}

function ladderOf(levels: ReturnType<typeof level>[]): Ladder {
  return buildLadder({ settings, tracks, themes, levels, guides: [] });
}

/** Renders one side of a change with `[+added+]` and `[-removed-]` marks, to read diffs at a glance. */
function marked(change: BehaviourChange, side: 'from' | 'to'): string {
  return sideSegments(change, side)
    .map((s) => (s.type === 'same' ? s.text : s.type === 'added' ? `[+${s.text}+]` : `[-${s.text}-]`))
    .join('');
}

describe('comparing the behaviours of two levels', () => {
  it('shows identical behaviours as unchanged, with nothing marked', () => {
    const changes = diffBehaviours(
      ['Runs interviews.', 'Writes specs.'],
      ['Runs interviews.', 'Writes specs.'],
    );
    expect(changes.map((c) => c.kind)).toEqual(['unchanged', 'unchanged']);
    expect(changes.flatMap((c) => sideSegments(c, 'to')).every((s) => s.type === 'same')).toBe(true);
  });

  it('counts reordered identical behaviours as unchanged', () => {
    const changes = diffBehaviours(
      ['Runs customer interviews.', 'Writes specs the squad can build from.', 'Presents at the demo.'],
      ['Presents at the demo.', 'Runs customer interviews.', 'Writes specs the squad can build from.'],
    );
    expect(changes.map((c) => c.kind)).toEqual(['unchanged', 'unchanged', 'unchanged']);
  });

  it('marks the words a reworded behaviour adds and removes, and keeps each side readable', () => {
    const [change] = diffBehaviours(
      ['Runs customer interviews for their squad.'],
      ['Runs customer interviews across two squads.'],
    );
    expect(change.kind).toBe('reworded');
    expect(marked(change, 'from')).toBe('Runs customer interviews [-for their squad-].');
    expect(marked(change, 'to')).toBe('Runs customer interviews [+across two squads+].');
    // Each side rebuilds its own sentence exactly: no words run together.
    expect(
      sideSegments(change, 'from')
        .map((s) => s.text)
        .join(''),
    ).toBe('Runs customer interviews for their squad.');
    expect(
      sideSegments(change, 'to')
        .map((s) => s.text)
        .join(''),
    ).toBe('Runs customer interviews across two squads.');
  });

  it('shows two very long behaviours side by side instead of diffing them word by word', () => {
    // 20,000 words each, one word apart: a word diff of such a pair took 42.7 s for one page.
    const words = Array.from({ length: 20_000 }, (_, index) => `step${index}`);
    const lower = `${words.join(' ')}.`;
    const higher = `${words.join(' ').replace('step19999', 'milestone')}.`;
    const [change] = diffBehaviours([lower], [higher]);
    expect(change).toMatchObject({ kind: 'reworded', inline: false });
    expect(change.kind === 'reworded' && change.segments).toEqual([
      { type: 'removed', text: lower },
      { type: 'added', text: higher },
    ]);
    // A behaviour of ordinary length, one word apart, is still marked word by word.
    const [short] = diffBehaviours([words.slice(0, 150).join(' ')], [words.slice(0, 149).join(' ')]);
    expect(short).toMatchObject({ kind: 'reworded', inline: true });
  });

  it('lists a behaviour with no counterpart below as new at the target level', () => {
    const changes = diffBehaviours(
      ['Runs customer interviews.'],
      ['Runs customer interviews.', 'Coaches other product managers.'],
    );
    expect(changes).toEqual([
      { kind: 'unchanged', from: 'Runs customer interviews.', to: 'Runs customer interviews.' },
      { kind: 'added', to: 'Coaches other product managers.' },
    ]);
    expect(sideSegments(changes[1], 'to')).toEqual([
      { type: 'added', text: 'Coaches other product managers.' },
    ]);
    expect(sideSegments(changes[1], 'from')).toEqual([]);
  });

  it('lists a behaviour the target drops as no longer listed', () => {
    const changes = diffBehaviours(
      ['Runs customer interviews.', 'Asks for help with SQL queries.'],
      ['Runs customer interviews.'],
    );
    expect(changes.map((c) => c.kind)).toEqual(['unchanged', 'removed']);
    expect(changes[1]).toEqual({ kind: 'removed', from: 'Asks for help with SQL queries.' });
  });

  it('marks a rewording of possessives inline, keeping the apostrophes both sides share', () => {
    const [change] = diffBehaviours(
      [
        "Ties the squad's OKRs to the area's goals, and revisits the squad's roadmap every month against what it has learnt.",
      ],
      [
        "Ties the line's OKRs to the company's goals, and revisits the line's strategy every half against the regulatory and market shifts ahead, in a narrative the board hears.",
      ],
    );
    expect(change.kind === 'reworded' && change.inline).toBe(true);
    expect(
      sideSegments(change, 'to')
        .filter((segment) => segment.type === 'added')
        .map((s) => s.text),
    ).toEqual([
      'line',
      'company',
      'line',
      'strategy',
      'half',
      'the regulatory and market shifts ahead, in a narrative the board hears',
    ]);
  });

  it('does not pair behaviours that only share small words', () => {
    const changes = diffBehaviours(
      ['Writes the specs of the squad.'],
      ['Sets the strategy of the product line.'],
    );
    expect(changes.map((c) => c.kind)).toEqual(['added', 'removed']);
  });

  it('pairs each target behaviour with the most similar one below, wherever it sits', () => {
    const changes = diffBehaviours(
      ['Presents their own work at the squad demo.', 'Writes specs that engineers can build from.'],
      [
        'Writes specs and decision notes that engineers and designers can build from.',
        'Presents the squad results at the monthly review.',
      ],
    );
    expect(changes.map((c) => c.kind)).toEqual(['reworded', 'reworded']);
    expect(changes.map((c) => (c.kind === 'reworded' ? c.from : ''))).toEqual([
      'Writes specs that engineers can build from.',
      'Presents their own work at the squad demo.',
    ]);
  });
});

describe('comparing two levels theme by theme', () => {
  const ladder = ladderOf([
    level('pm', 'product', 1, {
      discovery: ['Runs customer interviews for their squad.'],
      empathy: ['Listens to customers.'],
    }),
    level('senior-pm', 'product', 2, {
      discovery: ['Runs customer interviews across two squads.', 'Keeps a standing customer panel.'],
      delivery: ['Plans delivery for the half-year.'],
      empathy: ['Listens to customers.'],
    }),
    level('group-pm', 'leadership', 1, {
      people: ['Hires product managers.'],
      empathy: ['Listens to customers.'],
    }),
  ]);
  const [pm, senior, group] = ladder.levels;

  it('shows a theme the lower level lacks as entirely new, in the target track order', () => {
    const comparison = compareLevels(pm, senior);
    expect(comparison.groups.map((g) => [g.id, g.themes.map((t) => t.theme.id)])).toEqual([
      ['hard', ['discovery', 'delivery']],
      ['soft', ['empathy']],
    ]);
    const delivery = comparison.themes.find((t) => t.theme.id === 'delivery');
    expect(delivery?.presence).toBe('new');
    expect(delivery?.changes).toEqual([{ kind: 'added', to: 'Plans delivery for the half-year.' }]);
  });

  it('compares the union of themes across tracks, with themes the target lacks as dropped', () => {
    const comparison = compareLevels(senior, group);
    const presence = Object.fromEntries(comparison.themes.map((t) => [t.theme.id, t.presence]));
    expect(presence).toEqual({ discovery: 'dropped', delivery: 'dropped', people: 'new', empathy: 'both' });
    expect(comparison.groups.map((g) => [g.id, g.themes.map((t) => t.theme.id)])).toEqual([
      ['hard', ['discovery', 'delivery']],
      ['soft', ['people', 'empathy']],
    ]);
  });

  it('sums up what changes most, the most changed theme first', () => {
    const summary = summariseComparison(compareLevels(pm, senior));
    expect(summary.totals).toMatchObject({ unchanged: 1, reworded: 1, added: 2, removed: 0 });
    expect(summary.mostChanged.map((c) => c.theme.id)).toEqual(['discovery', 'delivery']);
    expect(summary.mostChanged[0]).toMatchObject({ added: 1, wordsChanged: 11 });
    expect(summary.newThemes.map((t) => t.id)).toEqual(['delivery']);
    expect(summary.droppedThemes).toEqual([]);
  });
});

describe('which comparisons exist', () => {
  const expectations = { discovery: ['Runs interviews.'] };
  const ladder = ladderOf([
    level('associate-pm', 'product', 1, expectations),
    level('pm', 'product', 2, expectations),
    level('senior-pm', 'product', 3, expectations),
    level('lead-pm', 'product', 4, expectations, { equivalent: 'group-pm' }),
    level('group-pm', 'leadership', 1, expectations, { equivalent: 'lead-pm' }),
    level('head-of-product', 'leadership', 2, expectations),
  ]);
  const ids = (pairs: readonly { from: { id: string }; to: { id: string } }[]) =>
    pairs.map((p) => `${p.from.id}>${p.to.id}`);

  it('compares every pair of levels of a track, from lower to higher rank', () => {
    const pairs = trackPairs(ladder.tracks[0]);
    expect(pairs).toHaveLength((4 * 3) / 2);
    expect(ids(pairs)).toEqual([
      'associate-pm>pm',
      'associate-pm>senior-pm',
      'associate-pm>lead-pm',
      'pm>senior-pm',
      'pm>lead-pm',
      'senior-pm>lead-pm',
    ]);
    expect(pairs.every((p) => p.from.data.rank < p.to.data.rank)).toBe(true);
  });

  it('compares equivalent levels across tracks in both directions, once each', () => {
    expect(ids(equivalentPairs(ladder))).toEqual(['lead-pm>group-pm', 'group-pm>lead-pm']);
  });

  it('lists every comparison page: all track pairs, then the switches between tracks', () => {
    // 6 pairs in product, 1 in leadership, lead-pm and group-pm both ways, then the levels of
    // the other track one rank apart: pm (2) and group-pm (1), associate-pm (1) and head (2),
    // senior-pm (3) and head (2), both ways.
    expect(ids(comparisonPairs(ladder))).toEqual([
      'associate-pm>pm',
      'associate-pm>senior-pm',
      'associate-pm>lead-pm',
      'pm>senior-pm',
      'pm>lead-pm',
      'senior-pm>lead-pm',
      'group-pm>head-of-product',
      'lead-pm>group-pm',
      'group-pm>lead-pm',
      'associate-pm>group-pm',
      'associate-pm>head-of-product',
      'pm>group-pm',
      'pm>head-of-product',
      'senior-pm>head-of-product',
      'group-pm>associate-pm',
      'group-pm>pm',
      'head-of-product>associate-pm',
      'head-of-product>pm',
      'head-of-product>senior-pm',
    ]);
  });

  it('lets a level reach every comparison it is part of, across tracks too', () => {
    const pm = ladder.levels.find((l) => l.id === 'pm');
    if (!pm) throw new Error('no pm');
    expect(ids(comparisonsOf(ladder, pm))).toEqual([
      'associate-pm>pm',
      'pm>senior-pm',
      'pm>lead-pm',
      'pm>group-pm',
      'pm>head-of-product',
      'group-pm>pm',
      'head-of-product>pm',
    ]);
  });
});

describe('comparisons of a long track', () => {
  it('link each level to the three above and below it, so pages grow with the levels, not their square', () => {
    const levels = Array.from({ length: 40 }, (_, index) =>
      level(`l${index + 1}`, 'product', index + 1, { discovery: ['Runs interviews.'] }),
    );
    const pairs = trackPairs(ladderOf(levels).tracks[0]);
    expect(pairs).toHaveLength(37 * 3 + 2 + 1);
    expect(pairs.every((pair) => pair.to.data.rank - pair.from.data.rank <= 3)).toBe(true);
  });

  it('still compares every pair of a track of twelve levels', () => {
    const levels = Array.from({ length: 12 }, (_, index) =>
      level(`l${index + 1}`, 'product', index + 1, { discovery: ['Runs interviews.'] }),
    );
    expect(trackPairs(ladderOf(levels).tracks[0])).toHaveLength((12 * 11) / 2);
  });
});
