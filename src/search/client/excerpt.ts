// Snippets that start where a sentence starts. Pagefind centres its excerpt on the densest
// matches, so it often opens mid-sentence ("…the squad's roadmap with"); readers skim a list
// of results by their first words, and a sentence's start says what it is about.

/** How far back, in words, a snippet may start before the first match to reach a sentence start. */
const reach = 16;

/** A word that ends a sentence: a full stop, question or exclamation mark, or a colon, with closing quotes. Not a semicolon, which ends entities such as `&amp;`. */
const sentenceEnd = /[.!?:…][»"”’)]*$/;

/** Pagefind's words: its content split on whitespace, the same split its match locations count in. */
const words = (content: string) => content.split(/[^\S\uFEFF]+/g);

/** Text for HTML: Pagefind's content may hold entities already, so they are read back first. */
function escapeHtml(text: string): string {
  const plain = text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
  return plain.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * An excerpt of `length` words that starts at the beginning of the sentence holding the first
 * match, with the matched words in `<mark>` and the rest escaped. When that sentence starts
 * more than a few words before the match, the excerpt starts a little before the match instead,
 * after an ellipsis, so the match stays in view. Undefined without content or matches: the
 * caller keeps Pagefind's own excerpt.
 */
export function sentenceExcerpt(
  content: string | undefined,
  locations: readonly number[] | undefined,
  length = 30,
): string | undefined {
  if (!content || !locations?.length) return undefined;
  const all = words(content);
  const first = Math.min(...locations);
  if (first >= all.length) return undefined;
  let start = first;
  while (start > 0 && first - start < reach && !sentenceEnd.test(all[start - 1])) start--;
  const cut = start > 0 && !sentenceEnd.test(all[start - 1]);
  if (cut) start = Math.max(0, first - 4);
  const marked = new Set(locations);
  const shown = all
    .slice(start, start + length)
    .map((word, index) =>
      marked.has(start + index) ? `<mark>${escapeHtml(word)}</mark>` : escapeHtml(word),
    );
  const before = cut ? '… ' : '';
  const after = start + length < all.length ? ' …' : '';
  return `${before}${shown.join(' ')}${after}`;
}
