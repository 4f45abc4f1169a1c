import { z } from 'astro/zod';

/**
 * The longest id: a comparison page's folder joins two ids, a card file adds a locale and an
 * extension, and most file systems refuse names longer than 255 bytes.
 */
export const maxIdLength = 80;

/**
 * Ids name files and appear in URLs, so they are kept to lowercase words joined by hyphens:
 * `senior-pm`, `discovery`. An id never changes once published; rename with `aliases`.
 */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'must be lowercase letters, digits and hyphens, like `senior-pm`',
  })
  .max(maxIdLength, {
    error: 'must be 80 characters or fewer (ids become folder names, file names and URLs)',
  });

/** A line of text an author writes: never empty. */
export const textSchema = z.string().trim().min(1, { error: 'is empty' });

/**
 * Former ids of an entry. Every URL that held one of them keeps working: it redirects to
 * the entry's current page. Each kind of file describes it in its own words.
 */
export const aliasesSchema = z.array(idSchema).default([]);
