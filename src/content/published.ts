// Published URLs are a promise to readers: recruiters paste them into job offers that live for
// months. `published-urls.txt` lists every URL the site has ever served and only grows;
// `npm run check` fails when one would disappear, and `npm run urls:record` adds new ones but
// refuses to drop one unless the author names it. The functions here are pure, so the check,
// the command and the tests share one set of rules and one wording.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { laddersFromSource } from '../ladder/from-source.ts';
import { pageRoutes, redirectRoutes } from '../ladder/routes.ts';
import { basePath } from '../ladder/urls.ts';
import { displayPath } from './files.ts';
import type { LadderSource } from './load.ts';
import type { Problem } from './problems.ts';

/** Name of the file, in the content folder, that records every URL the site has published. */
export const publishedUrlsFile = 'published-urls.txt';

/** Every path the ladder serves now: its pages and the former paths that redirect to them. */
export function servedPaths(source: LadderSource): string[] {
  const paths = laddersFromSource(source).flatMap((ladder) => [
    ...pageRoutes(ladder).map((route) => route.path),
    ...redirectRoutes(ladder).map((redirect) => redirect.path),
  ]);
  return [...new Set(paths)].sort();
}

/** The text of `published-urls.txt` for these paths. */
export function publishedUrlsText(paths: readonly string[]): string {
  return `# Every URL this ladder has published. \`npm run build\` fails if one would disappear.
# Refresh after publishing new pages: npm run urls:record
${paths.join('\n')}
`;
}

/** One URL recorded in `published-urls.txt`, with its line for messages. */
export interface RecordedUrl {
  /** The path as the site serves it, base path included: `/product-management/senior-pm/`. */
  path: string;
  /** 1-based line of the path in the file. */
  line: number;
}

/** The recorded URLs of `published-urls.txt`, skipping blank lines and `#` comments. */
export function parsePublishedUrls(text: string): RecordedUrl[] {
  return text.split('\n').flatMap((raw, index) => {
    const path = raw.trim();
    return path && !path.startsWith('#') ? [{ path, line: index + 1 }] : [];
  });
}

/**
 * What the URL rules need to know about the ladder as it is now. Taken from the content
 * rather than the built pages, so that a lost URL can be explained by the id that left it.
 */
export interface UrlContext {
  /** Base path of `url` in the settings, such as `/` or `/careers/`. */
  base: string;
  /** Locale codes from the settings; the first is the default, served without a prefix. */
  locales: readonly string[];
  /** Ids of the tracks. */
  tracks: ReadonlySet<string>;
  /** Ids of the levels, each with the id of its track. */
  levels: ReadonlyMap<string, string>;
  /** Ids of the themes. */
  themes: ReadonlySet<string>;
  /** Ids of the guides. */
  guides: ReadonlySet<string>;
  /** Where the settings live, for messages that ask the author to edit them. */
  settingsFile: string;
}

/** The URL context of a loaded ladder. */
export function urlContext(source: LadderSource): UrlContext {
  return {
    base: basePath(source.settings),
    locales: source.settings.locales.map((locale) => locale.code),
    tracks: new Set(source.tracks.map((track) => track.id)),
    levels: new Map(source.levels.map((level) => [level.id, level.data.track])),
    themes: new Set(source.themes.map((theme) => theme.id)),
    guides: new Set(source.guides.map((guide) => guide.id)),
    settingsFile: source.settingsFile,
  };
}

/** Folder names that page paths use besides ids; never a former id to alias. */
const fixedSegments = new Set(['compare', 'themes', 'guides', 'matrix', 'search']);

/** Locale codes as settings and file names write them: `fr`, `pt-BR`. */
const localeCodePattern = /^[a-z]{2,3}(?:-[A-Z]{2})?$/;

/** What a path shows, read from its shape the way `src/ladder/urls.ts` builds it. */
type PathShape =
  | { kind: 'home' | 'search' }
  | { kind: 'track' | 'matrix'; track: string }
  | { kind: 'level'; track: string; level: string }
  | { kind: 'theme'; theme: string }
  | { kind: 'guide'; guide: string }
  | { kind: 'compare'; from: string; to: string }
  | { kind: 'other'; segments: string[] };

/** A path split into its language's home (`/careers/fr/`) and what it shows there. */
interface ParsedPath {
  prefix: string;
  shape: PathShape;
}

/** Reads a path under the current base; a path outside it shows nothing this ladder knows. */
function parsePath(path: string, context: UrlContext): ParsedPath {
  if (!path.startsWith(context.base)) {
    return { prefix: context.base, shape: { kind: 'other', segments: path.split('/').filter(Boolean) } };
  }
  let prefix = context.base;
  let segments = path.slice(prefix.length).split('/').filter(Boolean);
  if (segments.length > 0 && context.locales.slice(1).includes(segments[0])) {
    prefix = `${prefix}${segments[0]}/`;
    segments = segments.slice(1);
  }
  const [first, second, third] = segments;
  const shape = ((): PathShape => {
    if (!path.endsWith('/')) return { kind: 'other', segments };
    if (segments.length === 0) return { kind: 'home' };
    if (segments.length === 1 && first === 'search') return { kind: 'search' };
    if (segments.length === 2 && first === 'themes') return { kind: 'theme', theme: second };
    if (segments.length === 2 && first === 'guides') return { kind: 'guide', guide: second };
    if (segments.length === 3 && first === 'compare') return { kind: 'compare', from: second, to: third };
    if (segments.length === 1 && !fixedSegments.has(first)) return { kind: 'track', track: first };
    if (segments.length === 2 && !fixedSegments.has(first)) {
      return second === 'matrix'
        ? { kind: 'matrix', track: first }
        : { kind: 'level', track: first, level: second };
    }
    // A level's self-assessment page: the same ids as its level page, one folder deeper.
    if (segments.length === 3 && segments[2] === 'assess' && !fixedSegments.has(first)) {
      return { kind: 'level', track: first, level: second };
    }
    return { kind: 'other', segments };
  })();
  return { prefix, shape };
}

/**
 * The longest folder all recorded paths share: the base path the site had when they were
 * recorded, since its home page is always among them.
 */
export function recordedBase(paths: readonly string[]): string | undefined {
  if (paths.length === 0) return undefined;
  const folders = paths.map((path) => path.split('/').slice(1, -1));
  const shared: string[] = [];
  for (const [index, segment] of folders[0].entries()) {
    if (!folders.every((folder) => folder[index] === segment)) break;
    shared.push(segment);
  }
  return `/${shared.map((segment) => `${segment}/`).join('')}`;
}

/** A path recorded under one base, moved under another: `/product/` to `/careers/product/`. */
export function rebasePath(path: string, from: string, to: string): string {
  return path.startsWith(from) ? `${to}${path.slice(from.length)}` : path;
}

/** The site's base path changed since the URLs were recorded. */
export interface BaseMove {
  from: string;
  to: string;
}

/**
 * Tells whether `url` moved to another base path since the URLs were recorded: the recorded
 * paths share a base other than the current one, and moving them under the current one finds
 * pages the site serves. Then every recorded URL is lost at once, and one fix covers them all.
 */
export function detectBaseMove(
  recorded: readonly string[],
  served: ReadonlySet<string>,
  base: string,
): BaseMove | undefined {
  const from = recordedBase(recorded);
  if (from === undefined || from === base) return undefined;
  const lost = recorded.filter((path) => !served.has(path));
  // Most recorded paths must be lost and come back once moved: a few hand-written lines
  // under one folder are not a move of the whole site.
  if (lost.length * 2 <= recorded.length) return undefined;
  if (!lost.some((path) => served.has(rebasePath(path, from, base)))) return undefined;
  return { from, to: base };
}

/** A language whose pages the site no longer serves, with the recorded URLs it takes away. */
export interface DroppedLocale {
  /** Locale code, the folder its pages were under. */
  code: string;
  /** Home of the language: `/fr/`. */
  prefix: string;
  /** The recorded URLs under the prefix that would disappear. */
  urls: RecordedUrl[];
  /** True when the code is still a locale, but now the default one, served without a prefix. */
  nowDefault: boolean;
}

/**
 * Finds languages that stopped being served under their own folder: their URLs mirror the
 * default language's (`/fr/product/pm/` beside `/product/pm/`), which a removed track's do not.
 */
export function detectDroppedLocales(
  lost: readonly RecordedUrl[],
  known: ReadonlySet<string>,
  context: UrlContext,
): DroppedLocale[] {
  const groups = new Map<string, RecordedUrl[]>();
  for (const url of lost) {
    if (!url.path.startsWith(context.base)) continue;
    const code = url.path.slice(context.base.length).split('/')[0];
    if (!localeCodePattern.test(code) || context.locales.slice(1).includes(code)) continue;
    if (context.tracks.has(code)) continue;
    groups.set(code, [...(groups.get(code) ?? []), url]);
  }
  return [...groups].flatMap(([code, urls]) => {
    const prefix = `${context.base}${code}/`;
    const mirrored = urls.filter((url) => known.has(`${context.base}${url.path.slice(prefix.length)}`));
    if (!known.has(prefix) || mirrored.length * 2 <= urls.length) return [];
    return [{ code, prefix, urls, nowDefault: context.locales[0] === code }];
  });
}

/** Why one lost URL is lost, and so what brings it back. */
type LostReason =
  | { kind: 'renamed'; formerIds: string[] }
  | { kind: 'moved-level'; level: string; track: string }
  | { kind: 'not-compared'; from: string; to: string }
  | { kind: 'unknown' };

/** Works out which former id an alias needs, from the ids of the path the ladder lacks now. */
function lostReason(path: string, context: UrlContext): LostReason {
  const { shape } = parsePath(path, context);
  const gone = (ids: [string, boolean][]) => ids.filter(([, exists]) => !exists).map(([id]) => id);
  const renamed = (formerIds: string[]): LostReason =>
    formerIds.length ? { kind: 'renamed', formerIds } : { kind: 'unknown' };
  switch (shape.kind) {
    case 'track':
    case 'matrix':
      return renamed(gone([[shape.track, context.tracks.has(shape.track)]]));
    case 'level': {
      const formerIds = gone([
        [shape.track, context.tracks.has(shape.track)],
        [shape.level, context.levels.has(shape.level)],
      ]);
      const track = context.levels.get(shape.level);
      // An alias cannot help a level that changed track: the old track still owns its URL.
      if (!formerIds.length && track !== undefined && track !== shape.track) {
        return { kind: 'moved-level', level: shape.level, track };
      }
      return renamed(formerIds);
    }
    case 'theme':
      return renamed(gone([[shape.theme, context.themes.has(shape.theme)]]));
    case 'guide':
      return renamed(gone([[shape.guide, context.guides.has(shape.guide)]]));
    case 'compare': {
      const formerIds = gone([
        [shape.from, context.levels.has(shape.from)],
        [shape.to, context.levels.has(shape.to)],
      ]);
      return formerIds.length ? renamed(formerIds) : { kind: 'not-compared', from: shape.from, to: shape.to };
    }
    case 'other': {
      const ids = [context.tracks, context.levels, context.themes, context.guides];
      const known = (segment: string) => fixedSegments.has(segment) || ids.some((set) => set.has(segment));
      return renamed(shape.segments.filter((segment) => !known(segment)));
    }
    default:
      return { kind: 'unknown' };
  }
}

/** The message for one URL lost by an ordinary change: a rename, a removal, a move. */
function lostUrlMessage(path: string, current: string, context: UrlContext): string {
  const reason = lostReason(current, context);
  switch (reason.kind) {
    case 'renamed':
      return `${path} was published and would no longer exist. If you renamed the level, theme, track or guide it showed, add \`aliases: [${reason.formerIds.join(', ')}]\` to the renamed file; if you removed it on purpose, delete this line.`;
    case 'moved-level':
      return `${path} was published and would no longer exist: level \`${reason.level}\` is now in track \`${reason.track}\`, and no alias can keep a URL under a track the level left. Move it back, or if the move is on purpose, delete this line.`;
    case 'not-compared':
      return `${path} was published and would no longer exist: levels \`${reason.from}\` and \`${reason.to}\` still exist but are no longer compared in this order (a track, rank or equivalent changed), and no alias can bring the page back. If that change is on purpose, delete this line.`;
    case 'unknown':
      return `${path} was published and would no longer exist, and no alias can bring it back: every id in it still exists. If you removed it on purpose, delete this line.`;
  }
}

/** A recorded URL lost by an ordinary change, read under the current base path. */
export interface LostUrl extends RecordedUrl {
  /** The path under the current base: the same as `path` unless the site moved. */
  current: string;
}

/** The recorded URLs that the site would no longer serve, grouped by the one fix each needs. */
export interface LostUrls {
  /** Set when `url` moved to another base path: every recorded URL is lost at once. */
  baseMove?: BaseMove & { urls: RecordedUrl[] };
  /** Languages no longer served under their folder, each with its lost URLs. */
  droppedLocales: DroppedLocale[];
  /** URLs lost one by one, by a rename or removal. */
  lost: LostUrl[];
}

/**
 * Sorts the recorded URLs the site would no longer serve by cause. A base-path move and a
 * dropped language each lose dozens of URLs for one reason, so they are set apart from the
 * URLs lost one by one; those are read under the new base, as `--rebase` would record them.
 */
export function findLostUrls(
  recorded: readonly RecordedUrl[],
  served: ReadonlySet<string>,
  context: UrlContext,
): LostUrls {
  const move = detectBaseMove(
    recorded.map((url) => url.path),
    served,
    context.base,
  );
  const current = (path: string) => (move ? rebasePath(path, move.from, move.to) : path);
  const lost = recorded
    .map((url) => ({ ...url, current: current(url.path) }))
    .filter((url) => !served.has(url.current));
  const known = new Set([...served, ...recorded.map((url) => current(url.path))]);
  const droppedLocales = detectDroppedLocales(
    lost.map((url) => ({ path: url.current, line: url.line })),
    known,
    context,
  );
  const inDroppedLocale = new Set(droppedLocales.flatMap((locale) => locale.urls.map((url) => url.line)));
  return {
    baseMove: move && { ...move, urls: recorded.filter((url) => !served.has(url.path)) },
    droppedLocales,
    lost: lost.filter((url) => !inDroppedLocale.has(url.line)),
  };
}

/** The one problem reporting that the site moved to another base path. */
function baseMoveProblem(
  file: string,
  move: NonNullable<LostUrls['baseMove']>,
  context: UrlContext,
): Problem {
  return {
    file,
    line: Math.min(...move.urls.map((url) => url.line)),
    message: `The site moved from ${move.from} to ${move.to} (\`url\` in ${context.settingsFile}), so the ${move.urls.length} recorded URLs would no longer exist. Have your host redirect ${move.from} to ${move.to} (see "Deploying" in README.md), then run \`npm run urls:record -- --rebase\` to record the same paths under ${move.to}.`,
    severity: 'error',
  };
}

/** The one problem reporting that a language's URLs would disappear. */
function droppedLocaleProblem(file: string, locale: DroppedLocale, context: UrlContext): Problem {
  const why = locale.nowDefault
    ? `\`${locale.code}\` is now the default language, served at ${context.base}`
    : `\`${locale.code}\` is no longer in \`locales\` in ${context.settingsFile}`;
  const keep = locale.nowDefault ? 'Put the former default language first again' : 'Keep the locale';
  return {
    file,
    line: Math.min(...locale.urls.map((url) => url.line)),
    message: `${why}: its ${locale.urls.length} recorded URLs under ${locale.prefix} would no longer exist. ${keep}, or forget them on purpose with \`npm run urls:record -- --forget-locale ${locale.code}\`.`,
    severity: 'error',
  };
}

/**
 * Every problem with recorded URLs the site would no longer serve: one for a base-path move,
 * one per dropped language, and one per URL lost by a rename or removal, naming the former id
 * to list in `aliases`.
 */
export function lostUrlProblems(
  file: string,
  recorded: readonly RecordedUrl[],
  served: ReadonlySet<string>,
  context: UrlContext,
): Problem[] {
  const found = findLostUrls(recorded, served, context);
  return [
    ...(found.baseMove ? [baseMoveProblem(file, found.baseMove, context)] : []),
    ...found.droppedLocales.map((locale) => droppedLocaleProblem(file, locale, context)),
    ...found.lost.map(
      (url): Problem => ({
        file,
        line: url.line,
        message: lostUrlMessage(url.path, url.current, context),
        severity: 'error',
      }),
    ),
  ];
}

/**
 * Fails when a URL recorded in `published-urls.txt` would no longer be served: recruiters'
 * job offers and bookmarks point at it. The fix is an alias on the renamed entry, or, when
 * the whole site moved or lost a language, the one command that records that change.
 */
export function checkPublishedUrls(source: LadderSource, root: string, contentDir: string): Problem[] {
  const absolute = join(contentDir, publishedUrlsFile);
  if (!existsSync(absolute)) return [];
  const recorded = parsePublishedUrls(readFileSync(absolute, 'utf8'));
  return lostUrlProblems(
    displayPath(root, absolute),
    recorded,
    new Set(servedPaths(source)),
    urlContext(source),
  );
}

/**
 * What a reader following a forgotten URL gets: the site's 404 page, and the nearest page
 * still served when one obviously takes its place (the track of a removed level, the other
 * level of a comparison, the same page in the default language).
 */
export function whatReadersGet(path: string, served: ReadonlySet<string>, context: UrlContext): string {
  const { prefix, shape } = parsePath(path, context);
  const levelPage = (level: string) => {
    const track = context.levels.get(level);
    return track === undefined ? undefined : `${prefix}${track}/${level}/`;
  };
  const candidates: (string | undefined)[] = [];
  // A level that moved track is best found at its new page; a removed one, on its track's.
  if (shape.kind === 'level') candidates.push(levelPage(shape.level));
  if (shape.kind === 'level' || shape.kind === 'matrix') candidates.push(`${prefix}${shape.track}/`);
  if (shape.kind === 'compare') candidates.push(levelPage(shape.to), levelPage(shape.from));
  if (path.startsWith(context.base)) {
    // A page of a language no longer served has its twin in the default language; the home
    // page is left out, as the twin of any removed folder would be the home.
    const [code, ...rest] = path.slice(context.base.length).split('/');
    const twin = `${context.base}${rest.join('/')}`;
    if (localeCodePattern.test(code) && !context.locales.includes(code) && twin !== context.base) {
      candidates.push(twin);
    }
  }
  const nearest = candidates.find((candidate) => candidate !== undefined && served.has(candidate));
  return nearest ? `the site's 404 page; the nearest page still served is ${nearest}` : "the site's 404 page";
}

/** What `npm run urls:record` was asked to do besides adding the URLs served now. */
export interface RecordOptions {
  /** Recorded paths to remove on purpose (`--forget`). */
  forget: string[];
  /** Locales whose recorded URLs to remove on purpose (`--forget-locale`). */
  forgetLocales: string[];
  /** Move the recorded paths under the current base path (`--rebase`). */
  rebase: boolean;
}

/** The usage line shown with option mistakes. */
export const recordUsage =
  'Usage: npm run urls:record [-- --forget /path/ [/path/ ...]] [--forget-locale <code>] [--rebase]';

/**
 * Reads the command-line options of `npm run urls:record`. `--forget` takes one or more paths
 * and may repeat; full URLs are accepted and reduced to their path, since authors copy them
 * from a browser. Anything else is an error rather than a guess: this command removes promises.
 */
export function parseRecordArgs(args: readonly string[]): { options: RecordOptions; errors: string[] } {
  const options: RecordOptions = { forget: [], forgetLocales: [], rebase: false };
  const errors: string[] = [];
  let taking: 'forget' | 'forgetLocales' | undefined;
  let taken = 0;
  const close = () => {
    if (taking && taken === 0) {
      errors.push(
        `${taking === 'forget' ? '--forget needs a path' : '--forget-locale needs a locale code'}.`,
      );
    }
    taking = undefined;
    taken = 0;
  };
  for (const arg of args) {
    // Run as `node scripts/record-urls.ts -- --rebase`, the `--` npm would consume arrives here.
    if (arg === '--') continue;
    const [flag, inline] = arg.startsWith('--') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    if (flag.startsWith('--')) {
      close();
      if (flag === '--rebase' && inline === undefined) options.rebase = true;
      else if (flag === '--forget') taking = 'forget';
      else if (flag === '--forget-locale') taking = 'forgetLocales';
      else errors.push(`Unknown option ${arg}. ${recordUsage}`);
      if (taking && inline !== undefined) {
        options[taking].push(inline);
        taken++;
      }
      continue;
    }
    if (!taking) {
      errors.push(`Unexpected argument ${arg}: to forget a URL, write --forget ${arg}. ${recordUsage}`);
      continue;
    }
    options[taking].push(arg);
    taken++;
  }
  close();
  options.forget = options.forget.map((path) => {
    if (!/^https?:\/\//.test(path)) return path;
    try {
      return new URL(path).pathname;
    } catch {
      return path;
    }
  });
  for (const path of options.forget) {
    if (!path.startsWith('/')) errors.push(`--forget ${path}: write the path as recorded, starting with /.`);
  }
  for (const code of options.forgetLocales) {
    if (!localeCodePattern.test(code)) errors.push(`--forget-locale ${code}: not a locale code, such as fr.`);
  }
  return { options, errors };
}

/** A recorded URL removed on purpose, with what its readers will get instead. */
export interface ForgottenUrl extends RecordedUrl {
  instead: string;
}

/** A language whose recorded URLs were removed on purpose. */
export interface ForgottenLocale {
  code: string;
  prefix: string;
  urls: RecordedUrl[];
  instead: string;
}

/** What `npm run urls:record` does: write the new list, refuse, or reject its options. */
export type RecordPlan =
  | {
      outcome: 'write';
      /** The whole new list, sorted. */
      paths: string[];
      /** Served paths that were not recorded yet. */
      added: string[];
      /** Recorded paths that stay (all of them, but those forgotten). */
      kept: string[];
      /** Paths removed by `--forget`. */
      forgotten: ForgottenUrl[];
      /** Languages removed by `--forget-locale`. */
      forgottenLocales: ForgottenLocale[];
      /** Set when `--rebase` moved the recorded paths. */
      rebased?: BaseMove & { count: number };
    }
  /** Some recorded URL would be lost: nothing is written, and each problem says what to do. */
  | { outcome: 'refuse'; problems: Problem[] }
  /** The options ask for something impossible or unclear: nothing is written. */
  | { outcome: 'invalid'; errors: string[] };

/**
 * Plans `npm run urls:record`. The list is append-only: every URL served now is added to
 * those recorded, and a recorded URL the site would no longer serve makes the command refuse
 * with the same advice as `npm run check`, unless the author forgets it by name
 * (`forget`), by language (`forgetLocales`), or moves all of them to the new base (`rebase`).
 */
export function planRecord(
  file: string,
  recorded: readonly RecordedUrl[],
  servedList: readonly string[],
  context: UrlContext,
  options: RecordOptions,
): RecordPlan {
  const served = new Set(servedList);
  const errors: string[] = [];
  let urls = [...recorded];
  let rebased: (BaseMove & { count: number }) | undefined;

  if (options.rebase) {
    const from = recordedBase(urls.map((url) => url.path));
    if (from === undefined || from === context.base) {
      errors.push(
        `--rebase: the recorded URLs are already under ${context.base}, the base of \`url\` in ${context.settingsFile}; there is nothing to rebase.`,
      );
    } else {
      urls = urls.map((url) => ({ ...url, path: rebasePath(url.path, from, context.base) }));
      rebased = { from, to: context.base, count: urls.length };
    }
  }

  const forgottenLocales: ForgottenLocale[] = [];
  for (const code of new Set(options.forgetLocales)) {
    const prefix = `${context.base}${code}/`;
    if (context.locales.slice(1).includes(code)) {
      errors.push(
        `--forget-locale ${code}: \`${code}\` is still in \`locales\` in ${context.settingsFile}, so its pages are served and there is nothing to forget.`,
      );
      continue;
    }
    const under = urls.filter((url) => url.path.startsWith(prefix));
    if (under.length === 0) {
      errors.push(`--forget-locale ${code}: no URL under ${prefix} is recorded in ${file}.`);
      continue;
    }
    forgottenLocales.push({
      code,
      prefix,
      urls: under,
      instead: `the site's 404 page; the same pages in the default language (${context.locales[0]}) are under ${context.base}`,
    });
  }

  const forgotten: ForgottenUrl[] = [];
  for (const path of new Set(options.forget)) {
    // A path as written in the file, or as it reads once rebased: the author may type either.
    const matches = urls.filter(
      (url, index) => url.path === path || (rebased !== undefined && recorded[index].path === path),
    );
    if (matches.length === 0) {
      const hint = urls.some((url) => url.path === `${path}/`) ? ` Did you mean ${path}/?` : '';
      errors.push(
        `--forget ${path}: this URL is not recorded in ${file}, so there is nothing to forget.${hint}`,
      );
      continue;
    }
    if (served.has(matches[0].path)) {
      errors.push(
        `--forget ${path}: the site still serves this URL, so it would be recorded again; remove or rename its page first.`,
      );
      continue;
    }
    for (const url of matches) forgotten.push({ ...url, instead: whatReadersGet(url.path, served, context) });
  }
  if (errors.length > 0) return { outcome: 'invalid', errors };

  const removed = new Set(
    [...forgotten, ...forgottenLocales.flatMap((locale) => locale.urls)].map((url) => url.path),
  );
  const remaining = urls.filter((url) => !removed.has(url.path));
  const problems = lostUrlProblems(file, remaining, served, context);
  if (problems.length > 0) return { outcome: 'refuse', problems };

  const kept = [...new Set(remaining.map((url) => url.path))].sort();
  const keptSet = new Set(kept);
  const added = servedList.filter((path) => !keptSet.has(path));
  return {
    outcome: 'write',
    paths: [...new Set([...kept, ...added])].sort(),
    added: [...new Set(added)].sort(),
    kept,
    forgotten,
    forgottenLocales,
    rebased,
  };
}
