import { describe, expect, it } from 'vitest';
import { resolveTypeface, typefaceCss } from '../../src/brand/typeface.ts';
import { projectRoot } from '../support/build-site.ts';
import { checkWith, edit } from '../support/ladder-files.ts';

const withTypeface = (value: string) =>
  checkWith(edit('settings.yaml', 'title: Product ladder\n', `title: Product ladder\ntypeface: ${value}\n`));

describe('the typeface the settings choose', () => {
  it("keeps the reader's own font when left out, with nothing to load", () => {
    expect(checkWith().lines).toEqual([]);
    expect(resolveTypeface(projectRoot, 'system')).toEqual({});
    expect(typefaceCss(undefined)).toBe('');
  });

  it('finds a Fontsource font installed in the project, by its id and family name', () => {
    const resolution = resolveTypeface(projectRoot, 'inter');
    expect('typeface' in resolution && resolution.typeface?.family).toBe('Inter');
    const css = typefaceCss('typeface' in resolution ? resolution.typeface : undefined);
    expect(css).toContain("@import '@fontsource/inter/400.css';");
    expect(css).toContain("@import '@fontsource/inter/700.css';");
    expect(css).toContain('--typeface:"Inter"');
  });

  it('names a font that is not installed, on its line, with the command that installs it', () => {
    expect(withTypeface('comic-neue').lines).toEqual([
      "content/settings.yaml:4: typeface: the font `comic-neue` is not installed. Run `npm install --save-exact @fontsource/comic-neue` (a Fontsource font, self-hosted with the site), or write `system` to use each reader's own font.",
    ]);
  });

  it('refuses a font family name where the Fontsource id goes', () => {
    expect(withTypeface('Source Sans 3').lines[0]).toMatch(
      /^content\/settings\.yaml:4: typeface: .*Fontsource font id in lower case, such as `inter`/,
    );
  });
});
