// The search page: reads `?q=` (and any chosen filters) from the URL, shows results with
// filter chips for track and theme, and keeps the URL in step so a search can be shared.
import type { SearchStrings } from '../strings.ts';
import { loadPagefind, type PagefindSearch, unavailableReason } from './pagefind.ts';
import { countText, renderResult } from './render.ts';

/** Filters offered as chips; the index has more (level, group) for other uses. */
const chipFilters = ['track', 'theme'] as const;
type ChipFilter = (typeof chipFilters)[number];

/**
 * Results shown first, then added per "Show more". Each result is a download of about 5 KB,
 * so the first screen stays light and readers who want more ask for it.
 */
const firstStep = 5;
const laterStep = 10;

/** Wires the search page: `[data-search-page]`, rendered by SearchPage.astro. */
export function initSearchPage(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('form');
  const input = root.querySelector<HTMLInputElement>('input[name="q"]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const results = root.querySelector<HTMLElement>('[data-search-results]');
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]');
  const filterBox = root.querySelector<HTMLElement>('[data-search-filters]');
  if (!form || !input || !status || !results || !more || !filterBox) return;
  const strings = JSON.parse(root.dataset.strings ?? '{}') as SearchStrings;
  // The script runs, so the "needs JavaScript" message no longer applies.
  for (const message of root.querySelectorAll('[data-search-needs-js]')) message.remove();

  const params = new URLSearchParams(window.location.search);
  const chosen: Record<ChipFilter, string | undefined> = {
    track: params.get('track') ?? undefined,
    theme: params.get('theme') ?? undefined,
  };
  input.value = params.get('q') ?? '';
  let current: PagefindSearch | undefined;
  let shown = 0;
  let ticket = 0;
  let allValues: Partial<Record<ChipFilter, string[]>> = {};

  const keepUrl = (query: string) => {
    const url = new URL(window.location.href);
    url.search = '';
    if (query) url.searchParams.set('q', query);
    for (const name of chipFilters) if (chosen[name]) url.searchParams.set(name, chosen[name]);
    window.history.replaceState(null, '', url);
  };

  const activeFilters = () =>
    Object.fromEntries(chipFilters.flatMap((name) => (chosen[name] ? [[name, chosen[name]]] : [])));

  /** Shows the next step of results; returns the first new link, for keyboard focus. */
  const showMore = async (mine: number) => {
    if (!current) return undefined;
    const batch = current.results.slice(shown, shown + (shown === 0 ? firstStep : laterStep));
    const data = await Promise.all(batch.map((result) => result.data()));
    if (mine !== ticket) return undefined;
    const items = data.map((entry) => renderResult(entry, strings));
    results.append(...items);
    shown += batch.length;
    more.hidden = shown >= current.results.length;
    return items[0]?.querySelector('a') ?? undefined;
  };

  const renderChips = (search: PagefindSearch) => {
    const groups = filterBox.querySelectorAll<HTMLElement>('[data-filter]');
    let any = false;
    for (const list of groups) {
      const name = list.dataset.filter as ChipFilter;
      const counts = search.totalFilters[name] ?? {};
      // A chip that would keep every result (or none) narrows nothing: leave it out.
      const narrows = (value: string) =>
        (counts[value] ?? 0) > 0 && counts[value] < search.unfilteredResultCount;
      const values = (allValues[name] ?? Object.keys(counts))
        .filter((value) => narrows(value) || chosen[name] === value)
        .sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || a.localeCompare(b));
      list.replaceChildren(
        ...values.map((value) => {
          const item = document.createElement('li');
          const chip = document.createElement('button');
          chip.type = 'button';
          chip.className = 'search-chip';
          chip.dataset.value = value;
          chip.setAttribute('aria-pressed', String(chosen[name] === value));
          const count = document.createElement('span');
          count.className = 'search-chip-count';
          count.textContent = String(counts[value] ?? 0);
          chip.append(`${value} `, count);
          item.append(chip);
          return item;
        }),
      );
      const group = list.closest<HTMLElement>('[role="group"]');
      if (group) group.hidden = values.length === 0;
      any ||= group ? !group.hidden : false;
    }
    filterBox.hidden = !any;
  };

  const run = async (immediate: boolean) => {
    const query = input.value.trim();
    const mine = ++ticket;
    keepUrl(query);
    if (!query) {
      current = undefined;
      results.replaceChildren();
      filterBox.hidden = true;
      more.hidden = true;
      status.textContent = '';
      return;
    }
    if (!current) status.textContent = strings.loading;
    try {
      const pagefind = await loadPagefind();
      if (!Object.keys(allValues).length) {
        const counts = await pagefind.filters();
        allValues = Object.fromEntries(chipFilters.map((name) => [name, Object.keys(counts[name] ?? {})]));
      }
      const options = { filters: activeFilters() };
      const search = immediate
        ? await pagefind.search(query, options)
        : await pagefind.debouncedSearch(query, options, 250);
      if (!search || mine !== ticket) return;
      current = search;
      shown = 0;
      results.replaceChildren();
      await showMore(mine);
      if (mine !== ticket) return;
      renderChips(search);
      status.textContent = countText(strings, search.results.length, query);
    } catch {
      if (mine !== ticket) return;
      status.textContent = unavailableReason() === 'needs-build' ? strings.needsBuild : strings.unavailable;
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(true);
  });
  input.addEventListener('input', () => void run(false));
  filterBox.addEventListener('click', async (event) => {
    const chip = (event.target as Element).closest<HTMLButtonElement>('button.search-chip');
    const name = chip?.closest<HTMLElement>('[data-filter]')?.dataset.filter as ChipFilter | undefined;
    if (!chip || !name) return;
    const value = chip.dataset.value;
    chosen[name] = chosen[name] === value ? undefined : value;
    await run(true);
    // The chips were redrawn; keep the keyboard where the reader left it.
    const again = [...filterBox.querySelectorAll<HTMLButtonElement>(`[data-filter="${name}"] button`)].find(
      (button) => button.dataset.value === value,
    );
    again?.focus();
  });
  more.addEventListener('click', async () => {
    const first = await showMore(ticket);
    first?.focus();
  });

  if (input.value.trim()) void run(true);
}
