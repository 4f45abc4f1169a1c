// The search box in every page's header. Without JavaScript it is a plain GET form to the
// search page. With it, the first focus starts loading Pagefind and typing shows the top
// results under the box; Enter still goes to the full results page.
import type { SearchStrings } from '../strings.ts';
import { loadPagefind, unavailableReason } from './pagefind.ts';
import { countText, renderPreviewItem } from './render.ts';

/**
 * How many results the header preview shows; the search page has the rest. Each result is a
 * download of about 5 KB, so four keep a first query on a 1,000-page ladder under 150 KB.
 */
const previewSize = 4;

/** Wires one header search form: `form[data-search-box]`, rendered by SearchBox.astro. */
export function initHeaderSearch(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  const preview = form.querySelector<HTMLElement>('[data-search-preview]');
  const status = form.querySelector<HTMLElement>('[data-search-status]');
  const list = form.querySelector<HTMLElement>('[data-search-list]');
  const all = form.querySelector<HTMLAnchorElement>('[data-search-all]');
  if (!input || !preview || !status || !list || !all) return;
  const strings = JSON.parse(form.dataset.strings ?? '{}') as SearchStrings;
  let ticket = 0;

  const show = (open: boolean) => {
    preview.hidden = !open;
  };
  const links = () => [...preview.querySelectorAll<HTMLAnchorElement>('a[href]')].filter((a) => !a.hidden);

  const update = async () => {
    const query = input.value.trim();
    const mine = ++ticket;
    if (!query) {
      show(false);
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    show(true);
    // Say "Searching…" only before the first results: announcing it on every keystroke
    // would drown the count that screen readers should hear.
    if (!list.childElementCount) status.textContent = strings.loading;
    try {
      const pagefind = await loadPagefind();
      const search = await pagefind.debouncedSearch(query, {}, 150);
      if (!search || mine !== ticket) return;
      const results = await Promise.all(search.results.slice(0, previewSize).map((r) => r.data()));
      if (mine !== ticket) return;
      list.replaceChildren(...results.map((data) => renderPreviewItem(data, strings)));
      const target = new URL(form.action);
      target.searchParams.set('q', query);
      all.href = target.href;
      all.hidden = search.results.length === 0;
      status.textContent = countText(strings, search.results.length, query);
    } catch {
      if (mine !== ticket) return;
      list.replaceChildren();
      all.hidden = true;
      status.textContent = unavailableReason() === 'needs-build' ? strings.needsBuild : strings.unavailable;
    }
  };

  // Focus is the reader's first sign of intent: start the download so results are ready
  // by the time they finish typing. Errors are shown once they type.
  input.addEventListener('focus', () => {
    loadPagefind().catch(() => undefined);
    if (input.value.trim() && list.childElementCount) show(true);
  });
  input.addEventListener('input', update);
  // This module loads on the first focus: catch up with what was typed while it loaded.
  loadPagefind().catch(() => undefined);
  if (input.value.trim()) void update();

  // Arrow keys move between the box and the previewed results; Escape closes the preview.
  form.addEventListener('keydown', (event) => {
    if (preview.hidden) return;
    const targets = links();
    const index = targets.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'Escape') {
      show(false);
      input.focus();
      event.preventDefault();
    } else if (event.key === 'ArrowDown' && targets.length) {
      targets[Math.min(index + 1, targets.length - 1)].focus();
      event.preventDefault();
    } else if (event.key === 'ArrowUp' && index >= 0) {
      (index === 0 ? input : targets[index - 1]).focus();
      event.preventDefault();
    }
  });
  // Clicking a result must not blur the box first, or the preview closes under the pointer.
  preview.addEventListener('mousedown', (event) => event.preventDefault());
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) show(false);
  });
}
