import { spawnSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import {
  guideTranslationSchema,
  levelTranslationSchema,
  themeTranslationSchema,
  trackTranslationSchema,
} from '../schemas/translation.ts';
import type { Collection } from './files.ts';
import type { LadderSource, SourceEntry } from './load.ts';
import type { Problem } from './problems.ts';
import { parseSourceFile, type SourceFile } from './source.ts';

/**
 * Git settings inherited from a calling git (a hook sets `GIT_DIR` and `GIT_INDEX_FILE`) that
 * would point git at another repository than the one holding the content.
 */
const repositoryOverrides = /^GIT_(DIR|WORK_TREE|INDEX_FILE|PREFIX|COMMON_DIR|OBJECT_DIRECTORY|NAMESPACE)$/;

/** A file's real path, so it compares with the real path git gives for its repository. */
function realPath(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}

/** Git run in `contentDir`, and the top of its repository; undefined outside git. */
function gitIn(contentDir: string) {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !repositoryOverrides.test(name)),
  );
  const run = (args: string[]) =>
    spawnSync('git', ['-C', contentDir, '-c', 'core.quotePath=false', ...args], { env, maxBuffer: 64 << 20 });
  const git = (args: string[]) => {
    const result = run(args);
    return { status: result.status, stdout: result.stdout?.toString('utf8') ?? '' };
  };
  const top = git(['rev-parse', '--show-toplevel']);
  if (top.status !== 0 || !top.stdout.trim()) return undefined;
  const topLevel = realPath(top.stdout.trim());
  // Paths as git prints them: relative to the top of the repository, with forward slashes.
  const gitPath = (file: string) => {
    const path = relative(topLevel, realPath(resolve(file)))
      .split(sep)
      .join('/');
    return path.startsWith('../') ? undefined : path;
  };
  return { git, gitBytes: run, gitPath };
}

/**
 * When each file last changed, from the history of the git repository that holds
 * `contentDir`, which may be the content's own repository, or a folder of another: git runs
 * in `contentDir` (`git -C`), never in the project. The date of a file is its newest commit;
 * a file with uncommitted changes (or never committed) counts as changed after every commit
 * (`Infinity`). Files git knows nothing of (ignored ones) are left out of the map.
 *
 * Returns undefined when `contentDir` is in no git repository (or git is missing): then no
 * one knows which file changed last. Modification times are no answer: a fresh clone or a
 * copy gives every file the same or a random one.
 */
export function lastChanged(contentDir: string, files: readonly string[]): Map<string, number> | undefined {
  const repository = gitIn(contentDir);
  if (!repository) return undefined;
  const { git, gitPath } = repository;
  const byGitPath = new Map<string, string>();
  for (const file of files) {
    const path = gitPath(file);
    if (path !== undefined) byGitPath.set(path, file);
  }
  const pathspecs = [...byGitPath.keys()].map((path) => `:(top,literal)${path}`);
  const times = new Map<string, number>();
  if (pathspecs.length === 0) return times;

  // The newest commit of each file wins, whatever order git lists commits in.
  const log = git(['log', '--format=@%ct', '--name-only', '--', ...pathspecs]);
  if (log.status !== 0) return undefined;
  let commitTime = 0;
  for (const line of log.stdout.split('\n')) {
    if (line.startsWith('@')) commitTime = Number(line.slice(1));
    else {
      const file = byGitPath.get(line);
      if (file !== undefined) times.set(file, Math.max(times.get(file) ?? 0, commitTime));
    }
  }
  // `-z`: one entry per path, unquoted; a rename's entry is followed by its former path.
  const status = git(['status', '--porcelain=v1', '-z', '--untracked-files=all', '--', ...pathspecs]);
  if (status.status !== 0) return undefined;
  const entries = status.stdout.split('\0');
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (!entry) continue;
    const file = byGitPath.get(entry.slice(3));
    if (file !== undefined) times.set(file, Number.POSITIVE_INFINITY);
    if (/[RC]/.test(entry.slice(0, 2))) i++;
  }
  return times;
}

/**
 * The bytes of `file` as its newest commit at or before `time` (seconds) left it, or undefined
 * when it had no commit by then or git cannot tell. Only that file's history is read.
 */
export function fileAsOf(contentDir: string, file: string, time: number): Uint8Array | undefined {
  const repository = gitIn(contentDir);
  const path = repository?.gitPath(file);
  if (!repository || path === undefined) return undefined;
  const log = repository.git(['log', '--format=%H %ct', '--', `:(top,literal)${path}`]);
  if (log.status !== 0) return undefined;
  const commit = log.stdout
    .split('\n')
    .map((line) => line.split(' '))
    .find(([hash, when]) => hash && Number(when) <= time)?.[0];
  if (!commit) return undefined;
  const shown = repository.gitBytes(['show', `${commit}:${path}`]);
  return shown.status === 0 ? shown.stdout : undefined;
}

/** The fields of a source file a translation gives words for, by kind of file. */
const translatedFields: Record<Collection, readonly string[]> = {
  tracks: Object.keys(trackTranslationSchema.shape),
  themes: Object.keys(themeTranslationSchema.shape),
  levels: Object.keys(levelTranslationSchema.shape),
  guides: Object.keys(guideTranslationSchema.shape),
};

/**
 * The words of a source file, as a translation sees them: its translatable fields (those of
 * the translation schemas) and its body. Structure (rank, pay, aliases, settings) is left out,
 * so a change to it never makes a translation outdated.
 */
function wordsOf(source: SourceFile, kind: Collection | 'settings'): unknown {
  const data = (source.data ?? {}) as Record<string, unknown>;
  if (kind === 'settings') {
    const pay = data.pay as { zones?: { id?: unknown; label?: unknown }[] } | undefined;
    return {
      title: data.title,
      description: data.description,
      themeGroups: data.themeGroups,
      payZones: pay?.zones?.map((zone) => [zone.id, zone.label]),
    };
  }
  return {
    fields: Object.fromEntries(translatedFields[kind].map((field) => [field, data[field]])),
    body: source.body.trim(),
  };
}

const languageName = (locale: string, labels: Map<string, string>) => labels.get(locale) ?? locale;

/**
 * Lists missing and outdated translations for every locale but the default one, and
 * translations that no longer match their source. Missing and outdated translations are
 * warnings unless `strict` (the settings' `requireTranslations`, or `check --strict-translations`).
 */
export function checkTranslations(ladder: LadderSource, root: string, strict: boolean): Problem[] {
  const problems: Problem[] = [];
  const locales = ladder.settings.locales.slice(1).map((l) => l.code);
  if (locales.length === 0) return problems;
  const labels = new Map(ladder.settings.locales.map((l) => [l.code, l.label]));
  const severity: Problem['severity'] = strict ? 'error' : 'warning';
  const collections: Collection[] = ['tracks', 'themes', 'levels', 'guides'];

  const files = [
    ladder.settingsFile,
    ...Object.values(ladder.settingsTranslationFiles).map((s) => s.file),
    ...collections.flatMap((c) => [
      ...(ladder[c] as SourceEntry<unknown>[]).map((e) => e.source.file),
      ...(ladder.translations[c] as SourceEntry<unknown>[]).map((e) => e.source.file),
    ]),
  ];
  // Git runs where the content lives, which `ECHELON_CONTENT` may put in its own repository:
  // the settings file's folder. Outside git, freshness is not checked at all.
  const contentDir = dirname(resolve(root, ladder.settingsFile));
  const times = lastChanged(
    contentDir,
    files.map((file) => resolve(root, file)),
  );
  // A source changed since its translation only counts when its words changed: the version
  // the translation was made from (the source's newest commit by then) is read from git and
  // compared with the source now. Only pairs whose dates disagree pay for that.
  const isOutdated = (source: SourceFile, translation: string, kind: Collection | 'settings') => {
    const sourceTime = times?.get(resolve(root, source.file));
    const translationTime = times?.get(resolve(root, translation));
    if (sourceTime === undefined || translationTime === undefined || sourceTime <= translationTime)
      return false;
    const before = fileAsOf(contentDir, resolve(root, source.file), translationTime);
    if (!before) return true;
    const then = parseSourceFile(source.file, before);
    return !isDeepStrictEqual(wordsOf(then, kind), wordsOf(source, kind));
  };
  const outdated = (translationFile: string, sourceFile: string, locale: string): Problem => ({
    file: translationFile,
    line: 1,
    message: `the ${languageName(locale, labels)} translation is older than ${sourceFile}, which changed since. Update it to match, then commit both.`,
    severity,
  });

  for (const locale of locales) {
    const settingsTranslation = ladder.settingsTranslationFiles[locale];
    if (!settingsTranslation) {
      problems.push({
        file: ladder.settingsFile,
        line: 1,
        message: `no translation in ${languageName(locale, labels)} (${locale}) of the site's title and description. Add settings.${locale}.yaml beside it.`,
        severity,
      });
    } else if (isOutdated(ladder.settingsSource, settingsTranslation.file, 'settings')) {
      problems.push(outdated(settingsTranslation.file, ladder.settingsFile, locale));
    }
  }

  for (const collection of collections) {
    const sources = ladder[collection] as SourceEntry<unknown>[];
    const translations = ladder.translations[collection] as SourceEntry<unknown>[];
    for (const translation of translations) {
      const source = sources.find((s) => s.id === translation.id);
      if (!source) {
        if (!ladder.brokenIds[collection].has(translation.id)) {
          problems.push({
            file: translation.source.file,
            line: 1,
            message: `translates \`${translation.id}\`, but there is no source file with that id in content/${collection}/. Rename it to match its source, or delete it.`,
            severity: 'error',
          });
        }
      } else if (isOutdated(source.source, translation.source.file, collection)) {
        problems.push(outdated(translation.source.file, source.source.file, translation.locale));
      }
    }
    for (const source of sources) {
      for (const locale of locales) {
        if (translations.some((t) => t.id === source.id && t.locale === locale)) continue;
        const name = source.source.file.split('/').at(-1) ?? source.id;
        problems.push({
          file: source.source.file,
          line: 1,
          message: `no translation in ${languageName(locale, labels)} (${locale}). Add ${name.replace(/\.(\w+)$/, `.${locale}.$1`)} beside it; until then its /${locale}/ page shows this text with a notice.`,
          severity,
        });
      }
    }
  }

  // A translated level must cover the same themes as its source.
  for (const translation of ladder.translations.levels) {
    const source = ladder.levels.find((l) => l.id === translation.id);
    if (!source) continue;
    for (const themeId of Object.keys(translation.data.expectations)) {
      if (!(themeId in source.data.expectations)) {
        problems.push({
          file: translation.source.file,
          line: translation.source.lineOf(['expectations', themeId]),
          field: `expectations.${themeId}`,
          message: `theme \`${themeId}\` is not in the source level ${source.source.file}. Remove it, or add it to the source first.`,
          severity: 'error',
        });
      }
    }
    for (const themeId of Object.keys(source.data.expectations)) {
      if (!(themeId in translation.data.expectations)) {
        problems.push({
          file: translation.source.file,
          line: translation.source.lineOf(['expectations']),
          field: 'expectations',
          message: `theme \`${themeId}\` is not translated; its page shows the source's words for it. Add \`${themeId}:\` under \`expectations\`.`,
          severity,
        });
      }
    }
  }
  return problems;
}
