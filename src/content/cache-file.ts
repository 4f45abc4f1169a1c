import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

// The build's JSON caches (comparisons of levels, scans of pages for the link check) share one
// file format: a first line saying what the entries were made with and their digest, then the
// entries. A cache never changes what the site shows or checks, so any doubt means no cache.

/** The first line of a cache file: what the entries were made with, and their digest. */
interface CacheHeader {
  fingerprint: string;
  digest: string;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * The entries of a cache file, parsed, or undefined when there is no file, it was written by
 * other code (another `fingerprint`) or its entries do not match the digest in its header (a
 * truncated or edited file).
 */
export function readCacheFile(file: string, fingerprint: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const newline = text.indexOf('\n');
  if (newline === -1) return undefined;
  try {
    const header = JSON.parse(text.slice(0, newline)) as Partial<CacheHeader>;
    const body = text.slice(newline + 1);
    if (header.fingerprint !== fingerprint || header.digest !== sha256(body)) return undefined;
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

/**
 * Writes `entries` as JSON to a cache file, with their digest and `fingerprint`, through a
 * temporary file renamed into place, so a build reading the file meanwhile never sees half of
 * it. Throws when the file cannot be written; the caller decides what that costs.
 */
export function writeCacheFile(file: string, fingerprint: string, entries: unknown): void {
  const body = JSON.stringify(entries);
  const header: CacheHeader = { fingerprint, digest: sha256(body) };
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(temporary, `${JSON.stringify(header)}\n${body}`);
    renameSync(temporary, file);
  } finally {
    rmSync(temporary, { force: true });
  }
}
