import { type ChildProcess, spawn } from 'node:child_process';
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

/**
 * A new empty folder inside the project for one test build, its output folder and whatever a
 * test puts beside it. Inside the project for the reason given for `buildsDir`.
 */
export function freshBuildFolder(): string {
  mkdirSync(buildsDir, { recursive: true });
  removeOldBuilds();
  return mkdtempSync(join(buildsDir, 'build-'));
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

/** Options of a test build. */
export interface BuildOptions {
  /** Content folder; the sample ladder in `content/` when left out. */
  contentDir?: string;
  /** Output folder; a fresh one when left out. */
  outDir?: string;
  /** Cache folder (`ECHELON_CACHE_DIR`); a fresh one when left out. */
  cacheDir?: string;
  /** More environment variables for the build. */
  env?: Record<string, string>;
}

/**
 * Builds a ladder with the real `astro build`, as an author would, into a fresh folder of
 * its own. `contentDir` defaults to the sample ladder in `content/`; `cacheDir` defaults to a
 * fresh folder, so builds share a cache (share cards, content store) only when asked to.
 */
export function buildSite(options: BuildOptions = {}): Promise<BuildResult> {
  return startBuild(options).done;
}

/**
 * Starts a build as `buildSite` does and returns at once: `child` is the `astro build`
 * process itself (to stop it mid-way), `outDir` where it writes, and `done` its result.
 */
export function startBuild(options: BuildOptions = {}): {
  child: ChildProcess;
  outDir: string;
  done: Promise<BuildResult>;
} {
  const work = freshBuildFolder();
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
  const child = spawn(
    process.execPath,
    [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
    {
      cwd: projectRoot,
      env,
    },
  );
  const done = new Promise<BuildResult>((settle, fail) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('error', fail);
    child.on('close', (code) =>
      settle({ code: code ?? 1, output, outDir, cacheDir: env.ECHELON_CACHE_DIR ?? join(work, 'cache') }),
    );
  });
  return { child, outDir, done };
}
