import { describe, expect, it } from 'vitest';
import { filterHtml, sanitizeHtml, urlScheme } from '../../src/content/safe-html.ts';

describe('the Markdown sanitiser', () => {
  it('drops a meta refresh, a base and a form, so no Markdown page can send readers elsewhere', () => {
    const html = sanitizeHtml(
      '<p>Hi <meta http-equiv="refresh" content="0;url=https://evil.example/"></p><base href="https://evil.example/"><form action="https://evil.example/"><input type="text"><button>Go</button></form><p>End</p>',
    );
    expect(html).toBe('<p>Hi </p><p>End</p>');
  });

  it('drops scripts, styles, frames, objects and embeds with their content', () => {
    const html = sanitizeHtml(
      '<script>alert(1)</script><style>body{display:none}</style><iframe src="https://x.example/">x</iframe><object data="x"></object><embed src="x"><p>Kept</p>',
    );
    expect(html).toBe('<p>Kept</p>');
  });

  it('removes event and style attributes and javascript, data and vbscript addresses, whatever their case or hidden tabs', () => {
    const html = sanitizeHtml(
      '<div onclick="steal()" style="display:none" class="note">Hi</div><a href="JaVa&#x09;script:alert(1)">a</a><a href="vbscript:x">b</a><img src="data:image/png;base64,AAAA" alt="c"><a href="/themes/discovery/#who">d</a>',
    );
    expect(html).toBe(
      '<div class="note">Hi</div><a>a</a><a>b</a><img alt="c"><a href="/themes/discovery/#who">d</a>',
    );
  });

  it('keeps formatting, tables, details, images, links, task lists, footnotes and the ids of headings', () => {
    const html =
      '<h2 id="who-writes-it">Who <em>writes</em> it?</h2><p><strong>b</strong> <code>c</code> <a href="https://example.com/" rel="noopener">l</a> <img src="/_astro/x.webp" alt="x" width="10" height="10" loading="lazy" decoding="async"></p><table><thead><tr><th align="left">A</th></tr></thead><tbody><tr><td align="left">1</td></tr></tbody></table><details open><summary>More</summary><p>Text</p></details><ul><li><input type="checkbox" checked disabled> done</li></ul><sup><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref aria-describedby="footnote-label">1</a></sup>';
    expect(sanitizeHtml(html)).toBe(html);
  });

  it('keeps the attribute Astro gives a local image, in its case, for Astro to replace when the page renders', () => {
    const html =
      '<p><img __ASTRO_IMAGE_="{&quot;alt&quot;:&quot;Team&quot;,&quot;src&quot;:&quot;./team.svg&quot;}"></p>';
    expect(sanitizeHtml(html)).toBe(html);
  });

  it('escapes text again, so an entity never turns into markup', () => {
    expect(sanitizeHtml('<p>a &lt;script&gt; &amp; b</p>')).toBe('<p>a &lt;script&gt; &amp; b</p>');
  });

  it('finds a comment or a raw-text element left open, which would hide the rest of the page', () => {
    expect(filterHtml('<!-- draft\n<p>rest</p>').findings).toEqual([
      { offset: 0, kind: 'unclosed', what: '`<!--`' },
    ]);
    expect(filterHtml('<p>a</p><textarea>\n<p>rest</p>').findings).toContainEqual({
      offset: 8,
      kind: 'unclosed',
      what: '`<textarea>`',
    });
    expect(filterHtml('<!-- fine --><title>t</title>').findings.map((f) => f.kind)).toEqual(['removed']);
  });

  it('reads the scheme of an address the way a browser does', () => {
    expect(urlScheme(' Java\nScript:alert(1)')).toBe('javascript');
    expect(urlScheme('../a:b.png')).toBeUndefined();
    expect(urlScheme('/path?x=a:b')).toBeUndefined();
    expect(urlScheme('#anchor')).toBeUndefined();
  });
});
