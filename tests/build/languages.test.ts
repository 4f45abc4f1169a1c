import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { checkLadder } from '../../src/content/check.ts';
import { buildSite, projectRoot } from '../support/build-site.ts';
import { htmlPages, readLadderJson, readPage } from '../support/dist.ts';

const dist = inject('sampleDist');
// Each language's page for unknown addresses sits outside the pages' alternates and sitemap.
const pages = htmlPages(dist).filter((page) => !page.endsWith('/404.html'));
const english = pages.filter((page) => !page.startsWith('/fr/'));
const french = pages.filter((page) => page.startsWith('/fr/'));

/** The `hreflang` alternates of a page, as `hreflang → href`. */
function alternates(html: string): Record<string, string> {
  return Object.fromEntries(
    [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], m[2]]),
  );
}

describe('the sample ladder in two languages', () => {
  it('publishes every English page at the same path under /fr/', () => {
    expect(english.length).toBeGreaterThan(40);
    expect(french.sort()).toEqual(english.map((page) => `/fr${page}`).sort());
  });

  it('sets the page language and links every page to its alternates and x-default', () => {
    for (const page of english) {
      const html = readPage(dist, page);
      expect(html).toContain('<html lang="en"');
      expect(alternates(html)).toEqual({
        en: `https://careers.lanterne.example${page}`,
        fr: `https://careers.lanterne.example/fr${page}`,
        'x-default': `https://careers.lanterne.example${page}`,
      });
    }
    for (const page of french) {
      expect(readPage(dist, page)).toContain('<html lang="fr"');
    }
  });

  it('shows French words on French pages: interface, content and formatted pay', () => {
    const html = readPage(dist, '/fr/product-management/senior-pm/');
    expect(html).toContain('Product manager senior');
    expect(html).toContain('Périmètre');
    expect(html).toContain('Durée typique dans le niveau');
    expect(html).toMatch(/70\s000–86\s000\s€/);
    expect(html).not.toContain('This page is not yet translated');
  });

  it('offers a language switch that leads to the same page in the other language', () => {
    const html = readPage(dist, '/product-management/senior-pm/');
    expect(html).toMatch(
      /<a href="\/fr\/product-management\/senior-pm\/" hreflang="fr" lang="fr"[^>]*>Français<\/a>/,
    );
  });

  it('gives French pages French share cards and their own ladder.json', () => {
    const html = readPage(dist, '/fr/themes/discovery/');
    expect(html).toContain(
      '<meta property="og:image" content="https://careers.lanterne.example/cards/fr/themes/discovery.png"',
    );
    expect(html).toContain('<meta property="og:locale" content="fr_FR"');
    const json = readLadderJson(dist, 'fr');
    expect(json.levels.find((level) => level.id === 'senior-pm')?.title).toBe('Product manager senior');
    expect(json.levels.find((level) => level.id === 'senior-pm')?.url).toBe(
      'https://careers.lanterne.example/fr/product-management/senior-pm/',
    );
  });

  it('lists every page and its alternates in the sitemap', () => {
    const sitemap = readPage(dist, '/sitemap.xml');
    for (const page of pages) expect(sitemap).toContain(`<loc>https://careers.lanterne.example${page}</loc>`);
    expect(sitemap).toContain(
      '<xhtml:link rel="alternate" hreflang="fr" href="https://careers.lanterne.example/fr/themes/discovery/"/>',
    );
    expect(readPage(dist, '/robots.txt')).toContain('Sitemap: https://careers.lanterne.example/sitemap.xml');
  });
});

describe('a French page without its translation', () => {
  it('is reported by check, and falls back to English with a notice in the right language', async () => {
    const work = mkdtempSync(join(tmpdir(), 'echelon-fallback-'));
    try {
      const contentDir = join(work, 'content');
      cpSync(join(projectRoot, 'content'), contentDir, { recursive: true });
      rmSync(join(contentDir, 'guides/faq.fr.md'));
      const messages = checkLadder(work, contentDir).problems.map((p) => `${p.file}: ${p.message}`);
      expect(messages).toContain(
        'content/guides/faq.md: no translation in Français (fr). Add faq.fr.md beside it; until then its /fr/ page shows this text with a notice.',
      );
      const build = await buildSite({ contentDir });
      expect(build.code, build.output).toBe(0);
      const html = readPage(build.outDir, '/fr/guides/faq/');
      expect(html).toContain('Cette page n’est pas encore traduite en français : elle s’affiche en anglais.');
      expect(html).toMatch(/<div lang="en">[\s\S]*Frequently asked questions/);
      expect(html).toContain('<html lang="fr"');
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
