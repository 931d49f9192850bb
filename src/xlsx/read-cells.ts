import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { RawCell } from './raw-workbook.js';
import { sheetRows } from './sheet-cells.js';
import { readXlsx } from './xlsx-package.js';

/** A row's cells that hold something, by 1-based column number. */
export interface CellRow {
  /** Excel's row number. */
  readonly row: number;
  readonly cells: ReadonlyMap<number, RawCell>;
}

/** A sheet as its cells, with no meaning given to any row: what a caller with its own layout reads. */
export interface CellSheet {
  /** The name as the workbook spells it. */
  readonly name: string;
  /** The rows that hold anything, in order. */
  readonly rows: readonly CellRow[];
}

/**
 * Reads every sheet of an xlsx as located cells, for workbooks laid out other than the pack's
 * format (a narrative return's About sheet has labels down column A, not a header row). Problems
 * with the file itself are added to `diagnostics`; returns undefined when it cannot be read.
 */
export async function readCells(bytes: Uint8Array, diagnostics: Diagnostics): Promise<CellSheet[] | undefined> {
  return readXlsx(bytes, diagnostics, (xlsx) =>
    xlsx.sheets.map((sheet) => ({
      name: sheet.name,
      rows: sheetRows(xlsx.text(sheet.path) ?? '', xlsx).map(({ row, cells }) => ({
        row,
        cells: new Map(cells.map(({ column, value }): [number, RawCell] => [column, { value, place: { sheet: sheet.name, row, column } }])),
      })),
    })),
  );
}
