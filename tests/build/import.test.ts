import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLadder } from '../../src/content/check.ts';
import { formatReport } from '../../src/content/problems.ts';
import { manifestFile } from '../../src/import/plan.ts';
import { importSpreadsheet } from '../../src/import/run.ts';
import { buildSite, projectRoot } from '../support/build-site.ts';
import { readLadderJson } from '../support/dist.ts';

const sample = join(projectRoot, 'docs', 'sample-ladder.xlsx');

/** An empty ladder: minimal settings and the sample's English guides, as an HR team would start. */
function emptyContentFolder() {
  const root = mkdtempSync(join(tmpdir(), 'echelon-import-'));
  const contentDir = join(root, 'content');
  mkdirSync(join(contentDir, 'guides'), { recursive: true });
  writeFileSync(
    join(contentDir, 'settings.yaml'),
    'organisation:\n  name: Lanterne\ntitle: Product career ladder\ndescription: How product managers grow at Lanterne.\nurl: https://careers.lanterne.example/\n',
  );
  for (const name of readdirSync(join(projectRoot, 'content', 'guides'))) {
    // English only: the settings list one language, so French files would be refused.
    if (name.split('.').length === 2)
      copyFileSync(join(projectRoot, 'content', 'guides', name), join(contentDir, 'guides', name));
  }
  return { root, contentDir };
}

describe('the sample spreadsheet', () => {
  const { root, contentDir } = emptyContentFolder();
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('imports into an empty ladder that passes the check and builds with every level and theme', async () => {
    const { report } = await importSpreadsheet(projectRoot, sample, contentDir);
    expect(report).not.toContain('Could not place');
    const { failed, problems } = checkLadder(projectRoot, contentDir);
    expect(failed, formatReport(problems)).toBe(false);
    const build = await buildSite({ contentDir });
    expect(build.code, build.output).toBe(0);
    const ladder = readLadderJson(build.outDir);
    expect(ladder.levels.map((level) => level.id).sort()).toEqual([
      'associate-pm',
      'group-pm',
      'head-of-product',
      'lead-pm',
      'principal-pm',
      'product-manager',
      'senior-pm',
      'vp-product',
    ]);
    expect(ladder.themes).toHaveLength(12);
    expect(
      ladder.levels.find((level) => level.id === 'senior-pm')?.expectations.discovery.behaviours[0],
    ).toMatch(/^Runs customer research for the product area/);
  });

  it('changes nothing when imported a second time', async () => {
    const manifest = readFileSync(join(contentDir, manifestFile), 'utf8');
    const { plan } = await importSpreadsheet(projectRoot, sample, contentDir);
    expect(plan.writes.filter((write) => write.action !== 'unchanged')).toEqual([]);
    expect(readFileSync(join(contentDir, manifestFile), 'utf8')).toBe(manifest);
  });
});
