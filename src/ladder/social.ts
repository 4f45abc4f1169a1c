/**
 * A full locale for Open Graph's `og:locale`, such as `en_GB` or `fr_FR`: link previews want
 * a language and a territory. The settings' `region` for the language when given, else the
 * territory most likely for the language (`fr` gives `fr_FR`, `en` gives `en_US`).
 */
export function ogLocale(code: string, region?: string): string {
  const locale = new Intl.Locale(code);
  const territory = region ?? locale.region ?? locale.maximize().region;
  return territory ? `${locale.language}_${territory}` : locale.language;
}

/** The `og:title` of a page: its title with the company's name, unless the title already has it. */
export function ogTitle(title: string, organisation: string): string {
  return title.includes(organisation) ? title : `${title} · ${organisation}`;
}
