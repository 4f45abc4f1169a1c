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

describe('npm run check on a broken file', () => {
  it('names the line of a YAML syntax error', () => {
    expect(lines(edit('levels/product/pm.md', 'code: P1', 'code: [P1'))).toEqual([
      'content/levels/product/pm.md:6: YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]. Check the indentation, and quote text that contains `: ` or starts with a symbol.',
    ]);
  });

  it('names a missing required field and how to add it', () => {
    expect(lines(edit('levels/product/pm.md', 'title: Product manager\n', ''))).toEqual([
      'content/levels/product/pm.md:2: title: is missing. Add `title:` followed by text.',
    ]);
  });

  it('says what type a field should have and what it got', () => {
    expect(lines(edit('levels/product/pm.md', 'rank: 1', 'rank: first'))).toEqual([
      'content/levels/product/pm.md:4: rank: should be a number, not the text "first".',
    ]);
  });

  it('suggests the right name for a misspelt field, on the line of the typo', () => {
    expect(lines(edit('levels/product/pm.md', 'scope:', 'scoope:'))).toEqual([
      'content/levels/product/pm.md:2: scope: is missing. Add `scope:` followed by text.',
      'content/levels/product/pm.md:7: scoope: unknown field `scoope`. Did you mean `scope`? Remove it or fix its name.',
    ]);
  });

  it('lists the allowed values of a field with fixed choices', () => {
    expect(lines(edit('themes/discovery.md', 'importance: essential', 'importance: high'))).toEqual([
      'content/themes/discovery.md:4: importance: must be one of `essential`, `important`, `supporting`, not the text "high".',
    ]);
  });

  it('asks for a full URL in the settings', () => {
    expect(lines(edit('settings.yaml', 'https://careers.acme.example/', 'careers.acme.example'))).toEqual([
      'content/settings.yaml:5: url: must be a full URL, like `https://example.com/`, not the text "careers.acme.example".',
    ]);
  });

  it('refuses a theme key that is not an id', () => {
    expect(lines(edit('levels/product/senior-pm.md', '  empathy:', '  Empathy Skills:'))).toContain(
      'content/levels/product/senior-pm.md:12: expectations.Empathy Skills: `Empathy Skills` must be lowercase letters, digits and hyphens, like `senior-pm`.',
    );
  });

  it('refuses an empty file', () => {
    expect(lines({ 'levels/product/empty.md': '' })).toEqual([
      'content/levels/product/empty.md:1: is empty. Fill it in (see the authoring guide for an example), or delete it.',
    ]);
  });

  it('refuses a binary file', () => {
    expect(lines({ 'levels/product/photo.md': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]) })).toEqual([
      'content/levels/product/photo.md:1: is not a UTF-8 text file. Save it as plain text (UTF-8), or remove it.',
    ]);
  });

  it('refuses a Markdown file without front matter', () => {
    expect(lines({ 'guides/plain.md': '# Hello\n' })).toEqual([
      'content/guides/plain.md:1: has no front matter. Start the file with a line `---`, the fields, then `---`.',
    ]);
  });

  it('refuses front matter that is never closed', () => {
    expect(lines({ 'guides/open.md': '---\ntitle: Open\n\nBody text\n' })).toEqual([
      'content/guides/open.md:1: front matter is not closed. Add a line `---` after the last field.',
    ]);
  });

  it('names the line of an unclosed MDX tag', () => {
    expect(
      lines({
        'guides/broken.mdx': '---\ntitle: Broken\ndescription: A guide.\n---\n\nSome <Callout>text\n',
      }),
    ).toEqual([
      'content/guides/broken.mdx:6: MDX syntax error: Expected a closing tag for `<Callout>` before the end of `paragraph`. Close every tag, escape `<` and `{` in text as `\\<` and `\\{`, or rename the file to .md if it uses no components.',
    ]);
  });

  it('refuses a field given twice', () => {
    expect(lines(edit('levels/product/pm.md', 'rank: 1', 'rank: 1\nrank: 2'))).toEqual([
      'content/levels/product/pm.md:5: YAML syntax error: Map keys must be unique. Keep one of them.',
    ]);
  });

  it('suggests a valid file name for one that is not an id', () => {
    expect(lines({ 'guides/Read Me.md': '---\ntitle: Read me\ndescription: A guide.\n---\n' })).toEqual([
      'content/guides/Read Me.md:1: file name `Read Me` is not a valid id: ids are lowercase letters, digits and hyphens. Rename the file to `read-me.md`.',
    ]);
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
  it('suggests the closest track for an unknown one', () => {
    expect(lines(edit('levels/product/pm.md', 'track: product', 'track: prodcut'))).toEqual([
      'content/levels/product/pm.md:3: track: unknown track `prodcut`. Did you mean `product`?',
    ]);
  });

  it('suggests the closest theme for an unknown one, and names the theme left uncovered', () => {
    expect(lines(edit('levels/product/senior-pm.md', '  empathy:', '  empathty:'))).toEqual([
      'content/levels/product/senior-pm.md:8: expectations: no expectations for theme `empathy`, which applies to track `product`. Add `empathy:` under `expectations` with its `behaviours` and `examples`.',
      'content/levels/product/senior-pm.md:12: expectations.empathty: unknown theme `empathty`. Did you mean `empathy`? Themes are the files in content/themes/.',
    ]);
  });

  it('refuses two levels of a track with the same rank', () => {
    expect(lines(edit('levels/product/senior-pm.md', 'rank: 2', 'rank: 1'))).toEqual([
      'content/levels/product/senior-pm.md:4: rank: rank 1 is already used in track `product` by content/levels/product/pm.md. Give each level of a track its own rank.',
    ]);
  });

  it('refuses two levels with the same code', () => {
    expect(lines(edit('levels/product/senior-pm.md', 'code: P2', 'code: p1'))).toEqual([
      'content/levels/product/senior-pm.md:5: code: code `p1` is already used by content/levels/product/pm.md. Codes must be unique across the ladder.',
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

  it('refuses a pay range whose minimum is above its maximum', () => {
    const pay = 'scope: A squad.\npay:\n  currency: EUR\n  min: 60000\n  max: 50000';
    expect(lines(edit('levels/product/pm.md', 'scope: A squad and its backlog.', pay))).toEqual([
      'content/levels/product/pm.md:10: pay.min: pay `min` (60000) is above `max` (50000). Swap them or fix the range.',
    ]);
  });

  it('refuses an equivalent level that does not exist', () => {
    expect(
      lines(
        edit(
          'levels/product/pm.md',
          'scope: A squad and its backlog.',
          'scope: A squad.\nequivalent: senior-pn',
        ),
      ),
    ).toEqual([
      'content/levels/product/pm.md:8: equivalent: unknown level `senior-pn`. Did you mean `senior-pm`?',
    ]);
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
  it('lists a YAML error in one level and a missing title in another, then counts them', () => {
    const result = checkWith({
      ...edit('levels/product/pm.md', 'rank: 1', 'rank: [1'),
      ...edit('levels/product/senior-pm.md', 'title: Senior product manager\n', ''),
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
