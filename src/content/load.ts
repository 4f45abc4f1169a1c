import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { z } from 'astro/zod';
import {
  type GuideTranslation,
  guideSchema,
  guideTranslationSchema,
  idSchema,
  type LevelTranslation,
  levelSchema,
  levelTranslationSchema,
  maxIdLength,
  type Settings,
  type SettingsTranslation,
  settingsSchema,
  settingsTranslationSchema,
  type ThemeTranslation,
  type TrackTranslation,
  themeSchema,
  themeTranslationSchema,
  trackSchema,
  trackTranslationSchema,
} from '../schemas/index.ts';
import { type ChangelogSource, loadChangelog } from './changelog.ts';
import {
  type Collection,
  type ContentFile,
  collectionExtensions,
  displayPath,
  entryNameFromPath,
  listContentFiles,
} from './files.ts';
import { type ComponentUse, readMdx } from './mdx.ts';
import type { Problem } from './problems.ts';
import { checkAgainstSchema } from './schema-problems.ts';
import { parseSourceFile, type SourceFile } from './source.ts';

/** A validated content entry with what is needed to report problems on it. */
export interface SourceEntry<T> {
  /** Id from the file name. */
  id: string;
  /** Locale of the file: the default locale for source files. */
  locale: string;
  /** Validated front matter or YAML. */
  data: T;
  /** The parsed file, for line numbers. */
  source: SourceFile;
  /** Echelon's components used in an MDX body, for checks across files; empty for Markdown. */
  components: ComponentUse[];
}

/** Everything under `content/`, validated file by file. */
export interface LadderSource {
  settings: Settings;
  /** Path of the settings file, for messages. */
  settingsFile: string;
  /** The parsed settings file, for the lines of its fields. */
  settingsSource: SourceFile;
  tracks: SourceEntry<z.output<typeof trackSchema>>[];
  themes: SourceEntry<z.output<typeof themeSchema>>[];
  levels: SourceEntry<z.output<typeof levelSchema>>[];
  guides: SourceEntry<z.output<typeof guideSchema>>[];
  /**
   * Ids of files that exist but failed to parse or validate. References to them are not
   * reported again as unknown: the author already has the real problem to fix.
   */
  brokenIds: Record<Collection, Set<string>>;
  /** Translation files (`senior-pm.fr.md`), validated, by collection. */
  translations: {
    tracks: SourceEntry<TrackTranslation>[];
    themes: SourceEntry<ThemeTranslation>[];
    levels: SourceEntry<LevelTranslation>[];
    guides: SourceEntry<GuideTranslation>[];
  };
  /** Site settings translations (`settings.fr.yaml`), by locale. */
  settingsTranslations: Record<string, SettingsTranslation>;
  /** Path of each settings translation file, by locale, for messages. */
  settingsTranslationFiles: Record<string, SourceFile>;
  /** `changelog.yaml` and its translations: what changed in each version of the ladder. */
  changelog: ChangelogSource;
}

const schemas = { tracks: trackSchema, themes: themeSchema, levels: levelSchema, guides: guideSchema };

/** Reads and validates the site settings file. */
export function loadSettings(
  root: string,
  contentDir: string,
): { settings?: Settings; file: string; source?: SourceFile; problems: Problem[] } {
  const absolute = join(contentDir, 'settings.yaml');
  const file = displayPath(root, absolute);
  if (!existsSync(absolute)) {
    return {
      file,
      problems: [
        {
          file,
          line: 1,
          message:
            'is missing. Create it with at least `organisation`, `title`, `description` and `url` (see the authoring guide).',
          severity: 'error',
        },
      ],
    };
  }
  const source = parseSourceFile(file, readFileSync(absolute));
  if (source.problems.length) return { file, problems: source.problems };
  const { value, problems } = checkAgainstSchema(source, settingsSchema);
  return { settings: value, file, source, problems };
}

/**
 * A translation holds only words: a structural field copied from the source (rank, code,
 * pay...) is reported as such, rather than as an unknown field.
 */
function explainStructure(problems: Problem[], collection: Collection, file: string): Problem[] {
  const sourceFields = Object.keys(schemas[collection].shape);
  const sourceName = file
    .split('/')
    .at(-1)
    ?.replace(/\.[^.]+(\.\w+)$/, '$1');
  return problems.map((problem) => {
    const field = problem.field?.split('.').at(-1);
    if (
      !field ||
      problem.field !== field ||
      !sourceFields.includes(field) ||
      !problem.message.startsWith('unknown field')
    ) {
      return problem;
    }
    return {
      ...problem,
      message: `\`${field}\` belongs in the source file ${sourceName}, not in a translation, which holds only words. Remove it here.`,
    };
  });
}

/** Reads `settings.<locale>.yaml` for every non-default locale that has one. */
function loadSettingsTranslations(root: string, contentDir: string, locales: string[]) {
  const translations: Record<string, SettingsTranslation> = {};
  const files: Record<string, SourceFile> = {};
  const problems: Problem[] = [];
  for (const locale of locales.slice(1)) {
    const absolute = join(contentDir, `settings.${locale}.yaml`);
    if (!existsSync(absolute)) continue;
    const source = parseSourceFile(displayPath(root, absolute), readFileSync(absolute));
    problems.push(...source.problems);
    if (source.problems.length) continue;
    const checked = checkAgainstSchema(source, settingsTranslationSchema);
    problems.push(...checked.problems);
    if (checked.value) {
      translations[locale] = checked.value;
      files[locale] = source;
    }
  }
  return { translations, files, problems };
}

/** Extensions of the images a Markdown body may show from beside its file. */
const imageExtensions = ['.png', '.jpg', '.jpeg', '.gif', '.svg', '.webp', '.avif'];

/** What reading the files of one collection gave: its entries, translations and broken ids. */
interface CollectionRead<S, T> {
  entries: SourceEntry<S>[];
  translations: SourceEntry<T>[];
  broken: Set<string>;
}

/**
 * Reads and validates the files of one collection, sources against `schema` and translations
 * (`senior-pm.fr.md`) against `translationSchema`. Generic over both schemas so each entry keeps
 * its schema's type all the way to the pages.
 */
function readCollection<S extends z.ZodType, T extends z.ZodType>(
  collection: Collection,
  files: readonly ContentFile[],
  locales: readonly string[],
  schema: S,
  translationSchema: T,
  problems: Problem[],
): CollectionRead<z.output<S>, z.output<T>> {
  const read: CollectionRead<z.output<S>, z.output<T>> = { entries: [], translations: [], broken: new Set() };
  const defaultLocale = locales[0];
  for (const contentFile of files) {
    if (contentFile.collection !== collection) continue;
    const file = contentFile.displayPath;
    const extension = extname(file).toLowerCase();
    // Images beside the pages that show them are assets, not entries.
    if (imageExtensions.includes(extension)) continue;
    if (!collectionExtensions[collection].includes(extension)) {
      problems.push({
        file,
        line: 1,
        message: `is not read: ${collection} files end in ${collectionExtensions[collection].join(' or ')}. Rename or move it.`,
        severity: 'warning',
      });
      continue;
    }
    const name = entryNameFromPath(file);
    if (name.id.length > maxIdLength) {
      problems.push({
        file,
        line: 1,
        message: `file name \`${name.id.slice(0, 20)}...\` is ${name.id.length} characters long: ids are at most ${maxIdLength}, as they become folder names and URLs. Rename the file with a shorter id.`,
        severity: 'error',
      });
      continue;
    }
    if (!idSchema.safeParse(name.id).success) {
      const suggestion = name.id
        .toLowerCase()
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '');
      problems.push({
        file,
        line: 1,
        message: `file name \`${name.id}\` is not a valid id: ids are lowercase letters, digits and hyphens. Rename the file to \`${suggestion || 'my-entry'}${extension}\`.`,
        severity: 'error',
      });
      continue;
    }
    if (name.locale && !locales.includes(name.locale)) {
      problems.push({
        file,
        line: 1,
        message: `locale \`${name.locale}\` is not listed in settings.yaml \`locales\`. Add it there, or rename the file.`,
        severity: 'error',
      });
      continue;
    }
    const source = parseSourceFile(file, readFileSync(contentFile.absolutePath));
    problems.push(...source.problems);
    const mdx =
      source.problems.length === 0 && extension === '.mdx' ? readMdx(source) : { problems: [], uses: [] };
    const syntax = mdx.problems;
    problems.push(...syntax);
    const components = mdx.uses;
    const locale = name.locale ?? defaultLocale;
    if (locale !== defaultLocale) {
      const checked =
        source.problems.length === 0 ? checkAgainstSchema(source, translationSchema) : undefined;
      problems.push(...explainStructure(checked?.problems ?? [], collection, file));
      if (checked?.value !== undefined && !syntax.length) {
        read.translations.push({ id: name.id, locale, data: checked.value, source, components });
      }
    } else {
      const checked = source.problems.length === 0 ? checkAgainstSchema(source, schema) : undefined;
      problems.push(...(checked?.problems ?? []));
      if (checked?.value === undefined || syntax.length) read.broken.add(name.id);
      else read.entries.push({ id: name.id, locale, data: checked.value, source, components });
    }
  }
  return read;
}

/**
 * Reads every content file and validates each on its own (syntax, schema, file name).
 * Cross-file rules live in `rules.ts`. Never throws for an author's mistake.
 */
export function loadLadderSource(
  root: string,
  contentDir: string,
): { source?: LadderSource; problems: Problem[] } {
  const problems: Problem[] = [];
  const settingsResult = loadSettings(root, contentDir);
  problems.push(...settingsResult.problems);
  const locales = settingsResult.settings?.locales.map((l) => l.code) ?? ['en'];
  const files = listContentFiles(root, contentDir);
  const read = <S extends z.ZodType, T extends z.ZodType>(
    collection: Collection,
    schema: S,
    translation: T,
  ) => readCollection(collection, files, locales, schema, translation, problems);
  const tracks = read('tracks', trackSchema, trackTranslationSchema);
  const themes = read('themes', themeSchema, themeTranslationSchema);
  const levels = read('levels', levelSchema, levelTranslationSchema);
  const guides = read('guides', guideSchema, guideTranslationSchema);

  if (!settingsResult.settings || !settingsResult.source) return { problems };
  const settingsTranslations = loadSettingsTranslations(root, contentDir, locales);
  problems.push(...settingsTranslations.problems);
  const changelog = loadChangelog(root, contentDir, locales);
  problems.push(...changelog.problems);
  return {
    problems,
    source: {
      settings: settingsResult.settings,
      settingsFile: settingsResult.file,
      settingsSource: settingsResult.source,
      brokenIds: {
        tracks: tracks.broken,
        themes: themes.broken,
        levels: levels.broken,
        guides: guides.broken,
      },
      tracks: tracks.entries,
      themes: themes.entries,
      levels: levels.entries,
      guides: guides.entries,
      translations: {
        tracks: tracks.translations,
        themes: themes.translations,
        levels: levels.translations,
        guides: guides.translations,
      },
      settingsTranslations: settingsTranslations.translations,
      settingsTranslationFiles: settingsTranslations.files,
      changelog: changelog.changelog,
    },
  };
}
