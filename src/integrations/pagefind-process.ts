import type { ChildProcess } from 'node:child_process';
import { subscribe, unsubscribe } from 'node:diagnostics_channel';

/**
 * How long one request to Pagefind may go unanswered. The slowest request, writing the index
 * of a large ladder, takes seconds; a process that is stopped (SIGSTOP) or stuck never answers,
 * and without a limit the build would wait for it forever.
 */
export const pagefindAnswerTimeoutMs = 5 * 60 * 1000;

/** How long to wait, after Pagefind's client gives up, for the process to say how it ended. */
const exitGraceMs = 1000;

/** Why a process ended, as the end of a sentence: `was killed by SIGKILL (…)` or `exited with status 101`. */
export function describeExit(code: number | null, signal: NodeJS.Signals | null): string {
  if (signal === 'SIGKILL') {
    return 'was killed by SIGKILL, as the out-of-memory killer stops a process that uses too much memory';
  }
  if (signal) return `was killed by ${signal}`;
  if (code === 0) return 'exited without answering';
  return `exited with status ${code}; its own message, such as StorageFull on a full disk, is printed above`;
}

/**
 * Calls `start` and returns its result with the first child process it spawned while it ran
 * (synchronously). Pagefind's Node API keeps its process private, and notices neither its
 * death nor its silence: a request to a dead process is never answered, the event loop
 * empties and Node exits with status 0, a build that looks successful. Node announces every
 * new child process on the `child_process` diagnostics channel, which gives the build the
 * process itself, so it can watch for its exit.
 */
export function spawnedBy<T>(start: () => T): { result: T; child: ChildProcess | undefined } {
  let child: ChildProcess | undefined;
  const onSpawn = (message: unknown) => {
    child ??= (message as { process: ChildProcess }).process;
  };
  subscribe('child_process', onSpawn);
  try {
    return { result: start(), child };
  } finally {
    unsubscribe('child_process', onSpawn);
  }
}

const exited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

/**
 * Requests to one Pagefind process that end, one way or another: `ask` settles with the
 * request's answer, or fails with a sentence naming the step when the process exits or is
 * killed before answering, when it does not answer within `timeoutMs`, or when Pagefind's
 * client rejects the request. The pending timer also keeps Node's event loop alive while a
 * request is out, so the build cannot end quietly in the middle of indexing.
 */
export function watchPagefind(child: ChildProcess | undefined, timeoutMs = pagefindAnswerTimeoutMs) {
  const ended = () => (child ? `its process ${describeExit(child.exitCode, child.signalCode)}` : undefined);

  /** Waits a moment for the process to exit, so a failure can say how it ended. */
  async function endOf(): Promise<string | undefined> {
    if (!child) return undefined;
    if (!exited(child)) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, exitGraceMs);
        function done() {
          clearTimeout(timer);
          child?.off('exit', done);
          resolve();
        }
        child?.once('exit', done);
      });
    }
    return exited(child) ? ended() : undefined;
  }

  return {
    /** Sends one request (`request` starts it) while `step` (`writing the index to …`) goes on. */
    ask<T>(step: string, request: () => Promise<T>): Promise<T> {
      if (child && exited(child))
        return Promise.reject(new Error(`Pagefind stopped before ${step}: ${ended()}.`));
      return new Promise<T>((resolve, reject) => {
        const wait = timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} s` : `${timeoutMs} ms`;
        const timer = setTimeout(() => {
          finish();
          reject(new Error(`Pagefind did not answer for ${wait} while ${step}, so the build stopped it.`));
        }, timeoutMs);
        const onExit = () => {
          finish();
          reject(new Error(`Pagefind stopped while ${step}: ${ended()}.`));
        };
        function finish() {
          clearTimeout(timer);
          child?.off('exit', onExit);
        }
        child?.once('exit', onExit);
        request().then(
          (answer) => {
            finish();
            resolve(answer);
          },
          async (error: unknown) => {
            finish();
            // Pagefind's client rejects with an Error, or with a bare string.
            const reason = error instanceof Error ? error.message : String(error);
            const end = await endOf();
            reject(new Error(`Pagefind failed while ${step}: ${reason}${end ? `; ${end}` : ''}.`));
          },
        );
      });
    },
  };
}
