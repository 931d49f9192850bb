import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { listInWords } from '../compose/words.js';
import { packageExceljsReads } from './exceljs-package.js';
import { lostFeatures } from './lost-features.js';
import { elementOf, hasElement, partText, relationshipsOf, relationshipsPathOf, sheetParts, withDataValidations } from './package-sheets.js';
import { restoreTables } from './restore-tables.js';
import type { CellContent } from './workbook-content.js';
import { wrappedHeight } from './write-workbook.js';

/** The exceljs value (and number format) of a cell described by {@link CellContent}. */
function toCellValue(content: CellContent): { value: ExcelJS.CellValue; numFmt?: string } {
  if (content === null || typeof content !== 'object') return { value: content };
  if ('number' in content) return { value: content.number, numFmt: content.numFmt };
  if ('date' in content) return { value: content.date, numFmt: content.numFmt };
  const result = content.result;
  return { value: result === undefined ? { formula: content.formula, date1904: false } : ({ formula: content.formula, result, date1904: false } as ExcelJS.CellFormulaValue) };
}

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
 * Why a workbook could not be edited, in an officer's words, with the sheet whose parts exceljs
 * could not read where one alone is to blame: a message, never the library's TypeError.
 */
export class WorkbookEditError extends Error {
  readonly sheet: string | undefined;

  constructor(reason: string, sheet: string | undefined, cause: unknown) {
    super(reason, { cause });
    this.name = 'WorkbookEditError';
    this.sheet = sheet;
  }
}

/** Edits lost on a workbook's own tables would be worse than no edit: exceljs never sees them. */
const LOAD_OPTIONS: Partial<ExcelJS.XlsxReadOptions> = { ignoreNodes: ['dataValidations', 'tableParts'] };

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs declares its own global Buffer (extending ArrayBuffer), which Node's Buffer does not match.
  await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer, LOAD_OPTIONS);
  return workbook;
}

/** What an officer calls the parts a sheet's relationships lead to, for a message. */
const PART_WORDS: Readonly<Record<string, string>> = {
  table: 'tables',
  comments: 'notes',
  vmlDrawing: 'notes',
  drawing: 'drawings (charts, shapes or pictures)',
  hyperlink: 'hyperlinks',
  threadedComment: 'threaded comments',
  pivotTable: 'pivot tables',
};

const SAVE_IN_EXCEL = 'open the workbook in Excel, save it (Excel writes them in the way packsmith reads), and try again';

/**
 * The error for a package exceljs cannot load: names the sheet whose related parts (tables,
 * notes...) are to blame where the package loads without that sheet's relationships.
 */
async function unreadableParts(zip: JSZip, cause: unknown): Promise<WorkbookEditError> {
  for (const [name, path] of await sheetParts(zip)) {
    const relationships = await relationshipsOf(zip, path);
    if (relationships.length === 0) continue;
    const without = await JSZip.loadAsync(await zip.generateAsync({ type: 'uint8array', compression: 'STORE' }));
    without.remove(relationshipsPathOf(path));
    const loads = await load(await without.generateAsync({ type: 'uint8array', compression: 'STORE' })).then(
      () => true,
      () => false,
    );
    if (!loads) continue;
    const kinds = [...new Set(relationships.map((r) => PART_WORDS[r.type] ?? 'parts beside the cells'))];
    return new WorkbookEditError(`packsmith cannot read the ${listInWords(kinds)} on the ${name} sheet, so it cannot copy the workbook with them; ${SAVE_IN_EXCEL}`, name, cause);
  }
  return new WorkbookEditError(`packsmith cannot read the parts of this workbook beside its cells (such as tables, notes or drawings), so it cannot copy the workbook with them; ${SAVE_IN_EXCEL}`, undefined, cause);
}

/**
 * Writes values into rows of one sheet of an xlsx and returns the edited copy's bytes, keeping the
 * rest of the workbook as exceljs can: every sheet, cell, style, width, drop-down, table and
 * defined name. Tables and drop-downs are copied from the original as they were (exceljs would
 * change both), a table grown over rows added below it. What the copy could not keep (charts,
 * macros...) is listed in `lost`. The same original and edits give the same bytes: the copy keeps
 * the original's dates. Workbooks as openpyxl writes them are read as Excel's are.
 *
 * Throws a {@link WorkbookEditError} when exceljs cannot read or write the workbook, and an Error
 * when the bytes are not a workbook or have no such sheet: callers read the workbook first.
 */
export async function editWorkbook(original: Uint8Array, edits: SheetEdits): Promise<EditedWorkbook> {
  const originalZip = await JSZip.loadAsync(original);
  // Parts at openpyxl's names, moved where exceljs looks: what the copy is compared with, too.
  const source = (await packageExceljsReads(originalZip)) ?? originalZip;
  const sourceBytes = source === originalZip ? original : await source.generateAsync({ type: 'uint8array', compression: 'STORE' });
  const workbook = await load(sourceBytes).catch(async (cause: unknown) => {
    throw await unreadableParts(source, cause);
  });
  const worksheet = workbook.worksheets.find((w) => normalise(w.name) === normalise(edits.sheet));
  if (worksheet === undefined) throw new Error(`the workbook has no ${edits.sheet} sheet to edit`);
  const rows = applyEdits(worksheet, edits.rows, edits.wrapNewRows === true);
  keepPageNumbering(workbook);
  const date = workbook.modified ?? workbook.created ?? NO_DATE;
  workbook.modified = date;
  workbook.created = workbook.created ?? date;

  const written = await workbook.xlsx.writeBuffer().catch((cause: unknown) => {
    throw new WorkbookEditError(`packsmith could not write a copy of this workbook with its parts beside the cells (such as notes or drawings); ${SAVE_IN_EXCEL}`, undefined, cause);
  });
  const copy = await JSZip.loadAsync(written);
  const notRestored = await restoreValidations(source, copy);
  const added = rows.filter((_, index) => edits.rows[index]?.row === undefined);
  const tablesNotRestored = await restoreTables(source, copy, new Map([[worksheet.name, added]]));
  const lost = [...(await lostFeatures(source, copy)), ...notRestored, ...tablesNotRestored.map((name) => `the tables on the ${name} sheet`)].sort();
  // exceljs stamps every entry with the clock's time; the workbook's own date keeps the bytes stable.
  copy.forEach((_, entry) => {
    entry.date = date;
  });
  const bytes = await copy.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'UNIX' });
  return { bytes, rows, lost };
}
