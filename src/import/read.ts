import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Sheet, Workbook } from './table.ts';

/** The spreadsheet formats the import reads, by file extension. */
export const importExtensions = ['.xlsx', '.csv'] as const;

/**
 * Reads the text of a CSV file as one sheet. A byte order mark (spreadsheets write one so
 * accents survive) is dropped, and rows are padded so every row has as many cells as the widest.
 */
export function sheetFromCsv(name: string, text: string): Sheet {
  const records: string[][] = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false });
  return { name, rows: records };
}

/**
 * Reads a `.csv` spreadsheet: the file is the matrix sheet, and the optional files beside it
 * named `<name>.levels.csv`, `<name>.themes.csv`, `<name>.tracks.csv` and `<name>.examples.csv`
 * are the other sheets, since a CSV file holds a single sheet.
 */
export function readCsvWorkbook(file: string): Workbook {
  const stem = basename(file, extname(file));
  const sheets: Sheet[] = [sheetFromCsv('Matrix', readFileSync(file, 'utf8'))];
  for (const [suffix, name] of [
    ['levels', 'Levels'],
    ['themes', 'Themes'],
    ['tracks', 'Tracks'],
    ['examples', 'Examples'],
  ] as const) {
    const beside = join(dirname(file), `${stem}.${suffix}.csv`);
    if (existsSync(beside)) sheets.push(sheetFromCsv(name, readFileSync(beside, 'utf8')));
  }
  return { file, sheets };
}

/**
 * Reads an `.xlsx` workbook: each worksheet's cells as the text the spreadsheet shows (rich
 * text joined, formulas as their last computed result, numbers as written).
 */
export async function readXlsxWorkbook(file: string, bytes: Uint8Array): Promise<Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs wants a Node Buffer; a Uint8Array view over the same memory is enough.
  await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  const sheets: Sheet[] = [];
  workbook.eachSheet((worksheet) => {
    const rows: string[][] = [];
    for (let r = 1; r <= worksheet.rowCount; r++) {
      const row = worksheet.getRow(r);
      const cells: string[] = [];
      for (let c = 1; c <= worksheet.columnCount; c++) cells.push(cellToText(row.getCell(c)));
      rows.push(cells);
    }
    sheets.push({ name: worksheet.name, rows });
  });
  return { file, sheets };
}

/** The text a spreadsheet shows for a cell, with line breaks kept (they separate behaviours). */
function cellToText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && 'richText' in value)
    return value.richText.map((part) => part.text).join('');
  if (typeof value === 'object' && 'result' in value) return String(value.result ?? '');
  if (typeof value === 'object' && 'text' in value) return String(value.text);
  return cell.text;
}

/** Reads a spreadsheet file of any supported format into the neutral table model. */
export async function readWorkbook(file: string): Promise<Workbook> {
  const extension = extname(file).toLowerCase();
  if (extension === '.csv') return readCsvWorkbook(file);
  if (extension === '.xlsx') return readXlsxWorkbook(file, readFileSync(file));
  throw new Error(
    `${file} is not a spreadsheet the import reads: save it as ${importExtensions.join(' or ')} (in Excel, LibreOffice or Google Sheets: File, Save as / Download).`,
  );
}
