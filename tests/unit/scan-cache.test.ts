import { mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findBrokenLinks, formatBrokenLinks, type PageScan } from '../../src/checks/links.ts';
import { readScanFile, scanningSource, scanStore, writeScanFile } from '../../src/checks/scan-cache.ts';
import { projectRoot } from '../support/build-site.ts';

let dist = '';
let folder = '';
let file = '';
const fingerprint = 'scanner v1';
const site = 'https://ladder.example/';

beforeEach(() => {
  dist = mkdtempSync(join(tmpdir(), 'echelon-scans-site-'));
  folder = mkdtempSync(join(tmpdir(), 'echelon-scans-'));
  file = join(folder, 'scans.json');
});
afterEach(() => {
  rmSync(dist, { recursive: true, force: true });
  rmSync(folder, { recursive: true, force: true });
});

/** Writes pages of the built site: file path → HTML. */
function writePages(files: Record<string, string>) {
  for (const [path, html] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), html);
  }
}

/** Checks the site as a build does: with the scans the last check kept, keeping its own. */
async function checkAsABuild() {
  const store = scanStore(readScanFile(file, fingerprint));
  const broken = await findBrokenLinks(dist, site, { scans: store.cache });
  if (!store.unchanged()) writeScanFile(file, fingerprint, store.used);
  return { broken: formatBrokenLinks(broken), counts: { ...store.counts } };
}

const pages = {
  'index.html': '<a href="/a/">A</a><a href="/b/#theme">B</a>',
  'a/index.html': '<h2 id="scope">Scope</h2><a href="/b/">b</a>',
  'b/index.html': '<h2 id="theme">Theme</h2><a href="/a/#scope">a</a>',
};

describe('link checks across builds', () => {
  it('parses every page once, then none when no page changed', async () => {
    writePages(pages);
    expect(await checkAsABuild()).toEqual({ broken: '', counts: { parsed: 3, fromCache: 0 } });
    expect(await checkAsABuild()).toEqual({ broken: '', counts: { parsed: 0, fromCache: 3 } });
  });

  it('parses a changed page again and reports the broken link it now has', async () => {
    writePages(pages);
    await checkAsABuild();
    writePages({ 'a/index.html': '<h2 id="scope">Scope</h2><a href="/b/#gone">b</a>' });
    expect(await checkAsABuild()).toEqual({
      broken: '/a/: link /b/#gone has no element with id "gone"',
      counts: { parsed: 1, fromCache: 2 },
    });
  });

  it('still reports the links of an unchanged page whose target was removed or lost its anchor', async () => {
    writePages(pages);
    await checkAsABuild();
    unlinkSync(join(dist, 'a/index.html'));
    writePages({ 'b/index.html': '<h2 id="other">Theme</h2><a href="/">home</a>' });
    expect((await checkAsABuild()).broken.split('\n')).toEqual([
      '/: link /a/ leads to no page or file',
      '/: link /b/#theme has no element with id "theme"',
    ]);
  });

  it('keeps only the pages of the last build, each link and id once', async () => {
    writePages(pages);
    await checkAsABuild();
    writePages({ 'index.html': '<a href="/a/">A</a>' });
    await checkAsABuild();
    const kept = readScanFile(file, fingerprint);
    expect(kept.size).toBe(3);
    const stored = JSON.parse(readFileSync(file, 'utf8').split('\n')[1]) as { strings: string[] };
    expect(stored.strings.filter((text) => text === '/a/')).toHaveLength(1);
  });
});

describe('the file of kept scans', () => {
  const scan: PageScan = { links: new Set(['/a/', '/cards/a.png']), ids: new Set(['scope', 'main']) };

  it('reads back what it wrote', () => {
    writeScanFile(file, fingerprint, new Map([['digest-a', scan]]));
    expect(readScanFile(file, fingerprint)).toEqual(new Map([['digest-a', scan]]));
  });

  it('is ignored when written by other scanning code, edited, truncated or missing', () => {
    writeScanFile(file, fingerprint, new Map([['digest-a', scan]]));
    expect(readScanFile(file, 'scanner v2').size).toBe(0);
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('/cards/a.png', '/cards/b.png'));
    expect(readScanFile(file, fingerprint).size).toBe(0);
    writeFileSync(file, text.slice(0, -10));
    expect(readScanFile(file, fingerprint).size).toBe(0);
    expect(readScanFile(join(folder, 'none.json'), fingerprint).size).toBe(0);
  });

  it('is made stale by any change to the code that reads pages, or to its parser', () => {
    const copy = mkdtempSync(join(tmpdir(), 'echelon-scanner-'));
    try {
      const links = join(copy, 'src/checks/links.ts');
      mkdirSync(dirname(links), { recursive: true });
      writeFileSync(join(copy, 'package.json'), '{}');
      const source = readFileSync(join(projectRoot, 'src/checks/links.ts'), 'utf8');
      writeFileSync(links, source);
      // An htmlparser2 laid out as the installed one: its manifest, not exported, beside its code.
      const parser = join(copy, 'node_modules/htmlparser2');
      mkdirSync(join(parser, 'dist'), { recursive: true });
      writeFileSync(join(parser, 'dist/index.js'), '');
      const manifest = (version: string) =>
        writeFileSync(
          join(parser, 'package.json'),
          JSON.stringify({
            name: 'htmlparser2',
            version,
            main: 'dist/index.js',
            exports: { '.': './dist/index.js' },
          }),
        );
      manifest('12.0.0');
      const before = scanningSource(copy);
      expect(scanningSource(copy)).toBe(before);
      // Links in `<area>` no longer read: scans made before would be wrong.
      writeFileSync(links, source.replace("['area', ['href']],", ''));
      const edited = scanningSource(copy);
      expect(edited).not.toBe(before);
      manifest('12.1.0');
      expect(scanningSource(copy)).not.toBe(edited);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
