/** A card that leaves out characters its fonts cannot draw. */
export interface MissingCharacters {
  /** Path of the page the card is for. */
  path: string;
  /** The characters left out. */
  characters: string[];
  /** npm packages that would draw some of them once installed, such as `@fontsource/noto-sans-jp`. */
  packages?: string[];
}

/** What the card endpoint did during one build, for the summary line. */
export interface CardStats {
  /** Cards drawn in this build. */
  rendered: number;
  /** Cards copied from the cache. */
  fromCache: number;
  /** Milliseconds spent drawing the rendered cards. */
  renderMs: number;
  /** Every card that lost characters its fonts cannot draw: the page's path and the characters. */
  missing: MissingCharacters[];
  /** Cache keys of every card of the build, drawn or not: the cache keeps these and drops the rest. */
  keys: Set<string>;
  /** Why the card cache could not be written, when it could not: the build then goes on without it. */
  cacheUnwritable?: string;
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
  missing: [],
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

/** The one warning a build prints when its card cache could not be written, or undefined. */
export function formatUnwritableCache(cacheDir: string, stats: CardStats): string | undefined {
  if (stats.cacheUnwritable === undefined) return undefined;
  return `Share cards: the card cache ${cacheDir} cannot be written (${stats.cacheUnwritable.split('\n')[0]}), so this build drew its cards without it. Make the folder writable, or set ECHELON_CACHE_DIR to one that is.`;
}

/** The one line a build prints about cards, such as `cards: 3 rendered, 40 from cache`. */
export function formatCardSummary(stats: CardStats): string {
  return `cards: ${stats.rendered} rendered, ${stats.fromCache} from cache`;
}

/**
 * One warning for every card that lost characters, however many cards: the characters, how
 * many cards, the first few pages, and the font or emoji packages that would draw them. A
 * ladder written in a script the card fonts lack would otherwise print a line per page.
 */
export function formatMissingCharacters(
  missing: readonly MissingCharacters[],
  shown = 3,
): string | undefined {
  if (missing.length === 0) return undefined;
  const characters = [...new Set(missing.flatMap((card) => card.characters))];
  const pages = missing.slice(0, shown).map((card) => card.path);
  const more = missing.length > shown ? ` and ${missing.length - shown} more` : '';
  const cards = missing.length === 1 ? 'The share card of' : `${missing.length} share cards, of`;
  const packages = [...new Set(missing.flatMap((card) => card.packages ?? []))].sort();
  const install = packages.length
    ? ` Install ${packages.join(' and ')} to draw ${characters.length === 1 ? 'it' : 'them'} (npm install --save-exact ${packages.join(' ')}).`
    : '';
  return `${cards} ${pages.join(', ')}${more}, leave out ${characters.join(' ')}: the card fonts cannot draw ${characters.length === 1 ? 'it' : 'them'}.${install} The pages themselves show them.`;
}
