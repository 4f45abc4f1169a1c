import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type ChangeData,
  type ChangeTranslation,
  changelogSchema,
  changelogTranslationSchema,
} from '../schemas/changelog.ts';
import { displayPath } from './files.ts';
import type { Problem } from './problems.ts';
import { checkAgainstSchema } from './schema-problems.ts';
import { parseSourceFile, type SourceFile } from './source.ts';
import { didYouMean } from './suggest.ts';

/** The ladder's changelog as read from `content/changelog.yaml` and its translations. */
export interface ChangelogSource {
  /** Valid entries, in file order; empty when the ladder keeps no changelog. */
  entries: ChangeData[];
  /** The parsed file, for the lines of its fields; undefined when there is none. */
  source?: SourceFile;
  /** Valid translated entries, by locale, matched to `entries` by version. */
  translations: Record<string, ChangeTranslation[]>;
}

/** Reads and validates one YAML file of the changelog against its schema. */
function readFile<T>(
  root: string,
  absolute: string,
  check: (source: SourceFile) => { value?: T; problems: Problem[] },
  problems: Problem[],
): { value?: T; source?: SourceFile } {
  const source = parseSourceFile(displayPath(root, absolute), readFileSync(absolute));
  problems.push(...source.problems);
  if (source.problems.length) return {};
  const checked = check(source);
  problems.push(...checked.problems);
  return { value: checked.value, source };
}

/**
 * Reads `content/changelog.yaml` and every `changelog.<locale>.yaml` of the other locales.
 * The changelog is optional: a ladder without one simply shows no version. A version listed
 * twice, or a translation of a version the source does not have, is an error with its line.
 */
export function loadChangelog(
  root: string,
  contentDir: string,
  locales: readonly string[],
): { changelog: ChangelogSource; problems: Problem[] } {
  const problems: Problem[] = [];
  const changelog: ChangelogSource = { entries: [], translations: {} };
  const absolute = join(contentDir, 'changelog.yaml');
  if (!existsSync(absolute)) return { changelog, problems };
  const read = readFile(root, absolute, (source) => checkAgainstSchema(source, changelogSchema), problems);
  if (!read.value || !read.source) return { changelog, problems };
  const source = read.source;
  changelog.source = source;

  // A version cited twice would make the footer, the feed and `ladder.json` ambiguous.
  const firstLine = new Map<string, number>();
  read.value.forEach((entry, index) => {
    const line = firstLine.get(entry.version);
    if (line === undefined) {
      firstLine.set(entry.version, source.lineOf([index, 'version']));
      changelog.entries.push(entry);
      return;
    }
    problems.push({
      file: source.file,
      line: source.lineOf([index, 'version']),
      field: `${index}.version`,
      message: `version \`${entry.version}\` is already listed on line ${line}. Give each change its own version.`,
      severity: 'error',
    });
  });

  const versions = changelog.entries.map((entry) => entry.version);
  for (const locale of locales.slice(1)) {
    const file = join(contentDir, `changelog.${locale}.yaml`);
    if (!existsSync(file)) continue;
    const translated = readFile(
      root,
      file,
      (translation) => checkAgainstSchema(translation, changelogTranslationSchema),
      problems,
    );
    if (!translated.value || !translated.source) continue;
    const translation = translated.source;
    const seen = new Set<string>();
    changelog.translations[locale] = translated.value.filter((entry, index) => {
      const report = (message: string) =>
        problems.push({
          file: translation.file,
          line: translation.lineOf([index, 'version']),
          field: `${index}.version`,
          message,
          severity: 'error',
        });
      if (!versions.includes(entry.version)) {
        report(
          `version \`${entry.version}\` is not in content/changelog.yaml.${didYouMean(entry.version, versions)} A translation only translates the words of an entry listed there.`,
        );
        return false;
      }
      if (seen.has(entry.version)) {
        report(`version \`${entry.version}\` is translated twice. Keep one of them.`);
        return false;
      }
      seen.add(entry.version);
      return true;
    });
  }
  return { changelog, problems };
}
