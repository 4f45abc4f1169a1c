// Interleaved rounds: each round builds every system once (Echelon warm and cold among them),
// in an order that rotates from one round to the next, so a slow moment on a shared machine
// falls on a different system each time and no system always runs first (with the
// file-system cache cold or warm).
import type { BuildCost, BuildRound, BuildSystem, SystemSummary } from './results.ts';
import { median } from './statistics.ts';

/** The systems in the order round `round` (from 0) builds them: the list rotated by one each round. */
export function roundOrder(systems: readonly BuildSystem[], round: number): BuildSystem[] {
  if (systems.length === 0) return [];
  const shift = round % systems.length;
  return [...systems.slice(shift), ...systems.slice(0, shift)];
}

/** One system's time over another's in one round, or null when either was not built. */
function ratio(builds: BuildRound['builds'], system: BuildSystem, other: BuildSystem): number | null {
  const measured = builds[system];
  const against = builds[other];
  return measured && against ? measured.seconds / against.seconds : null;
}

/** The ratios a round gives: what the headline ratios are the medians of. */
export type RoundRatios = Pick<BuildRound, 'echelonOverBare' | 'echelonOverStarlight' | 'coldOverWarm'>;

/**
 * Echelon's warm time over bare Astro's and over Starlight's, and its cold time over its warm
 * time, within one round. Ratios are taken within a round, where the builds ran minutes apart
 * under about the same load, before taking their median across rounds.
 */
export function roundRatios(builds: BuildRound['builds']): RoundRatios {
  return {
    echelonOverBare: ratio(builds, 'echelon', 'bare'),
    echelonOverStarlight: ratio(builds, 'echelon', 'starlight'),
    coldOverWarm: ratio(builds, 'echelon-cold', 'echelon'),
  };
}

/** The median of the rounds' ratios of one kind, or null when no round has it. */
export function medianRatio(rounds: readonly RoundRatios[], key: keyof RoundRatios): number | null {
  const values = rounds.map((round) => round[key]).filter((value): value is number => value !== null);
  return values.length ? median(values) : null;
}

/** One system's builds across the rounds, summed up: the fastest, the typical, the largest peak. */
export function summariseSystem(costs: readonly BuildCost[]): SystemSummary {
  if (costs.length === 0) throw new Error('a summary of no builds');
  return {
    builds: costs.length,
    minSeconds: Math.min(...costs.map((cost) => cost.seconds)),
    medianSeconds: median(costs.map((cost) => cost.seconds)),
    medianCpuSeconds: median(costs.map((cost) => cost.cpuSeconds)),
    medianSystemSeconds: median(costs.map((cost) => cost.systemSeconds)),
    peakMemoryMB: Math.max(...costs.map((cost) => cost.peakMemoryMB)),
  };
}

/**
 * The build whose time is the median, the faster of the two middle ones for an even count:
 * a real build to stand for the system where one is needed (the size series), rather than
 * a mix of several builds' figures.
 */
export function medianBuild(costs: readonly BuildCost[]): BuildCost {
  if (costs.length === 0) throw new Error('a median of no builds');
  const sorted = [...costs].sort((a, b) => a.seconds - b.seconds);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/** Each system's builds, in round order, from a list of rounds. */
export function buildsBySystem(rounds: readonly Pick<BuildRound, 'builds'>[]): Map<BuildSystem, BuildCost[]> {
  const bySystem = new Map<BuildSystem, BuildCost[]>();
  for (const round of rounds) {
    for (const [system, cost] of Object.entries(round.builds) as [BuildSystem, BuildCost][]) {
      bySystem.set(system, [...(bySystem.get(system) ?? []), cost]);
    }
  }
  return bySystem;
}
