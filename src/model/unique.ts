import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { Place } from '../diagnostics/place.js';
import type { ParsedRow } from './parse-rows.js';

/**
 * Keeps the first row for each key and reports every later one as a duplicate, at its first
 * cell, naming the row it repeats.
 */
export function uniqueRows<T>(rows: readonly ParsedRow<T>[], keyOf: (data: T) => string, describe: (data: T) => string, diagnostics: Diagnostics, rule = 'model/duplicate-row'): ParsedRow<T>[] {
  const firstRow = new Map<string, number>();
  const kept: ParsedRow<T>[] = [];
  for (const parsed of rows) {
    const key = keyOf(parsed.data);
    const first = firstRow.get(key);
    if (first === undefined) {
      firstRow.set(key, parsed.row.row);
      kept.push(parsed);
    } else {
      const place: Place = { sheet: parsed.row.sheet, row: parsed.row.row };
      diagnostics.error(`${describe(parsed.data)} appears twice: row ${first} and this row; keep one`, place, rule);
    }
  }
  return kept;
}
