import { createHash } from 'node:crypto';

/** Name of the file, in the content folder, where the import records what it wrote. */
export const manifestFile = '.import-manifest.json';

/**
 * What the import wrote last time: a hash of each file's text, by path relative to the content
 * folder. A file whose text no longer has its hash was edited by an author since.
 */
export interface Manifest {
  files: Record<string, string>;
}

/** The hash the manifest keeps of a file's text. */
export function hashText(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Reads the manifest's text; a missing or unreadable one means the import wrote nothing yet. */
export function parseManifest(text: string | undefined): Manifest {
  if (!text) return { files: {} };
  try {
    const data = JSON.parse(text) as Partial<Manifest>;
    return { files: typeof data.files === 'object' && data.files ? { ...data.files } : {} };
  } catch {
    return { files: {} };
  }
}

/** The manifest's text: paths sorted, so a run that changes nothing leaves it byte for byte the same. */
export function manifestText(manifest: Manifest): string {
  const files = Object.fromEntries(Object.entries(manifest.files).sort(([a], [b]) => a.localeCompare(b)));
  return `${JSON.stringify({ files }, null, 2)}\n`;
}

/** What the import does with one file. */
export type WriteAction =
  /** The file does not exist: it is written. */
  | 'create'
  /** The import wrote it, nobody edited it since, and the spreadsheet changed it: it is rewritten. */
  | 'update'
  /** It already holds exactly what the import would write. */
  | 'unchanged'
  /** An author edited it (or wrote it): it is kept, unless `--force`. */
  | 'keep-edited'
  /** An author edited it, and `--force` overwrites it. */
  | 'overwrite';

/** One file of the plan. */
export interface PlannedWrite {
  path: string;
  action: WriteAction;
  /** The text the import would write. */
  text: string;
  /** For a file kept or overwritten: true when the import never wrote it (the sample, a hand-written file). */
  byHand?: boolean;
}

/** The plan of a run: one entry per file the spreadsheet makes, and the manifest after it. */
export interface WritePlan {
  writes: PlannedWrite[];
  /** Files the import wrote before that the spreadsheet no longer makes: left in place, listed for the author. */
  orphans: string[];
  manifest: Manifest;
}

/**
 * Decides, file by file, what a run writes. Pure: `existing` is the current text of each file
 * (undefined when absent). A file that differs from both the new text and the hash recorded
 * when the import last wrote it was edited by someone, and is kept unless `force`.
 */
export function planWrites(
  wanted: ReadonlyMap<string, string>,
  existing: (path: string) => string | undefined,
  previous: Manifest,
  options: { force?: boolean } = {},
): WritePlan {
  const writes: PlannedWrite[] = [];
  const files: Record<string, string> = {};
  for (const [path, text] of [...wanted].sort(([a], [b]) => a.localeCompare(b))) {
    const current = existing(path);
    let action: WriteAction;
    if (current === undefined) action = 'create';
    else if (current === text) action = 'unchanged';
    else if (previous.files[path] === hashText(current)) action = 'update';
    else action = options.force ? 'overwrite' : 'keep-edited';
    const byHand = action === 'keep-edited' || action === 'overwrite' ? !(path in previous.files) : undefined;
    writes.push(byHand === undefined ? { path, action, text } : { path, action, text, byHand });
    // A kept file stays the author's: recording its hash would let the next run overwrite it.
    if (action !== 'keep-edited') files[path] = hashText(text);
  }
  const orphans = Object.keys(previous.files)
    .filter((path) => !wanted.has(path) && existing(path) !== undefined)
    .sort();
  // Still recorded, so the next run lists them again rather than forgetting they came from here.
  for (const path of orphans) files[path] = previous.files[path];
  return { writes, orphans, manifest: { files } };
}
