import { useTranslations } from '../i18n/index.ts';
import type { Ladder, Level } from '../ladder/model.ts';
import { urlsFor } from '../ladder/urls.ts';
import { formatAsOf, zonedPayText } from '../pay/format.ts';
import { publishedPay } from '../pay/ranges.ts';
import { usePayStrings } from '../pay/strings.ts';

/** Ready-to-paste texts that put a level in a job offer. */
export interface JobOfferSnippets {
  /** For job boards and e-mail, which take neither Markdown nor HTML: title, code, company, pay, link. */
  plain: string;
  /** For Markdown editors: the card linking to the level, the pay and the link. */
  markdown: string;
  /** For HTML editors: the same as the Markdown snippet. */
  html: string;
  /** Address of the company's open roles at the level, when the settings give `careersUrl`. */
  openRoles?: string;
}

/** Escapes text for HTML attributes and content. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Escapes the characters that would end Markdown link text or image alt text early. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\[\]])/g, '\\$1');
}

/** The careers address for one level: `{code}` and `{level}` in `careersUrl` filled in. */
export function openRolesUrl(template: string | undefined, level: Level): string | undefined {
  if (!template) return undefined;
  return template
    .replaceAll('{code}', encodeURIComponent(level.data.code))
    .replaceAll('{level}', encodeURIComponent(level.id));
}

/**
 * The job-offer snippets of a level, in a language. Pay comes from `publishedPay`, as on the
 * page, the card and the exports, so a recruiter pastes exactly the range the page shows.
 */
export function jobOfferSnippets(
  level: Level,
  ladder: Ladder,
  options: { locale?: string; card: string; cardAlt: string },
): JobOfferSnippets {
  const locale = options.locale ?? ladder.locale;
  const { settings } = ladder;
  const t = useTranslations(locale);
  const p = usePayStrings(locale);
  const link = urlsFor(settings, locale).absolute(urlsFor(settings, locale).level(level.track.id, level.id));
  const organisation = settings.organisation.name;
  const heading = `${level.data.title} (${level.data.code}) · ${organisation}`;
  const linkText = t('share.offer.linkText', {
    level: `${level.data.code} ${level.data.title}`,
    organisation,
  });
  const ranges = publishedPay(level).map((range) => zonedPayText(range, locale));
  const asOf = settings.pay.asOf
    ? ` (${p('asOfShort', { date: formatAsOf(settings.pay.asOf, locale) })})`
    : '';
  const payLines =
    ranges.length === 0
      ? []
      : ranges.length === 1
        ? [`${p('payLine', { pay: ranges[0] })}${asOf}`]
        : [p('payHeading', { asOf }), ...ranges.map((range) => `- ${range}`)];
  const plain = [heading, ...payLines, `${p('offer.more')}: ${link}`].join('\n');

  const payMarkdown = payLines.map((line) => escapeMarkdown(line)).join('\n');
  const markdown = [
    `[![${escapeMarkdown(options.cardAlt)}](${options.card})](${link})`,
    `**${escapeMarkdown(heading)}**`,
    ...(payMarkdown ? [payMarkdown] : []),
    `[${escapeMarkdown(linkText)}](${link})`,
  ].join('\n\n');

  const payHtml =
    ranges.length > 1
      ? `<p>${escapeHtml(payLines[0])}</p>\n<ul>\n${ranges.map((range) => `  <li>${escapeHtml(range)}</li>`).join('\n')}\n</ul>`
      : payLines.map((line) => `<p>${escapeHtml(line)}</p>`).join('\n');
  const html = [
    `<a href="${escapeHtml(link)}"><img src="${escapeHtml(options.card)}" width="600" height="315" alt="${escapeHtml(options.cardAlt)}"></a>`,
    `<p><strong>${escapeHtml(heading)}</strong></p>`,
    ...(payHtml ? [payHtml] : []),
    `<p><a href="${escapeHtml(link)}">${escapeHtml(linkText)}</a></p>`,
  ].join('\n');

  const openRoles = openRolesUrl(settings.careersUrl, level);
  return { plain, markdown, html, ...(openRoles ? { openRoles } : {}) };
}
