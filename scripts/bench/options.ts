import { parseArgs } from 'node:util';
import type { LadderShape } from './page-count.ts';

/** What a benchmark run does. */
export interface BenchOptions {
  quick: boolean;
  /** The ladder measured in full. */
  shape: LadderShape;
  /** Fractions of the full page count for the size series, the full size (1) included. */
  sizes: number[];
  /** How many share cards to draw for the card timing. */
  cardSamples: number;
  /** Where to write the results as JSON, if anywhere. */
  json?: string;
  /** Keep the temporary folders (content, builds) for inspection instead of deleting them. */
  keep: boolean;
  /**
   * Rounds of builds after the first ones. Each round builds every system once (Echelon warm
   * and cold among them), so the systems share the machine's good and bad moments, and the
   * medians smooth out the rest.
   */
  rounds: number;
  /**
   * Also build the same pages with Starlight. Off by default because it installs Starlight
   * from npm into a cache folder the first time, which CI should not depend on.
   */
  starlight: boolean;
  /**
   * Also build the long track (`longTrackShape`) at three sizes, for its targets: memory and
   * linear time. On by default, off with `--quick` or `--no-long-track`: it adds about a minute
   * and a half (a full run took 4 minutes without it, 5 to 5.5 with it).
   */
  longTrack: boolean;
  help: boolean;
}

/** The default ladder: 996 pages in two languages, the size the targets are set for. */
export const fullShape: LadderShape = { tracks: 6, levels: 9, themes: 12, guides: 10, locales: 2 };
/** The `--quick` ladder: 170 pages, for CI. */
export const quickShape: LadderShape = { tracks: 2, levels: 5, themes: 8, guides: 5, locales: 2 };
/**
 * The long track of the targets: one track of 40 levels with 60 themes in three languages,
 * 807 pages each about five times the default ladder's.
 */
export const longTrackShape: LadderShape = { tracks: 1, levels: 40, themes: 60, guides: 10, locales: 3 };
/** Sizes the long track is built at, as fractions of its pages: three, to judge linearity. */
export const longTrackSizes = [0.25, 0.5, 1];

/** Usage text for `--help`. */
export const usage = `Usage: npm run bench -- [options]

  --quick            small ladder (~170 pages) and a short size series, for CI
  --tracks N         tracks (every second one a management track)
  --levels N         levels per track
  --themes N         themes
  --guides N         guides
  --locales N        languages (1 to 6)
  --sizes LIST       size series as fractions of the full page count (default 0.25,0.5,1; quick
                     0.5,1), each size built cold once per round and warm once
  --cards N          share cards to time (default 60; quick 20)
  --rounds N         rounds of builds, each once per round: Echelon warm and cold, bare
                     Astro, Starlight (default 3; quick 2); also how many times each
                     smaller size of the series is built cold
  --starlight        also build the same pages with Starlight (installs @astrojs/starlight
                     into node_modules/.cache/echelon-bench/starlight-site/ the first time)
  --no-long-track    skip the long track (1 track of 40 levels, 60 themes, 3 languages, at
                     3 sizes), built by default unless --quick; --long-track builds it anyway
  --json FILE        also write every result as JSON to FILE
  --keep             keep the generated content and builds
  --help             show this help`;

/** A whole number of at least `min` from a flag, or the default. */
function count(name: string, value: string | undefined, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < min)
    throw new Error(`--${name} must be a whole number of at least ${min}, not "${value}".`);
  return number;
}

/** Reads the benchmark's command-line flags. Throws with a readable message on a bad value. */
export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      quick: { type: 'boolean', default: false },
      tracks: { type: 'string' },
      levels: { type: 'string' },
      themes: { type: 'string' },
      guides: { type: 'string' },
      locales: { type: 'string' },
      sizes: { type: 'string' },
      cards: { type: 'string' },
      json: { type: 'string' },
      keep: { type: 'boolean', default: false },
      rounds: { type: 'string' },
      starlight: { type: 'boolean', default: false },
      'long-track': { type: 'boolean' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
    allowNegative: true,
  });
  const quick = values.quick ?? false;
  const base = quick ? quickShape : fullShape;
  const shape: LadderShape = {
    tracks: count('tracks', values.tracks, base.tracks, 1),
    levels: count('levels', values.levels, base.levels, 1),
    themes: count('themes', values.themes, base.themes, 1),
    guides: count('guides', values.guides, base.guides, 0),
    locales: count('locales', values.locales, base.locales, 1),
  };
  const sizes = (values.sizes ?? (quick ? '0.5,1' : '0.25,0.5,1')).split(',').map((part) => {
    const fraction = Number(part);
    if (!(fraction > 0 && fraction <= 1))
      throw new Error(`--sizes takes fractions between 0 and 1, not "${part}".`);
    return fraction;
  });
  if (!sizes.includes(1)) sizes.push(1);
  return {
    quick,
    shape,
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    cardSamples: count('cards', values.cards, quick ? 20 : 60, 1),
    json: values.json,
    keep: values.keep ?? false,
    rounds: count('rounds', values.rounds, quick ? 2 : 3, 1),
    starlight: values.starlight ?? false,
    longTrack: values['long-track'] ?? !quick,
    help: values.help ?? false,
  };
}
