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

export type { UiKey };
