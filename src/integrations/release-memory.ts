// After Astro has rendered the pages, most of the build's JavaScript heap is garbage, yet V8
// keeps the memory it grew into: a 40-level track still held 1.1 GB of resident memory, of which
// 165 MB was live. Pagefind's process then needs up to 500 MB more while it writes the index,
// and the two added up to the build's peak. A memory-reducing collection at that moment hands
// the free pages back to the system.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** The options of V8's `gc()`: `last-resort` is the collection V8 runs before giving up on memory. */
type Collector = (options: { type: 'major'; execution: 'sync'; flavor: 'last-resort' }) => void;

let collector: Collector | undefined;

/**
 * V8's collector, as `--expose-gc` would expose it, obtained without the flag on the command
 * line: a context created while the flag is on gets a `gc` global. The flag is turned back off
 * at once, so no other context gets one.
 */
function v8Collector(): Collector {
  if (collector) return collector;
  setFlagsFromString('--expose-gc');
  try {
    collector = runInNewContext('gc') as Collector;
  } finally {
    setFlagsFromString('--no-expose-gc');
  }
  return collector;
}

/**
 * Collects all garbage and returns the heap's free pages to the system, synchronously (about
 * 0.3 s for a heap of 600 MB). Returns the size of the JavaScript heap before and after, in
 * bytes.
 */
export function releaseMemory(): { before: number; after: number } {
  const before = process.memoryUsage().heapTotal;
  v8Collector()({ type: 'major', execution: 'sync', flavor: 'last-resort' });
  return { before, after: process.memoryUsage().heapTotal };
}
