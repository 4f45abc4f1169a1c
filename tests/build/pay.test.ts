import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'csv-parse/sync';
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, inject, it } from 'vitest';
import type { LadderJson } from '../../src/exports/ladder-json-schema.ts';
import { zonedPayText } from '../../src/pay/format.ts';
import { buildSite } from '../support/build-site.ts';
import { htmlPages, readPage } from '../support/dist.ts';
import { edit, validLadder, writeLadder } from '../support/ladder-files.ts';
import { schemaOrgProblems } from '../support/schema-org.ts';

/*
 * Pay and open data on the built sample: one range reads the same on the page, its card, its
 * link preview, the job-offer snippet, the structured data, ladder.json and the CSV export.
 */

const dist = inject('sampleDist');
const ladder: LadderJson = JSON.parse(readFileSync(join(dist, 'ladder.json'), 'utf8'));
const pathOf = (url: string) => new URL(url).pathname;

type Element = ReturnType<typeof DomUtils.findAll>[number];
const documentOf = (html: string) => parseDocument(html).children;
const findAll = (html: string, test: (element: Element) => boolean) =>
  DomUtils.findAll(test, documentOf(html));
const text = (element: Element) => DomUtils.textContent(element).replace(/\s+/g, ' ').trim();

/** The `content` of a page's `<meta property=...>` tag. */
function meta(html: string, property: string): string | undefined {
  return findAll(html, (element) => element.name === 'meta' && element.attribs.property === property)[0]
    ?.attribs.content;
}

/** Every JSON-LD block of a page, parsed. */
function jsonLd(html: string): Record<string, unknown>[] {
  return findAll(
    html,
    (element) => element.name === 'script' && element.attribs.type === 'application/ld+json',
  ).map((element) => JSON.parse(DomUtils.textContent(element)));
}

/** The rows of a CSV export, parsed with a CSV library, by header. */
function csvRows(file: string): Record<string, string>[] {
  const bytes = readFileSync(join(dist, file));
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parse(bytes, { bom: true, columns: true });
}

describe('pay on the built sample', () => {
  const paid = ladder.levels.filter((level) => level.payRanges.length > 0);

  it('publishes every level’s pay in three zones, the default one first', () => {
    expect(paid.length).toBe(ladder.levels.length);
    for (const level of paid)
      expect(level.payRanges.map((range) => range.zone)).toEqual(['lyon', 'amsterdam', 'remote-eu']);
    expect(ladder.pay).toMatchObject({ published: true, asOf: '2026-01-01', defaultZone: 'lyon' });
  });

  it('gives every level page valid schema.org Occupation data with the salary of each zone', () => {
    for (const level of paid) {
      const occupations = jsonLd(readPage(dist, pathOf(level.url))).filter(
        (data) => data['@type'] === 'Occupation',
      );
      expect(occupations, level.id).toHaveLength(1);
      const [occupation] = occupations;
      expect(schemaOrgProblems(occupation), level.id).toEqual([]);
      expect(occupation).toMatchObject({ name: level.title, url: level.url, alternateName: level.code });
      expect(occupation.estimatedSalary).toEqual(
        level.payRanges.map((range) => ({
          '@type': 'MonetaryAmountDistribution',
          name: range.zoneLabel,
          currency: range.currency,
          duration: 'P1Y',
          percentile10: range.min,
          percentile90: range.max,
        })),
      );
    }
  });

  it('gives the home page a valid ItemList of tracks holding their levels in order', () => {
    const [list] = jsonLd(readPage(dist, '/')).filter((data) => data['@type'] === 'ItemList');
    expect(schemaOrgProblems(list)).toEqual([]);
    const urls = (list.itemListElement as { item: { itemListElement: { url: string }[] } }[]).flatMap(
      (entry) => entry.item.itemListElement.map((item) => item.url),
    );
    expect(urls).toEqual(
      ladder.tracks.flatMap((track) => track.levels.map((id) => ladder.levels.find((l) => l.id === id)?.url)),
    );
  });

  it('shows one and the same range on the page, its card, its preview, the snippet, JSON-LD, ladder.json and CSV', () => {
    const rows = csvRows('exports/levels.csv');
    for (const level of paid) {
      const html = readPage(dist, pathOf(level.url));
      const texts = level.payRanges.map((range) =>
        zonedPayText({ ...range, zone: range.zone, zoneLabel: range.zoneLabel }, 'en'),
      );
      // The page: the default zone first, then every zone.
      expect(text(findAll(html, (element) => 'data-pay-current' in element.attribs)[0]), level.id).toBe(
        texts[0],
      );
      expect(
        findAll(html, (element) => element.name === 'li' && 'data-zone' in element.attribs).map(
          (li) => li.attribs['data-text'],
        ),
      ).toEqual(texts);
      // The card (its text alternative says what the image says) and the link preview.
      expect(meta(html, 'og:image:alt'), level.id).toContain(texts[0]);
      expect(meta(html, 'og:description'), level.id).toContain(texts[0]);
      // The plain-text job-offer snippet.
      const plain = text(findAll(html, (element) => element.attribs.id === 'share-plain')[0]);
      for (const zoned of texts) expect(plain).toContain(zoned);
      // The structured data.
      const occupation = jsonLd(html).find((data) => data['@type'] === 'Occupation');
      const salary = occupation?.estimatedSalary as { percentile10: number; percentile90: number }[];
      expect(salary.map((s) => [s.percentile10, s.percentile90])).toEqual(
        level.payRanges.map((r) => [r.min, r.max]),
      );
      // The CSV export.
      const row = rows.find((r) => r.level === level.id);
      for (const range of level.payRanges) {
        expect([
          row?.[`pay_${range.zone}_min`],
          row?.[`pay_${range.zone}_max`],
          row?.[`pay_${range.zone}_currency`],
        ]).toEqual([String(range.min), String(range.max), range.currency]);
      }
    }
  });

  it('names on each level’s card what sets it apart, different from level to level', () => {
    const apart = paid.map((level) => {
      const alt = meta(readPage(dist, pathOf(level.url)), 'og:image:alt') ?? '';
      return alt.split(' · ').find((part) => /^(What sets it apart|Key themes): /.test(part));
    });
    expect(apart.every(Boolean)).toBe(true);
    // Every level above the first of its track names what changes from the level below.
    expect(apart.filter((part) => part?.startsWith('What sets it apart')).length).toBe(
      paid.length - ladder.tracks.length,
    );
    expect(new Set(apart).size).toBeGreaterThanOrEqual(paid.length - 1);
  });

  it('puts the company in og:title and a full locale in og:locale', () => {
    const html = readPage(dist, pathOf(paid[0].url));
    expect(meta(html, 'og:title')).toBe(`${paid[0].title} (${paid[0].code}) · Lanterne`);
    expect(meta(html, 'og:locale')).toBe('en_GB');
    expect(meta(readPage(dist, '/fr/'), 'og:locale')).toBe('fr_FR');
  });

  it('links the pay criteria page from every page that shows pay, and lists every range on it', () => {
    const showsPay = /data-level-pay|data-pay-amount|class="pay-band"|data-pay-step|data-pay-table/;
    const pages = htmlPages(dist).filter((page) => showsPay.test(readPage(dist, page)));
    expect(pages.length).toBeGreaterThan(ladder.levels.length * 2);
    for (const page of pages) {
      const criteria = page.startsWith('/fr/') ? '/fr/guides/pay/' : '/guides/pay/';
      const links = findAll(
        readPage(dist, page),
        (element) => element.name === 'a' && element.attribs.href === criteria,
      );
      expect(links.length, page).toBeGreaterThan(0);
    }
    const criteria = readPage(dist, '/guides/pay/');
    expect(
      findAll(criteria, (element) => element.name === 'td' && 'data-zone' in element.attribs),
    ).toHaveLength(paid.length * 3);
  });
});

describe('open data on the built sample', () => {
  it('publishes a JSON Schema for ladder.json and every kind of content file, and ladder.json validates against its own', () => {
    const schema = JSON.parse(readFileSync(join(dist, 'schema/ladder.schema.json'), 'utf8'));
    expect(schema.$id).toBe('https://careers.lanterne.example/schema/ladder.schema.json');
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    ajv.addFormat('uri', (value: string) => URL.canParse(value));
    const validate = ajv.compile(schema);
    for (const file of ['ladder.json', 'fr/ladder.json']) {
      const data = JSON.parse(readFileSync(join(dist, file), 'utf8'));
      expect(validate(data) ? [] : validate.errors, file).toEqual([]);
    }
    for (const kind of ['settings', 'track', 'theme', 'level', 'guide', 'level-translation']) {
      const published = JSON.parse(readFileSync(join(dist, `schema/${kind}.schema.json`), 'utf8'));
      expect(published.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    }
  });

  it('exports one CSV row per level and a matrix per track, in both languages', () => {
    expect(csvRows('exports/levels.csv').map((row) => row.level)).toEqual(
      ladder.levels.map((level) => level.id),
    );
    for (const track of ladder.tracks) {
      const matrix = csvRows(`exports/${track.id}-matrix.csv`);
      expect(matrix.map((row) => row.theme)).toEqual(
        track.themes.map((id) => ladder.themes.find((t) => t.id === id)?.title),
      );
      expect(Object.keys(matrix[0]).length).toBe(2 + track.levels.length);
    }
    expect(csvRows('fr/exports/levels.csv').find((row) => row.level === 'senior-pm')?.title).toBe(
      'Product manager senior',
    );
  });

  it('lists the files on the open data page with the licence, linked from every page’s footer', () => {
    const html = readPage(dist, '/open-data/');
    const hrefs = findAll(html, (element) => element.name === 'a').map((a) => a.attribs.href);
    expect(hrefs).toEqual(
      expect.arrayContaining(['/ladder.json', '/exports/levels.csv', '/schema/ladder.schema.json']),
    );
    expect(
      findAll(html, (element) => element.attribs.rel === 'license').map((a) => [text(a), a.attribs.href]),
    ).toEqual([['CC BY 4.0', 'https://creativecommons.org/licenses/by/4.0/']]);
    expect(readPage(dist, '/product-management/')).toContain('href="/open-data/"');
    expect(readPage(dist, '/fr/product-management/')).toContain('href="/fr/open-data/"');
  });
});

describe('a track that publishes pay while the settings do not', () => {
  it('shows its levels’ ranges on the ladder at a glance, as on their own pages', async () => {
    const ladder = writeLadder({
      'settings.yaml': `${validLadder['settings.yaml']}showPay: false\n`,
      'tracks/product.yaml': `${validLadder['tracks/product.yaml']}showPay: true\n`,
      ...edit(
        'levels/product/pm.md',
        'expectations:',
        'pay:\n  currency: EUR\n  min: 50000\n  max: 60000\nexpectations:',
      ),
    });
    try {
      const build = await buildSite({ contentDir: ladder.contentDir });
      expect(build.code, build.output).toBe(0);
      const bands = findAll(readPage(build.outDir, '/'), (element) =>
        (element.attribs.class ?? '').split(' ').includes('pay-band'),
      ).map((element) => DomUtils.textContent(element).replace(/\s+/g, ' ').trim());
      expect(bands.length).toBeGreaterThan(0);
      expect(new Set(bands)).toEqual(new Set(['€50,000 – €60,000 per year, gross']));
      expect(readPage(build.outDir, '/product/pm/')).toContain('data-level-pay');
    } finally {
      ladder.cleanup();
    }
  });
});
