import { dateFormat } from '../i18n/formatters.ts';
import type { ChangeData, ChangeTranslation } from '../schemas/changelog.ts';

/** One version of the ladder as pages, the feed and `ladder.json` show it, in one language. */
export interface ChangeEntry extends ChangeData {
  /** Id of the entry on the "What changed" page, from its version: `v3-0` for `3.0`. */
  anchor: string;
  /** True when the entry has no translation in the page's language and shows the default one. */
  fallback: boolean;
}

/** The fragment that links to a version on the "What changed" page: `v3-0` for `3.0`. */
export function versionAnchor(version: string): string {
  const words = version
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `v${words || '0'}`;
}

/**
 * The changelog in one language, newest first: each source entry with its translation's words
 * laid over it when there is one. Newest first because readers come for the latest change, and
 * the first entry is the version every page shows. Entries of the same day keep file order.
 */
export function localiseChangelog(
  input: { entries: readonly ChangeData[]; translations: Record<string, readonly ChangeTranslation[]> },
  locale: string,
  isDefault: boolean,
): ChangeEntry[] {
  const translations = new Map(
    (isDefault ? [] : (input.translations[locale] ?? [])).map((t) => [t.version, t]),
  );
  return input.entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => b.entry.date.localeCompare(a.entry.date) || a.index - b.index)
    .map(({ entry }) => {
      const translation = translations.get(entry.version);
      return {
        ...entry,
        ...(translation
          ? { title: translation.title, changes: translation.changes, why: translation.why }
          : {}),
        anchor: versionAnchor(entry.version),
        fallback: !isDefault && !translation,
      };
    });
}

/** A day of the changelog (`2026-03-02`) in the words of a locale: "2 March 2026", "2 mars 2026". */
export function formatDay(day: string, locale: string): string {
  return dateFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

/** A review cycle's first month (`2026-07`) in the words of a locale: "July 2026", "juillet 2026". */
export function formatMonth(month: string, locale: string): string {
  return dateFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-01T00:00:00Z`),
  );
}
