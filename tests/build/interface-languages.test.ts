import { describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { readPage } from '../support/dist.ts';
import { edit, writeLadder } from '../support/ladder-files.ts';

describe('a language Echelon has no interface strings for', () => {
  it('builds with English menus around the content, warning once for the whole build', async () => {
    const ladder = writeLadder(
      edit(
        'settings.yaml',
        'url: https://careers.acme.example/\n',
        'url: https://careers.acme.example/\nlocales:\n  - code: en\n    label: English\n  - code: sw\n    label: Kiswahili\n',
      ),
    );
    try {
      const build = await buildSite({ contentDir: ladder.contentDir });
      expect(build.code, build.output).toBe(0);
      const warnings = build.output.split('\n').filter((line) => line.includes('No interface strings'));
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain('"sw"');
      expect(warnings[0]).toContain('src/i18n/sw.ts');
      const page = readPage(build.outDir, '/sw/product/pm/');
      expect(page).toContain('<html lang="sw" dir="ltr">');
      expect(page).toContain('Skip to content');
    } finally {
      ladder.cleanup();
    }
  });
});
