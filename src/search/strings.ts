import type { Translate } from '../i18n/index.ts';
import type { SearchPageKind } from './facets.ts';

/**
 * Interface strings the search script needs in the browser. Components hand them over as
 * JSON in a data attribute, so the script stays free of catalogues and follows the page's
 * locale. `{count}` and `{query}` are filled in by the script.
 */
export interface SearchStrings {
  /** Status while Pagefind loads or searches. */
  loading: string;
  /** Status when nothing matches. */
  none: string;
  /** Status for exactly one result. */
  one: string;
  /** Status for several results. */
  other: string;
  /** Status when the index cannot be loaded on a built site. */
  unavailable: string;
  /** Status in `astro dev` before any build wrote an index. */
  needsBuild: string;
  /** Link from the header's preview to the full results page. */
  allResults: string;
  /** Button that loads more results on the search page. */
  more: string;
  /** Label of the list of matching sections inside a result. */
  sections: string;
  /** Word shown before a result's title, by page kind. */
  kinds: Record<SearchPageKind, string>;
}

/** Collects the search script's strings for a locale. */
export function searchStrings(t: Translate): SearchStrings {
  return {
    loading: t('search.status.loading'),
    none: t('search.status.none'),
    one: t('search.status.one'),
    other: t('search.status.other'),
    unavailable: t('search.status.unavailable'),
    needsBuild: t('search.status.needsBuild'),
    allResults: t('search.allResults'),
    more: t('search.more'),
    sections: t('search.sections'),
    kinds: {
      home: t('search.kind.home'),
      track: t('search.kind.track'),
      level: t('search.kind.level'),
      theme: t('search.kind.theme'),
      guide: t('search.kind.guide'),
      section: t('search.kind.section'),
    },
  };
}
