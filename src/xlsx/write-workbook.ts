import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { columnLetters } from '../diagnostics/place.js';
import type { CellContent, SheetContent, WorkbookContent } from './workbook-content.js';

type ExcelValue = ExcelJS.CellValue;

/**
 * exceljs has range-wide data validations (`worksheet.dataValidations.add`) but its type
 * declarations omit them; the per-cell alternative writes one rule per cell.
 */
interface RangeValidations {
  readonly dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

/** The exceljs value (and number format) of a cell described by {@link CellContent}. */
export function toCellValue(content: CellContent): { value: ExcelValue; numFmt?: string } {
  if (content === null || typeof content !== 'object') return { value: content };
  if ('number' in content) return { value: content.number, numFmt: content.numFmt };
  if ('date' in content) return { value: content.date, numFmt: content.numFmt };
  const result = content.result;
  return { value: result === undefined ? { formula: content.formula, date1904: false } : ({ formula: content.formula, result, date1904: false } as ExcelJS.CellFormulaValue) };
}

const LINE_HEIGHT_POINTS = 15;
const DEFAULT_WIDTH = 9;

/**
 * Spreadsheet programs do not all grow a row to fit its wrapped text when they open a file, so the
 * height is set from the longest cell: about one line per column width of characters.
 */
export function wrappedHeight(row: readonly CellContent[], widths: readonly (number | undefined)[], minLines = 1): number {
  let lines = Math.max(1, minLines);
  row.forEach((content, index) => {
    if (typeof content !== 'string') return;
    const perLine = Math.max(1, Math.floor((widths[index] ?? DEFAULT_WIDTH) * 1.2));
    const count = content.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
    lines = Math.max(lines, count);
  });
  return lines * LINE_HEIGHT_POINTS;
}

async function addSheet(workbook: ExcelJS.Workbook, sheet: SheetContent, lists: ChoiceLists): Promise<void> {
  const hasHeader = sheet.headers !== undefined;
  const worksheet = workbook.addWorksheet(sheet.name, {
    views: hasHeader ? [{ state: 'frozen', ySplit: 1, xSplit: sheet.freezeColumns ?? 0 }] : [],
  });
  if (sheet.headers !== undefined) {
    const header = worksheet.addRow([...sheet.headers]);
    header.font = { bold: true };
    header.alignment = { vertical: 'top', wrapText: true };
  }
  sheet.rows.forEach((rowContent, rowIndex) => {
    const row = worksheet.addRow([]);
    rowContent.forEach((content, index) => {
      const { value, numFmt } = toCellValue(content);
      const cell = row.getCell(index + 1);
      cell.value = value;
      if (numFmt !== undefined) cell.numFmt = numFmt;
    });
    const emphasis = sheet.emphasis?.get(rowIndex);
    if (emphasis !== undefined) {
      row.getCell(1).font = { bold: true, size: emphasis === 'title' ? 16 : 13 };
      row.height = emphasis === 'title' ? 24 : 20;
    } else if (sheet.wrap === true) {
      row.alignment = { vertical: 'top', wrapText: true };
      row.height = wrappedHeight(rowContent, sheet.widths ?? [], sheet.minLines);
    }
  });
  if (sheet.protection !== undefined) await protect(worksheet, sheet, sheet.protection.editableColumns);
  if (sheet.fitToWidth === true) worksheet.pageSetup = { fitToPage: true, fitToWidth: 1, fitToHeight: 0, orientation: 'landscape', paperSize: 9 };
  if (sheet.printTitles === true) {
    const frozen = sheet.freezeColumns ?? 0;
    worksheet.pageSetup = { orientation: 'landscape', paperSize: 9, printTitlesRow: '1:1', ...(frozen > 0 ? { printTitlesColumn: `A:${columnLetters(frozen)}` } : {}) };
  }
  sheet.widths?.forEach((width, index) => {
    if (width !== undefined) worksheet.getColumn(index + 1).width = width;
  });
  if (sheet.dropDowns !== undefined) {
    const lastRow = 1 + (sheet.dropDownRows ?? Math.max(1000, sheet.rows.length));
    for (const [index, choices] of sheet.dropDowns) {
      const letters = columnLetters(index + 1);
      (worksheet as unknown as RangeValidations).dataValidations.add(`${letters}2:${letters}${lastRow}`, {
        type: 'list',
        allowBlank: true,
        formulae: [lists.rangeFor(choices)],
        showErrorMessage: true,
        errorStyle: 'warning',
        errorTitle: 'Not one of the choices',
        error: `Pick one of: ${choices.join('; ')}`,
      });
    }
  }
}

/**
 * Locks the sheet but for the editable columns of its data rows. No password: exceljs would hash
 * one with a random salt (so the same content would give different bytes), and an author who
 * really must change a locked cell can lift the protection from the Review tab.
 */
async function protect(worksheet: ExcelJS.Worksheet, sheet: SheetContent, editableColumns: readonly number[]): Promise<void> {
  const firstDataRow = sheet.headers === undefined ? 1 : 2;
  sheet.rows.forEach((_, index) => {
    for (const column of editableColumns) {
      worksheet.getCell(firstDataRow + index, column + 1).protection = { locked: false };
    }
  });
  await worksheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
}

/**
 * Drop-down choices live on a hidden sheet: Excel splits an inline list at every comma, and some
 * choices ("per 1,000", "Update, risk and learning") contain one.
 */
export const LISTS_SHEET = 'Lists';

class ChoiceLists {
  readonly #columns: (readonly string[])[] = [];

  rangeFor(choices: readonly string[]): string {
    let index = this.#columns.findIndex((c) => c.join('\u0000') === choices.join('\u0000'));
    if (index === -1) index = this.#columns.push(choices) - 1;
    const letters = columnLetters(index + 1);
    return `${LISTS_SHEET}!$${letters}$1:$${letters}$${choices.length}`;
  }

  write(workbook: ExcelJS.Workbook): void {
    if (this.#columns.length === 0) return;
    const sheet = workbook.addWorksheet(LISTS_SHEET, { state: 'hidden' });
    this.#columns.forEach((choices, index) => {
      choices.forEach((choice, row) => {
        sheet.getCell(row + 1, index + 1).value = choice;
      });
    });
  }
}

/** Writes a workbook to xlsx bytes in memory. */
export async function writeWorkbook(content: WorkbookContent): Promise<Buffer> {
  // loaded here, when a workbook is written, not by every command that only reads one
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  workbook.creator = content.creator;
  workbook.lastModifiedBy = content.creator;
  workbook.created = content.created;
  workbook.modified = content.created;
  if (content.title !== undefined) workbook.title = content.title;
  const lists = new ChoiceLists();
  for (const sheet of content.sheets) await addSheet(workbook, sheet, lists);
  lists.write(workbook);
  const data = await workbook.xlsx.writeBuffer();
  return stampZipEntries(Buffer.from(data), content.created);
}

/**
 * exceljs zips with the clock's time on every entry, so the same content would give different
 * bytes each run. Re-stamping the entries with the workbook's own date makes the file
 * reproducible (the committed sample can be rebuilt and compared byte for byte).
 */
async function stampZipEntries(bytes: Buffer, date: Date): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  zip.forEach((_, entry) => {
    entry.date = date;
  });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'UNIX' });
}
