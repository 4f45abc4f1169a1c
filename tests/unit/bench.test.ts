import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { bareSiteFiles, sitePages } from '../../scripts/bench/bare-site.ts';
import { checkedLadder } from '../../scripts/bench/ladder-model.ts';
import { fullShape, longTrackShape, parseBenchArgs } from '../../scripts/bench/options.ts';
import { countPages, type LadderShape, shapeForPages } from '../../scripts/bench/page-count.ts';
import { cssReferences, pageAssets, staticImports } from '../../scripts/bench/page-weight.ts';
import { formatReport } from '../../scripts/bench/report.ts';
import type { BuildCost, BuildSystem, KindWeight } from '../../scripts/bench/results.ts';
import {
  buildsBySystem,
  medianBuild,
  medianRatio,
  roundOrder,
  roundRatios,
  summariseSystem,
} from '../../scripts/bench/rounds.ts';
import {
  sameWordsWarnings,
  sampleAcrossKinds,
  summariseSameWords,
  visibleText,
  wordShare,
  wordsOf,
} from '../../scripts/bench/same-words.ts';
import { sizeRunOf, summariseScaling } from '../../scripts/bench/scaling.ts';
import {
  starlightNotAskedFor,
  starlightOptions,
  starlightPackageJson,
  starlightSiteFiles,
  starlightVersion,
} from '../../scripts/bench/starlight-site.ts';
import { median, percentile } from '../../scripts/bench/statistics.ts';
import { syntheticLadder, writeFiles } from '../../scripts/bench/synthetic-ladder.ts';
import { evaluateTargets, type JudgedResults } from '../../scripts/bench/targets.ts';
import { checkLadder } from '../../src/content/check.ts';
import { formatProblem } from '../../src/content/problems.ts';
import { projectRoot } from '../support/build-site.ts';

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** Writes the synthetic ladder of a shape to a fresh folder; returns its content folder. */
function writeSynthetic(shape: LadderShape): string {
  const root = mkdtempSync(join(tmpdir(), 'echelon-bench-test-'));
  folders.push(root);
  const contentDir = join(root, 'content');
  writeFiles(contentDir, syntheticLadder(shape));
  return contentDir;
}

describe('the benchmark ladder', () => {
  it('passes the content check with no error and no warning, translations included', () => {
    const contentDir = writeSynthetic({ tracks: 3, levels: 4, themes: 5, guides: 2, locales: 2 });
    const result = checkLadder(projectRoot, contentDir);
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.source?.translations.levels).toHaveLength(12);
  });

  it.each([
    { tracks: 1, levels: 1, themes: 1, guides: 0, locales: 1 },
    { tracks: 2, levels: 5, themes: 8, guides: 5, locales: 2 },
    { tracks: 5, levels: 3, themes: 4, guides: 1, locales: 3 },
  ])(
    'has as many pages as the formula says for $tracks tracks of $levels levels in $locales locales',
    (shape) => {
      const { routes } = checkedLadder(projectRoot, writeSynthetic(shape));
      expect(routes).toHaveLength(countPages(shape));
    },
  );

  it('counts the default ladder at about 1,000 pages, comparisons, switches and assessments included', () => {
    // 2 × (home 1 + tracks 6 + levels 54 + assessments 54 + themes 12 + guides 10 + search 1
    //      + open data 1 + matrices 6 + comparisons 6 × 36 + switches 2 × 3 × 25)
    expect(countPages(fullShape)).toBe(1022);
  });

  it('writes the same files for the same shape, so two runs build the same content', () => {
    const shape = { tracks: 2, levels: 3, themes: 3, guides: 1, locales: 2 };
    expect(syntheticLadder(shape)).toEqual(syntheticLadder(shape));
  });

  it('picks smaller ladders close to a fraction of the pages for the size series', () => {
    const full = { tracks: 6, levels: 11, themes: 12, guides: 10, locales: 2 };
    for (const fraction of [0.25, 0.5]) {
      const pages = countPages(shapeForPages(996 * fraction, full));
      expect(Math.abs(pages - 996 * fraction) / (996 * fraction)).toBeLessThan(0.1);
    }
  });
});

describe('median and 95th percentile', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });

  it('interpolates the 95th percentile between the two nearest ranks', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 95)).toBeCloseTo(95.05);
    expect(percentile([10, 20], 95)).toBeCloseTo(19.5);
    expect(percentile([5, 1, 9], 100)).toBe(9);
    expect(percentile([5, 1, 9], 0)).toBe(1);
  });

  it('refuses an empty list rather than returning a number', () => {
    expect(() => median([])).toThrow('empty');
  });
});

describe('what a page loads', () => {
  it('finds stylesheets, external and inline module scripts, and skips JSON-LD', () => {
    const html = `<html><head>
      <link rel="stylesheet" href="/_astro/site.css"><link rel="icon" href="/logo.svg">
      <link rel=modulepreload href="/_astro/chunk.js">
      <script type="module" src="/_astro/search.js"></script>
      <script type="application/ld+json">{"@type":"Thing"}</script>
      </head><body><script type="module">import "/_astro/share.js";</script></body></html>`;
    const assets = pageAssets(html);
    expect(assets.stylesheets).toEqual(['/_astro/site.css']);
    expect(assets.scripts).toEqual(['/_astro/chunk.js', '/_astro/search.js']);
    expect(assets.inlineScripts).toEqual(['import "/_astro/share.js";']);
  });

  it('follows static imports of minified modules but not dynamic imports loaded on demand', () => {
    const code =
      'import{a as e}from"./render.js";import"./side.js";const p=()=>import("./pagefind.js");export*from"./more.js";';
    expect(staticImports(code)).toEqual(['./render.js', './side.js', './more.js']);
  });

  it('counts font files a stylesheet loads, not its images', () => {
    const css = '@font-face{src:url(/fonts/inter.woff2) format("woff2")}.logo{background:url("/logo.png")}';
    expect(cssReferences(css).fonts).toEqual(['/fonts/inter.woff2']);
  });
});

describe('how build time grows with pages', () => {
  it('calls time linear when each extra page costs the same at every size', () => {
    const summary = summariseScaling([
      { pages: 250, seconds: 10 },
      { pages: 500, seconds: 15 },
      { pages: 1000, seconds: 25 },
    ]);
    expect(summary.verdict).toBe('linear');
    expect(summary.fit.secondsPer100Pages).toBeCloseTo(2);
    expect(summary.fit.fixedSeconds).toBeCloseTo(5);
  });

  it('says so when extra pages cost more and more as the site grows', () => {
    const summary = summariseScaling([
      { pages: 250, seconds: 10 },
      { pages: 500, seconds: 15 },
      { pages: 1000, seconds: 40 },
    ]);
    expect(summary.verdict).toBe('worse than linear');
  });

  it('stands for a size with its median cold build, and counts the builds it was taken from', () => {
    const size = { fraction: 0.5, shape: fullShape, pages: 500, warm: cost(8) };
    const run = sizeRunOf(size, [cost(14), cost(10), cost(12, { cpuSeconds: 20 })]);
    expect(run.cold.seconds).toBe(12);
    expect(run.cold.cpuSeconds).toBe(20);
    expect(run.coldBuilds).toBe(3);
    expect(run.warm.seconds).toBe(8);
  });

  it('does not judge from fewer than three sizes', () => {
    expect(
      summariseScaling([
        { pages: 100, seconds: 5 },
        { pages: 200, seconds: 8 },
      ]).verdict,
    ).toBe('unknown');
  });
});

describe('the benchmark options', () => {
  it('runs three rounds by default, two with --quick, and as many as --rounds asks', () => {
    expect(parseBenchArgs([]).rounds).toBe(3);
    expect(parseBenchArgs(['--quick']).rounds).toBe(2);
    expect(parseBenchArgs(['--rounds', '5']).rounds).toBe(5);
    expect(parseBenchArgs(['--quick', '--rounds', '4']).rounds).toBe(4);
  });

  it('refuses a number of rounds that is not a whole number of at least one', () => {
    expect(() => parseBenchArgs(['--rounds', '0'])).toThrow('--rounds must be a whole number of at least 1');
    expect(() => parseBenchArgs(['--rounds', 'two'])).toThrow('not "two"');
  });

  it('builds Starlight only when --starlight is given', () => {
    expect(parseBenchArgs(['--quick']).starlight).toBe(false);
    expect(parseBenchArgs(['--quick', '--starlight']).starlight).toBe(true);
  });

  it('builds the long track on a full run, not with --quick or --no-long-track, and with --long-track', () => {
    expect(parseBenchArgs([]).longTrack).toBe(true);
    expect(parseBenchArgs(['--quick']).longTrack).toBe(false);
    expect(parseBenchArgs(['--no-long-track']).longTrack).toBe(false);
    expect(parseBenchArgs(['--quick', '--long-track']).longTrack).toBe(true);
  });

  it('measures the long track of the targets: 40 levels of one track, 60 themes, three languages', () => {
    expect(longTrackShape).toMatchObject({ tracks: 1, levels: 40, themes: 60, locales: 3 });
    expect(countPages(longTrackShape)).toBe(807);
  });
});

/** A build's cost with only the figures a test cares about. */
const cost = (seconds: number, extra: Partial<BuildCost> = {}): BuildCost => ({
  seconds,
  pagesPerSecond: 100 / seconds,
  cpuSeconds: seconds,
  systemSeconds: seconds / 5,
  peakMemoryMB: 500,
  ...extra,
});

describe('interleaved rounds', () => {
  it('rotates the order each round, so each system builds first once in three rounds', () => {
    const systems: BuildSystem[] = ['echelon', 'bare', 'starlight'];
    const orders = [0, 1, 2, 3].map((round) => roundOrder(systems, round));
    expect(orders).toEqual([
      ['echelon', 'bare', 'starlight'],
      ['bare', 'starlight', 'echelon'],
      ['starlight', 'echelon', 'bare'],
      ['echelon', 'bare', 'starlight'],
    ]);
    expect(roundOrder(['echelon', 'bare'], 1)).toEqual(['bare', 'echelon']);
  });

  it('gives each system its fastest and median time, median CPU and system time and highest peak memory', () => {
    const bySystem = buildsBySystem([
      { builds: { echelon: cost(12, { peakMemoryMB: 900, systemSeconds: 1 }), bare: cost(10) } },
      { builds: { echelon: cost(18, { cpuSeconds: 30, systemSeconds: 4 }), bare: cost(9) } },
      { builds: { echelon: cost(13, { systemSeconds: 2 }), bare: cost(11, { peakMemoryMB: 700 }) } },
    ]);
    expect(summariseSystem(bySystem.get('echelon') ?? [])).toEqual({
      builds: 3,
      minSeconds: 12,
      medianSeconds: 13,
      medianCpuSeconds: 13,
      medianSystemSeconds: 2,
      peakMemoryMB: 900,
    });
    expect(summariseSystem(bySystem.get('bare') ?? [])).toMatchObject({
      minSeconds: 9,
      medianSeconds: 10,
      peakMemoryMB: 700,
    });
    expect(bySystem.has('starlight')).toBe(false);
  });

  it('compares Echelon with each other system, and its cold build with its warm one, within a round', () => {
    expect(
      roundRatios({ echelon: cost(12), bare: cost(10), starlight: cost(24), 'echelon-cold': cost(21) }),
    ).toEqual({
      echelonOverBare: 1.2,
      echelonOverStarlight: 0.5,
      coldOverWarm: 1.75,
    });
    expect(roundRatios({ echelon: cost(12), bare: cost(10) })).toMatchObject({
      echelonOverStarlight: null,
      coldOverWarm: null,
    });
  });

  it('takes the headline ratios as the medians of the rounds, not the ratios of medians', () => {
    // Round 1 is slow for every Echelon build: its ratios hold, which a ratio of medians
    // (cold 24 s over warm 12 s, 2x) would not show.
    const rounds = [
      roundRatios({ echelon: cost(16), bare: cost(10), 'echelon-cold': cost(28) }),
      roundRatios({ echelon: cost(11), bare: cost(10), 'echelon-cold': cost(20) }),
      roundRatios({ echelon: cost(12), bare: cost(10), 'echelon-cold': cost(24) }),
    ];
    expect(medianRatio(rounds, 'echelonOverBare')).toBeCloseTo(1.2);
    expect(medianRatio(rounds, 'coldOverWarm')).toBeCloseTo(20 / 11);
    expect(medianRatio(rounds, 'echelonOverStarlight')).toBeNull();
  });

  it('stands for a system with its median build, the faster of the middle two for an even count', () => {
    expect(medianBuild([cost(14), cost(11), cost(12)]).seconds).toBe(12);
    expect(medianBuild([cost(14), cost(11), cost(12), cost(20)]).seconds).toBe(12);
  });
});

/** The results the targets are judged on, for a run that met every target but the ones a test changes. */
function judged(changes: (results: JudgedResults) => void = () => {}): JudgedResults {
  const level: KindWeight = {
    pages: 10,
    median: 12_000,
    max: 15_000,
    heaviest: {
      path: '/track/level/',
      total: 15_000,
      html: 10_000,
      css: 5_000,
      js: 0,
      fonts: 0,
      inlineScriptBytes: 600,
      files: [],
    },
  };
  const linear = summariseScaling([
    { pages: 250, seconds: 10 },
    { pages: 500, seconds: 15 },
    { pages: 1000, seconds: 25 },
  ]);
  const results: JudgedResults = {
    date: '2026-11-30T00:00:00Z',
    command: 'npm run bench',
    machine: {
      cpus: 2,
      cpuModel: 'test',
      memory: '8 GiB',
      memoryBytes: 8 * 1024 ** 3,
      node: 'v24.9.0',
      os: 'Linux',
      loadAverage: { start: 0.5, end: 0.5 },
    },
    ladder: { shape: fullShape, pages: 1022, htmlFiles: 1024, contentFiles: 190, contentBytes: 2_600_000 },
    builds: {
      first: cost(31, { peakMemoryMB: 1200 }),
      cold: cost(30, { peakMemoryMB: 1200 }),
      warm: cost(20),
      bare: cost(16),
      bareCold: cost(17),
      memoryMethod: 'test',
      coldPeakByProgram: {},
      rounds: [],
      bySystem: {
        echelon: {
          builds: 3,
          minSeconds: 19,
          medianSeconds: 20,
          medianCpuSeconds: 22,
          medianSystemSeconds: 2,
          peakMemoryMB: 900,
        },
        bare: {
          builds: 3,
          minSeconds: 15,
          medianSeconds: 16,
          medianCpuSeconds: 18,
          medianSystemSeconds: 2,
          peakMemoryMB: 800,
        },
      },
    },
    ratio: 1.25,
    starlightRatio: null,
    coldRatio: 30 / 16,
    coldOverWarm: 1.5,
    cpuRatio: 22 / 18,
    starlight: { measured: false, reason: 'not asked for' },
    sameWords: { pages: [], bare: { min: 1, median: 1 }, starlight: null, threshold: 0.95 },
    cards: {
      coldRendered: 1022,
      warmRendered: 0,
      warmFromCache: 1022,
      samples: 60,
      medianMs: 20,
      p95Ms: 25,
      maxMs: 30,
      cpuMedianMs: 20,
      bestOfMedianMs: 19,
      buildCpuMsPerCard: 18,
      medianMsByKind: {},
    },
    pageWeight: { level: level.max },
    pageWeightDetail: { level },
    search: {
      page: '/track/level/',
      beforeInteractionBytes: 0,
      firstQueryBytes: 110_000,
      secondQueryBytes: 20_000,
      firstQueryGzipBytes: 80_000,
      secondQueryGzipBytes: 20_000,
      laterQueries: { count: 4, medianBytes: 20_000, maxBytes: 40_000 },
      queries: [],
    },
    scaling: { runs: [], cold: linear, warm: linear, coldCpu: linear },
    longTrack: {
      shape: longTrackShape,
      pages: 807,
      runs: [],
      peakMemoryMB: 1350,
      scaling: { cold: linear, warm: linear, coldCpu: linear },
    },
  };
  changes(results);
  return results;
}

/** The verdict of one target, found by the start of its measure's name. */
function verdict(results: JudgedResults, measure: string): string | undefined {
  return evaluateTargets(results).find((target) => target.measure.startsWith(measure))?.verdict;
}

describe('the targets', () => {
  it('meets every target a run measured, and says Starlight was not measured rather than met or missed', () => {
    const verdicts = Object.fromEntries(evaluateTargets(judged()).map((t) => [t.measure, t.verdict]));
    expect(verdicts['Warm build vs Starlight']).toBe('not measured');
    expect(Object.values(verdicts).filter((v) => v !== 'met')).toEqual(['not measured']);
    expect(evaluateTargets(judged()).find((t) => t.measure === 'Warm build vs Starlight')?.value).toContain(
      '--starlight',
    );
  });

  it('judges the warm build on the median ratio of rounds against 1.3x bare Astro', () => {
    const withRatio = (ratio: number) =>
      judged((r) => {
        r.ratio = ratio;
      });
    expect(verdict(withRatio(1.3), 'Warm build vs bare')).toBe('met');
    expect(verdict(withRatio(1.31), 'Warm build vs bare')).toBe('missed');
  });

  it('wants the warm build faster than Starlight once Starlight is measured', () => {
    const withStarlight = (ratio: number) =>
      judged((r) => {
        r.starlightRatio = ratio;
        r.builds.bySystem.starlight = {
          builds: 3,
          minSeconds: 20 / ratio,
          medianSeconds: 20 / ratio,
          medianCpuSeconds: 20 / ratio,
          medianSystemSeconds: 2,
          peakMemoryMB: 900,
        };
      });
    expect(verdict(withStarlight(0.8), 'Warm build vs Starlight')).toBe('met');
    expect(verdict(withStarlight(1), 'Warm build vs Starlight')).toBe('missed');
  });

  it('holds the cold build to twice the median warm build', () => {
    const withColdOverWarm = (ratio: number) =>
      judged((r) => {
        r.coldOverWarm = ratio;
      });
    expect(verdict(withColdOverWarm(2), 'Cold build')).toBe('met');
    expect(verdict(withColdOverWarm(2.1), 'Cold build')).toBe('missed');
  });

  it('holds level pages to 20 KB and the first search to 120 KB as served', () => {
    const heavier = judged((r) => {
      r.pageWeightDetail.level.max = 20_001;
    });
    expect(verdict(heavier, 'Level page, gzipped')).toBe('missed');
    const bigSearch = judged((r) => {
      if ('firstQueryBytes' in r.search) r.search.firstQueryBytes = 120_001;
    });
    expect(verdict(bigSearch, 'First search')).toBe('missed');
    const noBrowser = judged((r) => {
      r.search = { skipped: 'no Chromium' };
    });
    expect(verdict(noBrowser, 'First search')).toBe('not measured');
  });

  it('judges peak memory on every Echelon build: the first, the warm rounds and the cold rounds', () => {
    const warmPeak = judged((r) => {
      if (r.builds.bySystem.echelon) r.builds.bySystem.echelon.peakMemoryMB = 1600;
    });
    expect(verdict(warmPeak, 'Peak build memory')).toBe('missed');
    const coldRoundPeak = judged((r) => {
      r.builds.bySystem['echelon-cold'] = {
        builds: 3,
        minSeconds: 29,
        medianSeconds: 30,
        medianCpuSeconds: 50,
        medianSystemSeconds: 5,
        peakMemoryMB: 1600,
      };
    });
    expect(verdict(coldRoundPeak, 'Peak build memory')).toBe('missed');
    const firstPeak = judged((r) => {
      r.builds.first.peakMemoryMB = 1600;
    });
    expect(verdict(firstPeak, 'Peak build memory')).toBe('missed');
  });

  it('holds the long track to 1.5 GB and linear time, and says when it was not built', () => {
    expect(verdict(judged(), '40-level track')).toBe('met');
    const heavy = judged((r) => {
      if ('runs' in r.longTrack) r.longTrack.peakMemoryMB = 1600;
    });
    expect(verdict(heavy, '40-level track')).toBe('missed');
    const slower = judged((r) => {
      if ('runs' in r.longTrack)
        r.longTrack.scaling.coldCpu = summariseScaling([
          { pages: 200, seconds: 10 },
          { pages: 400, seconds: 15 },
          { pages: 800, seconds: 40 },
        ]);
    });
    expect(verdict(slower, '40-level track')).toBe('missed');
    const skipped = judged((r) => {
      r.longTrack = { skipped: 'skipped with --no-long-track' };
    });
    expect(verdict(skipped, '40-level track')).toBe('not measured');
    expect(evaluateTargets(skipped).find((t) => t.measure.startsWith('40-level'))?.value).toContain(
      '--no-long-track',
    );
  });

  it('does not judge linearity from fewer than three sizes', () => {
    const unknown = summariseScaling([
      { pages: 100, seconds: 5 },
      { pages: 200, seconds: 8 },
    ]);
    const twoSizes = judged((r) => {
      r.scaling.coldCpu = unknown;
    });
    expect(verdict(twoSizes, 'Build time vs pages')).toBe('not measured');
  });
});

describe('the report', () => {
  it('says Starlight was not measured and how to measure it, when it was not built', () => {
    const results = judged((r) => {
      r.starlight = { measured: false, reason: starlightNotAskedFor };
    });
    const report = formatReport({ ...results, targets: evaluateTargets(results), totalSeconds: 60 });
    expect(report).toContain('Starlight: not measured (not asked for; `npm run bench -- --starlight`');
    expect(report).toMatch(/Warm build vs Starlight .* not measured/);
  });

  it('shows the long track when it was built, and why not when it was not', () => {
    const built = judged();
    expect(formatReport({ ...built, targets: evaluateTargets(built), totalSeconds: 60 })).toContain(
      'Long track: 1 track of 40 levels, 60 themes, 10 guides, 3 locales = 807 pages; peak memory 1350 MB',
    );
    const skipped = judged((r) => {
      r.longTrack = { skipped: 'skipped with --no-long-track' };
    });
    expect(formatReport({ ...skipped, targets: evaluateTargets(skipped), totalSeconds: 60 })).toContain(
      'Long track: not built (skipped with --no-long-track).',
    );
  });

  it('shows how many cold builds each size of the series is the median of', () => {
    const results = judged((r) => {
      r.scaling.runs = [
        sizeRunOf(
          { fraction: 0.5, shape: { ...fullShape, tracks: 4, levels: 7 }, pages: 498, warm: cost(7) },
          [cost(13), cost(12), cost(15)],
        ),
      ];
    });
    const report = formatReport({ ...results, targets: evaluateTargets(results), totalSeconds: 60 });
    expect(report).toMatch(/cold builds +cold \(median\)/);
    expect(report).toMatch(/^498 +4x7 +3 +13\.0 s +2\.61 /m);
  });

  it('shows each round in the order it built the systems, with its load and ratios', () => {
    const results = judged((r) => {
      r.builds.rounds = [
        {
          round: 2,
          order: ['bare', 'echelon-cold', 'echelon'],
          builds: { echelon: cost(12), bare: cost(10), 'echelon-cold': cost(21) },
          loadAverage: { start: 1.5, end: 2.25 },
          echelonOverBare: 1.2,
          echelonOverStarlight: null,
          coldOverWarm: 1.75,
        },
      ];
    });
    const report = formatReport({ ...results, targets: evaluateTargets(results), totalSeconds: 60 });
    expect(report).toMatch(
      /^2 +bare, echelon-cold, echelon +1\.50 → 2\.25 +12\.0 s +10\.0 s +1\.20x +21\.0 s +1\.75x$/m,
    );
  });
});

describe('the same-words check', () => {
  it('reads the visible text of the main content, without scripts, styles or hidden elements', () => {
    const html = `<html><head><title>Not this</title></head><body><header>Menu</header>
      <main><h1>Senior designer</h1><div hidden>filter values</div><span aria-hidden="true">★</span>
      <script>const secret = 1;</script><style>.a{color:red}</style><p>Leads &amp; mentors</p></main>
      <footer>Footer</footer></body></html>`;
    expect(visibleText(html)).toBe('Senior designer Leads & mentors');
  });

  it('keeps the words of adjacent elements apart, as Astro writes them with no space between', () => {
    expect(visibleText('<main><ul><li>roadmap</li><li>pricing</li></ul></main>')).toBe('roadmap pricing');
  });

  it('reads the whole page but its head when a page has no main element', () => {
    expect(visibleText('<html><head><title>Tab</title></head><body><p>Only body</p></body></html>')).toBe(
      'Only body',
    );
  });

  it('counts words in any script, lowercased, with repeats', () => {
    expect(wordsOf('Équipe l’équipe, 2 × Roadmap')).toEqual(['équipe', 'l', 'équipe', '2', 'roadmap']);
    expect(wordShare('roadmap roadmap roadmap', 'Roadmap')).toEqual({ words: 3, found: 1, share: 1 / 3 });
    // Interface labels left out: only the words of the ladder's content count.
    expect(wordShare('Situation: roadmap review', 'roadmap review', new Set(['roadmap', 'review']))).toEqual({
      words: 2,
      found: 2,
      share: 1,
    });
  });

  it('finds every word of a page in another page carrying the same words in a different layout', () => {
    const echelon = visibleText(
      '<main><h1>Lead</h1><section><h2>Delivery</h2><ul><li>Ships the roadmap</li></ul></section></main>',
    );
    const bare = visibleText(
      '<body><main><h1>Lead</h1><h2>Delivery</h2><ul><li>Ships the roadmap</li></ul><p>More</p></main></body>',
    );
    expect(wordShare(echelon, bare).share).toBe(1);
    expect(wordShare(echelon, '<main><h1>Lead</h1></main>').share).toBeCloseTo(1 / 5);
  });

  it('samples pages across their kinds, so a large kind does not crowd out the small ones', () => {
    const pages = [
      ...Array.from({ length: 80 }, (_, i) => ({ kind: 'compare', n: i })),
      { kind: 'home', n: 0 },
      ...Array.from({ length: 10 }, (_, i) => ({ kind: 'level', n: i })),
    ];
    const sample = sampleAcrossKinds(pages, 9, (page) => page.kind);
    expect(sample.filter((page) => page.kind === 'home')).toHaveLength(1);
    expect(sample.filter((page) => page.kind === 'level').map((page) => page.n)).toEqual([0, 2, 5, 7]);
    expect(sample.filter((page) => page.kind === 'compare').map((page) => page.n)).toEqual([0, 20, 40, 60]);
    expect(sampleAcrossKinds(pages.slice(0, 3), 20, (page) => page.kind)).toHaveLength(3);
  });

  it('warns once per site that carries less than 95% of the words on any sampled page', () => {
    const result = summariseSameWords([
      { path: '/a/', kind: 'level', echelonWords: 100, bare: 0.99, starlight: 0.97 },
      { path: '/b/', kind: 'assess', echelonWords: 100, bare: 0.5, starlight: 0.96 },
      { path: '/c/', kind: 'matrix', echelonWords: 100, bare: 0.9, starlight: 0.99 },
    ]);
    expect(result.bare).toEqual({ min: 0.5, median: 0.9 });
    expect(result.starlight).toEqual({ min: 0.96, median: 0.97 });
    expect(sameWordsWarnings(result)).toEqual([
      "bare Astro carries less than 95.0% of the Echelon page's words on 2 of 3 sampled pages (least: 50.0% on /b/).",
    ]);
  });

  it('has no Starlight figures when Starlight was not built', () => {
    const result = summariseSameWords([
      { path: '/', kind: 'home', echelonWords: 10, bare: 1, starlight: null },
    ]);
    expect(result.starlight).toBeNull();
    expect(sameWordsWarnings(result)).toEqual([]);
  });
});

describe('the comparison sites', () => {
  const shape = { tracks: 2, levels: 3, themes: 3, guides: 2, locales: 2 };
  const checked = checkedLadder(projectRoot, writeSynthetic(shape));
  const pages = sitePages(checked.source, checked.ladders);
  const settings = checked.ladders[0].settings;
  const starlightFiles = starlightSiteFiles(pages, { title: settings.title, locales: settings.locales });
  const bareFiles = bareSiteFiles(checked.source, checked.ladders);
  const docs = Object.keys(starlightFiles).filter((path) => path.startsWith('src/content/docs/'));

  it('gives Starlight one Markdown page per Echelon page under src/content/docs, each with a title', () => {
    expect(docs).toHaveLength(countPages(shape));
    expect(docs).toContain('src/content/docs/index.md');
    expect(docs).toContain('src/content/docs/fr/index.md');
    for (const path of docs) {
      const [, frontMatter] = starlightFiles[path].split('---\n');
      expect(parse(frontMatter).title, path).toEqual(expect.any(String));
    }
  });

  it('gives Starlight the same words as the bare site, page by page', () => {
    for (const path of docs) {
      const barePath = path.replace('src/content/docs/', 'src/pages/');
      const body = (text: string) => text.split('---\n').slice(2).join('---\n');
      expect(body(starlightFiles[path]), path).toBe(body(bareFiles[barePath]));
    }
  });

  it('uses Starlight’s loader and schema for its docs collection', () => {
    const config = starlightFiles['src/content.config.ts'];
    expect(config).toContain('loader: docsLoader()');
    expect(config).toContain('schema: docsSchema()');
  });

  it('autogenerates a small sidebar instead of listing pages, and leaves Pagefind search on', () => {
    const options = starlightOptions(pages, { title: settings.title, locales: settings.locales });
    expect(options.sidebar).toEqual([
      { label: 'Themes', items: [{ autogenerate: { directory: 'themes' } }] },
      { label: 'Guides', items: [{ autogenerate: { directory: 'guides' } }] },
    ]);
    expect(options).not.toHaveProperty('pagefind');
    expect(starlightFiles['astro.config.mjs']).toContain(`starlight(${JSON.stringify(options)})`);
  });

  it('puts the default language at the root and each other language in a locale of its own', () => {
    const options = starlightOptions(pages, { title: settings.title, locales: settings.locales });
    expect(options.locales).toEqual({
      root: { label: 'English', lang: 'en' },
      fr: { label: 'Français', lang: 'fr' },
    });
  });

  it('pins Starlight and exactly the project’s astro in the Starlight folder’s package.json', () => {
    const manifest = JSON.parse(starlightPackageJson('7.3.5'));
    expect(manifest.dependencies).toEqual({ '@astrojs/starlight': starlightVersion, astro: '7.3.5' });
    expect(starlightVersion).toBe('0.42.4');
  });

  it('gives the bare site’s self-assessment pages the behaviours of the level and the next', () => {
    const assess = pages.find((page) => page.route.kind === 'assess' && page.route.locale === 'en');
    const level = checked.ladders[0].levels.find(
      (entry) => assess?.route.kind === 'assess' && entry.id === assess.route.levelId,
    );
    const theme = checked.ladders[0].themes.find((entry) => level?.data.expectations[entry.id]);
    expect(level?.next).toBeDefined();
    if (!assess || !level?.next || !theme) return;
    expect(assess.body).toContain(level.data.expectations[theme.id].behaviours[0]);
    expect(assess.body).toContain(level.next.data.expectations[theme.id].behaviours[0]);
  });
});
