import { describe, expect, it } from 'vitest';
import { cardAlt, cardContent } from '../../src/cards/content.ts';
import { loadCardFonts } from '../../src/cards/fonts.ts';
import { renderCard } from '../../src/cards/render.ts';
import { jobOfferSnippets } from '../../src/exports/job-offer.ts';
import { levelOccupation } from '../../src/exports/structured-data.ts';
import { levelPreviewDescription } from '../../src/ladder/highlights.ts';
import { pageRoutes } from '../../src/ladder/routes.ts';
import { ogLocale, ogTitle } from '../../src/ladder/social.ts';
import { formatAmounts, formatAsOf, payStepText, payText, zonedPayText } from '../../src/pay/format.ts';
import { payStep } from '../../src/pay/ranges.ts';
import { checkWith, edit, ladderFrom, validLadder } from '../support/ladder-files.ts';

const zonesSettings = `${validLadder['settings.yaml']}pay:
  defaultZone: lyon
  asOf: "2026-06-01"
  zones:
    - id: lyon
      label: Lyon
    - id: amsterdam
      label: Amsterdam
    - id: remote-eu
      label: Remote (EU)
careersUrl: https://acme.example/jobs?level={code}
`;

const zonedPay = (lyon: [number, number], amsterdam: [number, number]) => `pay:
  - zone: amsterdam
    currency: EUR
    min: ${amsterdam[0]}
    max: ${amsterdam[1]}
  - currency: EUR
    min: ${lyon[0]}
    max: ${lyon[1]}
    note: Plus a 10% bonus target.
expectations:`;

/** The valid ladder with zones, its levels paid in Lyon (the default zone) and Amsterdam. */
const zoned = (extra: Record<string, string> = {}) => ({
  'settings.yaml': zonesSettings,
  ...edit('levels/product/pm.md', 'expectations:', zonedPay([50000, 60000], [55000, 66000])),
  ...edit('levels/product/senior-pm.md', 'expectations:', zonedPay([62000, 76000], [68000, 84000])),
  ...extra,
});

describe('the pay model', () => {
  it('keeps the single-range form of older ladders, as one range in the default zone', () => {
    const ladder = ladderFrom({
      ...edit(
        'levels/product/pm.md',
        'expectations:',
        'pay:\n  currency: EUR\n  min: 50000\n  max: 60000\nexpectations:',
      ),
    });
    const level = ladder.levels[0];
    expect(level.data.payRanges).toEqual([
      {
        zone: undefined,
        zoneLabel: undefined,
        currency: 'EUR',
        min: 50000,
        max: 60000,
        period: 'year',
        basis: 'gross',
      },
    ]);
    expect(level.data.pay).toBe(level.data.payRanges[0]);
  });

  it('gives a range without a zone the default zone, and lists the default zone first', () => {
    const [pm] = ladderFrom(zoned()).levels;
    expect(pm.data.payRanges.map((range) => [range.zone, range.zoneLabel, range.min])).toEqual([
      ['lyon', 'Lyon', 50000],
      ['amsterdam', 'Amsterdam', 55000],
    ]);
    expect(pm.data.pay?.zone).toBe('lyon');
  });

  it('publishes no pay for a track that turns it off, nor when the settings do', () => {
    const offTrack = ladderFrom(
      zoned({ 'tracks/product.yaml': `${validLadder['tracks/product.yaml']}showPay: false\n` }),
    );
    expect(offTrack.levels.map((level) => level.data.payRanges)).toEqual([[], []]);
    expect(offTrack.levels[0].data.pay).toBeUndefined();
    const offSite = ladderFrom(zoned({ 'settings.yaml': `${zonesSettings}showPay: false\n` }));
    expect(offSite.levels.flatMap((level) => level.data.payRanges)).toEqual([]);
  });

  it('names the zones in the reader’s language', () => {
    const ladder = ladderFrom(
      zoned({
        'settings.yaml': `${zonesSettings}locales:\n  - code: en\n    label: English\n  - code: fr\n    label: Français\n`,
        'settings.fr.yaml':
          'title: Grille\ndescription: Comment on progresse.\npayZones:\n  remote-eu: Télétravail (UE)\n',
      }),
      'fr',
    );
    expect(ladder.settings.pay.zones.map((zone) => zone.label)).toEqual([
      'Lyon',
      'Amsterdam',
      'Télétravail (UE)',
    ]);
  });

  it('computes the step in pay zone by zone, only between comparable ranges', () => {
    const [pm, senior] = ladderFrom(zoned()).levels;
    const steps = payStep(pm.data.payRanges, senior.data.payRanges);
    expect(steps.map((step) => [step.zone, step.min, step.max])).toEqual([
      ['lyon', 12000, 16000],
      ['amsterdam', 13000, 18000],
    ]);
    expect(steps[0].midpointChange).toBeCloseTo(0.2545, 3);
    expect(payStep(pm.data.payRanges, [{ ...senior.data.payRanges[0], currency: 'CHF' }])).toEqual([]);
  });
});

describe('the check of pay', () => {
  it('accepts ranges by zone, with a default zone, an as-of date and a careers URL', () => {
    expect(checkWith(zoned()).lines).toEqual([]);
  });

  it('refuses a default zone the settings do not list, with the zone it probably meant', () => {
    const lines = checkWith(
      zoned({ 'settings.yaml': zonesSettings.replace('defaultZone: lyon', 'defaultZone: lyonn') }),
    ).lines;
    expect(lines).toContain(
      'content/settings.yaml:7: pay.defaultZone: unknown pay zone `lyonn`. Did you mean `lyon`? The default zone is one of `pay.zones`.',
    );
  });

  it('refuses two ranges for one zone, counting a range without a zone as the default one', () => {
    const lines = checkWith(
      zoned(
        edit(
          'levels/product/pm.md',
          'expectations:',
          zonedPay([1, 2], [3, 4]).replace('zone: amsterdam', 'zone: lyon'),
        ),
      ),
    ).lines;
    expect(lines).toEqual([
      'content/levels/product/pm.md:13: pay.1.zone: a second range for zone `lyon` (range 1 is for it too, as the default zone). Give each zone one range.',
    ]);
  });

  it('refuses a criteria page that is not a guide', () => {
    const settings = zonesSettings.replace('  asOf:', '  criteria: pay-criteria\n  asOf:');
    expect(checkWith(zoned({ 'settings.yaml': settings })).lines).toEqual([
      'content/settings.yaml:8: pay.criteria: unknown guide `pay-criteria`. Known: `faq`. The pay criteria page is a guide: add content/guides/pay-criteria.md, or name an existing one.',
    ]);
  });

  it('refuses a careers URL without the level in it', () => {
    const settings = zonesSettings.replace('level={code}', 'level=P3');
    expect(checkWith(zoned({ 'settings.yaml': settings })).lines).toEqual([
      'content/settings.yaml:16: careersUrl: must hold `{code}` or `{level}` where the level goes, like `https://example.com/jobs?level={code}`.',
    ]);
  });
});

describe('pay as readers see it', () => {
  it('formats a range in each language’s own way', () => {
    const range = { currency: 'EUR', min: 70000, max: 86000, period: 'year', basis: 'gross' } as const;
    expect(formatAmounts(range, 'en')).toBe('€70,000 – €86,000');
    expect(formatAmounts(range, 'fr')).toBe('70\u202f000–86\u202f000\u00a0€');
    expect(formatAmounts(range, 'de')).toBe('70.000–86.000\u00a0€');
    expect(payText(range, 'en')).toBe('€70,000 – €86,000 per year, gross');
    expect(payText({ ...range, period: 'month', basis: 'net' }, 'fr')).toBe(
      '70\u202f000–86\u202f000\u00a0€ net mensuel',
    );
    expect(payText({ ...range, currency: 'GBP', min: 450.5, max: 520, period: 'day' }, 'en')).toBe(
      '£450.50 – £520.00 per day, gross',
    );
    expect(zonedPayText({ ...range, zone: 'lyon', zoneLabel: 'Lyon' }, 'en')).toBe(
      '€70,000 – €86,000 per year, gross · Lyon',
    );
    expect(formatAsOf('2026-06-01', 'fr')).toBe('1 juin 2026');
  });

  it('says the step in pay with its sign and the change of the midpoint', () => {
    const step = {
      zone: 'lyon',
      zoneLabel: 'Lyon',
      currency: 'EUR',
      period: 'year',
      min: 12000,
      max: 16000,
      midpointChange: 0.2545,
    } as const;
    expect(payStepText(step, 'en')).toBe('+€12,000 / +€16,000 (+25%)');
  });

  it('puts one and the same range on the page data, the card, the preview, the snippets and the structured data', () => {
    const ladder = ladderFrom(zoned());
    const level = ladder.levels[1];
    const route = pageRoutes(ladder).find((r) => r.kind === 'level' && r.levelId === level.id);
    if (!route) throw new Error('no route');
    const text = zonedPayText(level.data.payRanges[0], 'en');
    expect(text).toBe('€62,000 – €76,000 per year, gross · Lyon');
    const card = cardContent(route, ladder);
    expect(card.facts).toContain(text);
    expect(cardAlt(card)).toContain(text);
    expect(levelPreviewDescription(level, ladder)).toContain(`Pay: ${text}.`);
    const snippets = jobOfferSnippets(level, ladder, { card: 'https://x/card.png', cardAlt: 'card' });
    expect(snippets.plain).toBe(
      [
        'Senior product manager (P2) · Acme',
        'Pay (as of June 1, 2026):',
        '- €62,000 – €76,000 per year, gross · Lyon',
        '- €68,000 – €84,000 per year, gross · Amsterdam',
        'What the level expects: https://careers.acme.example/product/senior-pm/',
      ].join('\n'),
    );
    expect(snippets.html).toContain(`<li>${text}</li>`);
    expect(snippets.markdown).toContain(`- ${text}`);
    expect(snippets.openRoles).toBe('https://acme.example/jobs?level=P2');
    const salary = levelOccupation(level, ladder).estimatedSalary as Record<string, unknown>[];
    expect(salary[0]).toMatchObject({
      name: 'Lyon',
      currency: 'EUR',
      duration: 'P1Y',
      percentile10: 62000,
      percentile90: 76000,
    });
  });

  it('escapes snippet text that would break out of HTML or Markdown', () => {
    const ladder = ladderFrom(
      zoned(
        edit(
          'levels/product/senior-pm.md',
          'title: Senior product manager',
          'title: "Senior <b>PM</b> [lead]"',
        ),
      ),
    );
    const snippets = jobOfferSnippets(ladder.levels[1], ladder, {
      card: 'https://x/c.png',
      cardAlt: 'a "quoted" alt',
    });
    expect(snippets.html).toContain('Senior &lt;b&gt;PM&lt;/b&gt; [lead] (P2)');
    expect(snippets.html).toContain('alt="a &quot;quoted&quot; alt"');
    expect(snippets.markdown).toContain('**Senior <b>PM</b> \\[lead\\] (P2) · Acme**');
    expect(snippets.plain.split('\n')[0]).toBe('Senior <b>PM</b> [lead] (P2) · Acme');
  });

  it('gives link previews a full locale and the company in the title', () => {
    expect(ogLocale('en', 'GB')).toBe('en_GB');
    expect(ogLocale('fr')).toBe('fr_FR');
    expect(ogLocale('pt-BR')).toBe('pt_BR');
    expect(ogTitle('Senior product manager (P3)', 'Lanterne')).toBe('Senior product manager (P3) · Lanterne');
    expect(ogTitle('Lanterne careers', 'Lanterne')).toBe('Lanterne careers');
  });
});

describe('cards that say something', () => {
  it('names the themes that change most from the level below, different from level to level', () => {
    const ladder = ladderFrom(zoned());
    const route = pageRoutes(ladder).find((r) => r.kind === 'level' && r.levelId === 'senior-pm');
    if (!route) throw new Error('no route');
    const card = cardContent(route, ladder);
    expect(card.tagsLabel).toBe('What sets it apart');
    expect([...card.tags].sort()).toEqual(['Discovery', 'Empathy']);
    expect(card.summary).toBe('Owns a product area across squads.');
  });

  it('draws a French pay range whole, its thousands kept apart by a space the fonts have', async () => {
    const ladder = ladderFrom(
      zoned({
        'settings.yaml': `${zonesSettings}locales:\n  - code: en\n    label: English\n  - code: fr\n    label: Français\n`,
        'settings.fr.yaml': 'title: Grille\ndescription: Comment on progresse.\n',
      }),
      'fr',
    );
    const route = pageRoutes(ladder, 'fr').find((r) => r.kind === 'level' && r.levelId === 'senior-pm');
    if (!route) throw new Error('no route');
    const card = cardContent(route, ladder);
    expect(card.facts).toContain('62\u00a0000–76\u00a0000\u00a0€ brut annuel · Lyon');
    expect((await renderCard(card, loadCardFonts())).missing).toEqual([]);
  });
});
