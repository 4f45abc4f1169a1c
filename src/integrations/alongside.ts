// Build steps that run alongside the ones after them. Astro runs the integrations' end-of-build
// hooks one after another, yet some steps wait on something else: Pagefind's indexer works in
// its own process, and the link check can read the pages in a worker thread meanwhile.

/*
 * Steps started and not yet waited for. The integrations are all loaded with the config, as
 * one module graph, so they share this module.
 */
const running: Promise<void>[] = [];
/** Steps to start once the other hooks are done, in order. */
const atEnd: (() => Promise<void>)[] = [];

/**
 * Lets a step run while the next hooks do: `finishStepsAlongside` waits for it, and the build
 * fails with its error if it fails. A failure is held until then, never reported twice.
 */
export function runAlongside(step: Promise<void>): void {
  // Held for `finishStepsAlongside`; until then a rejection must not end the process.
  step.catch(() => {});
  running.push(step);
}

/**
 * Settles once every step started so far with `runAlongside` has ended, failed or not: a step
 * that reads what earlier steps write (the link check reads the share cards) starts after it.
 */
export function stepsSoFar(): Promise<void> {
  return Promise.allSettled([...running]).then(() => undefined);
}

/**
 * Leaves a step for `finishStepsAlongside` to start, once every other hook is done: for a step
 * that would cost too much memory beside the ones after it.
 */
export function runAtEnd(step: () => Promise<void>): void {
  atEnd.push(step);
}

/**
 * Waits for every step started with `runAlongside`, then runs the steps left with `runAtEnd`,
 * one after the other, and throws the first failure among them.
 */
export async function finishStepsAlongside(): Promise<void> {
  const steps = running.splice(0);
  const later = atEnd.splice(0);
  const results = await Promise.allSettled(steps);
  const failed = results.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
  for (const step of later) await step();
}
