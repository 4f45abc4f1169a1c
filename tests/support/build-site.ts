import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The project root, where `astro.config.mjs` lives. */
export const projectRoot = resolve(import.meta.dirname, '../..');

/** What a build printed and how it ended. */
export interface BuildResult {
  /** Exit code of `astro build`. */
  code: number;
  /** Standard output and error, interleaved. */
  output: string;
  /** Folder the site was written to. */
  outDir: string;
}

/**
 * Builds a ladder with the real `astro build`, as an author would, into a fresh temporary
 * folder. `contentDir` defaults to the sample ladder in `content/`.
 */
export function buildSite(
  options: { contentDir?: string; outDir?: string; env?: Record<string, string> } = {},
): Promise<BuildResult> {
  const work = mkdtempSync(join(tmpdir(), 'echelon-build-'));
  const outDir = options.outDir ?? join(work, 'dist');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ECHELON_CACHE_DIR: join(work, 'cache'),
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
    child.on('close', (code) => done({ code: code ?? 1, output, outDir }));
  });
}
