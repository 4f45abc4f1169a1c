// Builds the result markup for the header preview and the search page. Titles and metadata
// are raw text from the index and go in as text; excerpts arrive escaped by Pagefind with
// only `<mark>` added, so they can go in as HTML.
import type { SearchPageKind } from '../facets.ts';
import type { SearchStrings } from '../strings.ts';
import { sentenceExcerpt } from './excerpt.ts';
import type { PagefindResultData, PagefindSubResult } from './pagefind.ts';

/** Fills `{name}` placeholders of an interface string. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}

/** The sentence that announces how many results a query found. */
export function countText(strings: SearchStrings, count: number, query: string): string {
  const template = count === 0 ? strings.none : count === 1 ? strings.one : strings.other;
  return fill(template, { count, query });
}

/** Creates an element with a class and, optionally, text. */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The words under a result's title: what kind of page it is, and its track or group. */
export function resultContext(data: PagefindResultData, strings: SearchStrings): string {
  const kind = strings.kinds[data.meta.kind as SearchPageKind];
  const where = data.meta.kind === 'track' ? undefined : (data.meta.track ?? data.meta.group);
  return [kind, where].filter(Boolean).join(' · ');
}

/**
 * The result's title, with the level code in its badge as level pages show it. A theme section
 * names its level and its theme: "P3 Senior product manager · Discovery".
 */
function titleContent(data: PagefindResultData): Node[] {
  const text = data.meta.page ? `${data.meta.page} · ${data.meta.title}` : (data.meta.title ?? data.url);
  const title = document.createTextNode(text);
  if (!data.meta.level) return [title];
  return [element('span', 'code', data.meta.level), document.createTextNode(' '), title];
}

/** The sections of a page that match best, for links straight to a theme on a level. */
function bestSections(data: PagefindResultData, count: number): PagefindSubResult[] {
  return (data.sub_results ?? [])
    .filter((section) => section.url.includes('#'))
    .sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0))
    .slice(0, count);
}

/** One compact result for the header preview: a single link with its context. */
export function renderPreviewItem(data: PagefindResultData, strings: SearchStrings): HTMLLIElement {
  const item = element('li', 'search-preview-item');
  const link = element('a', 'search-preview-link');
  link.href = data.url;
  const title = element('span', 'search-preview-title');
  title.append(...titleContent(data));
  link.append(title, element('span', 'search-result-context', resultContext(data, strings)));
  item.append(link);
  return item;
}

/** One full result for the search page: title, context, excerpt and matching sections. */
export function renderResult(data: PagefindResultData, strings: SearchStrings): HTMLLIElement {
  const item = element('li', 'search-result');
  const heading = element('h2', 'search-result-title');
  const link = element('a', '');
  link.href = data.url;
  link.append(...titleContent(data));
  heading.append(link);
  item.append(heading, element('p', 'search-result-context', resultContext(data, strings)));
  // A theme section is already one section: listing it again under itself says nothing.
  const sections = data.meta.kind === 'section' ? [] : bestSections(data, 3);
  // Snippets start at a sentence; Pagefind's own excerpt is the fallback.
  const snippet = (locations?: number[], fallback = data.excerpt) =>
    sentenceExcerpt(data.content, locations) ?? fallback;
  const pageSnippet = snippet(data.locations);
  const sectionSnippets = sections.map((section) => snippet(section.locations, section.excerpt));
  // The page's excerpt is often a section's excerpt too; show each passage once, with its link.
  if (!sectionSnippets.includes(pageSnippet)) {
    const excerpt = element('p', 'search-result-excerpt');
    excerpt.innerHTML = pageSnippet;
    item.append(excerpt);
  }
  if (sections.length) {
    const list = element('ul', 'search-result-sections');
    list.setAttribute('aria-label', strings.sections);
    for (const [index, section] of sections.entries()) {
      const entry = element('li', '');
      const anchor = element('a', '', section.title);
      anchor.href = section.url;
      const text = element('p', 'search-result-excerpt');
      text.innerHTML = sectionSnippets[index];
      entry.append(anchor, text);
      list.append(entry);
    }
    item.append(list);
  }
  return item;
}
