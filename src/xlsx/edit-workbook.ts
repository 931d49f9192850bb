import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { lostFeatures } from './lost-features.js';
import { elementOf, hasElement, partText, sheetParts, withDataValidations } from './package-sheets.js';
import type { CellContent } from './workbook-content.js';
import { toCellValue, wrappedHeight } from './write-workbook.js';

/** A value for one cell of a row, by its 1-based column number. */
export interface CellEdit {
  readonly column: number;
  readonly value: CellContent;
}

export interface RowEdit {
  /** The Excel row to write into; absent to add a row below the sheet's last. */
  readonly row?: number;
  readonly cells: readonly CellEdit[];
}

export interface SheetEdits {
  /** The sheet's name, matched ignoring capitals and surrounding spaces. */
  readonly sheet: string;
  readonly rows: readonly RowEdit[];
  /**
   * New rows take the look of the sheet's last row; where the sheet has none below its header,
   * they wrap their text, top-aligned, in rows tall enough for it (for sheets of sentences).
   */
  readonly wrapNewRows?: boolean;
}

export interface EditedWorkbook {
  readonly bytes: Buffer;
  /** The row each edit was written to, in the order given. */
  readonly rows: readonly number[];
  /** In plain words, each kind of thing the original has that the edited copy could not keep. */
  readonly lost: readonly string[];
}

/** Used where a workbook records no dates at all, so that its copy is still the same file each time. */
const NO_DATE = new Date(Date.UTC(1980, 0, 1));

function normalise(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The last row holding a value: rows below it may be formatted, but are empty. */
function lastRowWithValues(worksheet: ExcelJS.Worksheet): number {
  let last = 0;
  worksheet.eachRow({ includeEmpty: false }, (_, rowNumber) => {
    last = rowNumber;
  });
  return last;
}

/** The row's cells as content by position, for sizing its height to its wrapped text. */
function rowContent(row: ExcelJS.Row, columns: number): CellContent[] {
  return Array.from({ length: columns }, (_, index) => {
    const value = row.getCell(index + 1).value;
    return typeof value === 'string' ? value : null;
  });
}

/** Gives a new row the look of another: its own formats (for cells typed later) and each cell's. */
function copyStyles(from: ExcelJS.Row, to: ExcelJS.Row): void {
  if (from.numFmt !== undefined) to.numFmt = from.numFmt;
  if (from.font !== undefined) to.font = from.font;
  if (from.alignment !== undefined) to.alignment = from.alignment;
  if (from.border !== undefined) to.border = from.border;
  if (from.fill !== undefined) to.fill = from.fill;
  if (from.protection !== undefined) to.protection = from.protection;
  from.eachCell({ includeEmpty: true }, (cell, column) => {
    to.getCell(column).style = { ...cell.style };
  });
}

/**
 * Writes the edits into the sheet. A new row takes the styles of the last row with values (the
 * sheet's own look for a data row); a row with a set height is sized again to its wrapped text.
 */
function applyEdits(worksheet: ExcelJS.Worksheet, edits: readonly RowEdit[], wrapNewRows: boolean): number[] {
  const pattern = lastRowWithValues(worksheet);
  let last = pattern;
  const template = pattern > 1 ? worksheet.getRow(pattern) : undefined;
  const columns = worksheet.columnCount;
  const widths = Array.from({ length: columns }, (_, index) => worksheet.getColumn(index + 1).width);
  return edits.map((edit) => {
    const number = edit.row ?? (last += 1);
    const row = worksheet.getRow(number);
    const fresh = edit.row === undefined;
    if (fresh && template !== undefined) copyStyles(template, row);
    if (fresh && template === undefined && wrapNewRows) row.alignment = { vertical: 'top', wrapText: true };
    for (const { column, value: content } of edit.cells) {
      const { value, numFmt } = toCellValue(content);
      const cell = row.getCell(column);
      cell.value = value;
      if (numFmt !== undefined) cell.numFmt = numFmt;
    }
    const sized = fresh ? (template?.height ?? (wrapNewRows ? 0 : undefined)) : row.height;
    if (sized !== undefined) row.height = wrappedHeight(rowContent(row, columns), widths);
    return number;
  });
}

/**
 * exceljs reads a page setup without a first page number as first page 1, and writes every first
 * page number as one to use, so each printed sheet would restart its page numbers at 1. Dropping
 * the number where the original does not use one writes the page setup back as it was.
 */
function keepPageNumbering(workbook: ExcelJS.Workbook): void {
  for (const worksheet of workbook.worksheets) {
    const setup: Partial<ExcelJS.PageSetup> & { useFirstPageNumber?: boolean } = worksheet.pageSetup;
    if (setup.useFirstPageNumber !== true) delete setup.firstPageNumber;
  }
}

/**
 * exceljs reads a drop-down as one rule a cell and writes them back as overlapping ranges, which
 * Excel may refuse (https://github.com/exceljs/exceljs/issues/1184). The workbook is loaded without
 * them, and each sheet's `<dataValidations>` element is copied back from the original as it was.
 */
async function restoreValidations(original: JSZip, copy: JSZip): Promise<string[]> {
  const copied = await sheetParts(copy);
  const notRestored: string[] = [];
  for (const [name, path] of await sheetParts(original)) {
    const xml = (await partText(original, path)) ?? '';
    const validations = elementOf(xml, 'dataValidations');
    const copyPath = copied.get(name);
    if (validations === undefined || copyPath === undefined) {
      // Written with a namespace prefix (`<x:dataValidations>`), which the copy does not declare.
      if (hasElement(xml, 'dataValidations')) notRestored.push(`the drop-down lists on the ${name} sheet`);
      continue;
    }
    copy.file(copyPath, withDataValidations((await partText(copy, copyPath)) ?? '', validations));
  }
  return notRestored;
}

/**
 * Writes values into rows of one sheet of an xlsx and returns the edited copy's bytes, keeping the
 * rest of the workbook as exceljs can: every sheet, cell, style, width, drop-down and defined name.
 * What the copy could not keep (charts, macros...) is listed in `lost`. The same original and edits
 * give the same bytes: the copy keeps the original's dates.
 *
 * Throws when the bytes are not a workbook or have no such sheet: callers read the workbook first.
 */
export async function editWorkbook(original: Uint8Array, edits: SheetEdits): Promise<EditedWorkbook> {
  const workbook = new ExcelJS.Workbook();
  const buffer = Buffer.from(original.buffer, original.byteOffset, original.byteLength);
  // exceljs declares its own global Buffer (extending ArrayBuffer), which Node's Buffer does not match.
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer, { ignoreNodes: ['dataValidations'] });
  const worksheet = workbook.worksheets.find((w) => normalise(w.name) === normalise(edits.sheet));
  if (worksheet === undefined) throw new Error(`the workbook has no ${edits.sheet} sheet to edit`);
  const rows = applyEdits(worksheet, edits.rows, edits.wrapNewRows === true);
  keepPageNumbering(workbook);
  const date = workbook.modified ?? workbook.created ?? NO_DATE;
  workbook.modified = date;
  workbook.created = workbook.created ?? date;

  const originalZip = await JSZip.loadAsync(buffer);
  const copy = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  const notRestored = await restoreValidations(originalZip, copy);
  const lost = [...(await lostFeatures(originalZip, copy)), ...notRestored].sort();
  // exceljs stamps every entry with the clock's time; the workbook's own date keeps the bytes stable.
  copy.forEach((_, entry) => {
    entry.date = date;
  });
  const bytes = await copy.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'UNIX' });
  return { bytes, rows, lost };
}
