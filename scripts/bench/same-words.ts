// A sanity check of the benchmark's fairness: the bare Astro and Starlight sites are only a
// fair baseline if their pages carry the words Echelon's pages show. This reads a sample of
// built pages from each site and measures how many of Echelon's words the others carry too.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { SameWords } from './results.ts';
import { median } from './statistics.ts';

// htmlparser2's node types, named through its own API rather than its dependency `domhandler`.
type Element = Parameters<typeof DomUtils.getAttributeValue>[0];
type ChildNode = Element['children'][number];

/** Elements whose content a reader never sees as text. */
const invisibleElements = new Set(['script', 'style', 'template', 'noscript', 'svg', 'head', 'title']);

/** Whether an element and all it holds are hidden from every reader. */
function isHidden(element: Element): boolean {
  return (
    invisibleElements.has(element.name) ||
    'hidden' in element.attribs ||
    element.attribs['aria-hidden'] === 'true'
  );
}

/**
 * The text a reader sees in a page's main content: the `<main>` element (the whole page when
 * there is none), without the head, scripts, styles and hidden elements. Every tag boundary
 * counts as a space, since Astro strips the whitespace between elements and words would
 * otherwise run together (`<li>a</li><li>b</li>`).
 */
export function visibleText(html: string): string {
  const document = parseDocument(html);
  const main = DomUtils.findOne((element) => element.name === 'main', document.children);
  const parts: string[] = [];
  const walk = (nodes: readonly ChildNode[]) => {
    for (const node of nodes) {
      if (node.type === 'text') parts.push(node.data);
      else if ('attribs' in node && !isHidden(node)) {
        parts.push(' ');
        walk(node.children);
        parts.push(' ');
      }
    }
  };
  walk(main ? [main] : document.children);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** The words of a text, lowercased: runs of letters and digits in any script. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** How many of a reference text's words another text carries. */
export interface WordShare {
  /** Words in the reference text, repeats included. */
  words: number;
  /** Of those, how many the other text carries. */
  found: number;
  /** `found / words`, 1 when the reference has no words. */
  share: number;
}

/**
 * The share of `reference`'s words (those in `vocabulary`, when given) that `other` carries,
 * counted with repeats: a word the
 * reference shows three times and the other once counts one found out of three. Counting
 * repeats keeps a page that mentions each word once from passing for one that shows it all.
 */
export function wordShare(reference: string, other: string, vocabulary?: ReadonlySet<string>): WordShare {
  const available = new Map<string, number>();
  for (const word of wordsOf(other)) available.set(word, (available.get(word) ?? 0) + 1);
  // Only the reference's words that come from the ladder's content, when its words are given:
  // interface labels ("Situation", "Your mark") are Echelon's own, not words the others lack.
  const words = wordsOf(reference).filter((word) => !vocabulary || vocabulary.has(word));
  let found = 0;
  for (const word of words) {
    const left = available.get(word) ?? 0;
    if (left > 0) {
      found++;
      available.set(word, left - 1);
    }
  }
  return { words: words.length, found, share: words.length ? found / words.length : 1 };
}

/**
 * About `size` items spread over their kinds: each kind gets its turn until the sample is
 * full, so a kind with 800 pages does not crowd out one with 2, and each kind's picks are
 * spread evenly over its list (so over languages too, when the list runs language by language).
 */
export function sampleAcrossKinds<T>(items: readonly T[], size: number, kindOf: (item: T) => string): T[] {
  const byKind = new Map<string, T[]>();
  for (const item of items) {
    const list = byKind.get(kindOf(item)) ?? [];
    list.push(item);
    byKind.set(kindOf(item), list);
  }
  const quota = new Map<string, number>([...byKind.keys()].map((kind) => [kind, 0]));
  let taken = 0;
  while (taken < Math.min(size, items.length)) {
    for (const [kind, list] of byKind) {
      const count = quota.get(kind) ?? 0;
      if (taken >= size || count >= list.length) continue;
      quota.set(kind, count + 1);
      taken++;
    }
  }
  return [...byKind].flatMap(([kind, list]) => {
    const count = quota.get(kind) ?? 0;
    return Array.from({ length: count }, (_, index) => list[Math.floor((index * list.length) / count)]);
  });
}

/** One sampled page: how many of Echelon's words each other site's page carries. */
export interface PageWords {
  /** Site path of the page, the same in every site. */
  path: string;
  /** Kind of Echelon page (`level`, `compare`...). */
  kind: string;
  /** Words in the Echelon page's main content (those of the ladder's content, when known). */
  echelonWords: number;
  /** Share of them on the bare Astro page; 0 when the page is missing. */
  bare: number;
  /** Share of them on the Starlight page; null when Starlight was not built. */
  starlight: number | null;
}

/** Below this share, the report warns that a site does not carry the same words. */
export const sameWordsThreshold = 0.95;

/**
 * Reads each sampled page from the three built sites (`folder` is the page's folder inside
 * each site, empty for the home page) and measures how many of Echelon's words the others
 * carry: the words of the ladder's content, when `vocabulary` holds them. A page missing from
 * a site carries none of them.
 */
export function comparePageWords(
  pages: readonly { path: string; kind: string; folder: string }[],
  dists: { echelon: string; bare: string; starlight?: string },
  vocabulary?: ReadonlySet<string>,
): PageWords[] {
  const textOf = (dist: string, folder: string) => {
    const file = join(dist, folder, 'index.html');
    return existsSync(file) ? visibleText(readFileSync(file, 'utf8')) : '';
  };
  return pages.map(({ path, kind, folder }) => {
    const echelon = textOf(dists.echelon, folder);
    return {
      path,
      kind,
      echelonWords: wordShare(echelon, '', vocabulary).words,
      bare: wordShare(echelon, textOf(dists.bare, folder), vocabulary).share,
      starlight: dists.starlight
        ? wordShare(echelon, textOf(dists.starlight, folder), vocabulary).share
        : null,
    };
  });
}

/** Sums up the sampled pages: the lowest and median share each other site carries. */
export function summariseSameWords(pages: readonly PageWords[], threshold = sameWordsThreshold): SameWords {
  const spread = (shares: number[]) =>
    shares.length ? { min: Math.min(...shares), median: median(shares) } : { min: 1, median: 1 };
  const starlight = pages.map((page) => page.starlight).filter((share): share is number => share !== null);
  return {
    pages: [...pages],
    bare: spread(pages.map((page) => page.bare)),
    starlight: starlight.length ? spread(starlight) : null,
    threshold,
  };
}

/**
 * One warning per site whose pages carry less than the threshold of Echelon's words, naming
 * how many sampled pages fall short and the worst: a site built from fewer words would look
 * cheaper than it is.
 */
export function sameWordsWarnings(result: SameWords): string[] {
  const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
  const warnings: string[] = [];
  for (const [site, shareOf] of [
    ['bare Astro', (page: PageWords) => page.bare],
    ['Starlight', (page: PageWords) => page.starlight],
  ] as const) {
    const short = result.pages
      .map((page) => ({ page, share: shareOf(page) }))
      .filter((entry): entry is { page: PageWords; share: number } => entry.share !== null)
      .filter((entry) => entry.share < result.threshold);
    if (short.length === 0) continue;
    const worst = short.reduce((a, b) => (b.share < a.share ? b : a));
    warnings.push(
      `${site} carries less than ${percent(result.threshold)} of the Echelon page's words on ${short.length} of ${result.pages.length} sampled pages (least: ${percent(worst.share)} on ${worst.page.path}).`,
    );
  }
  return warnings;
}
