import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isLargeSite } from '../../src/integrations/site-size.ts';

let dist = '';
beforeEach(() => {
  dist = mkdtempSync(join(tmpdir(), 'echelon-size-'));
  mkdirSync(join(dist, 'design'));
  writeFileSync(join(dist, 'index.html'), '<h1>Ladder</h1>');
});
afterEach(() => rmSync(dist, { recursive: true, force: true }));

describe('what counts as a large site', () => {
  it('is a site of more than 100 MB of HTML, counting its pages in every folder', () => {
    expect(isLargeSite(dist)).toBe(false);
    // A sparse file: its size says 60 MB without using the disk.
    writeFileSync(join(dist, 'design/index.html'), '');
    truncateSync(join(dist, 'design/index.html'), 60_000_000);
    expect(isLargeSite(dist)).toBe(false);
    writeFileSync(join(dist, 'design/matrix.html'), '');
    truncateSync(join(dist, 'design/matrix.html'), 45_000_000);
    expect(isLargeSite(dist)).toBe(true);
  });

  it('does not count files other than pages, such as share cards', () => {
    writeFileSync(join(dist, 'design/card.png'), '');
    truncateSync(join(dist, 'design/card.png'), 200_000_000);
    expect(isLargeSite(dist)).toBe(false);
  });
});
