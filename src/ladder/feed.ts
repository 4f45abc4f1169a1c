import type { Ladder } from './model.ts';
import { urlsFor } from './urls.ts';

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Labels the feed needs in the ladder's language, from the interface strings. */
export interface FeedWords {
  /** Title of the "What changed" page. */
  title: string;
  /** "Version 3.0", for each entry's title. */
  version: (version: string) => string;
  /** Heading over an entry's reason. */
  why: string;
  /** Sentence naming the review cycle an entry applies from. */
  appliesFrom: (month: string) => string;
}

/**
 * The changelog as an Atom feed, so HR tools and curious employees can follow changes. Dates
 * are the entries' own days, never the build time, so two builds of the same content write
 * the same feed. Undefined for a ladder without a changelog.
 */
export function changelogAtom(ladder: Ladder, words: FeedWords): string | undefined {
  const [latest] = ladder.changelog;
  if (!latest) return undefined;
  const urls = urlsFor(ladder.settings, ladder.locale);
  const page = urls.absolute(urls.changes());
  const day = (date: string) => `${date}T00:00:00Z`;
  const entries = ladder.changelog.map((entry) => {
    const html = [
      `<ul>${entry.changes.map((change) => `<li>${escapeXml(change)}</li>`).join('')}</ul>`,
      `<p><strong>${escapeXml(words.why)}</strong>: ${escapeXml(entry.why)}</p>`,
      `<p>${escapeXml(words.appliesFrom(entry.appliesFrom))}</p>`,
    ].join('');
    return `  <entry>
    <id>${escapeXml(`${page}#${entry.anchor}`)}</id>
    <title>${escapeXml(`${words.version(entry.version)} · ${entry.title}`)}</title>
    <updated>${day(entry.date)}</updated>
    <link rel="alternate" type="text/html" href="${escapeXml(`${page}#${entry.anchor}`)}"/>
    <content type="html">${escapeXml(html)}</content>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(ladder.locale)}">
  <id>${escapeXml(page)}</id>
  <title>${escapeXml(`${words.title} · ${ladder.settings.organisation.name} ${ladder.settings.title}`)}</title>
  <updated>${day(latest.date)}</updated>
  <author><name>${escapeXml(ladder.settings.organisation.name)}</name></author>
  <link rel="alternate" type="text/html" href="${escapeXml(page)}"/>
  <link rel="self" type="application/atom+xml" href="${escapeXml(urls.absolute(urls.changesFeed()))}"/>
${entries.join('\n')}
</feed>
`;
}
