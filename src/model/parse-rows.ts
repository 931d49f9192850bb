import type { z } from 'zod';
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import { cellOf, type RawRow, type RawSheet, type RawValue } from '../xlsx/raw-workbook.js';

export interface ParsedRow<T> {
  readonly row: RawRow;
  readonly data: T;
}

function ruleOf(issue: z.core.$ZodIssue): string {
  const params = issue.code === 'custom' ? issue.params : undefined;
  const rule: unknown = params?.['rule'];
  return typeof rule === 'string' ? rule : 'model/invalid';
}

/**
 * Parses one row with a zod object schema whose fields take the row's raw cells, and reports each
 * issue at the cell it is about. Returns undefined when the row has errors.
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
    const place = typeof key === 'string' ? cellOf(row, key, columns).place : { sheet: row.sheet, row: row.row };
    diagnostics.error(issue.message, place, ruleOf(issue));
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
