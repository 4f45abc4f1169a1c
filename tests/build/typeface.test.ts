import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BuildResult, buildSite } from '../support/build-site.ts';
import { readPage } from '../support/dist.ts';
import { edit, writeLadder } from '../support/ladder-files.ts';

/* A company that sets its typeface: pages use it, served from the site itself. */

const ladder = writeLadder(
  edit('settings.yaml', 'title: Product ladder\n', 'title: Product ladder\ntypeface: inter\n'),
);
let build: BuildResult;
beforeAll(async () => {
  build = await buildSite({ contentDir: ladder.contentDir });
});
afterAll(() => ladder.cleanup());

/** Every stylesheet of the built site, as one text. */
function stylesheets(outDir: string): string {
  const assets = join(outDir, '_astro');
  return readdirSync(assets)
    .filter((name) => name.endsWith('.css'))
    .map((name) => readFileSync(join(assets, name), 'utf8'))
    .join('\n');
}

describe('a ladder whose settings choose the Inter typeface', () => {
  it('sets Inter first in the pages’ font, before the system fonts', () => {
    expect(build.code, build.output).toBe(0);
    const css = stylesheets(build.outDir);
    expect(css).toMatch(/--typeface:"?Inter"?/);
    expect(css).toMatch(/--font:var\(--typeface,\s*system-ui\)/);
  });

  it('serves the regular and bold Latin fonts from the site, never from another', () => {
    const css = stylesheets(build.outDir);
    for (const weight of [400, 700]) {
      const face = css.match(
        new RegExp(
          `@font-face\\{[^}]*font-weight:${weight};[^}]*url\\((/_astro/inter-latin-${weight}-normal\\.[\\w-]+\\.woff2)\\)`,
        ),
      );
      expect(face, `no @font-face for Inter ${weight}`).not.toBeNull();
      expect(existsSync(join(build.outDir, face?.[1] ?? ''))).toBe(true);
    }
    expect(css).not.toMatch(/url\((https?:)?\/\//);
    expect(readPage(build.outDir, '/product/pm/')).toContain('/_astro/');
  });
});
