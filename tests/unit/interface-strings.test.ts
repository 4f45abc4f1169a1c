import { afterEach, describe, expect, it, vi } from 'vitest';
import { ar } from '../../src/i18n/ar.ts';
import { de } from '../../src/i18n/de.ts';
import { textDirection } from '../../src/i18n/direction.ts';
import { en } from '../../src/i18n/en.ts';
import { es } from '../../src/i18n/es.ts';
import { fr } from '../../src/i18n/fr.ts';
import { hasInterfaceStrings, usePlural, useTranslations } from '../../src/i18n/index.ts';
import { payStrings } from '../../src/i18n/pay.ts';
import { usePayStrings } from '../../src/pay/strings.ts';

const translations = { fr, de, es, ar } as Record<string, Record<string, string>>;

/** The `{placeholders}` of a string, sorted, so two languages can be compared. */
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('interface strings', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it.each(Object.keys(translations))('has every English string in %s, with the same placeholders', (code) => {
    const catalogue = translations[code];
    for (const [key, english] of Object.entries(en)) {
      expect(catalogue[key], `${code}: ${key}`).toBeTruthy();
      // Extra plural forms may leave out {count}: "مثالان" says "two examples" by itself.
      expect(placeholders(catalogue[key]), `${code}: ${key}`).toEqual(placeholders(english));
    }
    for (const key of Object.keys(catalogue)) {
      const base = key.replace(/\.(zero|two|few|many)$/, '.other');
      expect(Object.hasOwn(en, base), `${code}: ${key} is not an English key`).toBe(true);
    }
  });

  it.each(Object.keys(payStrings))('has every pay string in %s, with the same placeholders', (code) => {
    const english = usePayStrings('en');
    const t = usePayStrings(code);
    for (const key of Object.keys(payStrings.de) as (keyof typeof payStrings.de)[]) {
      expect(placeholders(t(key)), `${code}: ${key}`).toEqual(placeholders(english(key)));
    }
    expect(t('pay')).toBe(payStrings[code as keyof typeof payStrings].pay);
    expect(t('pay')).not.toBe(english('pay'));
  });

  it('picks every Arabic plural form, and falls back to the other form where a key has no own form', () => {
    const t = useTranslations('ar');
    const plural = usePlural('ar');
    const examples = (count: number) => t(`level.examplesCount.${plural(count)}`, { count });
    expect(examples(0)).toBe('لا أمثلة');
    expect(examples(1)).toBe('مثال واحد');
    expect(examples(2)).toBe('مثالان');
    expect(examples(3)).toBe('3 أمثلة');
    expect(examples(11)).toBe('11 مثالًا');
    expect(examples(100)).toBe('100 مثال');
    const reworded = (count: number) => t(`compare.count.reworded.${plural(count)}`, { count });
    expect(reworded(2)).toBe('أُعيدت صياغته: 2');
    expect(reworded(11)).toBe('أُعيدت صياغته: 11');
  });

  it('keeps the two forms of languages that have two', () => {
    const t = useTranslations('de');
    const plural = usePlural('de');
    expect(t(`matrix.examples.${plural(1)}`, { count: 1 })).toBe('1 Beispiel');
    expect(t(`matrix.examples.${plural(2)}`, { count: 2 })).toBe('2 Beispiele');
    expect(useTranslations('es')(`compare.count.added.${usePlural('es')(3)}`, { count: 3 })).toBe(
      '3 comportamientos nuevos',
    );
  });

  it('writes numbers the way each language does', () => {
    expect(useTranslations('de')('compare.summary.words.other', { count: 1200 })).toBe(
      '1.200 Wörter geändert',
    );
    expect(useTranslations('en')('compare.summary.words.other', { count: 1200 })).toBe('1,200 words changed');
  });

  it('uses the language of a regional locale, such as ar-EG or es-MX', () => {
    expect(hasInterfaceStrings('es-MX')).toBe(true);
    expect(useTranslations('es-MX')('nav.home')).toBe('Inicio');
    expect(useTranslations('ar-EG')('nav.home')).toBe('الرئيسية');
  });

  it('falls back to English for a language without strings, warning once however many pages ask', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(hasInterfaceStrings('sw')).toBe(false);
    for (let page = 0; page < 5; page++) expect(useTranslations('sw')('nav.home')).toBe('Home');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0][0])).toContain('No interface strings for the locale "sw"');
    expect(String(warn.mock.calls[0][0])).toContain('src/i18n/sw.ts');
    useTranslations('fr');
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('knows which languages are written right to left', () => {
    expect(textDirection('ar')).toBe('rtl');
    expect(textDirection('ar-EG')).toBe('rtl');
    expect(textDirection('he')).toBe('rtl');
    expect(textDirection('fa')).toBe('rtl');
    expect(textDirection('en')).toBe('ltr');
    expect(textDirection('de')).toBe('ltr');
    expect(textDirection('pt-BR')).toBe('ltr');
  });
});
