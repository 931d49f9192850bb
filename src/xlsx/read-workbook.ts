import ExcelJS from 'exceljs';
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import { columnLetters } from '../diagnostics/place.js';
import { SHEETS, type SheetSpec } from '../format/workbook-format.js';
import { toRawValue } from './raw-value.js';
import type { RawCell, RawRow, RawSheet, RawValue, RawWorkbook } from './raw-workbook.js';
import { LISTS_SHEET } from './write-workbook.js';

/**
 * Parts of a sheet the pack never reads. exceljs expands every drop-down range into one entry a
 * cell (the blank template's drop-downs cover 1,000 rows a column), which alone doubled the time
 * to read the sample; page setup, print and table parts are skipped for the same reason.
 */
const LOAD_OPTIONS: ExcelJS.XlsxReadOptions = {
  ignoreNodes: ['dataValidations', 'conditionalFormatting', 'extLst', 'pageMargins', 'pageSetup', 'printOptions', 'headerFooter', 'rowBreaks', 'colBreaks', 'autoFilter', 'tableParts', 'drawing', 'picture'],
};

const IGNORED_SHEETS = new Set(['instructions', LISTS_SHEET.toLowerCase()]);

function normalise(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Checks the bytes look like an xlsx before the library sees them, to say plainly what is wrong. */
function checkSignature(bytes: Uint8Array, diagnostics: Diagnostics): boolean {
  if (bytes.length === 0) {
    diagnostics.error('the file is empty (0 bytes); it may not have finished saving or copying', undefined, 'read/empty-file');
    return false;
  }
  const head = Array.from(bytes.subarray(0, 4));
  // The compound-file signature: an .xls, or an .xlsx that Excel encrypted with a password to open.
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) {
    diagnostics.error(
      'this is an old-style Excel file (.xls), or a workbook protected with a password to open; open it in Excel, remove any password, and save it as an Excel Workbook (.xlsx)',
      undefined,
      'read/xls',
    );
    return false;
  }
  if (head[0] !== 0x50 || head[1] !== 0x4b) {
    diagnostics.error('this is not an Excel workbook (.xlsx); save the workbook from Excel as an Excel Workbook (.xlsx)', undefined, 'read/not-xlsx');
    return false;
  }
  return true;
}

function readHeader(worksheet: ExcelJS.Worksheet, spec: SheetSpec, diagnostics: Diagnostics): Map<string, number> {
  const columns = new Map<string, number>();
  const byHeader = new Map(spec.columns.map((c) => [normalise(c.header), c.key]));
  const header = worksheet.getRow(1);
  let headings = 0;
  header.eachCell({ includeEmpty: false }, (cell, column) => {
    const value = toRawValue(cell.value, cell.numFmt);
    if (value.kind !== 'text') return;
    headings += 1;
    const key = byHeader.get(normalise(value.text));
    const place = { sheet: spec.name, row: 1, column };
    const first = key === undefined ? undefined : columns.get(key);
    if (key === undefined) {
      diagnostics.warn(`the column "${value.text.trim()}" is not one the pack reads, so it is ignored`, place, 'read/unknown-column');
    } else if (first !== undefined) {
      diagnostics.error(`the column "${value.text.trim()}" appears twice, in columns ${columnLetters(first)} and ${columnLetters(column)}; delete one of them`, place, 'read/duplicate-column');
    } else {
      columns.set(key, column);
    }
  });
  if (headings === 0) {
    const names = spec.columns.map((c) => c.header).join(', ');
    diagnostics.error(`the ${spec.name} sheet has no column headings; row 1 must name its columns (${names}), as in the blank template`, { sheet: spec.name, row: 1 }, 'read/missing-column');
    return columns;
  }
  for (const column of spec.columns) {
    if (column.required && !columns.has(column.key)) {
      diagnostics.error(`the ${spec.name} sheet has no "${column.header}" column; add it to row 1 (see the blank template)`, { sheet: spec.name, row: 1 }, 'read/missing-column');
    }
  }
  return columns;
}

function readRows(worksheet: ExcelJS.Worksheet, spec: SheetSpec, columns: ReadonlyMap<string, number>): RawRow[] {
  const rows: RawRow[] = [];
  const keyOfColumn: (string | undefined)[] = [];
  for (const [key, column] of columns) keyOfColumn[column] = key;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const cells = new Map<string, RawCell>();
    // Only the cells that exist: getCell() would create an empty cell for every column asked for.
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      const key = keyOfColumn[column];
      if (key === undefined) return;
      const value: RawValue = toRawValue(cell.value, cell.numFmt);
      if (value.kind !== 'empty') cells.set(key, { value, place: { sheet: spec.name, row: rowNumber, column } });
    });
    if (cells.size > 0) rows.push({ sheet: spec.name, row: rowNumber, cells });
  });
  return rows;
}

/** Whether any row below the header holds a value. */
function hasDataRows(worksheet: ExcelJS.Worksheet): boolean {
  let found = false;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (found || rowNumber === 1) return;
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (toRawValue(cell.value, cell.numFmt).kind !== 'empty') found = true;
    });
  });
  return found;
}

/**
 * Opens xlsx bytes with exceljs, or says in plain words why they are not a workbook it can read
 * (empty, an old .xls, damaged, a zip with no sheets) and returns undefined.
 */
export async function openXlsx(bytes: Uint8Array, diagnostics: Diagnostics, options: Partial<ExcelJS.XlsxReadOptions>): Promise<ExcelJS.Workbook | undefined> {
  if (!checkSignature(bytes, diagnostics)) return undefined;
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer, options);
  } catch {
    // The zip library's own words ("end of central directory") would not help an officer.
    diagnostics.error(
      'the file could not be opened as an Excel workbook: it is damaged, or was only partly saved or copied; open it in Excel (which may offer to repair it) and save it again, or copy it again',
      undefined,
      'read/corrupt',
    );
    return undefined;
  }
  if (workbook.worksheets.length === 0) {
    // A zip with no workbook in it: a Word or PowerPoint file, or a zip renamed .xlsx.
    diagnostics.error('this is not an Excel workbook (.xlsx): it is a zip file, or a Word or PowerPoint file, with no sheets in it; choose the workbook itself', undefined, 'read/not-xlsx');
    return undefined;
  }
  return workbook;
}

/**
 * Reads an xlsx into located raw tables, one per sheet of the format. Problems with the file, its
 * sheets and its header rows are added to `diagnostics`; returns undefined when the file cannot be
 * read at all.
 */
export async function readWorkbook(bytes: Uint8Array, diagnostics: Diagnostics): Promise<RawWorkbook | undefined> {
  const workbook = await openXlsx(bytes, diagnostics, LOAD_OPTIONS);
  if (workbook === undefined) return undefined;
  const byName = new Map<string, ExcelJS.Worksheet>();
  workbook.eachSheet((worksheet) => {
    const name = normalise(worksheet.name);
    if (!IGNORED_SHEETS.has(name)) byName.set(name, worksheet);
  });
  const known = SHEETS.flatMap((spec) => {
    const worksheet = byName.get(normalise(spec.name));
    return worksheet === undefined ? [] : [{ spec, worksheet }];
  });
  if (known.length === 0) {
    const found = workbook.worksheets.map((w) => `"${w.name}"`).join(', ');
    diagnostics.error(
      `the workbook has none of the pack's sheets: it has ${found}, but the pack reads ${SHEETS.map((s) => s.name).join(', ')}; start from the blank template that "npm run template" writes`,
      undefined,
      'read/no-pack-sheets',
    );
    return undefined;
  }
  for (const spec of SHEETS) {
    if (spec.required && !byName.has(normalise(spec.name))) {
      diagnostics.error(`the workbook has no ${spec.name} sheet; add one (see the blank template)`, { sheet: spec.name }, 'read/missing-sheet');
    }
  }
  if (!known.some(({ worksheet }) => hasDataRows(worksheet))) {
    const needed = ['Settings', 'Levels', 'Authors', 'Areas', 'Metrics', 'Values'].join(', ');
    diagnostics.error(`the workbook is empty: none of its sheets has anything below the header row; fill in the sheets, starting with ${needed}`, undefined, 'read/empty-workbook');
    return undefined;
  }
  const sheets = new Map<string, RawSheet>();
  for (const { spec, worksheet } of known) {
    const columns = readHeader(worksheet, spec, diagnostics);
    sheets.set(spec.name, { name: spec.name, columns, rows: readRows(worksheet, spec, columns) });
  }
  return { sheets };
}
