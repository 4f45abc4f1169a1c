import { createHash } from 'node:crypto';
import { chmodSync, cpSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, freshBuildFolder, projectRoot, startBuild } from '../support/build-site.ts';
import { edit, writeLadder } from '../support/ladder-files.ts';

/*
 * CI deploys whatever `dist/` holds when `npm run build` exits 0: a build never ships a wrong
 * site. These builds break on purpose (the search indexer killed, a folder that cannot be
 * written, two builds at once, a build killed mid-way) and check what an author or CI would
 * see: the exit status, the message, and the output folder. Each failed build must leave the
 * previous site byte for byte, and nothing beside it.
 *
 * Test seam: Pagefind's Node API starts the binary named by its own `PAGEFIND_EXTENDED_BINARY_PATH`
 * variable when it is set. The tests point it at small stand-ins that run the real binary, and
 * either kill themselves mid-indexing (as the out-of-memory killer would) or start late. No
 * Echelon code reads that variable.
 */

let ladder: ReturnType<typeof writeLadder>;
/** A complete site built from the ladder: each test copies it as "the previous build". */
let previousSite: string;
/** Folder of the stand-in Pagefind binaries. */
let standIns: string;

/** The real Pagefind binary, found as Pagefind's Node API finds it. */
function realPagefind(): string {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const require = createRequire(join(projectRoot, 'package.json'));
  return require.resolve(`@pagefind/${platform}-${process.arch}/bin/pagefind_extended`);
}

/** Writes an executable stand-in for the Pagefind binary and returns its path. */
function standIn(name: string, script: string): string {
  const file = join(standIns, name);
  writeFileSync(file, script);
  chmodSync(file, 0o755);
  return file;
}

/** Every file of a site with a digest of its bytes: equal for the same files, byte for byte. */
function fingerprint(site: string): string[] {
  return readdirSync(site, { recursive: true, encoding: 'utf8' })
    .filter((file) => statSync(join(site, file)).isFile())
    .sort()
    .map(
      (file) =>
        `${file} ${createHash('sha256')
          .update(readFileSync(join(site, file)))
          .digest('hex')}`,
    );
}

/** A fresh output folder holding a copy of a complete earlier build, with a file to recognise it by. */
function folderWithPreviousSite(): string {
  const outDir = join(freshBuildFolder(), 'dist');
  cpSync(previousSite, outDir, { recursive: true });
  writeFileSync(join(outDir, 'previous-build.txt'), 'the site deployed yesterday\n');
  return outDir;
}

/** What builds left beside an output folder: lock, unfinished or previous folders. */
const besides = (outDir: string) =>
  readdirSync(dirname(outDir)).filter((entry) => entry.startsWith(`${basename(outDir)}.`));

/**
 * What is left beside an output folder once the previous site, which a build deletes in the
 * background after putting the new one in place, is gone (waiting up to ten seconds for it).
 */
async function settledBesides(outDir: string): Promise<string[]> {
  for (let waited = 0; waited < 10_000; waited += 50) {
    if (!besides(outDir).some((entry) => entry.includes('.deleting-'))) break;
    await sleep(50);
  }
  return besides(outDir);
}

beforeAll(async () => {
  ladder = writeLadder();
  const build = await buildSite({ contentDir: ladder.contentDir });
  expect(build.code, build.output).toBe(0);
  previousSite = build.outDir;
  standIns = freshBuildFolder();
});

afterAll(() => ladder?.cleanup());

describe.skipIf(process.platform === 'win32')('a build that cannot finish', () => {
  it('fails, naming Pagefind and the signal, and leaves the previous site untouched when the indexer is killed mid-build', async () => {
    // Relays Pagefind's first two answers (starting, one page), then dies of SIGKILL.
    const killed = standIn(
      'pagefind-killed.mjs',
      `#!${process.execPath}
import { spawn } from 'node:child_process';
const pagefind = spawn(${JSON.stringify(realPagefind())}, process.argv.slice(2), { stdio: ['pipe', 'pipe', 'inherit'] });
process.stdin.pipe(pagefind.stdin);
let answers = 0;
pagefind.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  answers += chunk.toString().split(',').length - 1;
  if (answers >= 2) process.kill(process.pid, 'SIGKILL');
});
`,
    );
    const outDir = folderWithPreviousSite();
    const before = fingerprint(outDir);
    const build = await buildSite({
      contentDir: ladder.contentDir,
      outDir,
      env: { PAGEFIND_EXTENDED_BINARY_PATH: killed },
    });
    expect(build.code).not.toBe(0);
    expect(build.output).toMatch(
      /Pagefind (stopped|failed) while indexing the pages in .*\bits process was killed by SIGKILL/,
    );
    expect(build.output).not.toContain('Published the site');
    expect(fingerprint(outDir)).toEqual(before);
    expect(besides(outDir)).toEqual([]);
  });

  it('fails at the link check and leaves the previous site untouched when a page links to a missing page', async () => {
    const broken = writeLadder(
      edit('guides/faq.md', 'The product leadership team.', 'The [leadership team](/no-such-page/).'),
    );
    try {
      const outDir = folderWithPreviousSite();
      const before = fingerprint(outDir);
      const build = await buildSite({ contentDir: broken.contentDir, outDir });
      expect(build.code).not.toBe(0);
      expect(build.output).toContain('The link check found 1 broken link(s)');
      expect(build.output).toContain('/no-such-page/');
      expect(fingerprint(outDir)).toEqual(before);
      expect(besides(outDir)).toEqual([]);
    } finally {
      broken.cleanup();
    }
  });

  it('fails with a clear message, and writes nothing, when the folder that should hold the site is a file', async () => {
    const work = freshBuildFolder();
    writeFileSync(join(work, 'public'), 'a file where a folder should be\n');
    const outDir = join(work, 'public', 'dist');
    const build = await buildSite({ contentDir: ladder.contentDir, outDir });
    expect(build.code).not.toBe(0);
    // The cause names the file in the way.
    expect(build.output).toMatch(
      new RegExp(`The build cannot write beside the output folder ${outDir}: .*'${join(work, 'public')}'`),
    );
    expect(readdirSync(work)).toEqual(['public']);
    expect(readFileSync(join(work, 'public'), 'utf8')).toBe('a file where a folder should be\n');
  });

  it('refuses to replace a file that is where the output folder should be', async () => {
    const work = freshBuildFolder();
    const outDir = join(work, 'dist');
    writeFileSync(outDir, 'not a site\n');
    const build = await buildSite({ contentDir: ladder.contentDir, outDir });
    expect(build.code).not.toBe(0);
    expect(build.output).toContain(`The output folder ${outDir} is a file, not a folder`);
    expect(readFileSync(outDir, 'utf8')).toBe('not a site\n');
    expect(besides(outDir)).toEqual([]);
  });

  it('lets only one of two builds of the same folder run at once, and names the running one', async () => {
    // Pagefind starting three seconds late keeps the first build running, holding its lock,
    // well after the second one reaches the lock, however slow the machine.
    const late = standIn('pagefind-late.sh', `#!/bin/sh\nsleep 3\nexec '${realPagefind()}' "$@"\n`);
    const outDir = join(freshBuildFolder(), 'dist');
    const options = { contentDir: ladder.contentDir, outDir, env: { PAGEFIND_EXTENDED_BINARY_PATH: late } };
    const builds = [startBuild(options), startBuild(options)];
    const results = await Promise.all(builds.map((build) => build.done));
    const passed = results.findIndex((result) => result.code === 0);
    expect(passed, results.map((result) => result.output).join('\n')).not.toBe(-1);
    const stopped = results[1 - passed];
    expect(stopped.code).not.toBe(0);
    expect(stopped.output).toContain(`Another build (process ${builds[passed].child.pid}, started at `);
    expect(stopped.output).toContain(`is writing ${outDir} right now`);
    expect(existsSync(join(outDir, 'index.html'))).toBe(true);
    expect(existsSync(join(outDir, 'pagefind', 'pagefind-entry.json'))).toBe(true);
    expect(besides(outDir)).toEqual([]);
  });

  it('leaves the previous site intact when a build is killed mid-way, and the next build takes over', async () => {
    const outDir = folderWithPreviousSite();
    const before = fingerprint(outDir);
    const killed = startBuild({ contentDir: ladder.contentDir, outDir });
    const unfinished = `${outDir}.building-${killed.child.pid}`;
    let ended = false;
    killed.done.then(() => {
      ended = true;
    });
    // Kill it once it has started writing the new site.
    for (let waited = 0; !existsSync(unfinished) || readdirSync(unfinished).length === 0; waited += 20) {
      if (ended) throw new Error(`the build ended before writing its site:\n${(await killed.done).output}`);
      if (waited > 30_000) throw new Error(`the build never wrote into ${unfinished}`);
      await sleep(20);
    }
    killed.child.kill('SIGKILL');
    expect((await killed.done).code).not.toBe(0);
    expect(fingerprint(outDir)).toEqual(before);

    const next = await buildSite({ contentDir: ladder.contentDir, outDir });
    expect(next.code, next.output).toBe(0);
    expect(next.output).toContain(`Took over ${outDir}.lock from build ${killed.child.pid}`);
    expect(existsSync(join(outDir, 'previous-build.txt'))).toBe(false);
    expect(existsSync(join(outDir, 'index.html'))).toBe(true);
    expect(await settledBesides(outDir)).toEqual([]);
  });
});
