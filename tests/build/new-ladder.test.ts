import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLadder } from '../../src/content/check.ts';
import { formatReport } from '../../src/content/problems.ts';
import { buildSite, projectRoot } from '../support/build-site.ts';
import { readLadderJson, readPage } from '../support/dist.ts';

describe('npm run new -- ladder', () => {
  const root = mkdtempSync(join(tmpdir(), 'echelon-new-ladder-'));
  const contentDir = join(root, 'content');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('makes a German ladder for a new company that passes the check and builds, leaving the sample alone', async () => {
    const sample = readFileSync(join(projectRoot, 'content', 'settings.yaml'), 'utf8');
    const run = spawnSync(
      process.execPath,
      ['scripts/new.ts', 'ladder', '--name', 'Acme', '--locale', 'de', '--tracks', 'Engineering,Design'],
      {
        cwd: projectRoot,
        env: { ...process.env, ECHELON_CONTENT: contentDir },
        stdio: ['ignore', 'pipe', 'pipe'],
        encoding: 'utf8',
      },
    );
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain('No problems found.');
    expect(readFileSync(join(projectRoot, 'content', 'settings.yaml'), 'utf8')).toBe(sample);

    const { problems } = checkLadder(projectRoot, contentDir);
    expect(problems, formatReport(problems)).toEqual([]);
    const build = await buildSite({ contentDir });
    expect(build.code, build.output).toBe(0);
    expect(readPage(build.outDir, '/')).toMatch(/<html[^>]* lang="de"/);
    const ladder = readLadderJson(build.outDir);
    expect(ladder.tracks.map((track) => track.title)).toEqual(['Engineering', 'Design']);
    expect(ladder.levels.map((level) => level.code)).toEqual(
      expect.arrayContaining(['E1', 'E2', 'D1', 'D2']),
    );
  });

  it('makes a right-to-left ladder that builds with its pages laid out right to left', async () => {
    const arabic = join(root, 'arabic');
    const run = spawnSync(
      process.execPath,
      ['scripts/new.ts', 'ladder', '--name', 'شركة المثال', '--locale', 'ar', '--tracks', 'الهندسة'],
      {
        cwd: projectRoot,
        env: { ...process.env, ECHELON_CONTENT: arabic },
        stdio: ['ignore', 'pipe', 'pipe'],
        encoding: 'utf8',
      },
    );
    expect(run.status, run.stdout + run.stderr).toBe(0);
    const build = await buildSite({ contentDir: arabic });
    expect(build.code, build.output).toBe(0);
    expect(readPage(build.outDir, '/')).toMatch(/<html[^>]* lang="ar" dir="rtl"/);
  });
});
