import { describe, expect, it } from 'vitest';
import { redirectsFile } from '../../src/ladder/redirects-file.ts';
import { redirectRoutes } from '../../src/ladder/routes.ts';
import { edit, ladderFrom, validLadder } from '../support/ladder-files.ts';

/**
 * The valid ladder in English and French, with its Discovery theme renamed: its former id
 * `user-research` is listed in `aliases`, so links published before the rename must still work.
 */
const renamedTheme = {
  'settings.yaml': `${validLadder['settings.yaml']}locales:\n  - code: en\n    label: English\n  - code: fr\n    label: Français\n`,
  ...edit('themes/discovery.md', 'summary:', 'aliases: [user-research]\nsummary:'),
};

const ladders = () => [ladderFrom(renamedTheme, 'en'), ladderFrom(renamedTheme, 'fr')];

describe('a renamed theme', () => {
  it('keeps its former URL in every language, leading to the theme page', () => {
    const [english, french] = ladders();
    const redirects = [...redirectRoutes(english), ...redirectRoutes(french)].map((redirect) => [
      redirect.path,
      redirect.to.path,
    ]);
    expect(redirects).toEqual(
      expect.arrayContaining([
        ['/themes/user-research/', '/themes/discovery/'],
        ['/fr/themes/user-research/', '/fr/themes/discovery/'],
      ]),
    );
  });

  it('gets a permanent redirect for its page and its share card in _redirects, in every language', () => {
    const lines = redirectsFile(ladders()).split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        '/themes/user-research/ /themes/discovery/ 301',
        '/cards/themes/user-research.png /cards/themes/discovery.png 301',
        '/fr/themes/user-research/ /fr/themes/discovery/ 301',
        '/cards/fr/themes/user-research.png /cards/fr/themes/discovery.png 301',
      ]),
    );
  });

  it('gives no redirect to a theme that was never renamed', () => {
    const paths = ladders().flatMap((ladder) => redirectRoutes(ladder).map((redirect) => redirect.path));
    expect(paths.filter((path) => path.includes('empathy'))).toEqual([]);
  });
});
