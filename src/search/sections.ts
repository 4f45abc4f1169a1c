// Splits a built level page into what search indexes: the page without its theme sections,
// and one record per section. A level page holds every theme, so as a single record it would
// match every theme filter; as separate records, filtering "roadmap" by Communication keeps
// only what the Communication sections say. Runs on the built HTML, after the pages are written.
import { DomUtils, parseDocument } from 'htmlparser2';
import type { SearchFilterName, SearchMeta } from './facets.ts';

/** A record Pagefind indexes besides the HTML pages, in the shape of its `addCustomRecord`. */
export interface SectionRecord {
  /** The section's address: the page's URL with the theme's anchor, from the site root. */
  url: string;
  /** The section's text, as readers see it, without the parts search ignores. */
  content: string;
  /** Language of the page, from its `lang`. */
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

type Element = Parameters<typeof DomUtils.getAttributeValue>[0];
type Node = Element['children'][number];

/** Elements whose text is a block of its own: their words never run into the next block's. */
const blocks = new Set(['p', 'li', 'dt', 'dd', 'div', 'section', 'blockquote', 'td', 'th', 'figcaption']);

/** Whether a node is an element (scripts and styles included), not text or a comment. */
const isElement = (node: Node): node is Element => 'attribs' in node;

/** The text of a node as search should see it: ignored parts and headings left out, blocks apart. */
function searchableText(node: Node): string {
  if (!isElement(node)) return node.type === 'text' && 'data' in node ? String(node.data) : '';
  const element = node;
  if (DomUtils.hasAttrib(element, 'data-pagefind-ignore')) return '';
  // The theme's title is the record's title; repeated as text it would outrank the behaviours.
  if (/^(h[1-6]|script|style|template)$/.test(element.name)) return '';
  const inner = element.children.map(searchableText).join('');
  return blocks.has(element.name) ? `\n${inner}\n` : inner;
}

/** Collapses whitespace and keeps one line per block, so sentences stay whole. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** The site-root URL Pagefind gives an HTML file: `a/b/index.html` is `/a/b/`. */
export function urlOfFile(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * Splits one built page: `page` is the HTML to index as the page (its theme sections and their
 * `theme` and `group` filters removed), `records` the sections as records of their own. Pages
 * that list no section (`data-search-section`, written by SearchIndexFields) come back as they
 * were. A listed section is found by its `data-theme` wrapper, or else as the `section` around
 * the heading that holds its anchor.
 */
export function splitSections(html: string, file: string): { page: string; records: SectionRecord[] } {
  if (!html.includes('data-search-section')) return { page: html, records: [] };
  const document = parseDocument(html);
  const listed = DomUtils.findAll(
    (element) => DomUtils.hasAttrib(element, 'data-search-section'),
    document.children,
  );
  const root = DomUtils.findOne((element) => element.name === 'html', document.children);
  const language = (root && DomUtils.getAttributeValue(root, 'lang')) || 'en';
  const records: SectionRecord[] = [];
  for (const entry of listed) {
    const id = DomUtils.getAttributeValue(entry, 'data-search-section') ?? '';
    const data = JSON.parse(DomUtils.getAttributeValue(entry, 'data-search-record') ?? '{}') as {
      meta: SearchMeta;
      filters: Partial<Record<SearchFilterName, string[]>>;
    };
    const section =
      DomUtils.findOne(
        (element) => DomUtils.getAttributeValue(element, 'data-theme') === id,
        document.children,
      ) ?? closestSection(DomUtils.findOne((element) => element.attribs.id === id, document.children));
    DomUtils.removeElement(entry);
    if (!section) continue;
    const content = tidy(searchableText(section));
    // The page keeps the section on screen; only search skips it, since its record has it.
    section.attribs['data-pagefind-ignore'] = 'all';
    if (!content) continue;
    records.push({
      url: `${urlOfFile(file)}#${id}`,
      content,
      language,
      meta: Object.fromEntries(
        Object.entries(data.meta).filter((pair): pair is [string, string] => !!pair[1]),
      ),
      filters: Object.fromEntries(
        Object.entries(data.filters).filter((pair): pair is [string, string[]] => !!pair[1]),
      ),
    });
  }
  // Which themes and groups a level covers now belongs to its sections' records.
  for (const filter of DomUtils.findAll(
    (element) =>
      ['theme', 'group'].includes(DomUtils.getAttributeValue(element, 'data-pagefind-filter') ?? ''),
    document.children,
  )) {
    DomUtils.removeElement(filter);
  }
  return { page: DomUtils.getOuterHTML(document, { encodeEntities: 'utf8' }), records };
}

/** The nearest `section` element around a node, itself included. */
function closestSection(element: Element | null): Element | undefined {
  for (let node: Element | null = element; node; node = node.parent as Element | null) {
    if (isElement(node) && node.name === 'section') return node;
  }
  return undefined;
}
