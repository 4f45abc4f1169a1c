import type { LadderShape } from './page-count.ts';
import type { PageWeight } from './page-weight.ts';
import type { ScalingSummary } from './scaling.ts';
import type { QueryTransfer } from './search-transfer.ts';

/** One build's cost. */
export interface BuildCost {
  /** Wall-clock seconds. */
  seconds: number;
  pagesPerSecond: number;
  /** Processor seconds of the build's process tree: steadier than wall time on a busy machine. */
  cpuSeconds: number;
  peakMemoryMB: number;
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
  fraction: number;
  shape: LadderShape;
  pages: number;
  cold: BuildCost;
  warm: BuildCost;
}

/** Everything one benchmark run measured; written as JSON with `--json`. */
export interface BenchResults {
  date: string;
  command: string;
  machine: {
    cpus: number;
    cpuModel: string;
    memory: string;
    memoryBytes: number;
    node: string;
    os: string;
    /** 1-minute load average when the run started and ended: other work on the machine skews times. */
    loadAverage: { start: number; end: number };
  };
  ladder: {
    shape: LadderShape;
    pages: number;
    htmlFiles: number;
    contentFiles: number;
    contentBytes: number;
  };
  builds: {
    cold: BuildCost;
    warm: BuildCost;
    bare: BuildCost;
    bareCold: BuildCost;
    memoryMethod: string;
    /** Peak memory of each program of the Echelon cold build (the build itself, Pagefind), in MB. */
    coldPeakByProgram: Record<string, number>;
  };
  /** Echelon's warm build time over the bare Astro build's. */
  ratio: number;
  /** Echelon's cold build time over the bare Astro build's. */
  coldRatio: number;
  /** Echelon's warm build processor time over the bare Astro build's. */
  cpuRatio: number;
  cards: {
    coldRendered: number;
    warmRendered: number;
    warmFromCache: number;
    samples: number;
    medianMs: number;
    p95Ms: number;
    maxMs: number;
    /** Median processor time per card, first drawings. */
    cpuMedianMs: number;
    /** Median of each card's fastest of several drawings: its cost on a quiet machine. */
    bestOfMedianMs: number;
    /** Processor time per card in the build: cold minus warm build, over the cards drawn. */
    buildCpuMsPerCard: number;
    medianMsByKind: Record<string, number>;
  };
  /** Heaviest page of each kind, gzipped bytes with everything it loads. */
  pageWeight: Record<string, number>;
  pageWeightDetail: Record<string, KindWeight>;
  search:
    | {
        page: string;
        beforeInteractionBytes: number;
        firstQueryBytes: number;
        secondQueryBytes: number;
        firstQueryGzipBytes: number;
        secondQueryGzipBytes: number;
        /** Median and largest transfer of the searches after the first. */
        laterQueries: { count: number; medianBytes: number; maxBytes: number };
        queries: QueryTransfer[];
      }
    | { skipped: string };
  /** How time grows with pages: wall time of cold and warm builds, and processor time of cold builds. */
  scaling: { runs: SizeRun[]; cold: ScalingSummary; warm: ScalingSummary; coldCpu: ScalingSummary };
  /** Each target with its verdict; `met` is null where this run cannot judge it. */
  targets: { measure: string; target: string; value: string; met: boolean | null }[];
  totalSeconds: number;
}
