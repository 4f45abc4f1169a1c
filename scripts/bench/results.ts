import type { LadderShape } from './page-count.ts';
import type { PageWeight } from './page-weight.ts';
import type { PageWords } from './same-words.ts';
import type { ScalingSummary } from './scaling.ts';
import type { QueryTransfer } from './search-transfer.ts';

/** One build's cost. */
export interface BuildCost {
  /** Wall-clock seconds. */
  seconds: number;
  /** Pages over wall-clock seconds, to compare ladders of different sizes. */
  pagesPerSecond: number;
  /** Processor seconds of the build's process tree: steadier than wall time on a busy machine. */
  cpuSeconds: number;
  /** The part of it spent in the kernel (files, memory), which the file system's state moves. */
  systemSeconds: number;
  /** Peak resident memory of the build's process tree, in MB. */
  peakMemoryMB: number;
}

/**
 * The builds each round makes: Echelon warm (`echelon`), bare Astro, Starlight when asked for,
 * and Echelon cold (`echelon-cold`: an empty cache and a new output folder, every card drawn).
 */
export type BuildSystem = 'echelon' | 'bare' | 'starlight' | 'echelon-cold';

/** One round of builds: each system built once, in a rotating order. */
export interface BuildRound {
  /** Round number, from 1. */
  round: number;
  /** The systems in the order this round built them. */
  order: BuildSystem[];
  /** Each system's build in this round. */
  builds: Partial<Record<BuildSystem, BuildCost>>;
  /** 1-minute load average as the round started and ended: a busy round explains an odd ratio. */
  loadAverage: { start: number; end: number };
  /** Echelon's time over bare Astro's in this round. */
  echelonOverBare: number | null;
  /** Echelon's time over Starlight's in this round; null when Starlight was not built. */
  echelonOverStarlight: number | null;
  /** Echelon's cold build time over its warm build in this round. */
  coldOverWarm: number | null;
}

/** One system's builds across the rounds. */
export interface SystemSummary {
  /** How many builds the figures come from. */
  builds: number;
  /** The fastest build: the closest to what the system costs on a quiet machine. */
  minSeconds: number;
  /** The median build: what the system typically costs on this machine. */
  medianSeconds: number;
  /** Median processor time, which other work on the machine barely moves. */
  medianCpuSeconds: number;
  /** Median of the part of it spent in the kernel. */
  medianSystemSeconds: number;
  /** The highest peak memory of any of the builds. */
  peakMemoryMB: number;
}

/** Whether and how Starlight was measured. */
export type StarlightRun =
  | {
      measured: true;
      /** Starlight's version, pinned by the benchmark. */
      version: string;
      /** Astro's version in the Starlight folder: the project's own. */
      astroVersion: string;
      /** Whether `npm install` ran this time or the folder's install was reused. */
      install: 'installed' | 'reused';
      /** Seconds `npm install` took, 0 when reused; not part of any build time. */
      installSeconds: number;
      /** Its first build, outside the rounds, as bare Astro's first build is. */
      first: BuildCost;
      /** HTML files it wrote, its 404 page included. */
      htmlFiles: number;
    }
  | {
      measured: false;
      /** Why not, and how to measure it. */
      reason: string;
    };

/** The check that the other sites carry the words Echelon's pages show. */
export interface SameWords {
  /** Each sampled page and the share of its words each other site carries. */
  pages: PageWords[];
  /** The lowest and median share on the bare Astro pages. */
  bare: { min: number; median: number };
  /** The same on the Starlight pages; null when Starlight was not built. */
  starlight: { min: number; median: number } | null;
  /** Below this share the report warns. */
  threshold: number;
}

/** The weight of one kind of page across the site. */
export interface KindWeight {
  /** Pages of this kind weighed. */
  pages: number;
  /** Median total gzipped bytes. */
  median: number;
  /** Heaviest page's total gzipped bytes. */
  max: number;
  /** The heaviest page and its breakdown. */
  heaviest: { path: string } & PageWeight;
}

/** One size of the size series. */
export interface SizeRun {
  /** Share of the full ladder's pages this size aims at. */
  fraction: number;
  /** The ladder built at this size. */
  shape: LadderShape;
  /** Pages it has. */
  pages: number;
  /** Its median cold build (each from an empty cache): the build of median time. */
  cold: BuildCost;
  /** How many cold builds `cold` is the median of. */
  coldBuilds: number;
  /** Its warm build; for the full size, the median build of the rounds. */
  warm: BuildCost;
}

/** The long track built at several sizes: what its targets (memory, linear time) are judged on. */
export interface LongTrackRun {
  /** Its full shape: one track of 40 levels, 60 themes, three languages. */
  shape: LadderShape;
  /** Pages at full size. */
  pages: number;
  /** A cold and a warm build at each size, smallest first. */
  runs: SizeRun[];
  /** The highest peak memory of its builds, in MB. */
  peakMemoryMB: number;
  /** How its time grows with its pages: wall time cold and warm, and processor time cold. */
  scaling: { cold: ScalingSummary; warm: ScalingSummary; coldCpu: ScalingSummary };
}

/** One performance target and what this run measured against it. */
export interface TargetVerdict {
  /** What is measured, such as `Warm build vs bare Astro`. */
  measure: string;
  /** The target, in words: `at most 1.3x`. */
  target: string;
  /** What this run measured, in words. */
  value: string;
  /** `not measured` where this run could not judge (Starlight not built, no browser, too few sizes). */
  verdict: 'met' | 'missed' | 'not measured';
}

/** Everything one benchmark run measured; written as JSON with `--json`. */
export interface BenchResults {
  /** When the run ended, ISO 8601. */
  date: string;
  /** The command that ran it, to repeat it. */
  command: string;
  /** The machine: numbers from different machines do not compare. */
  machine: {
    /** Processors Node may use. */
    cpus: number;
    /** The first processor's model name. */
    cpuModel: string;
    /** Total memory, readable (`23.4 GiB`). */
    memory: string;
    /** Total memory in bytes. */
    memoryBytes: number;
    /** Node's version running the benchmark and the builds. */
    node: string;
    /** Operating system, release and architecture. */
    os: string;
    /** 1-minute load average when the run started and ended: other work on the machine skews times. */
    loadAverage: { start: number; end: number };
  };
  /** The synthetic ladder measured. */
  ladder: {
    /** Its size in tracks, levels, themes, guides and languages. */
    shape: LadderShape;
    /** Pages, by the project's route list. */
    pages: number;
    /** HTML files Echelon wrote, the 404 page included. */
    htmlFiles: number;
    /** Content files generated. */
    contentFiles: number;
    /** Bytes of content generated. */
    contentBytes: number;
  };
  builds: {
    /** Echelon's first build, before the rounds, with an empty cache: it fills the cache the warm builds use. */
    first: BuildCost;
    /** Echelon's median cold build of the rounds (empty cache, new output folder). */
    cold: BuildCost;
    /** Echelon's median warm build of the rounds (same cache, no change). */
    warm: BuildCost;
    /** Bare Astro's median build of the rounds (its second and later builds). */
    bare: BuildCost;
    /** Bare Astro's first build, before the rounds. */
    bareCold: BuildCost;
    /** How peak memory was measured. */
    memoryMethod: string;
    /** Peak memory of each program of Echelon's first build (the build itself, Pagefind), in MB. */
    coldPeakByProgram: Record<string, number>;
    /** Every round of builds, in order. */
    rounds: BuildRound[];
    /** Each system's builds across the rounds. */
    bySystem: Partial<Record<BuildSystem, SystemSummary>>;
  };
  /** Echelon's warm build time over bare Astro's: the median of the rounds' ratios. */
  ratio: number;
  /** Echelon's warm build time over Starlight's, median of the rounds; null when not measured. */
  starlightRatio: number | null;
  /** Echelon's median cold build time over bare Astro's median build. */
  coldRatio: number;
  /** Echelon's cold build time over its warm build, median of the rounds: what drawing every card costs. */
  coldOverWarm: number;
  /** Echelon's median warm processor time over bare Astro's median. */
  cpuRatio: number;
  /** Starlight, built from the same pages as bare Astro, or why it was not. */
  starlight: StarlightRun;
  /** Whether the bare Astro and Starlight pages carry the words of Echelon's. */
  sameWords: SameWords;
  /** Share cards: how many each build drew, and how long one takes. */
  cards: {
    /** Cards the first build drew. */
    coldRendered: number;
    /** Cards drawn by the warm build that drew the most: the cache should leave none. */
    warmRendered: number;
    /** Cards that warm build took from the cache. */
    warmFromCache: number;
    /** Cards drawn in process for the timing. */
    samples: number;
    /** Median time per card, first drawings. */
    medianMs: number;
    /** 95th percentile time per card. */
    p95Ms: number;
    /** The slowest card. */
    maxMs: number;
    /** Median processor time per card, first drawings. */
    cpuMedianMs: number;
    /** Median of each card's fastest of several drawings: its cost on a quiet machine. */
    bestOfMedianMs: number;
    /** Processor time per card in the build: median cold minus median warm build, over the cards drawn. */
    buildCpuMsPerCard: number;
    /** Median time per card by page kind. */
    medianMsByKind: Record<string, number>;
  };
  /** Heaviest page of each kind, gzipped bytes with everything it loads. */
  pageWeight: Record<string, number>;
  /** Each kind's median and heaviest page, with the heaviest page's breakdown. */
  pageWeightDetail: Record<string, KindWeight>;
  /** What searching from a level page downloads, or why it was not measured. */
  search:
    | {
        /** The page searched from. */
        page: string;
        /** Search bytes loaded with the page, before any interaction. */
        beforeInteractionBytes: number;
        /** Bytes of the first search, as served. */
        firstQueryBytes: number;
        /** Bytes of the second search, as served. */
        secondQueryBytes: number;
        /** Bytes of the first search with text files gzipped. */
        firstQueryGzipBytes: number;
        /** Bytes of the second search with text files gzipped. */
        secondQueryGzipBytes: number;
        /** Median and largest transfer of the searches after the first. */
        laterQueries: { count: number; medianBytes: number; maxBytes: number };
        /** Every search in order. */
        queries: QueryTransfer[];
      }
    | {
        /** Why search was not measured. */
        skipped: string;
      };
  /** How time grows with pages: wall time of cold and warm builds, and processor time of cold builds. */
  scaling: { runs: SizeRun[]; cold: ScalingSummary; warm: ScalingSummary; coldCpu: ScalingSummary };
  /** The long track, or why it was not built (`--quick`, `--no-long-track`). */
  longTrack: LongTrackRun | { skipped: string };
  /** Each target with its measured value and verdict. */
  targets: TargetVerdict[];
  /** Seconds the whole run took. */
  totalSeconds: number;
}
