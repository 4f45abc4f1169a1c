import type { PayRange, Settings } from '../schemas/index.ts';

/** A published pay range with its zone resolved, as every page, card and export shows it. */
export interface ZonedPayRange extends PayRange {
  /** Id of the zone; undefined when the settings list no zones (one range for everyone). */
  zone: string | undefined;
  /** Name of the zone in the ladder's language; undefined with the zone. */
  zoneLabel: string | undefined;
}

/**
 * Id of the zone shown first and given to ranges that name none: the settings'
 * `pay.defaultZone`, else the first zone, else undefined (the ladder has no zones).
 */
export function defaultZone(settings: Pick<Settings, 'pay'>): string | undefined {
  return settings.pay.defaultZone ?? settings.pay.zones[0]?.id;
}

/** The ranges of a level as written, a single range being a list of one. */
export function writtenRanges(pay: PayRange | PayRange[] | undefined): PayRange[] {
  if (!pay) return [];
  return Array.isArray(pay) ? pay : [pay];
}

/**
 * A level's published pay, from its `pay` as written: every range with its zone resolved, in
 * the settings' zone order (the default zone first), and the default zone's range on its own.
 * Nothing when the settings or the level's track (`publishes` false) do not publish pay. The
 * ladder model computes this once; pages, cards, snippets, structured data, `ladder.json` and
 * CSV all read it, so they cannot disagree.
 */
export function levelPay(
  pay: PayRange | PayRange[] | undefined,
  publishes: boolean,
  settings: Pick<Settings, 'pay'>,
): { pay: ZonedPayRange | undefined; payRanges: ZonedPayRange[] } {
  // `pay` is always set, so it replaces the written `pay` when spread over a level's data.
  if (!publishes) return { pay: undefined, payRanges: [] };
  const fallback = defaultZone(settings);
  const zones = settings.pay.zones;
  const order = fallback ? [fallback, ...zones.map((z) => z.id).filter((id) => id !== fallback)] : [];
  const position = (zone: string | undefined) => (zone ? order.indexOf(zone) : -1);
  const payRanges = writtenRanges(pay)
    .map((range) => {
      const zone = range.zone ?? fallback;
      return { ...range, zone, zoneLabel: zones.find((z) => z.id === zone)?.label };
    })
    .sort((a, b) => position(a.zone) - position(b.zone));
  return { pay: payRanges[0], payRanges };
}

/** The pay ranges a level publishes, one per zone, the default zone first; empty when none. */
export function publishedPay(level: { data: { payRanges: ZonedPayRange[] } }): ZonedPayRange[] {
  return level.data.payRanges;
}

/** The range a reader sees first: in the zone asked for when the level has one, else the first. */
export function rangeForZone(ranges: ZonedPayRange[], zone: string | undefined): ZonedPayRange | undefined {
  return ranges.find((range) => range.zone === zone) ?? ranges[0];
}

/** How the pay of one level differs from another's in the same zone, currency and period. */
export interface PayStep {
  zone: string | undefined;
  zoneLabel: string | undefined;
  currency: string;
  period: PayRange['period'];
  /** Difference of the bottoms of the ranges, higher level minus lower. */
  min: number;
  /** Difference of the tops of the ranges. */
  max: number;
  /** The difference of midpoints as a share of the lower midpoint: 0.2 for 20% more. */
  midpointChange: number;
}

/**
 * The step in pay between two levels, zone by zone, for zones where both publish a range in
 * the same currency, period and basis: comparing a yearly salary in euros with a daily rate in
 * francs would mean nothing.
 */
export function payStep(from: ZonedPayRange[], to: ZonedPayRange[]): PayStep[] {
  return to.flatMap((upper) => {
    const lower = from.find(
      (range) =>
        range.zone === upper.zone &&
        range.currency === upper.currency &&
        range.period === upper.period &&
        range.basis === upper.basis,
    );
    if (!lower) return [];
    const mid = (range: PayRange) => (range.min + range.max) / 2;
    return [
      {
        zone: upper.zone,
        zoneLabel: upper.zoneLabel,
        currency: upper.currency,
        period: upper.period,
        min: upper.min - lower.min,
        max: upper.max - lower.max,
        midpointChange: mid(lower) === 0 ? 0 : (mid(upper) - mid(lower)) / mid(lower),
      },
    ];
  });
}
