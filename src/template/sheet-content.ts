import type { SheetSpec } from '../format/workbook-format.js';
import type { CellContent, SheetContent } from '../xlsx/workbook-content.js';

/** Sheets whose cells hold sentences or bullets, so they wrap. */
const WRAPPED_SHEETS: ReadonlySet<string> = new Set(['Narrative', '3As']);

/**
 * A sheet of the workbook format laid out for writing: its headers, column widths and
 * drop-downs taken from the spec, with the given data rows below. The blank template and the
 * sample workbook both lay their sheets out here, so the two cannot drift apart.
 */
export function sheetContent(spec: SheetSpec, rows: readonly (readonly CellContent[])[] = []): SheetContent {
  const dropDowns = new Map<number, readonly string[]>();
  spec.columns.forEach((column, index) => {
    if (column.choices !== undefined) dropDowns.set(index, column.choices);
  });
  return {
    name: spec.name,
    headers: spec.columns.map((c) => c.header),
    widths: spec.columns.map((c) => c.width),
    rows,
    ...(dropDowns.size > 0 ? { dropDowns } : {}),
    ...(WRAPPED_SHEETS.has(spec.name) ? { wrap: true } : {}),
  };
}
