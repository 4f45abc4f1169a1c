import ExcelJS from 'exceljs';
import type { Sheet } from './table.ts';

/**
 * Writes sheets to `.xlsx` bytes, readable as a person would want them: a bold, frozen header
 * row, wrapped text and wide columns, so the matrix is usable as a spreadsheet, not only as data.
 */
export async function sheetsToXlsx(sheets: readonly Sheet[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  // A fixed date keeps the workbook's properties the same from one generation to the next.
  workbook.created = new Date('2026-01-01T00:00:00Z');
  workbook.modified = workbook.created;
  workbook.creator = 'Echelon';
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, {
      views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }],
    });
    for (const row of sheet.rows) worksheet.addRow(row);
    worksheet.getRow(1).font = { bold: true };
    worksheet.columns.forEach((column, index) => {
      column.width = index === 0 ? 24 : 48;
      column.alignment = { wrapText: true, vertical: 'top' };
    });
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
