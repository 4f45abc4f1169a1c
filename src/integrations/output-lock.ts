import { linkSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';

/** The build that holds a lock, as its lock file records it. */
export interface LockHolder {
  /** Process id of the build. */
  pid: number;
  /** When it took the lock (ISO 8601), or an empty string when the file does not say. */
  started: string;
}

/** A lock held by this process. */
export interface OutputLock {
  /** The holder of a lock left by a build that no longer runs, which this one took over. */
  tookOver?: LockHolder;
  /** Deletes the lock file, if it is still this process's. Safe to call more than once. */
  release(): void;
}

/** Thrown when another running build holds the lock. */
export class LockedError extends Error {
  /** The lock file. */
  readonly lockPath: string;
  /** The running build that holds it. */
  readonly holder: LockHolder;

  constructor(lockPath: string, holder: LockHolder) {
    super(`${lockPath} is held by process ${holder.pid}`);
    this.lockPath = lockPath;
    this.holder = holder;
  }
}

/** The holder recorded in a lock file, or undefined when there is no such file. */
function holderOf(lockPath: string): LockHolder | undefined {
  let text: string;
  try {
    text = readFileSync(lockPath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const [pid = '', started = ''] = text.split('\n');
  return { pid: Number(pid), started };
}

/**
 * Whether the process that wrote a lock may still be running. Signal 0 only checks that the
 * process exists; EPERM means it exists under another user. This process's own id cannot be
 * another build's (a container restarted from scratch often reuses the same ids), and a lock
 * that names no valid id was not written by a build.
 */
function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the lock file at `lockPath` for this process, or throws `LockedError` naming the
 * running build that holds it. The file is written whole under a private name first, then
 * hard-linked to `lockPath`: the link either creates the lock, with its content, or fails
 * because it exists, so two builds can never both take it, nor read a half-written one. A lock
 * whose build no longer runs (killed, or the machine stopped) is taken over: it is first moved
 * aside under a private name, which only one build can do, then checked to still be the stale
 * one before it is deleted.
 */
export function acquireOutputLock(lockPath: string): OutputLock {
  const draft = `${lockPath}.${process.pid}.tmp`;
  const aside = `${lockPath}.stale-${process.pid}`;
  let tookOver: LockHolder | undefined;
  writeFileSync(draft, `${process.pid}\n${new Date().toISOString()}\n`);
  try {
    for (let attempt = 0; attempt < 10; attempt++) {
      try {
        linkSync(draft, lockPath);
        return {
          tookOver,
          release: () => {
            if (holderOf(lockPath)?.pid === process.pid) rmSync(lockPath, { force: true });
          },
        };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = holderOf(lockPath);
      // Released between the link and the read: try again.
      if (!holder) continue;
      if (isRunning(holder.pid)) throw new LockedError(lockPath, holder);
      try {
        renameSync(lockPath, aside);
      } catch (error) {
        // Another build moved it aside first.
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
        throw error;
      }
      const moved = holderOf(aside);
      if (moved && moved.pid !== holder.pid && isRunning(moved.pid)) {
        // Another build took the stale lock over between the read and the move: give it back.
        try {
          linkSync(aside, lockPath);
        } finally {
          rmSync(aside, { force: true });
        }
        throw new LockedError(lockPath, moved);
      }
      rmSync(aside, { force: true });
      tookOver = holder;
    }
    throw new Error(`could not take the lock ${lockPath}: it kept changing hands`);
  } finally {
    rmSync(draft, { force: true });
  }
}
