import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { displayPath } from '../content/files.ts';
import { loadSettings } from '../content/load.ts';
import { type ImportNote, mapWorkbook } from './map.ts';
import { manifestFile, manifestText, parseManifest, planWrites, type WritePlan } from './plan.ts';
import { readWorkbook } from './read.ts';
import { formatImportReport } from './report.ts';

/** How an import run behaves. */
export interface ImportOptions {
  /** Overwrite files an author edited since the last import. */
  force?: boolean;
  /** Plan and report, write nothing. */
  dryRun?: boolean;
}

/** What an import run did. */
export interface ImportResult {
  notes: ImportNote[];
  plan: WritePlan;
  /** The mapping report, ready to print. */
  report: string;
}

/**
 * Imports a spreadsheet into a content folder: reads it, maps it to ladder files, and writes
 * what the plan allows (nothing with `dryRun`). The settings, when present, give the theme
 * groups themes are matched to; they are never written.
 */
export async function importSpreadsheet(
  root: string,
  file: string,
  contentDir: string,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const workbook = await readWorkbook(file);
  const { settings } = loadSettings(root, contentDir);
  const stem = basename(file, extname(file)).replace(/[-_]+/g, ' ');
  const { files, notes } = mapWorkbook(workbook, {
    themeGroups: settings?.themeGroups,
    defaultTrack: stem.charAt(0).toUpperCase() + stem.slice(1),
  });
  const read = (path: string) => {
    const absolute = join(contentDir, path);
    return existsSync(absolute) ? readFileSync(absolute, 'utf8') : undefined;
  };
  const previousText = read(manifestFile);
  const plan = planWrites(files, read, parseManifest(previousText), { force: options.force });
  if (!options.dryRun) {
    for (const write of plan.writes) {
      if (write.action === 'unchanged' || write.action === 'keep-edited') continue;
      const absolute = join(contentDir, write.path);
      mkdirSync(dirname(absolute), { recursive: true });
      writeFileSync(absolute, write.text);
    }
    const text = manifestText(plan.manifest);
    mkdirSync(contentDir, { recursive: true });
    if (text !== previousText) writeFileSync(join(contentDir, manifestFile), text);
  }
  const report = formatImportReport(notes, plan, {
    contentLabel: `${displayPath(root, contentDir) || '.'}/`,
    dryRun: Boolean(options.dryRun),
  });
  return { notes, plan, report };
}
