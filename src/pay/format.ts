import { dateFormat, numberFormat } from '../i18n/formatters.ts';
import type { PayRange } from '../schemas/index.ts';
import type { PayStep, ZonedPayRange } from './ranges.ts';
import { type PayTranslate, usePayStrings } from './strings.ts';

/** Amounts with cents only when the range has them: `€450` a day, `€38.50` an hour. */
function currencyFormat(currency: string, locale: string, values: number[]) {
  const cents = values.some((value) => !Number.isInteger(value));
  return numberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: cents ? 2 : 0,
    maximumFractionDigits: cents ? 2 : 0,
  });
}

/**
 * The amounts of a range in the locale's own way: `€70,000–€86,000` in English,
 * `70 000–86 000 €` in French. Every place that shows a range uses this text.
 */
export function formatAmounts(range: Pick<PayRange, 'currency' | 'min' | 'max'>, locale: string): string {
  return currencyFormat(range.currency, locale, [range.min, range.max]).formatRange(range.min, range.max);
}

/** What the amounts cover, in words: `per year, gross`, `brut annuel`. */
export function payTerms(range: Pick<PayRange, 'period' | 'basis'>, t: PayTranslate): string {
  return t(`terms.${range.period}.${range.basis}`);
}

/** A range as one line of text, for snippets, cards and descriptions: `€70,000–€86,000 per year, gross`. */
export function payText(range: PayRange, locale: string): string {
  return `${formatAmounts(range, locale)} ${payTerms(range, usePayStrings(locale))}`;
}

/** A range with its zone, when the ladder has zones: `€70,000–€86,000 per year, gross · Lyon`. */
export function zonedPayText(range: ZonedPayRange, locale: string): string {
  const text = payText(range, locale);
  // A middle dot, not brackets: zone names such as `Remote (EU)` have brackets of their own.
  return range.zoneLabel ? `${text} · ${range.zoneLabel}` : text;
}

/** A step in pay in words: `+€16,000 to +€18,000 (+22%)`. */
export function payStepText(step: PayStep, locale: string): string {
  const signed = (value: number) =>
    numberFormat(locale, {
      style: 'currency',
      currency: step.currency,
      maximumFractionDigits: 0,
      signDisplay: 'exceptZero',
    }).format(value);
  const percent = numberFormat(locale, {
    style: 'percent',
    maximumFractionDigits: 0,
    signDisplay: 'exceptZero',
  }).format(step.midpointChange);
  const amounts = step.min === step.max ? signed(step.min) : `${signed(step.min)} / ${signed(step.max)}`;
  return `${amounts} (${percent})`;
}

/** The date the ranges apply from, long form in the locale: `1 June 2026`, `1 juin 2026`. */
export function formatAsOf(date: string, locale: string): string {
  return dateFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}
