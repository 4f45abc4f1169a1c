import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Parser } from 'htmlparser2';
import { describe, expect, inject, it } from 'vitest';
import { readPage } from '../support/dist.ts';

/*
 * The conversation the ladder exists for, on the built sample: what the next level asks,
 * and a grid to prepare the review with.
 */

const dist = inject('sampleDist');

/** The elements of a page with a class, and their text, read with an HTML parser. */
function textsOf(html: string, className: string): string[] {
  const texts: string[] = [];
  let depth = 0;
  let current = '';
  const parser = new Parser({
    onopentag(_name, attributes) {
      if (depth > 0) depth++;
      else if ((attributes.class ?? '').split(/\s+/).includes(className)) {
        depth = 1;
        current = '';
      }
    },
    ontext(text) {
      if (depth > 0) current += text;
    },
    onclosetag() {
      if (depth === 0) return;
      depth--;
      if (depth === 0) texts.push(current.replace(/\s+/g, ' ').trim());
    },
  });
  parser.write(html);
  parser.end();
  return texts;
}

describe('what it takes to reach the next level, on the sample', () => {
  const html = readPage(dist, '/compare/product-manager/senior-pm/');

  it('reads as a progression: every P2 line has its P3 line, and nothing is marked removed', () => {
    expect(html).not.toContain('No longer listed');
    expect(html).not.toContain('change--removed');
    expect(html).not.toContain('change--added');
    expect(textsOf(html, 'change--reworded').length).toBeGreaterThanOrEqual(30);
  });

  it('names the phrases that change, not a count of words', () => {
    const summary = textsOf(html, 'compare-summary')[0];
    expect(summary).not.toMatch(/words? changed/);
    expect(textsOf(html, 'shift').length).toBeGreaterThanOrEqual(3);
    expect(textsOf(html, 'shift').some((shift) => /squad.*→.*area/.test(shift))).toBe(true);
  });

  it('links to every other comparison either level has, without JavaScript', () => {
    const picker = html.slice(html.indexOf('class="compare-picker'));
    expect(picker).toContain('href="/compare/associate-pm/product-manager/"');
    expect(picker).toContain('href="/compare/senior-pm/lead-pm/"');
    // Across tracks too: the level one rank above in the linked leadership track.
    expect(picker).toMatch(/href="\/compare\/product-manager\/[a-z-]+\/"[^>]*>P2 → M/);
    expect(picker).not.toContain('href="/compare/product-manager/senior-pm/"');
  });

  it('is linked from the level above, as what changed from the level below', () => {
    const level = readPage(dist, '/product-management/senior-pm/');
    expect(level).toContain('href="/compare/product-manager/senior-pm/"');
  });

  it('shows sentences that share few words side by side instead of marking every word', () => {
    expect(textsOf(html, 'change--becomes').length).toBeGreaterThan(0);
  });
});

describe('the self-assessment page of a level', () => {
  const html = readPage(dist, '/product-management/senior-pm/assess/');

  it('is a complete blank review grid without JavaScript: every theme, both levels, three columns of marks', () => {
    const rows = html.match(/<tr data-theme="[a-z-]+"/g) ?? [];
    expect(rows).toHaveLength(11);
    expect(html).toContain('At P3');
    expect(html).toContain('Next: P4');
    expect(html.match(/type="radio"/g)?.length).toBeGreaterThanOrEqual(33);
    // The printed grid's footer names the page and the ladder's version.
    const footer = textsOf(html, 'grid-footer')[0];
    expect(footer).toContain('https://careers.lanterne.example/product-management/senior-pm/assess/');
    expect(footer).toMatch(/Version \S+ of /);
  });

  it('loads at most 15 KB of JavaScript, gzipped, inline scripts included', () => {
    let inline = '';
    const files: string[] = [];
    let inScript = false;
    const parser = new Parser({
      onopentag(name, attributes) {
        if (name !== 'script') return;
        if (attributes.src) files.push(attributes.src);
        else inScript = true;
      },
      ontext(text) {
        if (inScript) inline += text;
      },
      onclosetag(name) {
        if (name === 'script') inScript = false;
      },
    });
    parser.write(html);
    parser.end();
    const sizes = files.map((file) => gzipSync(readFileSync(join(dist, file))).length);
    const total = sizes.reduce((sum, size) => sum + size, gzipSync(inline).length);
    expect(files.length).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(15 * 1024);
  });

  it('is linked from its level page, and content pages still load no script file', () => {
    const level = readPage(dist, '/product-management/senior-pm/');
    expect(level).toContain('href="/product-management/senior-pm/assess/"');
    expect(level).not.toMatch(/<script[^>]+src=/);
  });
});

describe('the calibration sheet of a track', () => {
  it('is the matrix, printable, with a link to the same grid as CSV, which exists', () => {
    const html = readPage(dist, '/product-management/matrix/');
    expect(html).toContain('href="/exports/product-management-matrix.csv"');
    const csv = readFileSync(join(dist, 'exports/product-management-matrix.csv'), 'utf8');
    expect(csv).toContain('Senior product manager');
  });
});
