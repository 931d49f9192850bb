import type { Place } from '../diagnostics/place.js';

/**
 * A cell as the workbook holds it, before any meaning is given to it. What the reader hands to
 * the model stage, with the cell's place; nothing here depends on the spreadsheet library.
 */
export type RawValue =
  | { readonly kind: 'empty' }
  | { readonly kind: 'text'; readonly text: string }
  /** `format` is the cell's number format, e.g. `0.0%` or `[h]:mm:ss`. */
  | { readonly kind: 'number'; readonly value: number; readonly format?: string }
  /**
   * `date` is the calendar date (and time) the cell shows; `serial` the number it holds, days since
   * the workbook's day 0 (see date-system.ts): a time-formatted duration is only that number.
   */
  | { readonly kind: 'date'; readonly date: Date; readonly serial: number; readonly format?: string }
  | { readonly kind: 'boolean'; readonly value: boolean }
  /** A formula error such as `#DIV/0!`. */
  | { readonly kind: 'error'; readonly error: string };

export interface RawCell {
  readonly value: RawValue;
  readonly place: Place;
}

/** One data row of a sheet, its cells filed under the format's column keys. */
export interface RawRow {
  readonly sheet: string;
  /** Excel's row number. */
  readonly row: number;
  readonly cells: ReadonlyMap<string, RawCell>;
}

export interface RawSheet {
  readonly name: string;
  /** Column key -> 1-based column number, for the columns found in the header row. */
  readonly columns: ReadonlyMap<string, number>;
  readonly rows: readonly RawRow[];
}

/** The workbook's sheets that the format knows, by the format's sheet name. */
export interface RawWorkbook {
  readonly sheets: ReadonlyMap<string, RawSheet>;
}

/** The cell of a row filed under `key`, or an empty cell placed where that column would be. */
export function cellOf(row: RawRow, key: string, columns: ReadonlyMap<string, number>): RawCell {
  const cell = row.cells.get(key);
  if (cell !== undefined) return cell;
  const column = columns.get(key);
  return { value: { kind: 'empty' }, place: column === undefined ? { sheet: row.sheet, row: row.row } : { sheet: row.sheet, row: row.row, column } };
}
