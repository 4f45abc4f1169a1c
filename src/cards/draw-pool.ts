import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CardData } from './content.ts';
import type { DrawAnswer, DrawRequest } from './draw-worker.ts';

/** A drawn card: its PNG and the milliseconds a worker spent drawing it. */
export interface DrawnCard {
  png: Buffer;
  ms: number;
}

/** Worker threads that draw share cards. */
export interface DrawPool {
  /** Draws a card on the next free worker. Rejects with the drawing error, or when a worker dies. */
  draw(card: CardData): Promise<DrawnCard>;
  /** Lets the pool run up to `size` workers from now on, starting them at once for the cards waiting. */
  grow(size: number): void;
  /** Workers running now. */
  running(): number;
  /** Stops every worker; cards still waiting are rejected. */
  close(): Promise<void>;
}

/**
 * Heap limits of a drawing worker. Left unbounded, each worker's heap grew to about 350 MB of
 * satori's garbage before collecting it (two workers took a 1,000-card build from 1.2 to
 * 1.7 GB); a card needs far less, and with these limits the same build peaks at 1.2 GB and
 * takes no longer.
 */
const workerHeap = { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 16 };

/** Workers that can use every core: up to one per core, eight at most. */
export const coreCount = () => Math.max(1, Math.min(availableParallelism(), 8));

/**
 * Starts up to `size` worker threads running `src/cards/draw-worker.ts` of the project at
 * `root`, each with its own fonts. Workers start on the first card, not before, so a build
 * that takes every card from the cache starts none. They do not keep the process alive: a
 * build that fails elsewhere still exits.
 */
export function drawPool(root: string, size = coreCount()): DrawPool {
  type Job = DrawRequest & { resolve: (card: DrawnCard) => void; reject: (error: Error) => void };
  const queue: Job[] = [];
  const idle: Worker[] = [];
  const busy = new Map<Worker, Job>();
  const workers: Worker[] = [];
  let closed = false;
  let next = 0;

  const give = (worker: Worker) => {
    const job = queue.shift();
    if (!job) {
      idle.push(worker);
      return;
    }
    busy.set(worker, job);
    worker.postMessage({ id: job.id, card: job.card } satisfies DrawRequest);
  };

  const start = () => {
    // The worker's source is read from the project, not from this module's URL: in a build,
    // this code runs from Astro's bundle of the config.
    const worker = new Worker(join(root, 'src/cards/draw-worker.ts'), {
      workerData: { root },
      resourceLimits: workerHeap,
    });
    worker.unref();
    worker.on('message', (answer: DrawAnswer) => {
      const job = busy.get(worker);
      busy.delete(worker);
      if (job) {
        if ('error' in answer) job.reject(new Error(answer.error));
        else job.resolve({ png: Buffer.from(answer.png), ms: answer.ms });
      }
      give(worker);
    });
    const fail = (cause: string) => {
      const job = busy.get(worker);
      busy.delete(worker);
      for (const list of [idle, workers]) if (list.includes(worker)) list.splice(list.indexOf(worker), 1);
      job?.reject(new Error(`the worker drawing it stopped: ${cause}`));
      // Nothing left to draw the waiting cards: they fail too, with the same cause.
      if (workers.length === 0) for (const waiting of queue.splice(0)) waiting.reject(new Error(cause));
    };
    worker.on('error', (error) => fail(error.message));
    worker.on('exit', (code) => {
      if (!closed) fail(`it exited with code ${code}`);
    });
    workers.push(worker);
    give(worker);
  };

  return {
    draw(card) {
      if (closed) return Promise.reject(new Error('the card workers are closed'));
      return new Promise<DrawnCard>((resolve, reject) => {
        queue.push({ id: next++, card, resolve, reject });
        const worker = idle.pop();
        if (worker) give(worker);
        else if (workers.length < size) start();
      });
    },
    grow(newSize) {
      size = Math.max(size, newSize);
      while (!closed && queue.length > 0 && workers.length < size) start();
    },
    running: () => workers.length,
    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.reject(new Error('the card workers are closed'));
      await Promise.all(workers.map((worker) => worker.terminate()));
      workers.length = 0;
    },
  };
}
