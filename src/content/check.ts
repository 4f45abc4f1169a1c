import { existsSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { resolveTypeface } from '../brand/typeface.ts';
import { checkMarkdownBody } from './body-checks.ts';
import { type LadderSource, loadLadderSource, type SourceEntry } from './load.ts';
import type { Problem } from './problems.ts';
import { checkPublishedUrls } from './published.ts';
import { checkRouteCollisions } from './route-collisions.ts';
import { checkLadderRules } from './rules.ts';
import { checkTranslationMirror } from './translation-mirror.ts';
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
 * The logo named in the settings must be a file in `public/`: every page shows it, so a
 * missing one is reported here once rather than by the link check on every page.
 */
function checkLogo(source: LadderSource, root: string): Problem[] {
  const logo = source.settings.organisation.logo;
  if (!logo) return [];
  const publicDir = join(root, 'public');
  const file = resolve(publicDir, `./${logo.replace(/^\/+/, '')}`);
  const inside = !relative(publicDir, file).startsWith('..');
  if (inside && existsSync(file) && statSync(file).isFile()) return [];
  return [
    {
      file: source.settingsFile,
      line: source.settingsSource.lineOf(['organisation', 'logo']),
      field: 'organisation.logo',
      message: `\`${logo}\` is not a file in public/, and every page shows the logo. Put the file in public/, or fix or remove the field.`,
      severity: 'error',
    },
  ];
}

/** The typeface named in the settings must be a font installed in the project, with the weights pages use. */
function checkTypeface(source: LadderSource, root: string): Problem[] {
  const resolution = resolveTypeface(root, source.settings.typeface);
  if (!('problem' in resolution)) return [];
  return [
    {
      file: source.settingsFile,
      line: source.settingsSource.lineOf(['typeface']),
      field: 'typeface',
      message: resolution.problem,
      severity: 'error',
    },
  ];
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
    problems.push(...checkLogo(source, root));
    problems.push(...checkTypeface(source, root));
    const strict = options.strictTranslations || source.settings.requireTranslations;
    // With a locale listed twice, every file would look untranslated; the rules report the cause.
    const codes = source.settings.locales.map((locale) => locale.code);
    if (new Set(codes).size === codes.length) {
      problems.push(...checkTranslations(source, root, strict));
      problems.push(...checkTranslationMirror(source));
    }
    // Collisions are found on whatever the valid files make up, so they show with the rest.
    problems.push(...checkRouteCollisions(source));
    // Which URLs exist follows from valid content only; with errors, they are reported first.
    if (!problems.some((p) => p.severity === 'error')) {
      problems.push(...checkPublishedUrls(source, root, contentDir));
    }
  }
  return { source, problems, failed: problems.some((p) => p.severity === 'error') };
}
