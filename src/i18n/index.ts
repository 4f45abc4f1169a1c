import { en, type UiKey } from './en.ts';
import { fr } from './fr.ts';

/** Interface strings per locale. A locale without a file, or a missing key, falls back to English. */
const catalogues: Record<string, Partial<Record<UiKey, string>>> = { en, fr };

/** A function that looks up an interface string and fills in its `{placeholders}`. */
export type Translate = (key: UiKey, values?: Record<string, string | number>) => string;

/** Returns the interface-string lookup for a locale. */
export function useTranslations(locale: string): Translate {
  const catalogue = catalogues[locale] ?? catalogues[locale.split('-')[0]] ?? {};
  return (key, values = {}) =>
    (catalogue[key] ?? en[key]).replace(/\{(\w+)\}/g, (_, name: string) =>
      String(values[name] ?? `{${name}}`),
    );
}

const pluralRules = new Map<string, Intl.PluralRules>();

/**
 * Which of a string's two forms a count takes in a locale: `one` or `other`, the suffixes of
 * keys such as `compare.count.added.one`. The rules are built once per locale, not per count.
 */
export function usePlural(locale: string): (count: number) => 'one' | 'other' {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  const localeRules = rules;
  return (count) => (localeRules.select(count) === 'one' ? 'one' : 'other');
}

export type { UiKey };
