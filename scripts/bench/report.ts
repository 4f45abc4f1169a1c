import type { BenchResults, BuildCost, BuildSystem, SameWords, SizeRun, SystemSummary } from './results.ts';
import { sameWordsWarnings } from './same-words.ts';
import type { ScalingSummary } from './scaling.ts';
import { kb } from './targets.ts';

/** A plain-text table with a header row, each column padded to its widest cell. */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((cell, column) =>
    Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) =>
        // Numbers line up on the right; words read from the left.
        column > 0 && /^[\d.]/.test(cell) ? cell.padStart(widths[column]) : cell.padEnd(widths[column]),
      )
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const seconds = (value: number) => `${value.toFixed(1)} s`;
const megabytes = (value: number) => `${Math.round(value)} MB`;
const ratio = (value: number | null) => (value === null ? '-' : `${value.toFixed(2)}x`);
const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

/** What each system is called in the tables. */
const systemNames: Record<BuildSystem, string> = {
  echelon: 'Echelon, warm',
  bare: 'bare Astro',
  starlight: 'Starlight',
  'echelon-cold': 'Echelon, cold',
};

/** The first builds, outside the rounds, then each system's builds across the rounds. */
function buildsSection(results: BenchResults): string {
  const { builds } = results;
  const first: [string, BuildCost][] = [
    ['Echelon, empty cache', builds.first],
    ['bare Astro, first build', builds.bareCold],
  ];
  if (results.starlight.measured) first.push(['Starlight, first build', results.starlight.first]);
  const firstTable = textTable(
    ['build', 'seconds', 'pages/s', 'CPU seconds', 'peak memory'],
    first.map(([name, cost]) => [
      name,
      seconds(cost.seconds),
      cost.pagesPerSecond.toFixed(1),
      seconds(cost.cpuSeconds),
      megabytes(cost.peakMemoryMB),
    ]),
  );
  const systems = (Object.entries(builds.bySystem) as [BuildSystem, SystemSummary][]).map(
    ([system, summary]) => [
      systemNames[system],
      String(summary.builds),
      seconds(summary.minSeconds),
      seconds(summary.medianSeconds),
      seconds(summary.medianCpuSeconds),
      seconds(summary.medianSystemSeconds),
      megabytes(summary.peakMemoryMB),
    ],
  );
  const starlight = results.starlight.measured
    ? `Starlight ${results.starlight.version} with astro ${results.starlight.astroVersion} (${results.starlight.install === 'reused' ? 'install reused' : `installed in ${seconds(results.starlight.installSeconds)}`}); warm Echelon / Starlight: ${ratio(results.starlightRatio)} median of rounds.`
    : `Starlight: not measured (${results.starlight.reason}).`;
  const programs = Object.entries(builds.coldPeakByProgram)
    .filter(([, mb]) => mb >= 1)
    .map(([name, mb]) => `${name} ${megabytes(mb)}`)
    .join(', ');
  return [
    `First builds\n${firstTable}\n`,
    `Builds of the ${builds.rounds.length} interleaved round(s)\n${textTable(
      ['system', 'builds', 'fastest', 'median', 'median CPU', 'of which system', 'peak memory'],
      systems,
    )}`,
    `Warm Echelon / bare Astro: ${ratio(results.ratio)} median of rounds (median CPU time ${ratio(results.cpuRatio)}); cold Echelon / warm Echelon: ${ratio(results.coldOverWarm)} median of rounds; median cold Echelon / bare Astro: ${ratio(results.coldRatio)}.`,
    starlight,
    `Peak memory of each program of Echelon's first build: ${programs}.`,
  ].join('\n');
}

/** Each round: the order it built the systems in, the load, the times and the ratios. */
function roundsSection(results: BenchResults): string {
  const withStarlight = results.builds.rounds.some((round) => round.builds.starlight);
  const header = ['round', 'order', 'load', 'Echelon', 'bare', 'Echelon/bare'];
  if (withStarlight) header.push('Starlight', 'Echelon/Starlight');
  header.push('Echelon cold', 'cold/warm');
  const rows = results.builds.rounds.map((round) => {
    const time = (system: BuildSystem) => {
      const cost = round.builds[system];
      return cost ? seconds(cost.seconds) : '-';
    };
    const row = [
      String(round.round),
      round.order.join(', '),
      `${round.loadAverage.start.toFixed(2)} → ${round.loadAverage.end.toFixed(2)}`,
      time('echelon'),
      time('bare'),
      ratio(round.echelonOverBare),
    ];
    if (withStarlight) row.push(time('starlight'), ratio(round.echelonOverStarlight));
    row.push(time('echelon-cold'), ratio(round.coldOverWarm));
    return row;
  });
  return `Rounds (seconds of each build; the headline ratios are the medians of these)\n${textTable(header, rows)}`;
}

/** The sampled pages and the share of Echelon's words the other sites carry, with warnings. */
function sameWordsSection(sameWords: SameWords): string {
  const withStarlight = sameWords.starlight !== null;
  const header = ['kind', 'page', 'Echelon words', 'bare Astro'];
  if (withStarlight) header.push('Starlight');
  const rows = sameWords.pages.map((page) => {
    const row = [page.kind, page.path, String(page.echelonWords), percent(page.bare)];
    if (withStarlight) row.push(page.starlight === null ? '-' : percent(page.starlight));
    return row;
  });
  const spread = (site: string, figures: { min: number; median: number }) =>
    `${site} ${percent(figures.median)} median, ${percent(figures.min)} lowest`;
  const summary = [
    spread('bare Astro', sameWords.bare),
    sameWords.starlight ? spread('Starlight', sameWords.starlight) : 'Starlight not built',
  ].join('; ');
  const warnings = sameWordsWarnings(sameWords).map((warning) => `Warning: ${warning}`);
  return [
    `Same words: share of the words of each sampled Echelon page's main content found on the same page of the other sites\n${textTable(header, rows)}`,
    `${summary}.`,
    ...warnings,
  ].join('\n');
}

/** A size series as a table, the median cold build and a warm build per size, then how time grows. */
function sizeSeriesText(
  runs: readonly SizeRun[],
  scaling: { cold: ScalingSummary; warm: ScalingSummary; coldCpu: ScalingSummary },
): string {
  return `${textTable(
    [
      'pages',
      'shape',
      'cold builds',
      'cold (median)',
      'cold s/100 pages',
      'cold CPU',
      'warm',
      'warm s/100 pages',
      'peak memory',
    ],
    runs.map((run) => [
      String(run.pages),
      `${run.shape.tracks}x${run.shape.levels}`,
      String(run.coldBuilds),
      seconds(run.cold.seconds),
      ((run.cold.seconds / run.pages) * 100).toFixed(2),
      seconds(run.cold.cpuSeconds),
      seconds(run.warm.seconds),
      ((run.warm.seconds / run.pages) * 100).toFixed(2),
      megabytes(Math.max(run.cold.peakMemoryMB, run.warm.peakMemoryMB)),
    ]),
  )}\nCold: ${scaling.cold.note}\nCold, CPU time: ${scaling.coldCpu.note}\nWarm: ${scaling.warm.note}`;
}

/** The readable report printed at the end of a run: one table per measure, then the verdicts. */
export function formatReport(results: BenchResults): string {
  const { ladder } = results;
  const sections: string[] = [];
  const shape = ladder.shape;
  sections.push(
    `Ladder: ${shape.tracks} tracks x ${shape.levels} levels, ${shape.themes} themes, ${shape.guides} guides, ${shape.locales} locale(s) = ${ladder.pages} pages (${ladder.htmlFiles} HTML files with the 404 page), ${ladder.contentFiles} content files, ${kb(ladder.contentBytes)} of content.`,
  );
  sections.push(buildsSection(results));
  sections.push(roundsSection(results));
  sections.push(sameWordsSection(results.sameWords));
  const cards = results.cards;
  sections.push(
    `Share cards\n${textTable(
      ['measure', 'value'],
      [
        ['drawn by the first build (empty cache)', String(cards.coldRendered)],
        ['drawn by the warm build', `${cards.warmRendered} (${cards.warmFromCache} from cache)`],
        [`time per card, median (${cards.samples} drawn)`, `${cards.medianMs.toFixed(1)} ms`],
        ['time per card, p95', `${cards.p95Ms.toFixed(1)} ms`],
        ['time per card, slowest', `${cards.maxMs.toFixed(1)} ms`],
        ['CPU time per card, median', `${cards.cpuMedianMs.toFixed(1)} ms`],
        ['fastest of 3 drawings per card, median', `${cards.bestOfMedianMs.toFixed(1)} ms`],
        ['CPU time per card in the build (cold - warm)', `${cards.buildCpuMsPerCard.toFixed(1)} ms`],
        ...Object.entries(cards.medianMsByKind).map(([kind, ms]) => [
          `  median, ${kind} cards`,
          `${ms.toFixed(1)} ms`,
        ]),
      ],
    )}`,
  );
  sections.push(
    `Page weight, gzipped, with the CSS, JS and fonts each page loads\n${textTable(
      ['kind', 'pages', 'median', 'heaviest', 'html', 'css', 'js', 'fonts', 'heaviest page'],
      Object.entries(results.pageWeightDetail).map(([kind, w]) => [
        kind,
        String(w.pages),
        kb(w.median),
        kb(w.max),
        kb(w.heaviest.html),
        kb(w.heaviest.css),
        kb(w.heaviest.js),
        kb(w.heaviest.fonts),
        w.heaviest.path,
      ]),
    )}`,
  );
  if ('skipped' in results.search) sections.push(`Search: not measured (${results.search.skipped}).`);
  else {
    const search = results.search;
    sections.push(
      `Search from ${search.page} (Pagefind files before any interaction: ${search.beforeInteractionBytes} bytes)\n${textTable(
        ['query', 'requests', 'as served', 'with gzip', 'results'],
        search.queries.map((q, index) => [
          `${index === 0 ? 'first' : index === 1 ? 'second' : 'then'} "${q.query}"`,
          String(q.requests),
          kb(q.bytes),
          kb(q.gzipBytes),
          q.status,
        ]),
      )}`,
    );
  }
  sections.push(`Build time by size\n${sizeSeriesText(results.scaling.runs, results.scaling)}`);
  if ('runs' in results.longTrack) {
    const { shape: long, pages, peakMemoryMB } = results.longTrack;
    sections.push(
      `Long track: ${long.tracks} track of ${long.levels} levels, ${long.themes} themes, ${long.guides} guides, ${long.locales} locales = ${pages} pages; peak memory ${megabytes(peakMemoryMB)}\n${sizeSeriesText(results.longTrack.runs, results.longTrack.scaling)}`,
    );
  } else sections.push(`Long track: not built (${results.longTrack.skipped}).`);
  // The targets are set for a 1,000-page ladder; on a small one, fixed costs weigh more.
  const scale =
    ladder.pages < 900
      ? ` (set for about 1,000 pages; this ladder has ${ladder.pages}, where fixed costs weigh more)`
      : '';
  sections.push(
    `Targets${scale}\n${textTable(
      ['measure', 'target', 'measured', 'verdict'],
      results.targets.map((t) => [t.measure, t.target, t.value, t.verdict]),
    )}`,
  );
  const machine = results.machine;
  sections.push(
    `${results.date} · ${machine.cpus} CPUs (${machine.cpuModel}) · ${machine.memory} · Node ${machine.node} · ${machine.os} · load ${machine.loadAverage.start.toFixed(2)} → ${machine.loadAverage.end.toFixed(2)} · ${seconds(results.totalSeconds)} in all\n${results.command}`,
  );
  return sections.join('\n\n');
}
