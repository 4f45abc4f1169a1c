import { htmlBytes } from '../checks/links.ts';

/**
 * Bytes of HTML above which a built site counts as large, and the build favours memory over
 * time: it frees the rendering's garbage before indexing (see `release-memory.ts`) and checks
 * links after the index rather than beside it. The default benchmark ladder (1,022 pages) has
 * 57 MB; a 40-level track with 60 themes in three languages has 170 MB, and without these steps
 * peaked at 1.6 to 1.9 GB, over the 1.5 GB budget.
 */
export const largeSiteBytes = 100 * 1000 * 1000;

/** Whether the built site in `dist` has more than `largeSiteBytes` of HTML. */
export function isLargeSite(dist: string): boolean {
  return htmlBytes(dist) > largeSiteBytes;
}
