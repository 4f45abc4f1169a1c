import type { BuildCost, SizeRun } from './results.ts';
import { medianBuild } from './rounds.ts';
import { linearFit } from './statistics.ts';

/** One build of the size series. */
export interface SizePoint {
  pages: number;
  seconds: number;
}

/** How build time grows with the number of pages. */
export interface ScalingSummary {
  points: (SizePoint & { secondsPer100Pages: number })[];
  /** Cost of each extra 100 pages between one size and the next. */
  marginalSecondsPer100Pages: number[];
  /** Least-squares line: fixed cost in seconds, cost per 100 pages, and r². */
  fit: { fixedSeconds: number; secondsPer100Pages: number; r2: number };
  /**
   * `linear` when each extra page costs about the same at every size, `worse than linear` when
   * extra pages cost more as the site grows, `better than linear` when they cost less (fixed
   * costs spread over more pages); `unknown` with fewer than three sizes.
   */
  verdict: 'linear' | 'worse than linear' | 'better than linear' | 'unknown';
  /** One sentence on how time grows, for the report. */
  note: string;
}

/**
 * Summarises a size series. Seconds per 100 pages fall as sites grow, because start-up is a
 * fixed cost, so linearity is judged on the marginal cost instead: the cost of the last
 * extra pages compared with the first. Within 25% of each other, time is linear in pages.
 */
export function summariseScaling(points: readonly SizePoint[]): ScalingSummary {
  const sorted = [...points].sort((a, b) => a.pages - b.pages);
  const withRate = sorted.map((p) => ({ ...p, secondsPer100Pages: (p.seconds / p.pages) * 100 }));
  const marginal = sorted
    .slice(1)
    .map((p, index) => ((p.seconds - sorted[index].seconds) / (p.pages - sorted[index].pages)) * 100);
  const line =
    sorted.length >= 2
      ? linearFit(sorted.map((p) => ({ x: p.pages, y: p.seconds })))
      : { intercept: 0, slope: sorted.length ? sorted[0].seconds / sorted[0].pages : 0, r2: 1 };
  const fit = { fixedSeconds: line.intercept, secondsPer100Pages: line.slope * 100, r2: line.r2 };
  const fitText = `${fit.fixedSeconds.toFixed(1)} s fixed + ${fit.secondsPer100Pages.toFixed(2)} s per 100 pages (r² ${fit.r2.toFixed(3)})`;
  if (marginal.length < 2) {
    const note =
      marginal.length === 0
        ? 'One size only: growth not measured.'
        : `Two sizes only, too few to judge linearity: ${fitText}.`;
    return { points: withRate, marginalSecondsPer100Pages: marginal, fit, verdict: 'unknown', note };
  }
  const first = marginal[0];
  const last = marginal[marginal.length - 1];
  const growth = first > 0 ? last / first : Number.POSITIVE_INFINITY;
  const verdict = growth > 1.25 ? 'worse than linear' : growth < 0.75 ? 'better than linear' : 'linear';
  const note = `${verdict[0].toUpperCase()}${verdict.slice(1)}: the last extra pages cost ${growth.toFixed(2)}x as much per page as the first; ${fitText}.`;
  return { points: withRate, marginalSecondsPer100Pages: marginal, fit, verdict, note };
}

/**
 * One size of a size series from its builds: the median of its cold builds stands for it, and
 * the report says how many there were.
 */
export function sizeRunOf(size: Omit<SizeRun, 'cold' | 'coldBuilds'>, colds: readonly BuildCost[]): SizeRun {
  return { ...size, cold: medianBuild(colds), coldBuilds: colds.length };
}
