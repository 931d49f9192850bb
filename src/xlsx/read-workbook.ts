import ExcelJS from 'exceljs';
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import { SHEETS, type SheetSpec } from '../format/workbook-format.js';
import { toRawValue } from './raw-value.js';
import type { RawCell, RawRow, RawSheet, RawValue, RawWorkbook } from './raw-workbook.js';
import { LISTS_SHEET } from './write-workbook.js';

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
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) {
    diagnostics.error('this is an old-style Excel file (.xls); open it in Excel and save it as an Excel Workbook (.xlsx)', undefined, 'read/xls');
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
  header.eachCell({ includeEmpty: false }, (cell, column) => {
    const value = toRawValue(cell.value, cell.numFmt);
    if (value.kind !== 'text') return;
    const key = byHeader.get(normalise(value.text));
    const place = { sheet: spec.name, row: 1, column };
    if (key === undefined) {
      diagnostics.warn(`the column "${value.text.trim()}" is not one the pack reads, so it is ignored`, place, 'read/unknown-column');
    } else if (columns.has(key)) {
      diagnostics.error(`the column "${value.text.trim()}" appears twice; keep one`, place, 'read/duplicate-column');
    } else {
      columns.set(key, column);
    }
  });
  for (const column of spec.columns) {
    if (column.required && !columns.has(column.key)) {
      diagnostics.error(`the ${spec.name} sheet has no "${column.header}" column; add it to row 1 (see the blank template)`, { sheet: spec.name, row: 1 }, 'read/missing-column');
    }
  }
  return columns;
}

function readRows(worksheet: ExcelJS.Worksheet, spec: SheetSpec, columns: ReadonlyMap<string, number>): RawRow[] {
  const rows: RawRow[] = [];
  const wanted = [...columns.entries()];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const cells = new Map<string, RawCell>();
    for (const [key, column] of wanted) {
      const cell = row.getCell(column);
      const value: RawValue = toRawValue(cell.value, cell.numFmt);
      if (value.kind !== 'empty') cells.set(key, { value, place: { sheet: spec.name, row: rowNumber, column } });
    }
    if (cells.size > 0) rows.push({ sheet: spec.name, row: rowNumber, cells });
  });
  return rows;
}

/**
 * Reads an xlsx into located raw tables, one per sheet of the format. Problems with the file, its
 * sheets and its header rows are added to `diagnostics`; returns undefined when the file cannot be
 * read at all.
 */
export async function readWorkbook(bytes: Uint8Array, diagnostics: Diagnostics): Promise<RawWorkbook | undefined> {
  if (!checkSignature(bytes, diagnostics)) return undefined;
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch (cause) {
    const detail = cause instanceof Error ? ` (${cause.message})` : '';
    diagnostics.error(`the file could not be opened as an Excel workbook; it may be damaged or only partly saved${detail}`, undefined, 'read/corrupt');
    return undefined;
  }
  const byName = new Map<string, ExcelJS.Worksheet>();
  workbook.eachSheet((worksheet) => {
    const name = normalise(worksheet.name);
    if (!IGNORED_SHEETS.has(name)) byName.set(name, worksheet);
  });
  const known = SHEETS.filter((spec) => byName.has(normalise(spec.name)));
  if (known.length === 0) {
    diagnostics.error(
      `the workbook has none of the pack's sheets (${SHEETS.map((s) => s.name).join(', ')}); start from the blank template that "npm run template" writes`,
      undefined,
      'read/no-pack-sheets',
    );
    return undefined;
  }
  const sheets = new Map<string, RawSheet>();
  for (const spec of SHEETS) {
    const worksheet = byName.get(normalise(spec.name));
    if (worksheet === undefined) {
      if (spec.required) diagnostics.error(`the workbook has no ${spec.name} sheet; add one (see the blank template)`, { sheet: spec.name }, 'read/missing-sheet');
      continue;
    }
    const columns = readHeader(worksheet, spec, diagnostics);
    sheets.set(spec.name, { name: spec.name, columns, rows: readRows(worksheet, spec, columns) });
  }
  return { sheets };
}
