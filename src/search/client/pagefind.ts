// Loads Pagefind's browser API on demand. Nothing here runs until a reader focuses or types
// in a search box, so pages that are only read never download search code or index.

/** Filter values to narrow a search by, as Pagefind takes them. */
export type PagefindFilters = Record<string, string | string[]>;

/** Number of pages under each value of each filter. */
export type PagefindFilterCounts = Record<string, Record<string, number>>;

/** One section of a page that matches, headed by a heading with an id. */
export interface PagefindSubResult {
  title: string;
  /** Page URL with the heading's anchor. */
  url: string;
  /** Matching text with the search terms in `<mark>`; Pagefind escapes the rest. */
  excerpt: string;
  /** Positions of the matching words, used to rank sections. */
  locations?: number[];
}

/** What Pagefind loads about one matching page. */
export interface PagefindResultData {
  url: string;
  /** Matching text with the search terms in `<mark>`; Pagefind escapes the rest. */
  excerpt: string;
  /** Fields from `data-pagefind-meta`; raw text, to be escaped when shown. */
  meta: Record<string, string | undefined>;
  /** The record's whole text, whose whitespace-separated words `locations` count. */
  content?: string;
  /** Positions of the matching words in `content`. */
  locations?: number[];
  sub_results?: PagefindSubResult[];
}

/** A matching page; its data is a separate, small download. */
export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}

/** The answer to a search. */
export interface PagefindSearch {
  results: PagefindResult[];
  /** Number of results for the query before the chosen filters were applied. */
  unfilteredResultCount: number;
  /** Counts per filter value for the query, with the chosen filters applied. */
  filters: PagefindFilterCounts;
  /** Counts per filter value for the query, ignoring the chosen filters. */
  totalFilters: PagefindFilterCounts;
}

/** The part of Pagefind's browser API Echelon uses; `pagefind.js` ships no types. */
export interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number; noWorker?: boolean }): Promise<void>;
  init(): Promise<void>;
  search(query: string, options?: { filters?: PagefindFilters }): Promise<PagefindSearch>;
  /** Resolves to null when a later call superseded this one. */
  debouncedSearch(
    query: string,
    options?: { filters?: PagefindFilters },
    timeout?: number,
  ): Promise<PagefindSearch | null>;
  filters(): Promise<PagefindFilterCounts>;
}

/** Why search could not start: no index in `astro dev` yet, or a failed download. */
export type PagefindUnavailable = 'needs-build' | 'unavailable';

let loading: Promise<Pagefind> | undefined;

/**
 * Imports and starts Pagefind once per page. The URL is built at run time, so Vite neither
 * bundles nor rewrites it: the index is written after the bundle, by the build's last step.
 * A failed load is forgotten, so the next keystroke tries again.
 */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
    const url = new URL(`${base}pagefind/pagefind.js`, window.location.href).href;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    // The index stores paths relative to the site folder; results need the base path back.
    // No worker: a ladder's index searches in milliseconds on the main thread, and the worker
    // script would add a sixth of the first query's download (and need `worker-src` in a CSP).
    await pagefind.options({ baseUrl: base, excerptLength: 24, noWorker: true });
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/** Says why search is unavailable: in `astro dev`, the usual cause is a missing build. */
export function unavailableReason(): PagefindUnavailable {
  return import.meta.env.DEV ? 'needs-build' : 'unavailable';
}
