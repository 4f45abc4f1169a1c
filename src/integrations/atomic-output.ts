import { spawn } from 'node:child_process';
import { lstatSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { reportError } from '../content/report-error.ts';
import { finishStepsAlongside } from './alongside.ts';
import { acquireOutputLock, LockedError, type OutputLock } from './output-lock.ts';

const integrationName = 'echelon:atomic-output';

/** The folders and files one build uses beside the output folder `site`. */
export function outputPaths(site: string, pid = process.pid) {
  return {
    /** The lock file: one build of `site` at a time. */
    lock: `${site}.lock`,
    /** Where this build writes the site until every step has passed. */
    building: `${site}.building-${pid}`,
    /** Where the previous site waits for the instant of the swap. */
    previous: `${site}.old-${pid}`,
    /** Where the previous site is deleted from, after the swap, while the build ends. */
    deleting: `${site}.deleting-${pid}`,
  };
}

/**
 * Deletes a folder in a detached process, so the build ends without waiting: deleting a
 * site of thousands of files took longer than any step but rendering, and nothing needs it
 * gone. A deletion cut short (the machine stops) is finished by the next build. Deletes it
 * right away when no process can be started.
 */
function deleteInBackground(folder: string): void {
  try {
    const deleter = spawn(
      process.execPath,
      ['-e', 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })', folder],
      { detached: true, stdio: 'ignore' },
    );
    deleter.on('error', () => rmSync(folder, { recursive: true, force: true }));
    deleter.unref();
  } catch {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The message of a file-system error, without the stack; anything else as text. */
const causeOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** What a path is: a folder, a symbolic link, something else, or nothing. */
function kindOf(path: string): 'folder' | 'link' | 'other' | 'none' {
  const stats = lstatSync(path, { throwIfNoEntry: false });
  if (!stats) return 'none';
  if (stats.isSymbolicLink()) return 'link';
  return stats.isDirectory() ? 'folder' : 'other';
}

/**
 * Deletes what killed builds of `site` left beside it: their unfinished sites. A build killed
 * in the instant between the two renames of its swap left no `site` and the previous one
 * under its waiting name: that one is complete, so it is put back instead. A previous site
 * still being deleted in the background by an earlier build is deleted too, without a word.
 */
function removeLeftovers(site: string): string[] {
  const name = basename(site);
  const removed: string[] = [];
  const pattern = new RegExp(
    `^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(building|old|deleting)-\\d+$`,
  );
  for (const entry of readdirSync(dirname(site))) {
    const match = pattern.exec(entry);
    if (!match) continue;
    const path = join(dirname(site), entry);
    if (match[1] === 'old' && kindOf(site) === 'none') {
      renameSync(path, site);
      continue;
    }
    rmSync(path, { recursive: true, force: true });
    if (match[1] !== 'deleting') removed.push(entry);
  }
  return removed;
}

/**
 * Builds the site into a temporary folder beside the output folder, and puts it in place only
 * when every step has passed: `astro build` writes the pages, the other integrations draw the
 * cards, index the site and check its links in that folder, and this integration, the last one,
 * swaps it in with two renames. A build that fails, or is killed, at any point before leaves the
 * previous site as it was (or none), never a mix of two builds: CI deploys whatever the output
 * folder holds, and a failed build that left a complete-looking one behind would ship it.
 *
 * A lock file beside the output folder (`dist.lock`, holding the build's process id) stops a
 * second build of the same folder while one runs. The lock and the unfinished folder are
 * removed when the build ends, fails or is stopped with SIGINT, SIGTERM or SIGHUP; after a
 * SIGKILL, the next build takes the lock over and removes them, with a note.
 *
 * The temporary folder stays beside the output folder because Astro writes its server bundle
 * into the output folder only when that folder is inside the shell's working folder (elsewhere
 * the bundle cannot find the project's packages), and because a rename moves a folder in an
 * instant only within one file system.
 */
export function atomicOutput(): AstroIntegration {
  let site = '';
  let building = '';
  let lock: OutputLock | undefined;
  let swapped = false;

  /** Removes this build's unfinished folder and its lock, whatever happened before. */
  const cleanUp = (): void => {
    if (building && !swapped) rmSync(building, { recursive: true, force: true });
    lock?.release();
  };
  /**
   * At exit, whatever the cause. Node also exits, with status 0, when its event loop empties
   * while a step still waits for something that will never come (a child process that died
   * unnoticed): CI would then deploy the unchanged folder as if it were the new site.
   */
  const onExit = (code: number) => {
    const unfinished = building !== '' && !swapped;
    cleanUp();
    if (unfinished && code === 0) {
      process.stderr.write(
        `[${integrationName}] The build ended before every step had passed, without an error: nothing was published, and ${site} still holds the previous build.\n`,
      );
      process.exitCode = 1;
    }
  };
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  const onSignal = (signal: NodeJS.Signals) => {
    cleanUp();
    for (const other of signals) process.off(other, onSignal);
    // Then die of the signal, as the build would have without this handler, unless another
    // part of the process listens for it and decides.
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  };

  return {
    name: integrationName,
    hooks: {
      'astro:config:setup': ({ config, command, logger, updateConfig }) => {
        if (command !== 'build') return;
        site = resolve(fileURLToPath(config.outDir));
        const paths = outputPaths(site);
        const cannotWrite = (error: unknown) =>
          reportError(
            `The build cannot write beside the output folder ${site}: ${causeOf(error)}`,
            'The build needs to create files and folders in the folder that holds the output folder: check that it is a writable folder with free space.',
          );
        let kind: ReturnType<typeof kindOf>;
        try {
          mkdirSync(dirname(site), { recursive: true });
          kind = kindOf(site);
        } catch (error) {
          throw cannotWrite(error);
        }
        if (kind === 'link') {
          throw reportError(
            `The output folder ${site} is a symbolic link: the build puts the new site in place by renaming folders, which would replace the link itself.`,
            'Build into the folder the link points to, with `--outDir`.',
          );
        }
        if (kind === 'other') {
          throw reportError(
            `The output folder ${site} is a file, not a folder: the build will not replace it.`,
            'Move the file away, or build into another folder with `--outDir`.',
          );
        }
        try {
          lock = acquireOutputLock(paths.lock);
        } catch (error) {
          if (!(error instanceof LockedError)) throw cannotWrite(error);
          const since = error.holder.started ? `, started at ${error.holder.started}` : '';
          throw reportError(
            `Another build (process ${error.holder.pid}${since}) is writing ${site} right now: this one stops, so that the two never mix their files.`,
            `Wait for that build to end, or build into another folder with \`--outDir\`. If no build is running, delete ${error.lockPath}.`,
          );
        }
        process.once('exit', onExit);
        for (const signal of signals) process.once(signal, onSignal);
        try {
          if (lock.tookOver) {
            logger.warn(
              `Took over ${paths.lock} from build ${lock.tookOver.pid}, which stopped without releasing it (it was killed, or the machine stopped).`,
            );
          }
          const removed = removeLeftovers(site);
          if (removed.length) logger.info(`Removed what stopped builds left: ${removed.join(', ')}.`);
          mkdirSync(paths.building);
        } catch (error) {
          throw reportError(
            `The build cannot prepare its temporary folder beside ${site}: ${causeOf(error)}`,
            'Check that the folder holding the output folder is writable and has free space.',
          );
        }
        building = paths.building;
        // The folder was just made, empty: Astro need not empty it, and must not, since the
        // cards integration writes into it from the moment the build starts, which is before
        // Astro would empty it.
        updateConfig({ outDir: pathToFileURL(`${building}/`), vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        if (!building) return;
        // The swap must come after every other step: one registered after this integration
        // would work on a folder already published, or find it gone.
        const after = config.integrations.slice(
          config.integrations.findIndex((i) => i.name === integrationName) + 1,
        );
        const late = after.filter((integration) => integration.hooks['astro:build:done']);
        if (late.length) {
          throw reportError(
            `The integration ${integrationName} must come after every integration that works on the built site, yet these come after it: ${late.map((i) => i.name).join(', ')}.`,
            'Move `atomicOutput()` to the end of the `integrations` list in astro.config.mjs.',
          );
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        // Steps still running (the link check) must pass before anything is published.
        await finishStepsAlongside();
        if (!building) return;
        const { previous, deleting } = outputPaths(site);
        const hadSite = kindOf(site) !== 'none';
        try {
          if (resolve(fileURLToPath(dir)) !== building)
            throw new Error(`the site was built in ${fileURLToPath(dir)}`);
          if (hadSite) renameSync(site, previous);
          try {
            renameSync(building, site);
          } catch (error) {
            if (hadSite) renameSync(previous, site);
            throw error;
          }
        } catch (error) {
          throw reportError(
            `The finished site could not be moved into ${site}: ${causeOf(error)}`,
            `${hadSite ? 'The previous site is still in place. ' : ''}Close any program using the output folder (a preview server, a file explorer), then build again.`,
          );
        }
        swapped = true;
        try {
          if (hadSite) {
            renameSync(previous, deleting);
            deleteInBackground(deleting);
          }
        } catch (error) {
          // The new site is in place; the next build removes what is left of the old one.
          logger.warn(`The previous site in ${previous} could not be deleted: ${causeOf(error)}`);
        }
        lock?.release();
        for (const signal of signals) process.off(signal, onSignal);
        logger.info(`Published the site in ${site}.`);
      },
    },
  };
}
