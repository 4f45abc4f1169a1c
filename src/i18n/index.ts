import { ar } from './ar.ts';
import type { Catalogue } from './catalogue.ts';
import { de } from './de.ts';
import { en, type UiKey } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';

/**
 * Interface strings per language, one file each. Every file has every English key (the type
 * checker says which one is missing); a locale with no file uses English, with one warning.
 */
const catalogues: Record<string, Catalogue> = { en, fr, de, es, ar };

/** The catalogue of a locale (`pt-BR` uses `pt`), or undefined when the language has none. */
function catalogueOf(locale: string): Catalogue | undefined {
  return catalogues[locale] ?? catalogues[locale.split('-')[0]];
}

/** Whether a locale has interface strings of its own, rather than English ones. */
export function hasInterfaceStrings(locale: string): boolean {
  return catalogueOf(locale) !== undefined;
}

/**
 * Locales already warned about, kept on `globalThis` because a build loads this module more
 * than once (integrations and pages are bundled apart), and one warning per build is enough.
 */
const shared = globalThis as { echelonI18nWarned?: Set<string> };
shared.echelonI18nWarned ??= new Set();
const warned = shared.echelonI18nWarned;

/** Says once per process that a locale has no interface strings and falls back to English. */
function warnMissingCatalogue(locale: string) {
  if (warned.has(locale)) return;
  warned.add(locale);
  console.warn(
    `[echelon] No interface strings for the locale "${locale}": its menus, headings and buttons are in English. Add src/i18n/${locale.split('-')[0]}.ts (see "Translations" in docs/authoring.md).`,
  );
}

/** A function that looks up an interface string and fills in its `{placeholders}`. */
export type Translate = (key: UiKey, values?: Record<string, string | number>) => string;

const pluralRules = new Map<string, Intl.PluralRules>();
const translators = new Map<string, Translate>();

/** The plural rules of a locale, built once per locale rather than once per count. */
function pluralRulesOf(locale: string): Intl.PluralRules {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return rules;
}

/**
 * Returns the interface-string lookup for a locale. Numbers are written the locale's way
 * (`Intl.NumberFormat`). For a plural key (`….one` or `….other`) with a numeric `count`, the
 * form `Intl.PluralRules` picks wins when the catalogue has it, so Arabic reads
 * `level.examplesCount.few` for 3 and `….two` for 2, and falls back to `….other` otherwise.
 */
export function useTranslations(locale: string): Translate {
  // Every component of every page asks for it: build each locale's lookup (and its number
  // format, costly to create) once per build.
  const known = translators.get(locale);
  if (known) return known;
  const translate = createTranslate(locale);
  translators.set(locale, translate);
  return translate;
}

/** Builds the lookup `useTranslations` returns, once per locale. */
function createTranslate(locale: string): Translate {
  const catalogue = catalogueOf(locale);
  if (!catalogue) warnMissingCatalogue(locale);
  const strings: Partial<Record<string, string>> = catalogue ?? en;
  const numbers = new Intl.NumberFormat(locale);
  const rules = pluralRulesOf(locale);
  return (key, values = {}) => {
    let text: string | undefined;
    const plural = /^(.+)\.(?:one|other)$/.exec(key);
    if (plural && typeof values.count === 'number')
      text = strings[`${plural[1]}.${rules.select(values.count)}`];
    text ??= strings[key] ?? en[key];
    return text.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = values[name];
      if (value === undefined) return `{${name}}`;
      return typeof value === 'number' ? numbers.format(value) : value;
    });
  };
}

/**
 * Which of a key's two written forms a count takes in a locale: `one` or `other`, the suffixes
 * of keys such as `compare.count.added.one`. Languages with more forms (Arabic's `zero`, `two`,
 * `few`, `many`) get them from `useTranslations`, which looks for that form first.
 */
export function usePlural(locale: string): (count: number) => 'one' | 'other' {
  const rules = pluralRulesOf(locale);
  return (count) => (rules.select(count) === 'one' ? 'one' : 'other');
}

export type { UiKey };
