import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/content/problems.ts';
import { checkWith, edit } from '../support/ladder-files.ts';

/** The report lines for a ladder with these changes. */
const lines = (overrides: Parameters<typeof checkWith>[0]) => checkWith(overrides).lines;

describe('npm run check on a valid ladder', () => {
  it('finds no problem', () => {
    const result = checkWith();
    expect(result.lines).toEqual([]);
    expect(result.failed).toBe(false);
    expect(formatReport(result.problems)).toBe('No problems found.');
  });
});

// Each way of breaking a single file has its pinned message in tests/fixtures/bad-input/.
describe('npm run check on a broken file', () => {
  it('suggests the right name for a misspelt field, on the line of the typo', () => {
    expect(lines(edit('levels/product/pm.md', 'scope:', 'scoope:'))).toEqual([
      'content/levels/product/pm.md:7: scoope: unknown field `scoope`. Did you mean `scope`? Remove it or fix its name.',
    ]);
  });

  it('refuses a theme key that is not an id', () => {
    expect(lines(edit('levels/product/senior-pm.md', '  empathy:', '  Empathy Skills:'))).toContain(
      'content/levels/product/senior-pm.md:12: expectations.Empathy Skills: `Empathy Skills` must be lowercase letters, digits and hyphens, like `senior-pm`.',
    );
  });

  it('refuses behaviours left empty', () => {
    expect(
      lines(edit('levels/product/senior-pm.md', '      - Plans discovery for two squads.\n', '')),
    ).toEqual([
      'content/levels/product/senior-pm.md:10: expectations.discovery.behaviours: should be a list (lines starting with `- `), not nothing.',
    ]);
  });
});

describe('npm run check across files', () => {
  it('suggests the closest theme for an unknown one, and names the theme left uncovered', () => {
    expect(lines(edit('levels/product/senior-pm.md', '  empathy:', '  empathty:'))).toEqual([
      'content/levels/product/senior-pm.md:8: expectations: no expectations for theme `empathy`, which applies to track `product`. Add `empathy:` under `expectations` with its `behaviours`, or `empathy: not-assessed` if the level does not assess it.',
      'content/levels/product/senior-pm.md:12: expectations.empathty: unknown theme `empathty`. Did you mean `empathy`? Themes are the files in content/themes/.',
    ]);
  });

  it('refuses two levels with the same code', () => {
    expect(lines(edit('levels/product/senior-pm.md', 'code: P2', 'code: p1'))).toEqual([
      'content/levels/product/senior-pm.md:5: code: code `p1` is already used in track `product` by content/levels/product/pm.md. Give each level of a track its own code.',
    ]);
  });

  it('refuses two levels with the same file name in different folders', () => {
    const copy = edit('levels/product/senior-pm.md', 'rank: 2', 'rank: 3')[
      'levels/product/senior-pm.md'
    ].replace('code: P2', 'code: P3');
    expect(lines({ 'levels/other/senior-pm.md': copy })).toContain(
      'content/levels/product/senior-pm.md:1: duplicate level id `senior-pm`: content/levels/other/senior-pm.md has the same file name. Ids come from file names and must be unique; rename one of the files.',
    );
  });

  it('refuses an equivalent level in the same track', () => {
    expect(
      lines(
        edit(
          'levels/product/pm.md',
          'scope: A squad and its backlog.',
          'scope: A squad.\nequivalent: senior-pm',
        ),
      ),
    ).toEqual([
      'content/levels/product/pm.md:8: equivalent: `senior-pm` is in the same track. `equivalent` names a level of another track; remove it or pick one.',
    ]);
  });

  it('refuses a theme group the settings do not define', () => {
    expect(lines(edit('themes/empathy.md', 'group: soft', 'group: sfot'))).toEqual([
      'content/themes/empathy.md:3: group: unknown theme group `sfot`. Did you mean `soft`? Groups are listed in settings.yaml `themeGroups`.',
    ]);
  });

  it('refuses expectations for a theme that does not apply to the level track', () => {
    const other = 'title: Leadership\nkind: management\nsummary: Managers.\n';
    const result = lines({
      'tracks/leadership.yaml': other,
      ...edit('themes/empathy.md', 'importance: important', 'importance: important\ntracks: [leadership]'),
    });
    expect(result).toContain(
      "content/levels/product/pm.md:16: expectations.empathy: theme `empathy` does not apply to track `product`. Remove it here, or add `product` to the theme's `tracks`.",
    );
  });

  it('does not report references to a file that is itself broken', () => {
    expect(lines(edit('themes/empathy.md', 'importance: important', 'importance: 3'))).toEqual([
      'content/themes/empathy.md:4: importance: must be one of `essential`, `important`, `supporting`, not `3`.',
    ]);
  });
});

describe('npm run check reports every problem at once', () => {
  it('lists a YAML error in one level and a missing track in another, then counts them', () => {
    const result = checkWith({
      ...edit('levels/product/pm.md', 'rank: 1', 'rank: [1'),
      ...edit('levels/product/senior-pm.md', 'track: product\n', ''),
    });
    expect(result.failed).toBe(true);
    expect(result.lines.map((line) => line.split(': ')[0])).toEqual([
      'content/levels/product/pm.md:5',
      'content/levels/product/senior-pm.md:2',
    ]);
    expect(formatReport(result.problems).split('\n').at(-1)).toBe('2 errors, 0 warnings.');
  });

  it('keeps warnings from failing the check', () => {
    const result = checkWith({
      'tracks/design.yaml': 'title: Design\nkind: individual-contributor\nsummary: Designers.\n',
    });
    expect(result.lines).toEqual([
      'content/tracks/design.yaml:1: warning: track `design` has no level. Add a level file with `track: design`.',
    ]);
    expect(result.failed).toBe(false);
  });
});
