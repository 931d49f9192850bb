import type { z } from 'zod';
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import { cellOf, type RawRow, type RawSheet, type RawValue } from '../xlsx/raw-workbook.js';
import { ruleOfIssue } from './cell-schemas.js';

export interface ParsedRow<T> {
  readonly row: RawRow;
  readonly data: T;
}

/**
 * Parses one row with a zod object schema whose fields take the row's raw cells, and reports each
 * issue at the cell it is about. Returns undefined when the row has errors.
 *
 * A value missing because its whole column is missing is not reported again on every row: the
 * reader has already said, once, that the column is missing.
 */
export function parseRow<T>(
  row: RawRow,
  columns: ReadonlyMap<string, number>,
  schema: z.ZodType<T, Record<string, RawValue>>,
  keys: readonly string[],
  diagnostics: Diagnostics,
): T | undefined {
  const input: Record<string, RawValue> = {};
  for (const key of keys) input[key] = cellOf(row, key, columns).value;
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const key = issue.path[0];
    const rule = ruleOfIssue(issue);
    if (typeof key === 'string' && !columns.has(key) && rule === 'model/missing-value') continue;
    const place = typeof key === 'string' ? cellOf(row, key, columns).place : { sheet: row.sheet, row: row.row };
    diagnostics.error(issue.message, place, rule);
  }
  return undefined;
}

/** Parses every row of a sheet; rows with errors are reported and left out. */
export function parseRows<T>(
  sheet: RawSheet | undefined,
  schema: z.ZodObject & z.ZodType<T, Record<string, RawValue>>,
  diagnostics: Diagnostics,
): ParsedRow<T>[] {
  if (sheet === undefined) return [];
  const keys = Object.keys(schema.shape);
  const parsed: ParsedRow<T>[] = [];
  for (const row of sheet.rows) {
    const data = parseRow(row, sheet.columns, schema, keys, diagnostics);
    if (data !== undefined) parsed.push({ row, data });
  }
  return parsed;
}
