import { describe, expect, it } from 'vitest';
import { urlsFor } from '../../src/ladder/urls.ts';

const settings = {
  url: 'https://careers.example.com/',
  locales: [
    { code: 'en', label: 'English' },
    { code: 'fr', label: 'Français' },
  ],
};

describe('page URLs', () => {
  it('builds readable paths from ids, with a trailing slash', () => {
    const urls = urlsFor(settings);
    expect(urls.home()).toBe('/');
    expect(urls.track('product-management')).toBe('/product-management/');
    expect(urls.level('product-management', 'senior-pm')).toBe('/product-management/senior-pm/');
    expect(urls.theme('discovery')).toBe('/themes/discovery/');
    expect(urls.guide('faq')).toBe('/guides/faq/');
  });

  it('prefixes every path of a non-default locale with its code', () => {
    const urls = urlsFor(settings, 'fr');
    expect(urls.level('product-management', 'senior-pm')).toBe('/fr/product-management/senior-pm/');
    expect(urls.home()).toBe('/fr/');
  });

  it('keeps the base path of a site published in a sub-folder', () => {
    const urls = urlsFor({ ...settings, url: 'https://example.com/careers/ladder' });
    expect(urls.track('design')).toBe('/careers/ladder/design/');
    expect(urls.absolute(urls.track('design'))).toBe('https://example.com/careers/ladder/design/');
  });
});
