import { describe, expect, it } from 'vitest';
import { ladderAtGlance } from '../../src/ladder/glance.ts';
import { ladderFrom } from '../support/ladder-files.ts';

/** A level file of the small valid ladder, assessing both of its themes. */
function level(track: string, code: string, rank: number, equivalent?: string): string {
  return `---
track: ${track}
rank: ${rank}
code: ${code}
${equivalent ? `equivalent: ${equivalent}\n` : ''}expectations:
  discovery:
    behaviours: [Runs discovery.]
  empathy:
    behaviours: [Listens.]
---
`;
}

/** The ladder at a glance as codes, row by row from the top; gaps as dashes. */
function rowsOf(files: Record<string, string>): string[][] {
  const glance = ladderAtGlance(ladderFrom(files));
  return glance.rows.map((row) => row.cells.map((cell) => cell?.data.code ?? '-'));
}

const leadership = {
  'tracks/leadership.yaml': 'title: Product leadership\nkind: management\nsummary: Leads people.\norder: 2\n',
};

describe('the ladder at a glance', () => {
  it('draws one column per track, highest level on top', () => {
    expect(rowsOf({})).toEqual([['P2'], ['P1']]);
  });

  it('puts equivalent levels on one row, even when their track numbers its ranks from 1', () => {
    const rows = rowsOf({
      ...leadership,
      'levels/product/lead-pm.md': level('product', 'P3', 3),
      'levels/leadership/group-pm.md': level('leadership', 'M1', 1, 'senior-pm'),
      'levels/leadership/head.md': level('leadership', 'M2', 2, 'lead-pm'),
      'levels/leadership/vp.md': level('leadership', 'M3', 3),
    });
    expect(rows).toEqual([
      ['-', 'M3'],
      ['P3', 'M2'],
      ['P2', 'M1'],
      ['P1', '-'],
    ]);
  });

  it('puts levels of the same rank on one row when ranks are on the company scale', () => {
    const rows = rowsOf({
      ...leadership,
      'levels/leadership/group-pm.md': level('leadership', 'M3', 2),
      'levels/leadership/head.md': level('leadership', 'M4', 3),
    });
    expect(rows).toEqual([
      ['-', 'M4'],
      ['P2', 'M3'],
      ['P1', '-'],
    ]);
  });
});
