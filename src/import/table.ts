/**
 * The neutral shape of a spreadsheet, whatever file it came from: sheets of text cells, each
 * addressed the way spreadsheet users address them (`Matrix!C7`), so every line of the import's
 * report points at a cell the author can find.
 */

/** One sheet: a name and its rows of cell text, row 1 first. Empty cells are empty strings. */
export interface Sheet {
  /** The sheet's name as the spreadsheet shows it on its tab, or the CSV file's name. */
  name: string;
  /** Cell text by row then column, both from 0 (row 0 is the spreadsheet's row 1). */
  rows: string[][];
}

/** A whole workbook: its sheets in tab order. */
export interface Workbook {
  /** The file it was read from, for messages. */
  file: string;
  sheets: Sheet[];
}

/** The letters of a column from its index from 0: 0 is `A`, 26 is `AA`. */
export function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/**
 * A cell's reference as spreadsheets write it, from indexes from 0: `cellRef('Matrix', 6, 2)` is
 * `Matrix!C7`. Sheet names with spaces or punctuation are quoted, as spreadsheets quote them.
 */
export function cellRef(sheet: string, row: number, column: number): string {
  const name = /^[A-Za-z0-9_]+$/.test(sheet) ? sheet : `'${sheet.replaceAll("'", "''")}'`;
  return `${name}!${columnLetters(column)}${row + 1}`;
}

/** The trimmed text of a cell, or an empty string outside the sheet. */
export function cellText(sheet: Sheet, row: number, column: number): string {
  return (sheet.rows[row]?.[column] ?? '').trim();
}

/** Finds a sheet by name, ignoring case and spaces around it. */
export function findSheet(workbook: Workbook, ...names: string[]): Sheet | undefined {
  const wanted = names.map((name) => name.toLowerCase());
  return workbook.sheets.find((sheet) => wanted.includes(sheet.name.trim().toLowerCase()));
}
