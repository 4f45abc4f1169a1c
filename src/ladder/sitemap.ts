/** One page in the sitemap, with the same page in other languages. */
export interface SitemapEntry {
  /** Absolute URL of the page. */
  url: string;
  /** The page in every language, `x-default` included, when the site has several. */
  alternates?: { hreflang: string; url: string }[];
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Writes `sitemap.xml`. No `lastmod`: a date that changes on every build would make two
 * builds of the same content differ, and search engines treat a wrong date worse than none.
 */
export function sitemapXml(entries: readonly SitemapEntry[]): string {
  const urls = entries.map((entry) => {
    const alternates = (entry.alternates ?? []).map(
      (alt) =>
        `\n    <xhtml:link rel="alternate" hreflang="${escapeXml(alt.hreflang)}" href="${escapeXml(alt.url)}"/>`,
    );
    return `  <url>\n    <loc>${escapeXml(entry.url)}</loc>${alternates.join('')}\n  </url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${urls.join('\n')}
</urlset>
`;
}

/** Writes `robots.txt`: everything may be crawled, and the sitemap is announced. */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
