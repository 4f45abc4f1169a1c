import type { BenchResults } from './results.ts';

/** Bytes in a kilobyte, as the targets count them: the stricter decimal kilobyte. */
export const kilobyte = 1000;

/** Formats bytes as kilobytes with one decimal: `29.4 KB`. */
export const kb = (bytes: number) => `${(bytes / kilobyte).toFixed(1)} KB`;

/**
 * Compares the results with the product's performance targets (PRODUCT.md and the benchmark
 * issue). The benchmark reports the verdicts and never fails on them: times depend on the
 * machine and on what else runs on it.
 */
export function evaluateTargets(
  results: Omit<BenchResults, 'targets' | 'totalSeconds'>,
): BenchResults['targets'] {
  const targets: BenchResults['targets'] = [
    {
      measure: 'Warm build vs bare Astro',
      target: 'at most 1.5x (aim 1.3x)',
      value: `${results.ratio.toFixed(2)}x (CPU time ${results.cpuRatio.toFixed(2)}x)`,
      met: results.ratio <= 1.5,
    },
    {
      // Judged on the cards timed one by one in this process, as the issue asks. What drawing
      // costs inside the build (cold minus warm processor time, over the cards drawn) is shown
      // beside it: on a busy machine, single timings swing while that figure holds.
      measure: 'Share card, when drawn',
      target: 'at most 30 ms median',
      value: `${results.cards.medianMs.toFixed(1)} ms median (p95 ${results.cards.p95Ms.toFixed(1)} ms, best of 3 ${results.cards.bestOfMedianMs.toFixed(1)} ms); in the build ${results.cards.buildCpuMsPerCard.toFixed(1)} ms of CPU per card`,
      met: results.cards.medianMs <= 30,
    },
    {
      measure: 'Cards drawn by a warm rebuild',
      target: 'none',
      value: String(results.cards.warmRendered),
      met: results.cards.warmRendered === 0,
    },
  ];
  const level = results.pageWeightDetail.level;
  if (level) {
    targets.push({
      measure: 'Level page, gzipped, all included',
      target: 'at most 30 KB',
      value: `${kb(level.max)} heaviest, ${kb(level.median)} median`,
      met: level.max <= 30 * kilobyte,
    });
    targets.push({
      measure: 'Level page, JavaScript before interaction',
      target: 'no script file',
      value: `${level.heaviest.js} bytes of script files; ${level.heaviest.inlineScriptBytes} bytes inline that only attach listeners`,
      met: level.heaviest.js === 0,
    });
  }
  if ('firstQueryBytes' in results.search) {
    const search = results.search;
    targets.push(
      {
        measure: 'Search code before interaction',
        target: 'none',
        value: `${search.beforeInteractionBytes} bytes`,
        met: search.beforeInteractionBytes === 0,
      },
      {
        measure: 'First search',
        target: 'at most 150 KB',
        value: `${kb(search.firstQueryBytes)} as served (${kb(search.firstQueryGzipBytes)} with gzip)`,
        met: search.firstQueryBytes <= 150 * kilobyte,
      },
      {
        // Judged on the median of the later searches: one search costs a new index chunk or
        // none, depending on where its word sits, so a single query decides nothing.
        measure: 'Later search',
        target: 'at most 35 KB',
        value: `${kb(search.laterQueries.medianBytes)} median of ${search.laterQueries.count}, ${kb(search.laterQueries.maxBytes)} at most; the second: ${kb(search.secondQueryBytes)}`,
        met: search.laterQueries.medianBytes <= 35 * kilobyte,
      },
    );
  }
  const peak = Math.max(results.builds.cold.peakMemoryMB, results.builds.warm.peakMemoryMB);
  targets.push({
    measure: 'Peak build memory',
    target: 'at most 1.5 GB (1,536 MB)',
    value: `${Math.round(peak)} MB`,
    met: peak <= 1536,
  });
  targets.push({
    measure: 'Build time vs pages',
    target: 'linear',
    // Judged on processor time, which other work on the machine does not inflate.
    value: `${results.scaling.coldCpu.verdict} in CPU time, ${results.scaling.cold.verdict} in wall time`,
    met:
      results.scaling.coldCpu.verdict === 'unknown'
        ? null
        : results.scaling.coldCpu.verdict !== 'worse than linear',
  });
  return targets;
}
