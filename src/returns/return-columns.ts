import type { Diagnostics } from '../diagnostics/diagnostics.js';
import { columnLetters } from '../diagnostics/place.js';
import { shown } from '../model/cell-schemas.js';
import type { CellRow } from '../xlsx/read-cells.js';
import { NARRATIVE_COLUMNS } from './return-format.js';

function normalise(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

const KEY_OF_HEADER = new Map(NARRATIVE_COLUMNS.map((c) => [normalise(c.header), c.key]));

/**
 * Reads the return's header row: each column's key by its column number. A return goes out with
 * the main workbook's Narrative headings in a protected row, so every difference is an error: a
 * heading renamed (reported where it was), a column missing, or one added (its text would not be
 * merged). Columns may have been moved.
 */
export function readReturnHeader(header: CellRow | undefined, sheet: string, diagnostics: Diagnostics): Map<string, number> {
  const columns = new Map<string, number>();
  if (header === undefined || header.row !== 1) {
    diagnostics.error(`the ${sheet} sheet has no column headings in row 1; the return must keep the headings it was sent with (${NARRATIVE_COLUMNS.map((c) => c.header).join(', ')})`, { sheet, row: 1 }, 'return/missing-column');
    return columns;
  }
  const unknown = new Map<number, string>();
  for (const [column, cell] of header.cells) {
    const text = cell.value.kind === 'text' ? cell.value.text : shown(cell.value);
    const key = KEY_OF_HEADER.get(normalise(text));
    const first = key === undefined ? undefined : columns.get(key);
    if (key === undefined) unknown.set(column, text.trim());
    else if (first !== undefined) diagnostics.error(`the column "${text.trim()}" appears twice, in columns ${columnLetters(first)} and ${columnLetters(column)}; delete one of them`, cell.place, 'return/duplicate-column');
    else columns.set(key, column);
  }
  NARRATIVE_COLUMNS.forEach((spec, index) => {
    if (columns.has(spec.key)) return;
    const column = index + 1;
    const there = unknown.get(column);
    if (there !== undefined) {
      unknown.delete(column);
      diagnostics.error(`the heading "${there}" should read "${spec.header}", as the return was sent; put the heading back`, { sheet, row: 1, column }, 'return/renamed-column');
    } else {
      diagnostics.error(`the "${spec.header}" column is missing; the return must keep every column it was sent with, so put it back (or ask for a fresh return workbook)`, { sheet, row: 1 }, 'return/missing-column');
    }
  });
  for (const [column, text] of unknown) {
    diagnostics.error(`the column "${text}" is not one of the return's columns and would not be merged; move its text into a section's column and delete it`, { sheet, row: 1, column }, 'return/extra-column');
  }
  return columns;
}
