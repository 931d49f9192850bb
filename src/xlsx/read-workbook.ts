import type ExcelJS from 'exceljs';
import { listInWords } from '../compose/words.js';
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import { isSlipFor, nameKey } from '../format/name-match.js';
import { SHEETS, type SheetSpec } from '../format/workbook-format.js';
import type { DateSystem } from './date-system.js';
import { openXlsx } from './open-xlsx.js';
import { toRawValue } from './raw-value.js';
import type { RawCell, RawRow, RawSheet, RawValue, RawWorkbook } from './raw-workbook.js';
import { readHeader } from './read-header.js';
import { LISTS_SHEET } from './write-workbook.js';

/**
 * Parts of a sheet the pack never reads. exceljs expands every drop-down range into one entry a
 * cell (the blank template's drop-downs cover 1,000 rows a column), which alone doubled the time
 * to read the sample; page setup, print and table parts are skipped for the same reason.
 */
const LOAD_OPTIONS: ExcelJS.XlsxReadOptions = {
  ignoreNodes: ['dataValidations', 'conditionalFormatting', 'extLst', 'pageMargins', 'pageSetup', 'printOptions', 'headerFooter', 'rowBreaks', 'colBreaks', 'autoFilter', 'tableParts', 'drawing', 'picture', 'hyperlinks'],
};

const IGNORED_SHEETS = new Set([nameKey('Instructions'), nameKey(LISTS_SHEET)]);

function readRows(worksheet: ExcelJS.Worksheet, spec: SheetSpec, columns: ReadonlyMap<string, number>, dates: DateSystem): RawRow[] {
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
      const value: RawValue = toRawValue(cell.value, cell.numFmt, dates);
      if (value.kind !== 'empty') cells.set(key, { value, place: { sheet: spec.name, row: rowNumber, column } });
    });
    if (cells.size > 0) rows.push({ sheet: spec.name, row: rowNumber, cells });
  });
  return rows;
}

/** Whether any row below the header holds a value. */
function hasDataRows(worksheet: ExcelJS.Worksheet, dates: DateSystem): boolean {
  let found = false;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (found || rowNumber === 1) return;
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (toRawValue(cell.value, cell.numFmt, dates).kind !== 'empty') found = true;
    });
  });
  return found;
}

/**
 * Reads an xlsx into located raw tables, one per sheet of the format. Problems with the file, its
 * sheets and its header rows are added to `diagnostics`; returns undefined when the file cannot be
 * read at all.
 */
export async function readWorkbook(bytes: Uint8Array, diagnostics: Diagnostics): Promise<RawWorkbook | undefined> {
  const opened = await openXlsx(bytes, diagnostics, LOAD_OPTIONS);
  if (opened === undefined) return undefined;
  const { workbook, dates } = opened;
  const byName = new Map<string, ExcelJS.Worksheet>();
  workbook.eachSheet((worksheet) => {
    const name = nameKey(worksheet.name);
    if (!IGNORED_SHEETS.has(name) && !byName.has(name)) byName.set(name, worksheet);
  });
  const known = SHEETS.flatMap((spec) => {
    const worksheet = byName.get(nameKey(spec.name));
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
  checkMissingSheets(byName, new Set(known.map(({ worksheet }) => worksheet)), diagnostics);
  if (!known.some(({ worksheet }) => hasDataRows(worksheet, dates))) {
    const needed = ['Settings', 'Levels', 'Authors', 'Areas', 'Metrics', 'Values'].join(', ');
    diagnostics.error(`the workbook is empty: none of its sheets has anything below the header row; fill in the sheets, starting with ${needed}`, undefined, 'read/empty-workbook');
    return undefined;
  }
  const sheets = new Map<string, RawSheet>();
  for (const { spec, worksheet } of known) {
    const columns = readHeader(worksheet, spec, dates, diagnostics);
    sheets.set(spec.name, { name: spec.name, columns, rows: readRows(worksheet, spec, columns, dates) });
  }
  return { sheets };
}

/**
 * Reports the format's sheets the workbook lacks: a sheet whose name is a slip for one of them
 * ("Value" for "Values") is an error at that sheet, whether or not the sheet is required; a
 * required sheet with no such slip is an error of its own. Other sheets are the officer's own.
 */
function checkMissingSheets(byName: ReadonlyMap<string, ExcelJS.Worksheet>, matched: ReadonlySet<ExcelJS.Worksheet>, diagnostics: Diagnostics): void {
  const others = [...byName.values()].filter((w) => !matched.has(w));
  const taken = new Set<ExcelJS.Worksheet>();
  for (const spec of SHEETS.filter((s) => !byName.has(nameKey(s.name)))) {
    const slip = others.find((w) => !taken.has(w) && isSlipFor(w.name, spec.name));
    if (slip !== undefined) {
      taken.add(slip);
      const names = listInWords(SHEETS.map((s) => s.name));
      diagnostics.error(`the sheet "${slip.name}" is not one the pack reads, and the workbook has no ${spec.name} sheet: if this is it, name it "${spec.name}" (the pack's sheets are ${names})`, { sheet: slip.name }, 'read/misspelt-sheet');
    } else if (spec.required) {
      diagnostics.error(`the workbook has no ${spec.name} sheet; add one (see the blank template)`, { sheet: spec.name }, 'read/missing-sheet');
    }
  }
}
