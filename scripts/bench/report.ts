import type { BenchResults } from './results.ts';
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

/** The readable report printed at the end of a run: one table per measure, then the verdicts. */
export function formatReport(results: BenchResults): string {
  const { builds, ladder } = results;
  const sections: string[] = [];
  const shape = ladder.shape;
  sections.push(
    `Ladder: ${shape.tracks} tracks x ${shape.levels} levels, ${shape.themes} themes, ${shape.guides} guides, ${shape.locales} locale(s) = ${ladder.pages} pages (${ladder.htmlFiles} HTML files with the 404 page), ${ladder.contentFiles} content files, ${kb(ladder.contentBytes)} of content.`,
  );
  sections.push(
    `Builds\n${textTable(
      ['build', 'seconds', 'pages/s', 'CPU seconds', 'peak memory'],
      [
        ['Echelon, cold cache', builds.cold],
        ['Echelon, warm cache', builds.warm],
        ['bare Astro (first)', builds.bareCold],
        ['bare Astro', builds.bare],
      ].map(([name, cost]) => {
        const c = cost as BenchResults['builds']['cold'];
        return [
          name as string,
          seconds(c.seconds),
          c.pagesPerSecond.toFixed(1),
          seconds(c.cpuSeconds),
          megabytes(c.peakMemoryMB),
        ];
      }),
    )}\nWarm Echelon / bare Astro: ${results.ratio.toFixed(2)}x (CPU time ${results.cpuRatio.toFixed(2)}x); cold: ${results.coldRatio.toFixed(2)}x.\nPeak memory of each program of the cold build: ${Object.entries(
      builds.coldPeakByProgram,
    )
      .filter(([, mb]) => mb >= 1)
      .map(([name, mb]) => `${name} ${megabytes(mb)}`)
      .join(', ')}.`,
  );
  const cards = results.cards;
  sections.push(
    `Share cards\n${textTable(
      ['measure', 'value'],
      [
        ['drawn by the cold build', String(cards.coldRendered)],
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
  const scaling = results.scaling;
  sections.push(
    `Build time by size\n${textTable(
      ['pages', 'shape', 'cold', 'cold s/100 pages', 'cold CPU', 'warm', 'warm s/100 pages', 'peak memory'],
      scaling.runs.map((run) => [
        String(run.pages),
        `${run.shape.tracks}x${run.shape.levels}`,
        seconds(run.cold.seconds),
        ((run.cold.seconds / run.pages) * 100).toFixed(2),
        seconds(run.cold.cpuSeconds),
        seconds(run.warm.seconds),
        ((run.warm.seconds / run.pages) * 100).toFixed(2),
        megabytes(Math.max(run.cold.peakMemoryMB, run.warm.peakMemoryMB)),
      ]),
    )}\nCold: ${scaling.cold.note}\nCold, CPU time: ${scaling.coldCpu.note}\nWarm: ${scaling.warm.note}`,
  );
  // The targets are set for a 1,000-page ladder; on a small one, fixed costs weigh more.
  const scale =
    ladder.pages < 900
      ? ` (set for about 1,000 pages; this ladder has ${ladder.pages}, where fixed costs weigh more)`
      : '';
  sections.push(
    `Targets${scale}\n${textTable(
      ['measure', 'target', 'measured', 'verdict'],
      results.targets.map((t) => [
        t.measure,
        t.target,
        t.value,
        t.met === null ? 'n/a' : t.met ? 'met' : 'MISSED',
      ]),
    )}`,
  );
  const machine = results.machine;
  sections.push(
    `${results.date} · ${machine.cpus} CPUs (${machine.cpuModel}) · ${machine.memory} · Node ${machine.node} · ${machine.os} · load ${machine.loadAverage.start.toFixed(2)} → ${machine.loadAverage.end.toFixed(2)} · ${seconds(results.totalSeconds)} in all\n${results.command}`,
  );
  return sections.join('\n\n');
}
