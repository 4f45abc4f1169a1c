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
