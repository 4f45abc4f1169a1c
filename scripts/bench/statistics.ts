/**
 * The value below which `p` percent of the values fall, interpolating between the two nearest
 * ranks (the method of spreadsheets and numpy's default), so small samples give smooth values.
 * Throws on an empty list: a percentile of nothing is a bug in the caller.
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('percentile of an empty list');
  if (p < 0 || p > 100) throw new Error(`percentile ${p} is outside 0-100`);
  const sorted = [...values].sort((a, b) => a - b);
  const position = (p / 100) * (sorted.length - 1);
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
}

/** The middle value: the mean of the two middle values when the count is even. */
export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** The arithmetic mean. */
export function mean(values: readonly number[]): number {
  if (values.length === 0) throw new Error('mean of an empty list');
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** A straight line through points by least squares, and how well it fits (r², 1 is perfect). */
export function linearFit(points: readonly { x: number; y: number }[]): {
  intercept: number;
  slope: number;
  r2: number;
} {
  if (points.length < 2) throw new Error('a line needs at least two points');
  const mx = mean(points.map((p) => p.x));
  const my = mean(points.map((p) => p.y));
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (const { x, y } of points) {
    sxy += (x - mx) * (y - my);
    sxx += (x - mx) ** 2;
    syy += (y - my) ** 2;
  }
  const slope = sxx === 0 ? 0 : sxy / sxx;
  const intercept = my - slope * mx;
  const r2 = syy === 0 ? 1 : (sxy * sxy) / (sxx * syy);
  return { intercept, slope, r2 };
}
