// Intl formatters, built once per locale and options. Building one costs far more than using
// it, and a build formats numbers, amounts and dates on every one of a thousand pages.

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** The formatter in `formats` for a locale and options, made by `make` on first use. */
function shared<T>(formats: Map<string, T>, locale: string, options: object, make: () => T): T {
  const key = `${locale}\u0000${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (format === undefined) {
    format = make();
    formats.set(key, format);
  }
  return format;
}

/** A shared `Intl.NumberFormat` for the locale and options; the same arguments give the same object. */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return shared(numberFormats, locale, options, () => new Intl.NumberFormat(locale, options));
}

/** A shared `Intl.DateTimeFormat` for the locale and options; the same arguments give the same object. */
export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat {
  return shared(dateFormats, locale, options, () => new Intl.DateTimeFormat(locale, options));
}
