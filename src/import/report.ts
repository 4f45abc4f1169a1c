import type { ImportNote } from './map.ts';
import type { WriteAction, WritePlan } from './plan.ts';

const actionWords: Record<WriteAction, string> = {
  create: 'create',
  update: 'update',
  unchanged: 'unchanged',
  'keep-edited': 'kept (edited since the last import; --force overwrites it)',
  overwrite: 'overwrite (edited since the last import, --force given)',
};

/**
 * The mapping report: what each part of the spreadsheet became, what was filled in, what could
 * not be placed and why, each with its cell; then what happens to each file. Written as lines
 * an author reads top to bottom, with the cells to fix first.
 */
export function formatImportReport(
  notes: readonly ImportNote[],
  plan: WritePlan,
  options: { contentLabel: string; dryRun: boolean },
): string {
  const lines: string[] = [];
  const section = (title: string, kind: ImportNote['kind']) => {
    const chosen = notes.filter((note) => note.kind === kind);
    if (chosen.length === 0) return;
    lines.push(`${title} (${chosen.length}):`);
    for (const note of chosen) lines.push(`  ${note.ref}: ${note.message}`);
    lines.push('');
  };
  section('Placed', 'placed');
  section('Filled in by the import', 'filled');
  section('Could not place', 'skipped');
  const verb = options.dryRun ? 'Would write' : 'Files';
  lines.push(`${verb} in ${options.contentLabel}:`);
  for (const write of plan.writes) {
    const words = write.byHand
      ? actionWords[write.action].replace('edited since the last import', 'not written by the import')
      : actionWords[write.action];
    lines.push(`  ${words}: ${write.path}`);
  }
  for (const path of plan.orphans) {
    lines.push(`  no longer in the spreadsheet, left in place: ${path} (delete it if it should go)`);
  }
  const count = (action: WriteAction) => plan.writes.filter((write) => write.action === action).length;
  const changed = count('create') + count('update') + count('overwrite');
  lines.push(
    `${options.dryRun ? 'Dry run, nothing written: would change' : 'Changed'} ${changed} file${changed === 1 ? '' : 's'} ` +
      `(${count('create')} new, ${count('update') + count('overwrite')} updated), ${count('unchanged')} unchanged, ${count('keep-edited')} kept as edited.`,
  );
  return lines.join('\n');
}
