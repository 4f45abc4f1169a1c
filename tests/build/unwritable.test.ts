import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, freshBuildFolder } from '../support/build-site.ts';
import { writeLadder } from '../support/ladder-files.ts';

/*
 * Folders the build cannot write. Tests run as root on some machines, where permissions stop
 * nothing, so a file stands where the folder should be: every write under it fails, as on a
 * read-only disk.
 */
describe('a build that cannot write a folder', () => {
  it('draws its cards without a cache it cannot write, says so once, and publishes a complete site', async () => {
    const ladder = writeLadder();
    const blocked = join(freshBuildFolder(), 'not-a-folder');
    writeFileSync(blocked, 'in the way');
    try {
      const build = await buildSite({ contentDir: ladder.contentDir, cacheDir: join(blocked, 'cache') });
      expect(build.code, build.output).toBe(0);
      const warnings = build.output.split('\n').filter((line) => line.includes('cannot be written'));
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain(`The cache folder ${join(blocked, 'cache')}`);
      expect(warnings[0]).toContain('so this build runs without it');
      expect(build.output).not.toMatch(/Stack trace|\n\s+at .+:\d+:\d+/);
      const card = readFileSync(join(build.outDir, 'cards/index.png'));
      expect([card.readUInt32BE(16), card.readUInt32BE(20)]).toEqual([1200, 630]);
    } finally {
      ladder.cleanup();
    }
  });

  it('stops with a message naming the output folder when it cannot write it', async () => {
    const ladder = writeLadder();
    const blocked = join(freshBuildFolder(), 'not-a-folder');
    writeFileSync(blocked, 'in the way');
    try {
      const build = await buildSite({ contentDir: ladder.contentDir, outDir: join(blocked, 'dist') });
      expect(build.code).toBe(1);
      // The message comes from the atomic output step, which writes beside the output folder.
      expect(build.output).toContain(
        `The build cannot write beside the output folder ${join(blocked, 'dist')}`,
      );
      expect(build.output).not.toContain('rolldown');
    } finally {
      ladder.cleanup();
    }
  });
});
