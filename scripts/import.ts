// `npm run import -- FILE [--dry-run] [--force]`: turns a spreadsheet ladder (.xlsx or .csv)
// into content files, prints what became which file with the cells it came from, then runs
// the check. The mapping and planning live in src/import/; this file only wires them up.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkLadder } from '../src/content/check.ts';
import { resolveContentDir } from '../src/content/paths.ts';
import { formatReport } from '../src/content/problems.ts';
import { importSpreadsheet } from '../src/import/run.ts';

const root = process.cwd();
const args = process.argv.slice(2);
const flags = new Set(args.filter((arg) => arg.startsWith('--')));
const files = args.filter((arg) => !arg.startsWith('--'));
const unknown = [...flags].filter((flag) => flag !== '--force' && flag !== '--dry-run');

if (files.length !== 1 || unknown.length > 0) {
  if (unknown.length > 0) console.log(`Unknown option ${unknown.join(', ')}.`);
  console.log('Usage: npm run import -- FILE.xlsx|FILE.csv [--dry-run] [--force]');
  process.exitCode = 1;
} else if (!existsSync(files[0])) {
  console.log(`${files[0]} does not exist.`);
  process.exitCode = 1;
} else {
  const contentDir = resolveContentDir(root);
  try {
    const { report } = await importSpreadsheet(root, resolve(files[0]), contentDir, {
      force: flags.has('--force'),
      dryRun: flags.has('--dry-run'),
    });
    console.log(report);
    if (!flags.has('--dry-run')) {
      console.log('\nChecking the ladder (npm run check):');
      const { problems, failed } = checkLadder(root, contentDir);
      console.log(formatReport(problems));
      process.exitCode = failed ? 1 : 0;
    }
  } catch (error) {
    console.log(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}
