import { describe, expect, it } from 'vitest';
import { sentenceExcerpt } from '../../src/search/client/excerpt.ts';
import { splitSections, urlOfFile } from '../../src/search/sections.ts';

const record = (theme: string) =>
  JSON.stringify({
    meta: { title: theme, kind: 'section', track: 'Product', level: 'P2', page: 'Senior PM' },
    filters: { track: ['Product'], level: ['P2 Senior PM'], theme: [theme], group: ['Hard skills'] },
  }).replace(/"/g, '&quot;');

const levelPage = `<!doctype html><html lang="fr"><body><main data-pagefind-body>
<div hidden data-pagefind-ignore>
<span data-pagefind-meta="title">Senior PM</span>
<span data-pagefind-filter="track">Product</span>
<span data-pagefind-filter="theme">Discovery</span><span data-pagefind-filter="theme">Communication</span>
<span data-pagefind-filter="group">Hard skills</span>
<span data-search-section="discovery" data-search-record="${record('Discovery')}"></span>
<span data-search-section="communication" data-search-record="${record('Communication')}"></span>
</div>
<h1>Senior PM</h1><p>Owns a product area &amp; its roadmap.</p>
<section class="theme-section" data-theme="discovery"><h3 id="discovery">Discovery <a data-pagefind-ignore href="#discovery">#</a></h3>
<p data-pagefind-ignore>Finding problems.</p><ul><li>Plans discovery for the roadmap.</li><li>Interviews customers.</li></ul></section>
<section aria-labelledby="communication"><h3 id="communication">Communication</h3><ul><li>Writes the roadmap update.</li></ul></section>
</main></body></html>`;

describe('theme sections in the search index', () => {
  const { page, records } = splitSections(levelPage, 'product/senior-pm/index.html');

  it('makes each theme section of a level a record of its own, at its anchor', () => {
    expect(records.map((r) => r.url)).toEqual([
      '/product/senior-pm/#discovery',
      '/product/senior-pm/#communication',
    ]);
    expect(records[0]).toMatchObject({
      language: 'fr',
      content: 'Plans discovery for the roadmap.\nInterviews customers.',
      meta: { title: 'Discovery', kind: 'section', level: 'P2', page: 'Senior PM', track: 'Product' },
      filters: { theme: ['Discovery'], group: ['Hard skills'], track: ['Product'] },
    });
    expect(records[1].content).toBe('Writes the roadmap update.');
  });

  it('leaves the sections and their theme filters out of the page record, which keeps its own text', () => {
    expect(page).toContain('Owns a product area &amp; its roadmap.');
    expect(page).toContain('data-theme="discovery" data-pagefind-ignore="all"');
    expect(page).toMatch(/<section aria-labelledby="communication" data-pagefind-ignore="all">/);
    expect(page).not.toContain('data-pagefind-filter="theme"');
    expect(page).not.toContain('data-pagefind-filter="group"');
    expect(page).toContain('<span data-pagefind-filter="track">Product</span>');
    expect(page).not.toContain('data-search-section');
  });

  it('leaves pages without sections untouched', () => {
    const guide =
      '<html lang="en"><body><main data-pagefind-body><p>Reviews &amp; more</p></main></body></html>';
    expect(splitSections(guide, 'guides/faq/index.html')).toEqual({ page: guide, records: [] });
  });

  it('gives records the URL Pagefind gives their page', () => {
    expect(urlOfFile('index.html')).toBe('/');
    expect(urlOfFile('fr/product/pm/index.html')).toBe('/fr/product/pm/');
  });
});

describe('search snippets', () => {
  const content =
    'Works with one squad on its backlog. Runs the squad’s discovery with a designer, and keeps the roadmap honest. Writes the release notes.';

  it('start at the beginning of the sentence that holds the first match', () => {
    const words = content.split(' ');
    const excerpt = sentenceExcerpt(content, [words.indexOf('roadmap')], 12);
    expect(excerpt).toBe(
      'Runs the squad’s discovery with a designer, and keeps the <mark>roadmap</mark> honest. …',
    );
  });

  it('start a few words before the match, after an ellipsis, when the sentence began long before', () => {
    const long = `${'word '.repeat(40)}roadmap here.`;
    expect(sentenceExcerpt(long, [40], 6)).toBe('… word word word word <mark>roadmap</mark> here.');
  });

  it('escape the text around the marks', () => {
    expect(sentenceExcerpt('Owns <b> & roadmap.', [3])).toBe('Owns &lt;b&gt; &amp; <mark>roadmap.</mark>');
    expect(sentenceExcerpt('Owns &lt;b&gt; &amp; roadmap.', [3])).toBe(
      'Owns &lt;b&gt; &amp; <mark>roadmap.</mark>',
    );
  });

  it('leave Pagefind’s excerpt in place without content or matches', () => {
    expect(sentenceExcerpt(undefined, [1])).toBeUndefined();
    expect(sentenceExcerpt(content, [])).toBeUndefined();
  });
});
