import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Collection } from './files.ts';
import type { LadderSource, SourceEntry } from './load.ts';
import type { Problem } from './problems.ts';

/**
 * When each file last changed: its last commit, or its modification time when it has
 * uncommitted changes or the project is not a git repository. Git dates survive a fresh
 * clone, where every file's modification time is the same.
 */
export function lastChanged(root: string, files: readonly string[]): Map<string, number> {
  const times = new Map<string, number>();
  const mtime = (file: string) => {
    const absolute = join(root, file);
    return existsSync(absolute) ? statSync(absolute).mtimeMs / 1000 : 0;
  };
  const git = (args: string[]) =>
    spawnSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  const status = git(['status', '--porcelain', '--untracked-files=all', '--', ...files]);
  if (status.status !== 0) {
    for (const file of files) times.set(file, mtime(file));
    return times;
  }
  const dirty = new Set(
    status.stdout
      .split('\n')
      .filter(Boolean)
      .map((line) => line.slice(3)),
  );
  // One `git log` for all files: newest commits first, so the first date seen per file wins.
  const log = git(['log', '--format=@%ct', '--name-only', '--', ...files]);
  let commitTime = 0;
  for (const line of log.stdout.split('\n')) {
    if (line.startsWith('@')) commitTime = Number(line.slice(1));
    else if (line && !times.has(line)) times.set(line, commitTime);
  }
  for (const file of files) {
    if (dirty.has(file) || !times.has(file)) times.set(file, mtime(file));
  }
  return times;
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
  const times = lastChanged(root, files);
  const isOutdated = (source: string, translation: string) =>
    (times.get(source) ?? 0) > (times.get(translation) ?? 0);
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
    } else if (isOutdated(ladder.settingsFile, settingsTranslation.file)) {
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
      } else if (isOutdated(source.source.file, translation.source.file)) {
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
