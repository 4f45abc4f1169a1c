import { describe, expect, it } from 'vitest';
import { levelThemeGroups, themeAcrossTracks } from '../../src/ladder/model.ts';
import { pageRoutes } from '../../src/ladder/routes.ts';
import { edit, ladderFrom } from '../support/ladder-files.ts';

describe('the ladder model', () => {
  it('orders levels by rank, whatever the file order', () => {
    const ladder = ladderFrom({
      ...edit('levels/product/pm.md', 'rank: 1', 'rank: 5'),
    });
    expect(ladder.tracks[0].levels.map((l) => l.id)).toEqual(['senior-pm', 'pm']);
  });

  it('links each level to the one below and the one above', () => {
    const [first, second] = ladderFrom().tracks[0].levels;
    expect(first.previous).toBeUndefined();
    expect(first.next?.id).toBe('senior-pm');
    expect(second.previous?.id).toBe('pm');
    expect(second.next).toBeUndefined();
  });

  it('groups themes as the settings order them, the most important first', () => {
    const ladder = ladderFrom({
      'themes/delivery.md':
        '---\ntitle: Delivery\ngroup: hard\nimportance: supporting\nsummary: Shipping.\n---\n',
      'themes/analytics.md':
        '---\ntitle: Analytics\ngroup: hard\nimportance: essential\nsummary: Data.\n---\n',
      ...edit(
        'levels/product/pm.md',
        '  empathy:',
        '  delivery:\n    behaviours: [Ships.]\n  analytics:\n    behaviours: [Reads data.]\n  empathy:',
      ),
      ...edit(
        'levels/product/senior-pm.md',
        '  empathy:',
        '  delivery:\n    behaviours: [Ships.]\n  analytics:\n    behaviours: [Reads data.]\n  empathy:',
      ),
    });
    expect(ladder.groups.map((g) => [g.id, g.themes.map((t) => t.id)])).toEqual([
      ['hard', ['analytics', 'discovery', 'delivery']],
      ['soft', ['empathy']],
    ]);
    expect(levelThemeGroups(ladder.levels[0]).flatMap((g) => g.themes.map((t) => t.id))).toEqual([
      'analytics',
      'discovery',
      'delivery',
      'empathy',
    ]);
  });

  it('shows a theme across the levels of each track that uses it', () => {
    const ladder = ladderFrom();
    const discovery = ladder.themes.find((t) => t.id === 'discovery');
    if (!discovery) throw new Error('no discovery theme');
    expect(themeAcrossTracks(ladder, discovery).map((row) => row.levels.map((l) => l.data.code))).toEqual([
      ['P1', 'P2'],
    ]);
  });

  it('gives every track, level, theme and guide a page with a readable URL', () => {
    const paths = pageRoutes(ladderFrom()).map((route) => route.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/',
        '/product/',
        '/product/pm/',
        '/product/senior-pm/',
        '/themes/discovery/',
        '/themes/empathy/',
        '/guides/faq/',
      ]),
    );
    expect(new Set(paths).size).toBe(paths.length);
  });
});
