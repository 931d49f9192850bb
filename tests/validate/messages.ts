import { formatDiagnostic } from '../../src/diagnostics/diagnostic.js';
import { loadWorkbook } from '../../src/pipeline.js';
import type { CellContent } from '../../src/xlsx/workbook-content.js';
import { fixtureWorkbook, sheetOf, type FixtureRow, type FixtureSheets } from '../fixtures/fixture-workbook.js';

/** Every message `loadWorkbook` gives for the bytes, sorted and formatted as the CLI prints them (less the file name). */
export async function messagesOf(bytes: Uint8Array): Promise<string[]> {
  const { diagnostics } = await loadWorkbook(bytes);
  return diagnostics.list().map((d) => formatDiagnostic(d));
}

/** The messages for the valid fixture with one change made. */
export async function messagesFor(change: (sheets: FixtureSheets) => void): Promise<string[]> {
  return messagesOf(await fixtureWorkbook(change));
}

/** Adds a row below the fixture's rows of a sheet; returns its Excel row number. */
export function addRow(sheets: FixtureSheets, sheet: string, row: FixtureRow): number {
  const rows = sheetOf(sheets, sheet).rows;
  rows.push(row);
  return rows.length + 1;
}

/** Removes a column from a fixture sheet's header (and so from every row). */
export function dropColumn(sheets: FixtureSheets, sheet: string, header: string): void {
  const target = sheetOf(sheets, sheet);
  target.headers = target.headers.filter((h) => h !== header);
}

/** Renames a column of a fixture sheet, keeping its cells: the heading typed another way. */
export function renameColumn(sheets: FixtureSheets, sheet: string, from: string, to: string): void {
  const target = sheetOf(sheets, sheet);
  if (!target.headers.includes(from)) throw new Error(`fixture ${sheet} has no column ${from}`);
  target.headers = target.headers.map((h) => (h === from ? to : h));
  for (const row of target.rows) {
    if (from in row) row[to] = row[from] ?? null;
  }
}

/** A percent-formatted cell, as Excel holds 57.3%: the fraction 0.573. */
export function percentCell(fraction: number): CellContent {
  return { number: fraction, numFmt: '0.0%' };
}

/** A formula whose saved result is Excel's divide-by-zero error. */
export const DIV_ZERO: CellContent = { formula: 'A1/0', result: { error: '#DIV/0!' } };

/** A metric row for the fixture's Metrics sheet: a monthly count in the UEC area; override the rest. */
export function metricRow(id: string, overrides: FixtureRow = {}): FixtureRow {
  return { Id: id, Area: 'UEC', Priority: `Priority ${id}`, Label: `Label ${id}`, Unit: 'count', Direction: 'lower is better', 'Rating rule': 'against plan', Frequency: 'month', ...overrides };
}
