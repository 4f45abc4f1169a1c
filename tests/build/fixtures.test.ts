import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, projectRoot } from '../support/build-site.ts';
import { readPage } from '../support/dist.ts';
import { edit, writeLadder } from '../support/ladder-files.ts';

describe('building fixture ladders', () => {
  it('builds a ladder kept in a folder whose path has a space', async () => {
    const build = await buildSite({ contentDir: join(projectRoot, 'tests/fixtures/minimal ladder/content') });
    expect(build.code, build.output).toBe(0);
    expect(readPage(build.outDir, '/engineering/senior/')).toContain('Senior engineer');
    expect(readPage(build.outDir, '/guides/how-to-read/')).toContain('This ladder has 2 levels.');
  });

  it('keeps accented and non-Latin text intact, with the ladder language on the page', async () => {
    const build = await buildSite({ contentDir: join(projectRoot, 'tests/fixtures/accents/content') });
    expect(build.code, build.output).toBe(0);
    const level = readPage(build.outDir, '/ingenierie/confirme/');
    expect(level).toContain('<html lang="fr"');
    expect(level).toContain('Développeur·se confirmé·e');
    expect(level).toContain('Qualité du code — 品質');
    expect(level).toContain('Trois semaines sans échec — 三週間.');
    expect(readPage(build.outDir, '/guides/guide-cyrillique/')).toContain('Как читать');
    const json = JSON.parse(readFileSync(join(build.outDir, 'ladder.json'), 'utf8'));
    expect(json.organisation).toBe('Coopérative Numérique Œuvre');
  });

  it('refuses to build broken content, naming every problem, and writes no site', async () => {
    const ladder = writeLadder({
      ...edit('levels/product/pm.md', 'rank: 1', 'rank: [1'),
      ...edit('levels/product/senior-pm.md', 'track: product\n', ''),
    });
    try {
      const build = await buildSite({ contentDir: ladder.contentDir });
      expect(build.code).toBe(1);
      expect(build.output).toContain('content/levels/product/pm.md:5: YAML syntax error');
      expect(build.output).toContain('content/levels/product/senior-pm.md:2: track: is missing.');
      expect(build.output).toContain('2 errors, 0 warnings.');
      expect(build.output).not.toMatch(/\n\s+at .+:\d+:\d+/);
      expect(existsSync(build.outDir)).toBe(false);
    } finally {
      ladder.cleanup();
    }
  });
});
