import type { BenchResults, TargetVerdict } from './results.ts';

/** Bytes in a kilobyte, as the targets count them: the stricter decimal kilobyte. */
export const kilobyte = 1000;

/** Formats bytes as kilobytes with one decimal: `29.4 KB`. */
export const kb = (bytes: number) => `${(bytes / kilobyte).toFixed(1)} KB`;

/** Formats seconds with one decimal, or a dash when there is no figure. */
const seconds = (value: number | undefined) => (value === undefined ? '-' : `${value.toFixed(1)} s`);

/** A verdict from a yes-or-no judgement, or `not measured` when there was nothing to judge. */
export function verdictOf(met: boolean | null): TargetVerdict['verdict'] {
  return met === null ? 'not measured' : met ? 'met' : 'missed';
}

/** What the targets are judged on: everything a run measures but the verdicts themselves. */
export type JudgedResults = Omit<BenchResults, 'targets' | 'totalSeconds'>;

/**
 * Compares the results with the product's performance targets (PRODUCT.md and the benchmark
 * issue). The benchmark reports the verdicts and never fails on them: times depend on the
 * machine and on what else runs on it. Build times are judged on medians of the interleaved
 * rounds, so one slow moment decides nothing; a target this run could not judge (Starlight
 * not built, no browser) says `not measured` rather than passing or failing.
 */
export function evaluateTargets(results: JudgedResults): TargetVerdict[] {
  const bare = results.builds.bySystem.bare;
  const echelon = results.builds.bySystem.echelon;
  const starlight = results.builds.bySystem.starlight;
  const rounds = results.builds.rounds.length;
  const targets: TargetVerdict[] = [
    {
      measure: 'Warm build vs bare Astro',
      target: 'at most 1.3x (median of rounds)',
      value: `${results.ratio.toFixed(2)}x median of ${rounds} round(s) (CPU time ${results.cpuRatio.toFixed(2)}x)`,
      verdict: verdictOf(results.ratio <= 1.3),
    },
    {
      measure: 'Warm build vs Starlight',
      target: 'faster (median of rounds)',
      value:
        results.starlightRatio === null || !starlight
          ? 'Starlight not built (run with --starlight)'
          : `${results.starlightRatio.toFixed(2)}x median of ${rounds} round(s); Echelon ${seconds(echelon?.medianSeconds)}, Starlight ${seconds(starlight.medianSeconds)} median`,
      verdict: verdictOf(results.starlightRatio === null ? null : results.starlightRatio < 1),
    },
    {
      measure: 'Cold build vs warm build',
      target: 'at most 2x (median of rounds)',
      value: `${results.coldOverWarm.toFixed(2)}x median of ${rounds} round(s) (cold ${seconds(results.builds.cold.seconds)}, warm ${seconds(echelon?.medianSeconds)} median; bare Astro ${seconds(bare?.medianSeconds)})`,
      verdict: verdictOf(results.coldOverWarm <= 2),
    },
    {
      // Judged on the cards timed one by one in this process, as the issue asks. What drawing
      // costs inside the build (cold minus warm processor time, over the cards drawn) is shown
      // beside it: on a busy machine, single timings swing while that figure holds.
      measure: 'Share card, when drawn',
      target: 'at most 30 ms median',
      value: `${results.cards.medianMs.toFixed(1)} ms median (p95 ${results.cards.p95Ms.toFixed(1)} ms, best of 3 ${results.cards.bestOfMedianMs.toFixed(1)} ms); in the build ${results.cards.buildCpuMsPerCard.toFixed(1)} ms of CPU per card`,
      verdict: verdictOf(results.cards.medianMs <= 30),
    },
    {
      measure: 'Cards drawn by a warm rebuild',
      target: 'none',
      value: String(results.cards.warmRendered),
      verdict: verdictOf(results.cards.warmRendered === 0),
    },
  ];
  const level = results.pageWeightDetail.level;
  targets.push(
    {
      measure: 'Level page, gzipped, all included',
      target: 'at most 20 KB',
      value: level ? `${kb(level.max)} heaviest, ${kb(level.median)} median` : 'no level page',
      verdict: verdictOf(level ? level.max <= 20 * kilobyte : null),
    },
    {
      measure: 'Level page, JavaScript before interaction',
      target: 'no script file',
      value: level
        ? `${level.heaviest.js} bytes of script files; ${level.heaviest.inlineScriptBytes} bytes inline that only attach listeners`
        : 'no level page',
      verdict: verdictOf(level ? level.heaviest.js === 0 : null),
    },
  );
  const search = 'firstQueryBytes' in results.search ? results.search : undefined;
  const notSearched = 'skipped' in results.search ? `not measured: ${results.search.skipped}` : '';
  targets.push(
    {
      measure: 'Search code before interaction',
      target: 'none',
      value: search ? `${search.beforeInteractionBytes} bytes` : notSearched,
      verdict: verdictOf(search ? search.beforeInteractionBytes === 0 : null),
    },
    {
      // Judged as served, with no HTTP compression: the stricter figure, which any host gives.
      measure: 'First search',
      target: 'at most 120 KB as served',
      value: search
        ? `${kb(search.firstQueryBytes)} as served (${kb(search.firstQueryGzipBytes)} with gzip)`
        : notSearched,
      verdict: verdictOf(search ? search.firstQueryBytes <= 120 * kilobyte : null),
    },
    {
      // Judged on the median of the later searches: one search costs a new index chunk or
      // none, depending on where its word sits, so a single query decides nothing.
      measure: 'Later search',
      target: 'at most 35 KB',
      value: search
        ? `${kb(search.laterQueries.medianBytes)} median of ${search.laterQueries.count}, ${kb(search.laterQueries.maxBytes)} at most; the second: ${kb(search.secondQueryBytes)}`
        : notSearched,
      verdict: verdictOf(search ? search.laterQueries.medianBytes <= 35 * kilobyte : null),
    },
  );
  // Every Echelon build counts, the first one and each warm and cold round: memory is a
  // ceiling, not a typical value.
  const peak = Math.max(
    results.builds.first.peakMemoryMB,
    echelon?.peakMemoryMB ?? 0,
    results.builds.bySystem['echelon-cold']?.peakMemoryMB ?? 0,
  );
  targets.push({
    measure: 'Peak build memory',
    target: 'at most 1.5 GB (1,536 MB)',
    value: `${Math.round(peak)} MB`,
    verdict: verdictOf(peak <= 1536),
  });
  const longTrack = 'runs' in results.longTrack ? results.longTrack : undefined;
  targets.push({
    measure: '40-level track, 60 themes, 3 languages',
    target: 'within 1.5 GB, linear',
    value: longTrack
      ? `${Math.round(longTrack.peakMemoryMB)} MB peak; ${longTrack.scaling.coldCpu.verdict} in CPU time (${longTrack.runs.map((run) => run.pages).join(', ')} pages)`
      : `not built: ${'skipped' in results.longTrack ? results.longTrack.skipped : ''}`,
    verdict: verdictOf(
      !longTrack || longTrack.scaling.coldCpu.verdict === 'unknown'
        ? null
        : longTrack.peakMemoryMB <= 1536 && longTrack.scaling.coldCpu.verdict !== 'worse than linear',
    ),
  });
  targets.push({
    measure: 'Build time vs pages',
    target: 'linear',
    // Judged on processor time, which other work on the machine does not inflate.
    value: `${results.scaling.coldCpu.verdict} in CPU time, ${results.scaling.cold.verdict} in wall time`,
    verdict: verdictOf(
      results.scaling.coldCpu.verdict === 'unknown'
        ? null
        : results.scaling.coldCpu.verdict !== 'worse than linear',
    ),
  });
  return targets;
}
