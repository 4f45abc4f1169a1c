import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findBrokenLinks, formatBrokenLinks } from '../../src/checks/links.ts';

let dist = '';
afterEach(() => rmSync(dist, { recursive: true, force: true }));

/** Writes a small built site: file path → HTML. */
function site(files: Record<string, string>) {
  dist = mkdtempSync(join(tmpdir(), 'echelon-links-'));
  for (const [path, html] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), html);
  }
  return dist;
}

describe('the broken link check', () => {
  it('accepts links to pages, files and anchors that exist, and ignores other sites', () => {
    const dir = site({
      'index.html':
        '<a href="/a/">A</a><a href="a/#theme">T</a><img src="/logo.svg"><a href="https://other.example/x">x</a><a href="https://ladder.example/a/">self</a>',
      'a/index.html': '<h2 id="theme">Theme</h2><a href="../">home</a><a href="#theme">here</a>',
      'logo.svg': '<svg/>',
    });
    expect(findBrokenLinks(dir, 'https://ladder.example/')).toEqual([]);
  });

  it('names the page and the link of a missing page, file or anchor', () => {
    const dir = site({
      'index.html':
        '<a href="/gone/">gone</a><link rel="stylesheet" href="/_astro/x.css"><a href="/a/#nope">x</a>',
      'a/index.html': '<meta property="og:image" content="https://ladder.example/cards/a.png">',
    });
    expect(formatBrokenLinks(findBrokenLinks(dir, 'https://ladder.example/')).split('\n')).toEqual([
      '/: link /_astro/x.css leads to no page or file',
      '/: link /a/#nope has no element with id "nope"',
      '/: link /gone/ leads to no page or file',
      '/a/: link https://ladder.example/cards/a.png leads to no page or file',
    ]);
  });

  it('follows the base path of a site published in a sub-folder', () => {
    const dir = site({
      'index.html': '<a href="/careers/a/">A</a><a href="/a/">outside</a>',
      'a/index.html': '',
    });
    expect(
      findBrokenLinks(dir, 'https://example.com/careers/').map((b) => [b.page, b.link, b.reason]),
    ).toEqual([['/careers/', '/a/', "is outside the site's base path /careers/"]]);
  });
});
