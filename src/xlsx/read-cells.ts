import type { Diagnostics } from '../diagnostics/diagnostics.js';
import { toRawValue } from './raw-value.js';
import type { RawCell } from './raw-workbook.js';
import { openXlsx } from './open-xlsx.js';

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
  // Drop-downs and page layout are never read here; exceljs expands each drop-down into a rule a cell.
  const opened = await openXlsx(bytes, diagnostics, { ignoreNodes: ['dataValidations', 'conditionalFormatting', 'extLst', 'pageSetup', 'headerFooter', 'drawing', 'picture', 'tableParts', 'hyperlinks'] });
  if (opened === undefined) return undefined;
  const { workbook, dates } = opened;
  return workbook.worksheets.map((worksheet) => {
    const rows: CellRow[] = [];
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells = new Map<number, RawCell>();
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        const value = toRawValue(cell.value, cell.numFmt, dates);
        if (value.kind !== 'empty') cells.set(column, { value, place: { sheet: worksheet.name, row: rowNumber, column } });
      });
      if (cells.size > 0) rows.push({ row: rowNumber, cells });
    });
    return { name: worksheet.name, rows };
  });
}
