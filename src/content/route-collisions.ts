import { cardPath } from '../cards/paths.ts';
import { laddersFromSource } from '../ladder/from-source.ts';
import type { Ladder } from '../ladder/model.ts';
import {
  type PageRoute,
  pageRoutes,
  type RedirectRoute,
  redirectRoutes,
  siteFiles,
} from '../ladder/routes.ts';
import type { LadderSource, SourceEntry } from './load.ts';
import type { Problem } from './problems.ts';

/** Who asked for a file of the built site, for a message that points at the right line. */
interface Claim {
  /** The file of the built site, or a folder ending in `/`. */
  output: string;
  /** What the output is, in the words of a message: "the track page /fr/". */
  what: string;
  /** True for a share card, which belongs in the folder of cards. */
  card?: boolean;
  /** True for the folder of cards. */
  holdsCards?: boolean;
  /** The content file and line that produce it; undefined for the site's own files. */
  file?: string;
  line?: number;
}

/** The file a page path is written to. */
const pageFile = (path: string) => `${path}index.html`;

/** The source entry, file and line that a page route comes from. */
function ownerOf(source: LadderSource, route: PageRoute): { file: string; line: number } | undefined {
  const find = <T>(entries: SourceEntry<T>[], id: string) => entries.find((entry) => entry.id === id)?.source;
  let file: ReturnType<typeof find>;
  switch (route.kind) {
    case 'track':
    case 'matrix':
      file = find(source.tracks, route.trackId);
      break;
    case 'level':
      file = find(source.levels, route.levelId);
      break;
    case 'theme':
      file = find(source.themes, route.themeId);
      break;
    case 'guide':
      file = find(source.guides, route.guideId);
      break;
    case 'compare':
      file = find(source.levels, route.toLevelId);
      break;
    default:
      return undefined;
  }
  return file && { file: file.file, line: 1 };
}

/** The entry whose alias made a redirect, and the line of that alias. */
function aliasOwner(
  source: LadderSource,
  redirect: RedirectRoute,
): { file: string; line: number } | undefined {
  const segments = redirect.path.split('/').filter(Boolean);
  for (const entries of [source.levels, source.tracks, source.themes, source.guides] as SourceEntry<{
    aliases: string[];
  }>[][]) {
    for (const entry of entries) {
      const index = entry.data.aliases.findIndex((alias) => segments.includes(alias));
      if (index !== -1) return { file: entry.source.file, line: entry.source.lineOf(['aliases', index]) };
    }
  }
  return undefined;
}

/** Every file and folder the build writes for one language, with who asks for it. */
function claims(source: LadderSource, ladder: Ladder, isDefault: boolean): Claim[] {
  const list: Claim[] = [];
  for (const route of pageRoutes(ladder)) {
    const owner = ownerOf(source, route);
    const language = ladder.settings.locales.find((locale) => locale.code === ladder.locale)?.label;
    const what =
      route.kind === 'home' && !isDefault
        ? `the ${language} home page ${route.path}`
        : `the ${route.kind} page ${route.path}`;
    list.push({ output: pageFile(route.path), what, ...owner });
    list.push({ output: cardPath(route), what: `the share card of ${what}`, card: true, ...owner });
  }
  for (const redirect of redirectRoutes(ladder)) {
    const owner = aliasOwner(source, redirect);
    const what = `the redirect from ${redirect.path} to ${redirect.to.path}`;
    list.push({ output: pageFile(redirect.path), what, ...owner });
    list.push({ output: cardPath(redirect), what: `the card copy of ${what}`, card: true, ...owner });
  }
  for (const file of siteFiles(ladder.settings, ladder.locale, isDefault)) {
    list.push({ output: file.path, what: file.what, holdsCards: file.holdsCards });
  }
  return list;
}

/**
 * Finds pages and files of the built site that two things would write to the same place, or
 * that land in a folder the site keeps for itself (share cards, the search index), such as a
 * track named `fr` taking the French home page or a track named `index` taking the home
 * page's card. The list comes from the routes the build really generates, so a new kind of
 * page is covered without keeping a list of reserved words. Each problem names the content
 * file, and the line of the alias when an alias is the cause.
 */
export function checkRouteCollisions(source: LadderSource): Problem[] {
  const ladders = laddersFromSource(source);
  const all = ladders.flatMap((ladder, index) => claims(source, ladder, index === 0));
  const byOutput = new Map<string, Claim>();
  const folders = all.filter((claim) => claim.output.endsWith('/'));
  const problems: Problem[] = [];
  const reported = new Set<string>();
  const report = (claim: Claim, other: Claim) => {
    const culprit = claim.file ? claim : other;
    const victim = culprit === claim ? other : claim;
    if (!culprit.file) return;
    const key = `${culprit.file}:${culprit.line}`;
    if (reported.has(key)) return;
    reported.add(key);
    problems.push({
      file: culprit.file,
      line: culprit.line ?? 1,
      message: `${culprit.what} would take the place of ${victim.what}. Choose another id (rename the file, or change the alias).`,
      severity: 'error',
    });
  };
  // Pages before cards: a page that collides takes its card along, and one message is enough.
  const files = [...all.filter((claim) => !claim.card), ...all.filter((claim) => claim.card)];
  for (const claim of files) {
    if (claim.output.endsWith('/')) continue;
    const folder = folders.find((f) => claim.output.startsWith(f.output) && !(claim.card && f.holdsCards));
    if (folder) report(claim, folder);
    const first = byOutput.get(claim.output);
    if (first && first.file !== claim.file) report(claim, first);
    else if (!first) byOutput.set(claim.output, claim);
  }
  return problems;
}
