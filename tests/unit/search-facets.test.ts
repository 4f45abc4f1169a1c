import { describe, expect, it } from 'vitest';
import type { Ladder } from '../../src/ladder/model.ts';
import { type PageRoute, pageRoutes } from '../../src/ladder/routes.ts';
import { searchFacets } from '../../src/search/facets.ts';
import { ladderFrom } from '../support/ladder-files.ts';

/** A second track with one level, and a theme that applies to it only. */
const withLeadership = {
  'tracks/leadership.yaml':
    'title: Product leadership\nkind: management\nsummary: Managers of product managers.\n',
  'themes/coaching.md':
    '---\ntitle: Coaching\ngroup: soft\nimportance: important\nsummary: Growing people.\ntracks: [leadership]\n---\n',
  'levels/leadership/head.md': `---
title: Head of product
track: leadership
rank: 1
code: M1
summary: Leads the product managers.
scope: The product group.
expectations:
  discovery:
    behaviours: [Sets the discovery standard.]
  empathy:
    behaviours: [Listens.]
  coaching:
    behaviours: [Coaches each product manager every week.]
---
`,
};

const routeOf = (ladder: Ladder, match: (route: PageRoute) => boolean) => {
  const route = pageRoutes(ladder).find(match);
  if (!route) throw new Error('no such route');
  return route;
};

describe('what search records about each page', () => {
  it('files a level under its track, its code and title, and every theme and group it covers', () => {
    const ladder = ladderFrom();
    const facets = searchFacets(
      ladder,
      routeOf(ladder, (r) => r.kind === 'level' && r.levelId === 'pm'),
    );
    expect(facets).toMatchObject({
      meta: { title: 'Product manager', kind: 'level', track: 'Product management', level: 'P1' },
      filters: {
        track: ['Product management'],
        level: ['P1 Product manager'],
        theme: ['Discovery', 'Empathy'],
        group: ['Hard skills', 'Soft skills'],
      },
    });
  });

  it('gives each theme of a level a section of its own, filed under that theme only', () => {
    const ladder = ladderFrom();
    const facets = searchFacets(
      ladder,
      routeOf(ladder, (r) => r.kind === 'level' && r.levelId === 'pm'),
    );
    expect(facets?.sections).toEqual([
      {
        id: 'discovery',
        meta: {
          title: 'Discovery',
          kind: 'section',
          track: 'Product management',
          level: 'P1',
          page: 'Product manager',
        },
        filters: {
          track: ['Product management'],
          level: ['P1 Product manager'],
          theme: ['Discovery'],
          group: ['Hard skills'],
        },
      },
      {
        id: 'empathy',
        meta: {
          title: 'Empathy',
          kind: 'section',
          track: 'Product management',
          level: 'P1',
          page: 'Product manager',
        },
        filters: {
          track: ['Product management'],
          level: ['P1 Product manager'],
          theme: ['Empathy'],
          group: ['Soft skills'],
        },
      },
    ]);
  });

  it('files a theme under its group and only the tracks it applies to', () => {
    const ladder = ladderFrom(withLeadership);
    const coaching = searchFacets(
      ladder,
      routeOf(ladder, (r) => r.kind === 'theme' && r.themeId === 'coaching'),
    );
    expect(coaching?.filters).toEqual({
      track: ['Product leadership'],
      theme: ['Coaching'],
      group: ['Soft skills'],
    });
    expect(coaching?.meta).toEqual({ title: 'Coaching', kind: 'theme', group: 'Soft skills' });
    const discovery = searchFacets(
      ladder,
      routeOf(ladder, (r) => r.kind === 'theme' && r.themeId === 'discovery'),
    );
    expect(discovery?.filters.track?.toSorted()).toEqual(['Product leadership', 'Product management']);
  });

  it('files a track page under its track, and guides and the home page under no filter', () => {
    const ladder = ladderFrom();
    const track = searchFacets(
      ladder,
      routeOf(ladder, (r) => r.kind === 'track'),
    );
    expect(track?.filters).toEqual({ track: ['Product management'] });
    expect(
      searchFacets(
        ladder,
        routeOf(ladder, (r) => r.kind === 'guide'),
      ),
    ).toEqual({
      meta: { title: 'FAQ', kind: 'guide' },
      filters: {},
    });
    expect(
      searchFacets(
        ladder,
        routeOf(ladder, (r) => r.kind === 'home'),
      )?.meta.kind,
    ).toBe('home');
  });

  it('keeps the search page itself out of search results', () => {
    const ladder = ladderFrom();
    expect(
      searchFacets(
        ladder,
        routeOf(ladder, (r) => r.kind === 'search'),
      ),
    ).toBeUndefined();
  });
});
