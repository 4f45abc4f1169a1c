import { laddersFromSource } from '../ladder/from-source.ts';
import type { Ladder } from '../ladder/model.ts';
import { type CheckResult, checkLadder } from './check.ts';

/** The ladder as one read of `content/` left it: the check's result and, when valid, the model. */
export interface LadderRead {
  /** Absolute path of the project root, which messages name files relative to. */
  root: string;
  /** Absolute path of the content folder that was read. */
  contentDir: string;
  /** What the check found: the validated content and every problem. */
  result: CheckResult;
  /** The ladder in every locale, the default first; built on first use, undefined when the check failed. */
  ladders(): Ladder[] | undefined;
}

/*
 * One read per content folder, shared by everything in the process. Astro evaluates the
 * config, the content loader and the pages as separate module instances (the config and the
 * loader through Vite, the pages from the built bundle), so a module-level variable would give
 * each its own copy and the ladder would be read three times. A global keyed by a registered
 * symbol is the one thing they share.
 */
const readsKey = Symbol.for('echelon.ladder-reads');
type Reads = Map<string, LadderRead>;

function reads(): Reads {
  const holder = globalThis as typeof globalThis & { [readsKey]?: Reads };
  holder[readsKey] ??= new Map();
  return holder[readsKey];
}

/**
 * Reads and checks the ladder in `contentDir` once, and returns the same result to every later
 * caller until `forgetLadder` is called (the dev server does so when a content file changes).
 * This is the only path from files to pages: the check, the pages, the cards, `_redirects` and
 * the published-URL check all see exactly what this read validated.
 */
export function readLadder(root: string, contentDir: string): LadderRead {
  const cached = reads().get(contentDir);
  if (cached && cached.root === root) return cached;
  const result = checkLadder(root, contentDir);
  let ladders: Ladder[] | undefined;
  const read: LadderRead = {
    root,
    contentDir,
    result,
    ladders: () => {
      if (!ladders && result.source && !result.failed) ladders = laddersFromSource(result.source);
      return ladders;
    },
  };
  reads().set(contentDir, read);
  return read;
}

/** Drops the shared read of `contentDir`, so the next `readLadder` reads the files again. */
export function forgetLadder(contentDir: string): void {
  reads().delete(contentDir);
}
