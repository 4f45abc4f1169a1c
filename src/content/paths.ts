import { isAbsolute, join, resolve } from 'node:path';

/**
 * Where the ladder's content lives: `content/` in the project, unless `ECHELON_CONTENT`
 * names another folder (the tests build fixture ladders this way).
 */
export function resolveContentDir(root: string, env: NodeJS.ProcessEnv = process.env): string {
  const override = env.ECHELON_CONTENT;
  if (!override) return join(root, 'content');
  return isAbsolute(override) ? override : resolve(root, override);
}

/**
 * Folder of one of the build's caches (`echelon-cards`, `echelon-comparisons`, `echelon-links`).
 * `ECHELON_CACHE_DIR` (set by tests and the benchmark so that builds side by side do not share
 * a cache) wins; otherwise the usual place for tool caches, `node_modules/.cache/`, which
 * survives builds and is never published.
 */
export function cacheFolder(root: string, name: string, env: NodeJS.ProcessEnv = process.env): string {
  const override = env.ECHELON_CACHE_DIR;
  if (override) return join(isAbsolute(override) ? override : resolve(root, override), name);
  return join(root, 'node_modules', '.cache', name);
}
