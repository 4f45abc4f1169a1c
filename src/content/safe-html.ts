import { Parser } from 'htmlparser2';

/*
 * The allowlist for raw HTML in Markdown bodies, shared by the check (which reports what it
 * removes, with the line) and by the sanitiser that runs on every rendered Markdown body, so
 * the two can never disagree. MDX bodies are trusted code and never pass through here.
 */

/** Elements kept, with their attributes; everything Markdown itself produces is in here. */
const allowedElements: ReadonlySet<string> = new Set(
  (
    'a abbr b bdi bdo blockquote br caption cite code col colgroup dd del details dfn div dl dt em ' +
    'figcaption figure h1 h2 h3 h4 h5 h6 hr i img input ins kbd li mark ol p pre q rp rt ruby s ' +
    'samp section small span strong sub summary sup table tbody td tfoot th thead time tr u ul var wbr'
  ).split(' '),
);

/**
 * Elements dropped with everything inside them: their content is code, a document of its own
 * or a form control, never text meant for the page.
 */
const droppedWithContent: ReadonlySet<string> = new Set(
  (
    'script style iframe frame frameset object embed applet form textarea select button title ' +
    'noscript noembed noframes template svg math xmp plaintext head'
  ).split(' '),
);

/**
 * Elements whose content the HTML parser reads as raw text up to their end tag: left open, they
 * swallow the rest of the page.
 */
const rawTextElements: ReadonlySet<string> = new Set(['textarea', 'script', 'style', 'title']);

/** Attributes any kept element may have. `id` stays so headings keep their anchors. */
const globalAttributes: ReadonlySet<string> = new Set(['id', 'class', 'title', 'lang', 'dir', 'role']);

/** The attribute Astro's Markdown pipeline gives a local image, in the case Astro looks for. */
const astroImageAttribute = '__ASTRO_IMAGE_';

/** Attributes a kept element may have on top of the global ones. */
const elementAttributes: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'rel', 'hreflang'],
  // `__astro_image_` is where Astro's Markdown leaves a local image, which it replaces with the
  // optimised image's attributes when the page renders.
  img: ['src', 'alt', 'width', 'height', 'loading', 'decoding', astroImageAttribute.toLowerCase()],
  blockquote: ['cite'],
  q: ['cite'],
  del: ['cite', 'datetime'],
  ins: ['cite', 'datetime'],
  time: ['datetime'],
  ol: ['start', 'reversed', 'type'],
  li: ['value'],
  td: ['colspan', 'rowspan', 'align'],
  th: ['colspan', 'rowspan', 'align', 'scope'],
  col: ['span'],
  colgroup: ['span'],
  details: ['open'],
  input: ['type', 'checked', 'disabled'],
};

/** Attributes that hold an address, whose scheme is checked. */
const urlAttributes: ReadonlySet<string> = new Set(['href', 'src', 'cite']);

/** Schemes an address may use; a relative address has none. */
export const safeSchemes: ReadonlySet<string> = new Set(['http', 'https', 'mailto', 'tel']);

const voidElements: ReadonlySet<string> = new Set(['br', 'col', 'hr', 'img', 'input', 'wbr']);

/**
 * The scheme of an address, lowercased, or undefined for a relative one. Browsers ignore tabs,
 * newlines and leading control characters in a scheme (`java\tscript:`), so this does too.
 */
export function urlScheme(url: string): string | undefined {
  const cleaned = [...url]
    .filter((char) => char > ' ' || char === ' ')
    .join('')
    .trim()
    .toLowerCase();
  const colon = cleaned.indexOf(':');
  if (colon <= 0) return undefined;
  const before = cleaned.slice(0, colon);
  if (/[/?#]/.test(before)) return undefined;
  return before;
}

/** Why one attribute of a kept element is removed, or undefined when it is kept. */
function attributeRemoval(element: string, name: string, value: string): string | undefined {
  if (name.startsWith('aria-') || name.startsWith('data-')) return undefined;
  if (name.startsWith('on')) return `the \`${name}\` event attribute of \`<${element}>\``;
  if (name === 'style') return `the \`style\` attribute of \`<${element}>\``;
  if (!globalAttributes.has(name) && !elementAttributes[element]?.includes(name)) {
    return `the \`${name}\` attribute of \`<${element}>\``;
  }
  if (urlAttributes.has(name)) {
    const scheme = urlScheme(value);
    if (scheme !== undefined && !safeSchemes.has(scheme)) {
      return `the \`${scheme}:\` address in \`${name}\` of \`<${element}>\``;
    }
  }
  return undefined;
}

/** Something the sanitiser removes, or an unclosed construct that hides what follows it. */
export interface HtmlFinding {
  /** Offset in the HTML where the finding starts. */
  offset: number;
  /** `removed`: dropped from the page; `unclosed`: hides the rest of the page. */
  kind: 'removed' | 'unclosed';
  /** What it is, for a message: "the `<meta>` element", "`<textarea>`". */
  what: string;
}

/** Escapes text for an HTML text node or a double-quoted attribute value. */
const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/**
 * Parses HTML and re-serialises only what the allowlist keeps. Returns the safe HTML and what
 * was removed or left open, with offsets. One walk serves both the check and the sanitiser.
 */
export function filterHtml(html: string): {
  html: string;
  findings: HtmlFinding[];
  /** The `src` of every image kept, with its offset, for the check of where images come from. */
  images: { offset: number; src: string }[];
} {
  const out: string[] = [];
  const findings: HtmlFinding[] = [];
  const images: { offset: number; src: string }[] = [];
  // Open elements as written, and whether each was kept, so end tags match their start tags.
  const open: { name: string; kept: boolean; dropping: boolean; offset: number }[] = [];
  let dropDepth = 0;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const offset = parser.startIndex;
        const inDropped = dropDepth > 0;
        // Task lists render as disabled checkboxes; any other input is a form control.
        const kept =
          !inDropped &&
          allowedElements.has(name) &&
          (name !== 'input' || attributes.type?.toLowerCase() === 'checkbox');
        // htmlparser2 closes void elements itself, so every element is pushed and popped.
        const dropping = droppedWithContent.has(name) || inDropped;
        if (dropping) dropDepth++;
        open.push({ name, kept, dropping, offset });
        if (inDropped) return;
        if (!kept) {
          findings.push({ offset, kind: 'removed', what: `the \`<${name}>\` element` });
          return;
        }
        let tag = `<${name}`;
        for (const [written, value] of Object.entries(attributes)) {
          // Names are compared in lowercase, as browsers read them; Astro's own one keeps its case.
          const attribute = written === astroImageAttribute ? written : written.toLowerCase();
          const removal = attributeRemoval(name, attribute.toLowerCase(), value);
          if (removal) findings.push({ offset, kind: 'removed', what: removal });
          else tag += value === '' ? ` ${attribute}` : ` ${attribute}="${escapeHtml(value)}"`;
          if (!removal && name === 'img' && attribute === 'src') images.push({ offset, src: value });
        }
        out.push(`${tag}>`);
      },
      ontext(text) {
        if (dropDepth === 0) out.push(escapeHtml(text));
      },
      onclosetag(name, isImplied) {
        const index = open.findLastIndex((element) => element.name === name);
        if (index === -1) return;
        const [element] = open.splice(index, 1);
        if (isImplied && rawTextElements.has(name)) {
          findings.push({ offset: element.offset, kind: 'unclosed', what: `\`<${name}>\`` });
        }
        if (element.dropping) dropDepth--;
        if (element.kept && !voidElements.has(name)) out.push(`</${name}>`);
      },
      oncomment() {
        // An unclosed comment ends at the end of the input, and parsers disagree on where:
        // the raw text says whether it was closed.
        const start = parser.startIndex;
        if (!html.startsWith('-->', parser.endIndex - 2) && html.indexOf('-->', start + 4) === -1) {
          findings.push({ offset: start, kind: 'unclosed', what: '`<!--`' });
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: false },
  );
  parser.end(html);
  return { html: out.join(''), findings, images };
}

/**
 * Rendered Markdown with raw HTML passed through the allowlist: formatting, tables, details,
 * images and links stay; scripts, styles, frames, forms, `meta` and `base`, event and style
 * attributes and addresses with a scheme other than http, https, mailto and tel are removed.
 */
export function sanitizeHtml(html: string): string {
  return filterHtml(html).html;
}

/**
 * The allowlist as text, for cache keys: a body stored before the list changed is rendered
 * and sanitised again instead of being served from Astro's content store.
 */
export const allowlistFingerprint = JSON.stringify([
  [...allowedElements],
  [...droppedWithContent],
  [...globalAttributes],
  elementAttributes,
  [...urlAttributes],
  [...safeSchemes],
]);
