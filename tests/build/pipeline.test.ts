import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentComponents } from '../../src/content/mdx.ts';
import { buildSite, projectRoot } from '../support/build-site.ts';
import { readPage } from '../support/dist.ts';
import { edit, validLadder, writeLadder } from '../support/ladder-files.ts';

/*
 * One content pipeline: what `npm run check` reads is exactly what the pages show. These
 * builds use content that the check and Astro's own front-matter parser used to read
 * differently.
 */

const guideWithComponents = `---
title: How reviews work
description: What happens every six months.
---
import Stars from '../../stars.mdx';

<Callout type="tip" title="Before your review">
Read <LevelLink id="senior-pm" theme="discovery" /> and the <ThemeLink id="empathy">empathy theme</ThemeLink>.
</Callout>

<Callout type="warning">
Questions? See <GuideLink id="faq" />.
</Callout>
`;

describe('a ladder whose content the check accepts', () => {
  it('publishes a date-like title as the text the author wrote', async () => {
    const ladder = writeLadder(edit('levels/product/pm.md', 'title: Product manager', 'title: 2026-01-01'));
    try {
      const build = await buildSite({ contentDir: ladder.contentDir });
      expect(build.code, build.output).toBe(0);
      expect(readPage(build.outDir, '/product/pm/')).toContain(
        '<h1><span class="code">P1</span> 2026-01-01</h1>',
      );
    } finally {
      ladder.cleanup();
    }
  });

  it('renders the MDX components of a guide without imports, each link in the page language', async () => {
    const ladder = writeLadder({
      'guides/faq.md': null,
      'guides/faq.mdx': `${validLadder['guides/faq.md']}`,
      'guides/how-reviews-work.mdx': guideWithComponents.replace(
        "import Stars from '../../stars.mdx';\n",
        '',
      ),
    });
    try {
      const build = await buildSite({ contentDir: ladder.contentDir });
      expect(build.code, build.output).toBe(0);
      const html = readPage(build.outDir, '/guides/how-reviews-work/');
      expect(html).toContain('<aside class="callout callout-tip">');
      expect(html).toContain('<strong>Before your review</strong>');
      expect(html).toContain('<a href="/product/senior-pm/#discovery">P2 Senior product manager</a>');
      expect(html).toContain('<a href="/themes/empathy/">empathy theme</a>');
      expect(html).toContain('<strong>Warning</strong>');
      expect(html).toContain('<a href="/guides/faq/">FAQ</a>');
      // A valid one-language ladder with MDX builds without a single warning.
      expect(build.output).not.toMatch(/WARN|warning/i);
    } finally {
      ladder.cleanup();
    }
  });

  it('renders an unchanged MDX guide again when a second build reuses the content store', async () => {
    const ladder = writeLadder({ 'guides/faq.md': null, 'guides/faq.mdx': validLadder['guides/faq.md'] });
    try {
      const first = await buildSite({ contentDir: ladder.contentDir });
      expect(first.code, first.output).toBe(0);
      const second = await buildSite({ contentDir: ladder.contentDir, cacheDir: first.cacheDir });
      expect(second.code, second.output).toBe(0);
      expect(readPage(second.outDir, '/guides/faq/')).toContain('The product leadership team.');
    } finally {
      ladder.cleanup();
    }
  });

  it('shows an image a Markdown guide names from beside its file', async () => {
    const ladder = writeLadder({
      'guides/faq.md': `${validLadder['guides/faq.md']}\n![The product team at the offsite](./team.svg)\n`,
      'guides/team.svg':
        '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20"/></svg>',
    });
    try {
      const build = await buildSite({ contentDir: ladder.contentDir });
      expect(build.code, build.output).toBe(0);
      expect(build.output).not.toContain('is not read');
      const html = readPage(build.outDir, '/guides/faq/');
      const image = html
        .match(/<img[^>]*>/g)
        ?.find((tag) => tag.includes('alt="The product team at the offsite"'));
      const src = /\ssrc="([^"]+)"/.exec(image ?? '')?.[1];
      expect(src, image).toMatch(/^\/_astro\/team\.[\w-]+\.svg$/);
      expect(existsSync(join(build.outDir, src ?? 'missing'))).toBe(true);
    } finally {
      ladder.cleanup();
    }
  });

  it('has a page component for every component the check lets MDX use', async () => {
    const { readFileSync } = await import('node:fs');
    const body = readFileSync(join(projectRoot, 'src/components/content/Body.astro'), 'utf8');
    const passed = /components=\{\{([^}]*)\}\}/
      .exec(body)?.[1]
      .split(',')
      .map((name) => name.trim());
    expect(passed?.sort()).toEqual(contentComponents.map((component) => component.name).sort());
  });
});

describe('astro build started from another folder', () => {
  it('reads the project content, as from the project folder', async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'echelon-elsewhere-'));
    // Astro bundles the pages into the output folder and runs them from there, so the output
    // stays inside the project, where they find its node_modules; only the shell is elsewhere.
    const outDir = mkdtempSync(join(projectRoot, 'node_modules/.cache/echelon-root-'));
    try {
      const code = await new Promise<number>((done) => {
        const child = spawn(
          process.execPath,
          [
            join(projectRoot, 'node_modules/astro/bin/astro.mjs'),
            'build',
            '--root',
            projectRoot,
            '--outDir',
            outDir,
          ],
          {
            cwd: elsewhere,
            env: {
              ...process.env,
              ECHELON_CACHE_DIR: join(elsewhere, 'cache'),
              ASTRO_TELEMETRY_DISABLED: '1',
            },
            stdio: 'ignore',
          },
        );
        child.on('close', (status) => done(status ?? 1));
      });
      expect(code).toBe(0);
      expect(existsSync(join(outDir, 'product-management/senior-pm/index.html'))).toBe(true);
      expect(existsSync(join(outDir, 'fr/product-management/senior-pm/index.html'))).toBe(true);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
      rmSync(outDir, { recursive: true, force: true });
    }
  });
});
