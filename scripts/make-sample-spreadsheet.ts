// `node scripts/make-sample-spreadsheet.ts`: writes docs/sample-ladder.xlsx from the sample
// ladder in content/ (or ECHELON_CONTENT), read through the same reader as `npm run check`, so
// the spreadsheet always shows the ladder as Echelon understands it. Run it after changing the
// sample's English content, and commit both.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadLadderSource } from '../src/content/load.ts';
import { resolveContentDir } from '../src/content/paths.ts';
import { formatReport } from '../src/content/problems.ts';
import { ladderToSheets } from '../src/import/from-ladder.ts';
import { readXlsxWorkbook } from '../src/import/read.ts';
import { sheetsToXlsx } from '../src/import/write-xlsx.ts';

const root = process.cwd();
const { source, problems } = loadLadderSource(root, resolveContentDir(root));
if (!source || problems.some((problem) => problem.severity === 'error')) {
  console.log(formatReport(problems));
  console.log('Fix the content first: the sample spreadsheet is made from a valid ladder only.');
  process.exitCode = 1;
} else {
  const out = join(root, 'docs', 'sample-ladder.xlsx');
  const sheets = ladderToSheets(source);
  // An .xlsx file is a zip with dates inside: rewriting the same cells would still change its
  // bytes, and show up as a change to commit.
  const current = existsSync(out) ? (await readXlsxWorkbook(out, readFileSync(out))).sheets : [];
  if (JSON.stringify(current) === JSON.stringify(sheets)) {
    console.log('docs/sample-ladder.xlsx is up to date with the sample ladder.');
  } else {
    writeFileSync(out, await sheetsToXlsx(sheets));
    console.log(
      `Wrote docs/sample-ladder.xlsx: ${source.levels.length} levels, ${source.themes.length} themes.`,
    );
  }
}
