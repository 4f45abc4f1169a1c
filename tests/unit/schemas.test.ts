import { describe, expect, it } from 'vitest';
import {
  guideSchema,
  levelSchema,
  settingsSchema,
  themeSchema,
  trackSchema,
} from '../../src/schemas/index.ts';

const level = {
  title: 'Senior product manager',
  track: 'product-management',
  rank: 3,
  code: 'P3',
  summary: 'Owns a product area.',
  scope: 'Two squads.',
  expectations: { discovery: { behaviours: ['Plans discovery for two squads.'] } },
};

describe('content schemas', () => {
  it('fill in the defaults an author may leave out', () => {
    const parsed = levelSchema.parse(level);
    expect(parsed.prerequisites).toEqual([]);
    expect(parsed.differentiators).toEqual([]);
    expect(parsed.aliases).toEqual([]);
    expect(parsed.expectations.discovery).toEqual({
      behaviours: ['Plans discovery for two squads.'],
      examples: [],
    });
    expect(trackSchema.parse({ title: 'Design', kind: 'management', summary: 'Designers.' }).order).toBe(0);
    expect(guideSchema.parse({ title: 'FAQ', description: 'Questions.' }).order).toBe(0);
  });

  it('give a site with minimal settings English, hard and soft skills, and six-month reviews', () => {
    const settings = settingsSchema.parse({
      organisation: { name: 'Acme' },
      title: 'Ladder',
      description: 'How we grow.',
      url: 'https://acme.example/',
    });
    expect(settings.locales).toEqual([{ code: 'en', label: 'English' }]);
    expect(settings.themeGroups.map((g) => g.id)).toEqual(['hard', 'soft']);
    expect(settings.reviewCycleMonths).toBe(6);
    expect(settings.showPay).toBe(true);
  });

  it('accept a pay range with its period defaulting to a year', () => {
    const parsed = levelSchema.parse({ ...level, pay: { currency: 'EUR', min: 60000, max: 72000 } });
    expect(parsed.pay).toMatchObject({ period: 'year', basis: 'gross' });
  });

  it('refuse ids that would make poor URLs', () => {
    expect(levelSchema.safeParse({ ...level, track: 'Product Management' }).success).toBe(false);
    expect(levelSchema.safeParse({ ...level, aliases: ['senior_pm'] }).success).toBe(false);
  });

  it('refuse an example without what the person did', () => {
    const broken = { discovery: { behaviours: ['Plans.'], examples: [{ situation: 'A churn spike.' }] } };
    expect(levelSchema.safeParse({ ...level, expectations: broken }).success).toBe(false);
  });

  it('refuse text that is only spaces', () => {
    expect(
      themeSchema.safeParse({ title: '  ', group: 'hard', importance: 'essential', summary: 'x' }).success,
    ).toBe(false);
  });

  it('refuse a lowercase currency and a negative amount', () => {
    expect(levelSchema.safeParse({ ...level, pay: { currency: 'eur', min: 1, max: 2 } }).success).toBe(false);
    expect(levelSchema.safeParse({ ...level, pay: { currency: 'EUR', min: -1, max: 2 } }).success).toBe(
      false,
    );
  });
});
