import { listInWords } from '../compose/words.js';
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import { isSlipFor, nameKey } from '../format/name-match.js';
import { SHEETS, type SheetSpec } from '../format/workbook-format.js';
import type { SheetEntry } from './package-sheets.js';
import type { RawCell, RawRow, RawSheet, RawWorkbook } from './raw-workbook.js';
import { readHeader } from './read-header.js';
import { sheetRows, type SheetRow } from './sheet-cells.js';
import { LISTS_SHEET } from './write-workbook.js';
import { readXlsx } from './xlsx-package.js';

const IGNORED_SHEETS = new Set([nameKey('Instructions'), nameKey(LISTS_SHEET)]);

function readRows(rows: readonly SheetRow[], spec: SheetSpec, columns: ReadonlyMap<string, number>): RawRow[] {
  const keyOfColumn: (string | undefined)[] = [];
  for (const [key, column] of columns) keyOfColumn[column] = key;
  const read: RawRow[] = [];
  for (const { row, cells: sheetCells } of rows) {
    if (row === 1) continue;
    const cells = new Map<string, RawCell>();
    for (const { column, value } of sheetCells) {
      const key = keyOfColumn[column];
      if (key !== undefined) cells.set(key, { value, place: { sheet: spec.name, row, column } });
    }
    if (cells.size > 0) read.push({ sheet: spec.name, row, cells });
  }
  return read;
}

/**
 * Reads an xlsx into located raw tables, one per sheet of the format. Problems with the file, its
 * sheets and its header rows are added to `diagnostics`; returns undefined when the file cannot be
 * read at all.
 */
export async function readWorkbook(bytes: Uint8Array, diagnostics: Diagnostics): Promise<RawWorkbook | undefined> {
  return readXlsx(bytes, diagnostics, (xlsx) => {
    // Where two sheets' names differ only in capitals or spaces, the one added first is read.
    const byName = new Map<string, SheetEntry>();
    for (const sheet of [...xlsx.sheets].sort((a, b) => a.sheetId - b.sheetId)) {
      const name = nameKey(sheet.name);
      if (!IGNORED_SHEETS.has(name) && !byName.has(name)) byName.set(name, sheet);
    }
    const known = SHEETS.flatMap((spec) => {
      const sheet = byName.get(nameKey(spec.name));
      return sheet === undefined ? [] : [{ spec, sheet, rows: sheetRows(xlsx.text(sheet.path) ?? '', xlsx) }];
    });
    if (known.length === 0) {
      const found = xlsx.sheets.map((w) => `"${w.name}"`).join(', ');
      diagnostics.error(
        `the workbook has none of the pack's sheets: it has ${found}, but the pack reads ${SHEETS.map((s) => s.name).join(', ')}; start from the blank template that "npm run template" writes`,
        undefined,
        'read/no-pack-sheets',
      );
      return undefined;
    }
    checkMissingSheets(byName, new Set(known.map(({ sheet }) => sheet)), diagnostics);
    if (!known.some(({ rows }) => rows.some((r) => r.row !== 1))) {
      const needed = ['Settings', 'Levels', 'Authors', 'Areas', 'Metrics', 'Values'].join(', ');
      diagnostics.error(`the workbook is empty: none of its sheets has anything below the header row; fill in the sheets, starting with ${needed}`, undefined, 'read/empty-workbook');
      return undefined;
    }
    const sheets = new Map<string, RawSheet>();
    for (const { spec, rows } of known) {
      const columns = readHeader(rows[0]?.row === 1 ? rows[0].cells : [], spec, diagnostics);
      sheets.set(spec.name, { name: spec.name, columns, rows: readRows(rows, spec, columns) });
    }
    return { sheets };
  });
}

/**
 * Reports the format's sheets the workbook lacks: a sheet whose name is a slip for one of them
 * ("Value" for "Values") is an error at that sheet, whether or not the sheet is required; a
 * required sheet with no such slip is an error of its own. Other sheets are the officer's own.
 */
function checkMissingSheets(byName: ReadonlyMap<string, SheetEntry>, matched: ReadonlySet<SheetEntry>, diagnostics: Diagnostics): void {
  const others = [...byName.values()].filter((w) => !matched.has(w));
  const taken = new Set<SheetEntry>();
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
