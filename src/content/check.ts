import { join } from 'node:path';
import { checkMarkdownBody } from './body-checks.ts';
import { type LadderSource, loadLadderSource, type SourceEntry } from './load.ts';
import type { Problem } from './problems.ts';
import { checkPublishedUrls } from './published.ts';
import { checkRouteCollisions } from './route-collisions.ts';
import { checkLadderRules } from './rules.ts';
import { checkTranslations } from './translations.ts';

/** The outcome of checking a ladder: its content when usable, and every problem found. */
export interface CheckResult {
  /** The validated content; undefined when the settings could not be read. */
  source?: LadderSource;
  /** Every problem, errors and warnings, in no particular order. */
  problems: Problem[];
  /** True when at least one problem is an error. */
  failed: boolean;
}

/**
 * Checks the body of every Markdown file, sources and translations: the raw HTML the page's
 * sanitiser removes, and images from outside `content/` and `public/`. MDX is trusted code.
 */
function checkMarkdownBodies(source: LadderSource, root: string, contentDir: string): Problem[] {
  const where = { root, contentDir, publicDir: join(root, 'public') };
  return (['themes', 'levels', 'guides'] as const)
    .flatMap((collection) => [
      ...(source[collection] as SourceEntry<unknown>[]),
      ...(source.translations[collection] as SourceEntry<unknown>[]),
    ])
    .filter((entry) => entry.source.file.endsWith('.md'))
    .flatMap((entry) => checkMarkdownBody(entry.source, where));
}

/**
 * Checks a whole ladder in one pass: each file's syntax and schema, then the rules across
 * files. Used by `npm run check`, by the build before it starts, and by tests.
 */
export function checkLadder(
  root: string,
  contentDir: string,
  options: { strictTranslations?: boolean } = {},
): CheckResult {
  const { source, problems } = loadLadderSource(root, contentDir);
  if (source) {
    problems.push(...checkLadderRules(source));
    problems.push(...checkMarkdownBodies(source, root, contentDir));
    const strict = options.strictTranslations || source.settings.requireTranslations;
    // With a locale listed twice, every file would look untranslated; the rules report the cause.
    const codes = source.settings.locales.map((locale) => locale.code);
    if (new Set(codes).size === codes.length) problems.push(...checkTranslations(source, root, strict));
    // Collisions are found on whatever the valid files make up, so they show with the rest.
    problems.push(...checkRouteCollisions(source));
    // Which URLs exist follows from valid content only; with errors, they are reported first.
    if (!problems.some((p) => p.severity === 'error')) {
      problems.push(...checkPublishedUrls(source, root, contentDir));
    }
  }
  return { source, problems, failed: problems.some((p) => p.severity === 'error') };
}
