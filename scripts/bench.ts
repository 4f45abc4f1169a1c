// `npm run bench`: what a ladder costs to build and to read, side by side with bare Astro and,
// with `--starlight`, Starlight. Generates a synthetic ladder (about 1,000 pages by default,
// `--quick` for about 170), builds it cold, builds a bare Astro site of the same pages (and a
// Starlight one), then runs interleaved rounds of warm builds of each; checks the other sites
// carry Echelon's words, times share cards, weighs pages, measures search in Chromium and
// builds smaller ladders to see how time grows with pages.
// Reports numbers and never fails on a target: it exits 1 only when something crashes.
// `npm run bench -- --help` lists the options; docs/benchmark.md has the last full run.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { findChromium } from '../tests/support/chromium.ts';
import { bareSiteFiles, sitePages } from './bench/bare-site.ts';
import { measureRun } from './bench/build-process.ts';
import { timeCards } from './bench/card-timing.ts';
import { checkedLadder } from './bench/ladder-model.ts';
import { longTrackShape, longTrackSizes, parseBenchArgs, usage } from './bench/options.ts';
import { countPages, type LadderShape, shapeForPages } from './bench/page-count.ts';
import { type PageWeight, pageWeight } from './bench/page-weight.ts';
import { formatReport } from './bench/report.ts';
import type {
  BenchResults,
  BuildCost,
  BuildRound,
  BuildSystem,
  KindWeight,
  SizeRun,
  StarlightRun,
  SystemSummary,
} from './bench/results.ts';
import {
  buildsBySystem,
  medianBuild,
  medianRatio,
  roundOrder,
  roundRatios,
  summariseSystem,
} from './bench/rounds.ts';
import { comparePageWords, sampleAcrossKinds, summariseSameWords, wordsOf } from './bench/same-words.ts';
import { sizeRunOf, summariseScaling } from './bench/scaling.ts';
import { measureSearch } from './bench/search-transfer.ts';
import {
  ensureStarlight,
  type StarlightInstall,
  starlightNotAskedFor,
  starlightSiteFiles,
  starlightVersion,
  writeStarlightSite,
} from './bench/starlight-site.ts';
import { median } from './bench/statistics.ts';
import { syntheticLadder, writeFiles } from './bench/synthetic-ladder.ts';
import { evaluateTargets } from './bench/targets.ts';

const projectRoot = resolve(import.meta.dirname, '..');
const astroBin = join(projectRoot, 'node_modules/astro/bin/astro.mjs');
/**
 * Searches a reader might type, in order, all frequent in the synthetic ladder's text. What a
 * later search costs depends on whether its words sit in an index chunk already loaded, so
 * several later searches are measured; the second one is the one the issue names.
 */
const searchQueries = ['roadmap', 'compliance', 'calibration', 'onboarding', 'dashboards'];
/**
 * Where Starlight is installed and its site generated: outside the project's own dependencies,
 * and kept between runs so `npm install` runs once. Starlight's own `astro` builds it.
 */
const starlightRoot = join(projectRoot, 'node_modules/.cache/echelon-bench/starlight-site');
/** Pages whose words are compared between the sites: enough to cover every kind a few times. */
const sameWordsSample = 20;

const argv = process.argv.slice(2);
const options = parseBenchArgs(argv);
if (options.help) {
  console.log(usage);
  process.exit(0);
}

const startedAt = performance.now();
const loadAtStart = os.loadavg()[0];
// Builds go inside the project: Astro keeps a build's server code next to an output folder
// inside the project, but in one shared `.astro/` for folders outside it (see
// tests/support/build-site.ts). Content goes to the system's temporary folder.
const runDir = join(projectRoot, 'node_modules/.cache/echelon-bench', `run-${process.pid}-${Date.now()}`);
const contentRoot = mkdtempSync(join(os.tmpdir(), 'echelon-bench-'));
mkdirSync(runDir, { recursive: true });
const cleanup = () => {
  if (options.keep) {
    console.log(`Kept ${contentRoot} and ${runDir}.`);
    return;
  }
  rmSync(contentRoot, { recursive: true, force: true });
  rmSync(runDir, { recursive: true, force: true });
};
process.on('SIGINT', () => {
  cleanup();
  process.exit(130);
});

/** The last lines of a build's output, to explain a failure. */
const tail = (text: string, lines = 40) => text.trim().split('\n').slice(-lines).join('\n');

/** HTML files in a built site. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
}

/**
 * Runs `astro build` in a child process and measures it; throws when the build fails. `bin` is
 * the Astro to run: the project's, or the Starlight folder's own install.
 */
async function astroBuild(
  label: string,
  root: string,
  outDir: string,
  env: NodeJS.ProcessEnv,
  pages: number,
  bin = astroBin,
) {
  const run = await measureRun(process.execPath, [bin, 'build', '--root', root, '--outDir', outDir], {
    cwd: root,
    env: { ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  if (run.code !== 0)
    throw new Error(`The ${label} build failed (exit code ${run.code}):\n${tail(run.output)}`);
  await previousSiteDeleted(outDir);
  const cost: BuildCost = {
    seconds: run.seconds,
    pagesPerSecond: pages / run.seconds,
    cpuSeconds: run.cpuSeconds,
    systemSeconds: run.systemSeconds,
    peakMemoryMB: run.peakMemoryMB,
  };
  console.log(
    `  ${label}: ${run.seconds.toFixed(1)} s (${run.cpuSeconds.toFixed(1)} s of CPU), ${cost.pagesPerSecond.toFixed(1)} pages/s, peak ${Math.round(run.peakMemoryMB)} MB`,
  );
  return { cost, run };
}

/**
 * Waits (up to a minute) until the previous site that an Echelon build deletes in the
 * background, once the new one is in place (`<outDir>.deleting-<pid>`), is gone: that deletion
 * is not part of the build's time, but it must not slow down the next build measured.
 */
async function previousSiteDeleted(outDir: string) {
  const folder = dirname(outDir);
  const prefix = `${basename(outDir)}.deleting-`;
  for (let waited = 0; waited < 60_000; waited += 100) {
    if (!readdirSync(folder).some((entry) => entry.startsWith(prefix))) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Writes a synthetic ladder of `shape` into a fresh content folder and checks it. */
function prepareLadder(shape: LadderShape, name: string) {
  const contentDir = join(contentRoot, name, 'content');
  const files = syntheticLadder(shape);
  writeFiles(contentDir, files);
  const checked = checkedLadder(projectRoot, contentDir);
  const pages = countPages(shape);
  if (checked.routes.length !== pages) {
    throw new Error(
      `The page formula says ${pages} pages but the ladder has ${checked.routes.length} routes.`,
    );
  }
  const contentBytes = Object.values(files).reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  return { contentDir, files, checked, pages, contentBytes };
}

/**
 * Echelon builds of one ladder. `cold()` first (empty cache), then `warm()` as often as needed
 * (the same cache, no content change), each into the same folder; `coldAgain(round)` builds
 * cold once more, from an empty cache of its own.
 */
function echelonBuilder(contentDir: string, name: string, pages: number) {
  const cacheDir = join(runDir, name, 'cache');
  const env = { ...process.env, ECHELON_CONTENT: contentDir, ECHELON_CACHE_DIR: cacheDir };
  const outDir = join(runDir, name, 'warm');
  return {
    outDir,
    cold: () => astroBuild(`Echelon ${name}, cold`, projectRoot, join(runDir, name, 'cold'), env, pages),
    warm: (label = 'warm') => astroBuild(`Echelon ${name}, ${label}`, projectRoot, outDir, env, pages),
    /**
     * Builds cold once more, with a cache and an output folder of its own, so the warm builds'
     * cache is left as it was. Both stay until the run ends: deleting their thousands of files
     * at once would slow down the build after it, most often Echelon's warm one (ext4 takes
     * longer to create files in the minutes after many were deleted).
     */
    coldAgain(round: number) {
      const folder = join(runDir, name, `cold-round-${round}`);
      const coldEnv = { ...env, ECHELON_CACHE_DIR: join(folder, 'cache') };
      return astroBuild(
        `Echelon ${name}, cold, round ${round}`,
        projectRoot,
        join(folder, 'site'),
        coldEnv,
        pages,
      );
    },
  };
}

/**
 * A size series: the ladder `full` and smaller ones of the same themes, guides and languages
 * (fewer tracks and levels), at each fraction of its pages, each built cold `coldBuilds` times
 * (the median stands for the size) and warm once. The full size's builds are taken from
 * `known` when the run has them already. Smallest first.
 */
async function sizeSeries(
  full: LadderShape,
  fractions: readonly number[],
  coldBuilds: number,
  known?: { pages: number; colds: readonly BuildCost[]; warm: BuildCost },
): Promise<SizeRun[]> {
  const fullPages = countPages(full);
  const runs: SizeRun[] = [];
  for (const fraction of fractions) {
    if (fraction === 1 && known) {
      runs.push(sizeRunOf({ fraction, shape: full, pages: known.pages, warm: known.warm }, known.colds));
      continue;
    }
    const sizeShape = fraction === 1 ? full : shapeForPages(fullPages * fraction, full);
    const ladder = prepareLadder(
      sizeShape,
      `size-${sizeShape.tracks}x${sizeShape.levels}x${sizeShape.themes}`,
    );
    const name = `${ladder.pages} pages`;
    const builder = echelonBuilder(ladder.contentDir, name, ladder.pages);
    const colds = [(await builder.cold()).cost];
    const warm = (await builder.warm()).cost;
    for (let round = 1; round < coldBuilds; round++) colds.push((await builder.coldAgain(round)).cost);
    runs.push(sizeRunOf({ fraction, shape: sizeShape, pages: ladder.pages, warm }, colds));
    // Only the full-size build of the default ladder is read afterwards; these only cost disk space.
    rmSync(join(runDir, name), { recursive: true, force: true });
  }
  return runs.sort((a, b) => a.pages - b.pages);
}

/** How a size series' time grows with its pages: wall time cold and warm, processor time cold. */
function scalingOf(runs: readonly SizeRun[]) {
  return {
    cold: summariseScaling(runs.map((run) => ({ pages: run.pages, seconds: run.cold.seconds }))),
    warm: summariseScaling(runs.map((run) => ({ pages: run.pages, seconds: run.warm.seconds }))),
    coldCpu: summariseScaling(runs.map((run) => ({ pages: run.pages, seconds: run.cold.cpuSeconds }))),
  };
}

/** `cards: N rendered, M from cache` from a build's output. */
function cardLine(output: string): { rendered: number; fromCache: number } {
  const match = /cards: (\d+) rendered, (\d+) from cache/.exec(output);
  if (!match)
    throw new Error(`The build printed no "cards: N rendered, M from cache" line:\n${tail(output)}`);
  return { rendered: Number(match[1]), fromCache: Number(match[2]) };
}

/** The machine, as the report describes it. */
function machine(): BenchResults['machine'] {
  const cpus = os.cpus();
  return {
    cpus: os.availableParallelism(),
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    memory: `${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    memoryBytes: os.totalmem(),
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    loadAverage: { start: loadAtStart, end: os.loadavg()[0] },
  };
}

/** The project's exact Astro version, which the Starlight folder installs too. */
function projectAstroVersion(): string {
  const manifest = JSON.parse(readFileSync(join(projectRoot, 'node_modules/astro/package.json'), 'utf8'));
  return String(manifest.version);
}

async function main() {
  const { shape } = options;
  const pages = countPages(shape);
  console.log(
    `Echelon benchmark${options.quick ? ' (quick)' : ''}: ${shape.tracks} tracks x ${shape.levels} levels, ${shape.themes} themes, ${shape.guides} guides, ${shape.locales} locale(s).`,
  );
  console.log(
    `Pages = locales x (home + tracks + 2 x tracks x levels (level and self-assessment pages) + themes + guides + search + matrices + comparisons within tracks (every pair, or each level with the 3 above it past 12 levels) + 2 x (3 levels - 2) x management tracks switches) = ${pages}`,
  );

  const main = prepareLadder(shape, 'full');
  console.log(
    `Wrote ${Object.keys(main.files).length} content files (${(main.contentBytes / 1000).toFixed(0)} KB) to ${main.contentDir}; check: 0 errors, ${main.checked.warnings} warnings.`,
  );

  const bareRoot = join(runDir, 'bare');
  writeFiles(bareRoot, bareSiteFiles(main.checked.source, main.checked.ladders));
  const bareEnv = { ...process.env };
  delete bareEnv.ECHELON_CONTENT;
  delete bareEnv.ECHELON_CACHE_DIR;

  const pagesOfSites = sitePages(main.checked.source, main.checked.ladders);
  let starlightSetup: { astroVersion: string; install: StarlightInstall } | undefined;
  if (options.starlight) {
    const astroVersion = projectAstroVersion();
    console.log(`Starlight ${starlightVersion} with astro ${astroVersion} in ${starlightRoot}...`);
    const install = await ensureStarlight(starlightRoot, astroVersion);
    console.log(
      install.how === 'reused'
        ? '  Reused the installed packages.'
        : `  Installed with npm in ${install.seconds.toFixed(1)} s.`,
    );
    const settings = main.checked.ladders[0].settings;
    writeStarlightSite(
      starlightRoot,
      starlightSiteFiles(pagesOfSites, { title: settings.title, locales: settings.locales }),
    );
    starlightSetup = { astroVersion, install };
  }
  const starlightDist = join(starlightRoot, 'dist');
  const starlightBin = join(starlightRoot, 'node_modules/astro/bin/astro.mjs');

  console.log('Building:');
  const bareCold = await astroBuild('bare Astro, first', bareRoot, join(bareRoot, 'dist'), bareEnv, pages);
  const echelon = echelonBuilder(main.contentDir, 'full', pages);
  const echelonCold = await echelon.cold();
  const starlightFirst = starlightSetup
    ? await astroBuild('Starlight, first', starlightRoot, starlightDist, bareEnv, pages, starlightBin)
    : undefined;

  // Echelon cold is built in every round too: one cold build against the median of the warm
  // ones put the ratio anywhere from 1.7x to 2.3x over twelve runs of the same code on a
  // shared machine. Divided by its round's warm build, a cold build is taken under about the
  // same load, and the median of the rounds smooths out the rest.
  const systems: BuildSystem[] = starlightSetup
    ? ['echelon', 'bare', 'starlight', 'echelon-cold']
    : ['echelon', 'bare', 'echelon-cold'];
  const rounds: BuildRound[] = [];
  const warmCards: { rendered: number; fromCache: number }[] = [];
  for (let index = 0; index < options.rounds; index++) {
    const order = roundOrder(systems, index);
    console.log(`Round ${index + 1} of ${options.rounds} (${order.join(', ')}):`);
    const loadStart = os.loadavg()[0];
    const builds: BuildRound['builds'] = {};
    for (const system of order) {
      if (system === 'echelon') {
        const warm = await echelon.warm(`warm, round ${index + 1}`);
        warmCards.push(cardLine(warm.run.output));
        builds.echelon = warm.cost;
      } else if (system === 'echelon-cold') {
        builds['echelon-cold'] = (await echelon.coldAgain(index + 1)).cost;
      } else if (system === 'bare') {
        const label = `bare Astro, round ${index + 1}`;
        builds.bare = (await astroBuild(label, bareRoot, join(bareRoot, 'dist'), bareEnv, pages)).cost;
      } else {
        const label = `Starlight, round ${index + 1}`;
        builds.starlight = (
          await astroBuild(label, starlightRoot, starlightDist, bareEnv, pages, starlightBin)
        ).cost;
      }
    }
    rounds.push({
      round: index + 1,
      order,
      builds,
      loadAverage: { start: loadStart, end: os.loadavg()[0] },
      ...roundRatios(builds),
    });
  }
  const bySystemCosts = buildsBySystem(rounds);
  const bySystem: Partial<Record<BuildSystem, SystemSummary>> = {};
  for (const [system, costs] of bySystemCosts) bySystem[system] = summariseSystem(costs);
  const echelonWarm = medianBuild(bySystemCosts.get('echelon') ?? []);
  const echelonColdMedian = medianBuild(bySystemCosts.get('echelon-cold') ?? []);
  const bare = medianBuild(bySystemCosts.get('bare') ?? []);

  const echelonHtml = htmlFiles(echelon.outDir).length;
  const otherHtml: [string, number][] = [['bare Astro', htmlFiles(join(bareRoot, 'dist')).length]];
  if (starlightSetup) otherHtml.push(['Starlight', htmlFiles(starlightDist).length]);
  for (const [site, count] of otherHtml) {
    if (count !== echelonHtml)
      console.warn(`  Note: Echelon wrote ${echelonHtml} HTML files and ${site} ${count}.`);
  }
  const coldCards = cardLine(echelonCold.run.output);
  const mostWarmCards = warmCards.reduce((a, b) => (b.rendered > a.rendered ? b : a));

  const starlight: StarlightRun =
    starlightSetup && starlightFirst
      ? {
          measured: true,
          version: starlightVersion,
          astroVersion: starlightSetup.astroVersion,
          install: starlightSetup.install.how,
          installSeconds: starlightSetup.install.seconds,
          first: starlightFirst.cost,
          htmlFiles: htmlFiles(starlightDist).length,
        }
      : { measured: false, reason: starlightNotAskedFor };

  console.log(`Comparing the words of ${sameWordsSample} pages across the sites...`);
  const sample = sampleAcrossKinds(pagesOfSites, sameWordsSample, (page) => page.route.kind);
  const sameWords = summariseSameWords(
    comparePageWords(
      sample.map((page) => ({ path: page.route.path, kind: page.route.kind, folder: page.folder })),
      {
        echelon: echelon.outDir,
        bare: join(bareRoot, 'dist'),
        starlight: starlightSetup ? starlightDist : undefined,
      },
      new Set(Object.values(main.files).flatMap((text) => wordsOf(text))),
    ),
  );

  console.log(`Timing ${options.cardSamples} share cards in this process (no cache)...`);
  const cardTiming = await timeCards(projectRoot, main.checked.ladders, options.cardSamples);

  console.log('Weighing pages...');
  const weightCache = new Map<string, number>();
  const weights = new Map<string, { path: string; weight: PageWeight }[]>();
  for (const route of main.checked.routes) {
    const weight = pageWeight(echelon.outDir, route.path, { cache: weightCache });
    const list = weights.get(route.kind) ?? [];
    list.push({ path: route.path, weight });
    weights.set(route.kind, list);
  }
  const pageWeightDetail: Record<string, KindWeight> = {};
  for (const kind of ['level', 'theme', 'track', 'home', 'matrix', 'compare', 'guide', 'search']) {
    const list = weights.get(kind);
    if (!list?.length) continue;
    const heaviest = list.reduce((a, b) => (b.weight.total > a.weight.total ? b : a));
    pageWeightDetail[kind] = {
      pages: list.length,
      median: median(list.map((entry) => entry.weight.total)),
      max: heaviest.weight.total,
      heaviest: { path: heaviest.path, ...heaviest.weight },
    };
  }

  let search: BenchResults['search'];
  const chromiumPath = findChromium();
  const levelPage = main.checked.routes.find((route) => route.kind === 'level')?.path ?? '/';
  if (!chromiumPath) {
    search = {
      skipped: 'no Chromium found; install it or set CHROMIUM_PATH (the benchmark downloads nothing)',
    };
  } else {
    console.log(`Searching from ${levelPage} in Chromium...`);
    search = await measureSearch({
      dist: echelon.outDir,
      executablePath: chromiumPath,
      pagePath: levelPage,
      queries: searchQueries,
    }).then(
      (transfer) => {
        const [first, second, ...others] = transfer.queries;
        const later = [second, ...others].map((query) => query.bytes);
        return {
          page: levelPage,
          beforeInteractionBytes: transfer.beforeInteractionBytes,
          firstQueryBytes: first.bytes,
          secondQueryBytes: second.bytes,
          firstQueryGzipBytes: first.gzipBytes,
          secondQueryGzipBytes: second.gzipBytes,
          laterQueries: { count: later.length, medianBytes: median(later), maxBytes: Math.max(...later) },
          queries: transfer.queries,
        };
      },
      // A browser that fails should not lose the other measures: the report says what happened.
      (error: unknown) => ({ skipped: `failed: ${error instanceof Error ? error.message : String(error)}` }),
    );
  }

  console.log(`Size series (${options.sizes.map((s) => `${s}x`).join(', ')}):`);
  // Each size is built cold once per round, and the full size counts every cold build of the
  // run: from single builds, a second of noise at the smaller sizes, whose costs differ by only
  // five seconds of processor time, turned the linearity verdict over from one run to the next.
  const runs = await sizeSeries(shape, options.sizes, options.rounds, {
    pages,
    colds: [echelonCold.cost, ...(bySystemCosts.get('echelon-cold') ?? [])],
    warm: echelonWarm,
  });
  let longTrack: BenchResults['longTrack'] = {
    skipped: options.quick ? 'not with --quick; --long-track builds it' : 'skipped with --no-long-track',
  };
  if (options.longTrack) {
    console.log(
      `Long track (${longTrackShape.levels} levels, ${longTrackShape.themes} themes, ${longTrackShape.locales} languages; ${longTrackSizes.map((s) => `${s}x`).join(', ')}):`,
    );
    // One cold build per size: its sizes differ by 15 to 30 s of processor time, far beyond the
    // noise, and each of its cold builds takes up to 45 s.
    const longRuns = await sizeSeries(longTrackShape, longTrackSizes, 1);
    const full = longRuns[longRuns.length - 1];
    longTrack = {
      shape: longTrackShape,
      pages: full.pages,
      runs: longRuns,
      peakMemoryMB: Math.max(...longRuns.flatMap((run) => [run.cold.peakMemoryMB, run.warm.peakMemoryMB])),
      scaling: scalingOf(longRuns),
    };
  }

  const partial = {
    date: new Date().toISOString(),
    command:
      process.env.npm_lifecycle_event === 'bench'
        ? `npm run bench${argv.length ? ` -- ${argv.join(' ')}` : ''}`
        : `node scripts/bench.ts ${argv.join(' ')}`.trim(),
    machine: machine(),
    ladder: {
      shape,
      pages,
      htmlFiles: echelonHtml,
      contentFiles: Object.keys(main.files).length,
      contentBytes: main.contentBytes,
    },
    builds: {
      first: echelonCold.cost,
      cold: echelonColdMedian,
      warm: echelonWarm,
      bare,
      bareCold: bareCold.cost,
      memoryMethod: echelonCold.run.memoryMethod,
      coldPeakByProgram: echelonCold.run.peakByProgram,
      rounds,
      bySystem,
    },
    ratio: medianRatio(rounds, 'echelonOverBare') ?? Number.NaN,
    starlightRatio: medianRatio(rounds, 'echelonOverStarlight'),
    coldRatio: echelonColdMedian.seconds / (bySystem.bare?.medianSeconds ?? Number.NaN),
    coldOverWarm: medianRatio(rounds, 'coldOverWarm') ?? Number.NaN,
    cpuRatio:
      (bySystem.echelon?.medianCpuSeconds ?? Number.NaN) / (bySystem.bare?.medianCpuSeconds ?? Number.NaN),
    starlight,
    sameWords,
    cards: {
      coldRendered: coldCards.rendered,
      warmRendered: mostWarmCards.rendered,
      warmFromCache: mostWarmCards.fromCache,
      samples: cardTiming.samples,
      medianMs: cardTiming.medianMs,
      p95Ms: cardTiming.p95Ms,
      maxMs: cardTiming.maxMs,
      cpuMedianMs: cardTiming.cpuMedianMs,
      bestOfMedianMs: cardTiming.bestOfMedianMs,
      buildCpuMsPerCard:
        coldCards.rendered > 0
          ? (((bySystem['echelon-cold']?.medianCpuSeconds ?? Number.NaN) -
              (bySystem.echelon?.medianCpuSeconds ?? 0)) *
              1000) /
            coldCards.rendered
          : 0,
      medianMsByKind: Object.fromEntries(
        Object.entries(cardTiming.byKind).map(([kind, ms]) => [kind, median(ms)]),
      ),
    },
    pageWeight: Object.fromEntries(Object.entries(pageWeightDetail).map(([kind, w]) => [kind, w.max])),
    pageWeightDetail,
    search,
    scaling: { runs, ...scalingOf(runs) },
    longTrack,
  };
  const results: BenchResults = {
    ...partial,
    targets: evaluateTargets(partial),
    totalSeconds: (performance.now() - startedAt) / 1000,
  };
  console.log(`\n${formatReport(results)}`);
  if (options.json) {
    const file = resolve(process.env.INIT_CWD ?? process.cwd(), options.json);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`\nResults written to ${file}.`);
  }
}

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
} finally {
  cleanup();
}
