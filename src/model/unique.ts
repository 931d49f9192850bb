import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { Place } from '../diagnostics/place.js';
import type { ParsedRow } from './parse-rows.js';

export interface UniqueOptions {
  /** Default `model/duplicate-row`. */
  readonly rule?: string;
  /** The column key of the cell to report at (the Id); default the whole row. */
  readonly at?: string;
  /** How to put it right; default "keep one". */
  readonly fix?: string;
}

/**
 * Keeps the first row for each key and reports every later one as a duplicate, naming the row it
 * repeats.
 */
export function uniqueRows<T>(
  rows: readonly ParsedRow<T>[],
  keyOf: (data: T) => string,
  describe: (data: T) => string,
  diagnostics: Diagnostics,
  options: UniqueOptions = {},
): ParsedRow<T>[] {
  const firstRow = new Map<string, number>();
  const kept: ParsedRow<T>[] = [];
  for (const parsed of rows) {
    const key = keyOf(parsed.data);
    const first = firstRow.get(key);
    if (first === undefined) {
      firstRow.set(key, parsed.row.row);
      kept.push(parsed);
    } else {
      const cell = options.at === undefined ? undefined : parsed.row.cells.get(options.at);
      const place: Place = cell?.place ?? { sheet: parsed.row.sheet, row: parsed.row.row };
      diagnostics.error(`${describe(parsed.data)} appears twice: row ${first} and this row; ${options.fix ?? 'keep one'}`, place, options.rule ?? 'model/duplicate-row');
    }
  }
  return kept;
}

/** The options for a sheet of things with Ids (levels, authors, areas, metrics). */
export function duplicateIdOptions(thing: string): UniqueOptions {
  return { rule: 'model/duplicate-id', at: 'id', fix: `each ${thing} needs its own Id, so delete one row or change this Id` };
}
