import { z } from 'astro/zod';

/**
 * Ids name files and appear in URLs, so they are kept to lowercase words joined by hyphens:
 * `senior-pm`, `discovery`. An id never changes once published; rename with `aliases`.
 */
export const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: 'must be lowercase letters, digits and hyphens, like `senior-pm`',
});

/** A line of text an author writes: never empty. */
export const textSchema = z.string().trim().min(1, { error: 'is empty' });

/**
 * Former ids of an entry. Every URL that held one of them keeps working: it redirects to
 * the entry's current page.
 */
export const aliasesSchema = z.array(idSchema).default([]);
