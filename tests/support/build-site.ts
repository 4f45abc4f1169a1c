import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The project root, where `astro.config.mjs` lives. */
export const projectRoot = resolve(import.meta.dirname, '../..');

/**
 * Where test builds go: inside the project, one folder per build. Astro writes the server
 * code of a build to `<outDir>/.prerender/` when the output folder is inside the project, but
 * to one shared `.astro/.prerender/` when it is not, and deletes it at the end; builds in
 * temporary folders outside the project (test files run in parallel) deleted each other's code.
 */
const buildsDir = join(projectRoot, 'node_modules', '.cache', 'echelon-test-builds');

/** Deletes test builds older than a day, so repeated test runs do not fill the disk. */
function removeOldBuilds() {
  const dayAgo = Date.now() - 24 * 60 * 60 * 1000;
  for (const entry of readdirSync(buildsDir)) {
    const folder = join(buildsDir, entry);
    // Another test process may be deleting the same folder: a vanished folder is fine.
    const modified = statSync(folder, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
    if (modified < dayAgo) rmSync(folder, { recursive: true, force: true });
  }
}

/** What a build printed and how it ended. */
export interface BuildResult {
  /** Exit code of `astro build`. */
  code: number;
  /** Standard output and error, interleaved. */
  output: string;
  /** Folder the site was written to. */
  outDir: string;
  /** Cache folder of the build (`ECHELON_CACHE_DIR`): pass it to another build to share the cache. */
  cacheDir: string;
}

/**
 * Builds a ladder with the real `astro build`, as an author would, into a fresh folder of
 * its own. `contentDir` defaults to the sample ladder in `content/`; `cacheDir` defaults to a
 * fresh folder, so builds share a cache (share cards, content store) only when asked to.
 */
export function buildSite(
  options: { contentDir?: string; outDir?: string; cacheDir?: string; env?: Record<string, string> } = {},
): Promise<BuildResult> {
  mkdirSync(buildsDir, { recursive: true });
  removeOldBuilds();
  const work = mkdtempSync(join(buildsDir, 'build-'));
  const outDir = options.outDir ?? join(work, 'dist');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ECHELON_CACHE_DIR: options.cacheDir ?? join(work, 'cache'),
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    ...options.env,
  };
  if (options.contentDir) env.ECHELON_CONTENT = options.contentDir;
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
      {
        cwd: projectRoot,
        env,
      },
    );
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('error', fail);
    child.on('close', (code) =>
      done({ code: code ?? 1, output, outDir, cacheDir: env.ECHELON_CACHE_DIR ?? join(work, 'cache') }),
    );
  });
}
