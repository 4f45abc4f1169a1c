import type { LevelData } from '../schemas/index.ts';

type Pay = NonNullable<LevelData['pay']>;

/** Formats a pay range with the locale's currency and digit grouping: `€52,000 – €64,000`. */
export function formatPayRange(pay: Pay, locale: string): string {
  const format = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: pay.currency,
    maximumFractionDigits: 0,
  });
  return format.formatRange(pay.min, pay.max);
}

/** Formats a whole number for the locale. */
export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(value);
}
