import { checkLadder } from '../../src/content/check.ts';
import type { LadderSource } from '../../src/content/load.ts';
import { formatReport } from '../../src/content/problems.ts';
import { laddersFromSource } from '../../src/ladder/from-source.ts';
import type { Ladder } from '../../src/ladder/model.ts';
import { type PageRoute, pageRoutes } from '../../src/ladder/routes.ts';

/** A checked ladder in every language, as the build sees it. */
export interface CheckedLadder {
  source: LadderSource;
  /** The ladder in each language, the default first. */
  ladders: Ladder[];
  /** Every page of the site, in every language. */
  routes: PageRoute[];
  /** How many warnings `check` reported (errors stop the benchmark). */
  warnings: number;
}

/**
 * Checks a content folder as `npm run check` does and builds its ladder in every language
 * with the project's own model, so the benchmark counts exactly the pages the build makes.
 * Throws with the check's report when the content has an error.
 */
export function checkedLadder(root: string, contentDir: string): CheckedLadder {
  const result = checkLadder(root, contentDir);
  if (result.failed || !result.source) {
    throw new Error(`The synthetic ladder does not pass the check:\n${formatReport(result.problems)}`);
  }
  const source = result.source;
  const ladders = laddersFromSource(source);
  return {
    source,
    ladders,
    routes: ladders.flatMap((ladder) => pageRoutes(ladder)),
    warnings: result.problems.length,
  };
}
