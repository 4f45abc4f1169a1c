/** What the card endpoint did during one build, for the summary line. */
export interface CardStats {
  /** Cards drawn in this build. */
  rendered: number;
  /** Cards copied from the cache. */
  fromCache: number;
  /** Milliseconds spent drawing the rendered cards. */
  renderMs: number;
  /** One line per card that lost characters its fonts cannot draw. */
  warnings: string[];
  /** Cache keys of every card of the build, drawn or not: the cache keeps these and drops the rest. */
  keys: Set<string>;
}

// Astro loads the integration through its config loader and the card endpoint from the
// built server bundle: two copies of this module. The counters live on `globalThis` so both
// copies see the same numbers.
const key = Symbol.for('echelon.cards.stats');
type WithStats = typeof globalThis & { [key]?: CardStats };

const emptyStats = (): CardStats => ({
  rendered: 0,
  fromCache: 0,
  renderMs: 0,
  warnings: [],
  keys: new Set(),
});

/** The counters of the current build, shared by the card endpoint and the cards integration. */
export function cardStats(): CardStats {
  const scope = globalThis as WithStats;
  scope[key] ??= emptyStats();
  return scope[key];
}

/** Starts counting from zero, at the start of a build. */
export function resetCardStats(): void {
  (globalThis as WithStats)[key] = emptyStats();
}

/** The one line a build prints about cards, such as `cards: 3 rendered, 40 from cache`. */
export function formatCardSummary(stats: CardStats): string {
  return `cards: ${stats.rendered} rendered, ${stats.fromCache} from cache`;
}
