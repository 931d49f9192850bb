import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { RawCell } from '../xlsx/raw-workbook.js';

/**
 * Whether a cell's text is within the most characters its column or setting takes; reports it at
 * the cell where it is not. Names are slide titles, links and table headings, and ids are part of
 * file names: the format sets how long each may be (`maxLength`), so that nothing overflows where
 * the pack prints it. `where` names the column or setting: `the Name column`.
 */
export function checkLength(cell: RawCell, max: number, where: string, diagnostics: Diagnostics): boolean {
  if (cell.value.kind !== 'text') return true;
  const length = [...cell.value.text.trim()].length;
  if (length <= max) return true;
  diagnostics.error(`this cell holds ${length} characters, but ${where} takes at most ${max}, so that it fits where the pack prints it; shorten it`, cell.place, 'model/too-long');
  return false;
}
