import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';

/** The kinds of content file, each in its own folder under `content/`. */
export type Collection = 'tracks' | 'themes' | 'levels' | 'guides';

/** Extensions each collection accepts. */
export const collectionExtensions: Record<Collection, readonly string[]> = {
  tracks: ['.yaml', '.yml'],
  themes: ['.md', '.mdx'],
  levels: ['.md', '.mdx'],
  guides: ['.md', '.mdx'],
};

/** File name extensions of each collection, as a glob alternative. */
const globExtensions: Record<Collection, string> = {
  tracks: '{yaml,yml}',
  themes: '{md,mdx}',
  levels: '{md,mdx}',
  guides: '{md,mdx}',
};

/**
 * Glob patterns for Astro's content collections. Ids have no dots, so a second dot in a
 * file name marks a translation: `senior-pm.fr.md`.
 */
export function collectionPatterns(collection: Collection, kind: 'source' | 'translation'): string[] {
  const all = `**/*.${globExtensions[collection]}`;
  const translated = `**/*.*.${globExtensions[collection]}`;
  return kind === 'source' ? [all, `!${translated}`] : [translated];
}

/** What a content file's name says about it. */
export interface EntryName {
  /** The entry id, from the file name without its extension and locale. */
  id: string;
  /** Locale code written in the file name (`senior-pm.fr.md`), or undefined for the source file. */
  locale?: string;
}

const namePattern = /^(?<id>[^.]+)(?:\.(?<locale>[a-z]{2,3}(?:-[A-Z]{2})?))?\.[a-z]+$/;

/**
 * Reads the id and locale from a file path: `levels/pm/senior-pm.fr.md` is the French
 * translation of the level `senior-pm`. Folders only organise files; they never change ids.
 */
export function entryNameFromPath(path: string): EntryName {
  const base = path.split(/[\\/]/).at(-1) ?? path;
  const match = namePattern.exec(base);
  if (!match?.groups) return { id: base.replace(/\.[^.]+$/, '') };
  return { id: match.groups.id, locale: match.groups.locale };
}

/** A file found under `content/`. */
export interface ContentFile {
  collection: Collection;
  /** Absolute path on disk. */
  absolutePath: string;
  /** Path relative to the project root, with forward slashes, as shown to authors. */
  displayPath: string;
}

/** Turns an absolute path into the root-relative, forward-slash form shown in messages. */
export function displayPath(root: string, absolutePath: string): string {
  return relative(root, absolutePath).split(sep).join(posix.sep);
}

/** Lists every file in each collection folder, sorted, including files with wrong extensions. */
export function listContentFiles(root: string, contentDir: string): ContentFile[] {
  const files: ContentFile[] = [];
  for (const collection of Object.keys(collectionExtensions) as Collection[]) {
    const dir = join(contentDir, collection);
    if (!existsSync(dir)) continue;
    const names = readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
    for (const name of names) {
      const absolutePath = join(dir, name);
      if (name.split(/[\\/]/).some((part) => part.startsWith('.'))) continue;
      if (!statSync(absolutePath).isFile()) continue;
      files.push({ collection, absolutePath, displayPath: displayPath(root, absolutePath) });
    }
  }
  return files;
}
