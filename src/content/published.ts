import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { laddersFromSource } from '../ladder/from-source.ts';
import { pageRoutes, redirectRoutes } from '../ladder/routes.ts';
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

/**
 * Fails when a URL recorded in `published-urls.txt` would no longer be served: recruiters'
 * job offers and bookmarks point at it. The fix is an alias on the renamed entry.
 */
export function checkPublishedUrls(source: LadderSource, root: string, contentDir: string): Problem[] {
  const absolute = join(contentDir, publishedUrlsFile);
  if (!existsSync(absolute)) return [];
  const file = displayPath(root, absolute);
  const served = new Set(servedPaths(source));
  // The ids in a lost path that no entry has any more are the former ids to alias.
  const currentIds = new Set(
    [...source.tracks, ...source.themes, ...source.levels, ...source.guides].map((e) => e.id),
  );
  const fixedSegments = new Set([
    'compare',
    'themes',
    'guides',
    'matrix',
    'search',
    ...source.settings.locales.map((l) => l.code),
  ]);
  const formerIds = (path: string) => {
    const ids = path.split('/').filter((segment) => segment && !fixedSegments.has(segment));
    const gone = ids.filter((id) => !currentIds.has(id));
    return gone.length ? gone : ids.slice(-1);
  };
  const problems: Problem[] = [];
  readFileSync(absolute, 'utf8')
    .split('\n')
    .forEach((text, index) => {
      const path = text.trim();
      if (!path || path.startsWith('#') || served.has(path)) return;
      const formerId = formerIds(path).join(', ');
      problems.push({
        file,
        line: index + 1,
        message: `${path} was published and would no longer exist. If you renamed the level, theme, track or guide it showed, add \`aliases: [${formerId}]\` to the renamed file; if you removed it on purpose, delete this line.`,
        severity: 'error',
      });
    });
  return problems;
}
