import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { checkLadder } from '../../src/content/check.ts';
import { publishedUrlsText, servedPaths } from '../../src/content/published.ts';
import { buildSite } from '../support/build-site.ts';
import { htmlPages, readPage } from '../support/dist.ts';
import { edit, validLadder, writeLadder } from '../support/ladder-files.ts';

const dist = inject('sampleDist');

/** Every file of a built site with the hash of its bytes. */
function fingerprint(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      join(entry.parentPath, entry.name)
        .slice(dir.length + 1)
        .split(sep)
        .join('/'),
    );
  return Object.fromEntries(
    files.sort().map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(join(dir, file)))
        .digest('hex'),
    ]),
  );
}

describe('security of the built pages', () => {
  it('gives every page a Content-Security-Policy that allows only the site itself and Pagefind', () => {
    for (const page of htmlPages(dist)) {
      const html = readPage(dist, page);
      const policy = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/)?.[1];
      expect(policy, page).toBeDefined();
      expect(policy).toContain("default-src 'self'");
      expect(policy).toContain("'wasm-unsafe-eval'");
      expect(policy).not.toContain('unsafe-inline');
      expect(policy).not.toMatch(/https?:/);
    }
  });

  it('has no inline event handler on any page', () => {
    for (const page of htmlPages(dist)) {
      expect(readPage(dist, page), page).not.toMatch(/<[^>]+\son[a-z]+=/i);
    }
  });

  it('shows markup written in content as text', async () => {
    const ladder = writeLadder(
      edit(
        'levels/product/pm.md',
        'title: Product manager',
        'title: "Product <script>alert(1)</script> manager"',
      ),
    );
    try {
      const build = await buildSite({ contentDir: ladder.contentDir });
      expect(build.code, build.output).toBe(0);
      const html = readPage(build.outDir, '/product/pm/');
      expect(html).toContain('Product &lt;script&gt;alert(1)&lt;/script&gt; manager');
      // Inside a quoted attribute, `<` is only text; anywhere else the tag must be escaped.
      expect(html.replace(/="[^"]*"/g, '=""')).not.toContain('<script>alert(1)</script>');
    } finally {
      ladder.cleanup();
    }
  });
});

describe('raw HTML in Markdown', () => {
  it('is sanitised before it reaches a page: no refresh, no handler, no hidden rest of the page', async () => {
    const ladder = writeLadder({
      'guides/faq.md': `${validLadder['guides/faq.md']}\n<meta http-equiv="refresh" content="0;url=https://evil.example/">\n\n<div onclick="steal()" class="note">Still shown</div>\n\n<details><summary>More</summary>Kept.</details>\n`,
    });
    try {
      const build = await buildSite({ contentDir: ladder.contentDir });
      expect(build.code, build.output).toBe(0);
      expect(build.output).toContain('removed from the page: the `<meta>` element');
      const html = readPage(build.outDir, '/guides/faq/');
      expect(html).not.toContain('evil.example');
      expect(html).not.toContain('steal()');
      expect(html).toContain('<div class="note">Still shown</div>');
      expect(html).toContain('<details><summary>More</summary>');
      expect(html).toContain('id="who-writes-the-ladder"');
    } finally {
      ladder.cleanup();
    }
  });
});

describe('links', () => {
  it('stop the build when a page links to nothing, naming the page and the link', async () => {
    const ladder = writeLadder({
      'guides/faq.md': `${validLadder['guides/faq.md']}\nSee [the old page](/product/junior/) and [a theme](/themes/discovery/#nope).\n`,
    });
    try {
      const build = await buildSite({ contentDir: ladder.contentDir });
      expect(build.code).toBe(1);
      expect(build.output).toContain('/guides/faq/: link /product/junior/ leads to no page or file');
      expect(build.output).toContain(
        '/guides/faq/: link /themes/discovery/#nope has no element with id "nope"',
      );
    } finally {
      ladder.cleanup();
    }
  });
});

describe('published URLs', () => {
  it('stop a build that would lose one, telling the author to add an alias', async () => {
    const ladder = writeLadder();
    try {
      const { source } = checkLadder(ladder.root, ladder.contentDir);
      if (!source) throw new Error('the valid ladder did not load');
      writeFileSync(join(ladder.contentDir, 'published-urls.txt'), publishedUrlsText(servedPaths(source)));
      renameSync(
        join(ladder.contentDir, 'levels/product/pm.md'),
        join(ladder.contentDir, 'levels/product/product-manager.md'),
      );
      const report = checkLadder(ladder.root, ladder.contentDir).problems.map(
        (p) => `${p.file}:${p.line}: ${p.message}`,
      );
      expect(report, report.join('\n')).toContain(
        'content/published-urls.txt:9: /product/pm/ was published and would no longer exist. If you renamed the level, theme, track or guide it showed, add `aliases: [pm]` to the renamed file; if you removed it on purpose, delete this line.',
      );
      expect(report).toContain(
        'content/published-urls.txt:4: /compare/pm/senior-pm/ was published and would no longer exist. If you renamed the level, theme, track or guide it showed, add `aliases: [pm]` to the renamed file; if you removed it on purpose, delete this line.',
      );
      const build = await buildSite({ contentDir: ladder.contentDir });
      expect(build.code).toBe(1);
      expect(build.output).toContain('/product/pm/ was published and would no longer exist');
    } finally {
      ladder.cleanup();
    }
  });

  it('lead from a renamed level former URLs to its new pages and card, with a 301 for hosts that read _redirects', async () => {
    const ladder = writeLadder();
    try {
      const renamed = validLadder['levels/product/pm.md'].replace('code: P1', 'code: P1\naliases: [pm]');
      writeFileSync(join(ladder.contentDir, 'levels/product/product-manager.md'), renamed);
      renameSync(join(ladder.contentDir, 'levels/product/pm.md'), join(ladder.root, 'old-pm.md'));
      const build = await buildSite({ contentDir: ladder.contentDir });
      expect(build.code, build.output).toBe(0);
      const redirect = readPage(build.outDir, '/product/pm/');
      expect(redirect).toContain('<meta http-equiv="refresh" content="0; url=/product/product-manager/">');
      expect(redirect).toContain(
        '<link rel="canonical" href="https://careers.acme.example/product/product-manager/">',
      );
      expect(redirect).toContain('<meta name="robots" content="noindex">');
      expect(readPage(build.outDir, '/compare/pm/senior-pm/')).toContain(
        'url=/compare/product-manager/senior-pm/',
      );
      const redirects = readFileSync(join(build.outDir, '_redirects'), 'utf8').split('\n');
      expect(redirects).toContain('/product/pm/ /product/product-manager/ 301');
      expect(redirects).toContain('/cards/product/pm.png /cards/product/product-manager.png 301');
      expect(readFileSync(join(build.outDir, 'cards/product/pm.png'))).toEqual(
        readFileSync(join(build.outDir, 'cards/product/product-manager.png')),
      );
      expect(readPage(build.outDir, '/sitemap.xml')).not.toContain('/product/pm/');
    } finally {
      ladder.cleanup();
    }
  });
});

describe('reproducible builds', () => {
  it('give the same files, byte for byte, from two clean builds of the same content', async () => {
    const again = await buildSite();
    expect(again.code, again.output).toBe(0);
    expect(fingerprint(again.outDir)).toEqual(fingerprint(dist));
  });
});
