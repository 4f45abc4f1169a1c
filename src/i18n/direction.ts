/** Languages written right to left, for runtimes whose `Intl.Locale` cannot say so itself. */
const rightToLeft = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'ks',
  'ps',
  'sd',
  'syr',
  'ug',
  'ur',
  'yi',
]);

/**
 * The direction a locale is written in, for `<html dir>`, share cards and arrows. Asks
 * `Intl.Locale` (`getTextInfo()`, or `textInfo` in older runtimes) and falls back to a list of
 * right-to-left languages. Kept free of imports: share cards use it, and every module they
 * load is part of their cache key.
 */
export function textDirection(locale: string): 'ltr' | 'rtl' {
  try {
    const intl = new Intl.Locale(locale) as Intl.Locale & {
      getTextInfo?: () => { direction?: string };
      textInfo?: { direction?: string };
    };
    const direction = intl.getTextInfo?.().direction ?? intl.textInfo?.direction;
    if (direction === 'rtl' || direction === 'ltr') return direction;
  } catch {
    // A code Intl refuses: the list below decides.
  }
  return rightToLeft.has(locale.split('-')[0].toLowerCase()) ? 'rtl' : 'ltr';
}

/** The arrow from one thing to the next in reading order: `→` left to right, `←` right to left. */
export function forwardArrow(locale: string): '→' | '←' {
  return textDirection(locale) === 'rtl' ? '←' : '→';
}
