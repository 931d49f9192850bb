import type { z } from 'zod';
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import { SHEETS } from '../format/workbook-format.js';
import { cellOf, type RawRow, type RawSheet, type RawValue } from '../xlsx/raw-workbook.js';
import { ruleOfIssue } from './cell-schemas.js';
import { checkLength } from './text-length.js';

/** Each sheet's columns with a longest text, by sheet name and column key. */
const MAX_LENGTHS = new Map(SHEETS.map((sheet) => [sheet.name, new Map(sheet.columns.flatMap((c) => (c.maxLength === undefined ? [] : [[c.key, { header: c.header, max: c.maxLength }] as const])))]));

export interface ParsedRow<T> {
  readonly row: RawRow;
  readonly data: T;
}

/**
 * Parses one row with a zod object schema whose fields take the row's raw cells, and reports each
 * issue at the cell it is about. Returns undefined when the row has errors.
 *
 * A value missing because its whole column is missing is not reported again on every row: the
 * reader has already said, once, that the column is missing. Text longer than its column takes
 * (see the format's `maxLength`) is an error at its cell too.
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
  const tooLong = keys.filter((key) => {
    const limit = MAX_LENGTHS.get(row.sheet)?.get(key);
    return limit !== undefined && !checkLength(cellOf(row, key, columns), limit.max, `the ${limit.header} column`, diagnostics);
  });
  const result = schema.safeParse(input);
  if (result.success && tooLong.length === 0) return result.data;
  if (result.success) return undefined;
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
