import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { Place } from '../diagnostics/place.js';
import type { RawSheet } from '../xlsx/raw-workbook.js';

/**
 * The ids typed on one sheet (areas, authors, levels, metrics). A reference counts as known when
 * the id is typed there, even if that row has errors of its own: one mistake is reported once,
 * where it is, rather than again at every row that refers to it, and the rows that refer to it are
 * still checked.
 *
 * For the same reason, when the sheet itself is missing, empty or has no Id column (each reported
 * once by the reader), every reference is taken as known.
 */
export class IdLookup {
  /** In sheet order; undefined when the sheet cannot be checked. */
  readonly #typed: ReadonlySet<string> | undefined;
  readonly #sheet: string;

  constructor(sheet: RawSheet | undefined, validIds: Iterable<string> = []) {
    this.#sheet = sheet?.name ?? '';
    if (sheet === undefined || !sheet.columns.has('id') || sheet.rows.length === 0) {
      this.#typed = undefined;
      return;
    }
    const typed = new Set<string>();
    for (const row of sheet.rows) {
      const cell = row.cells.get('id')?.value;
      if (cell?.kind === 'text') typed.add(cell.text.trim());
      if (cell?.kind === 'number') typed.add(String(cell.value));
    }
    for (const id of validIds) typed.add(id);
    this.#typed = typed;
  }

  /** Whether `id` is typed on its sheet (or the sheet cannot be checked), without reporting. */
  has(id: string): boolean {
    return this.#typed === undefined || this.#typed.has(id);
  }

  /** True when `id` is typed on its sheet; otherwise false, with an error at `place`. */
  check(id: string, place: Place, what: string, diagnostics: Diagnostics, rule: string): boolean {
    if (this.has(id)) return true;
    const known = [...(this.#typed ?? [])];
    const sameLetters = known.find((k) => k.toLowerCase() === id.toLowerCase());
    if (sameLetters !== undefined) {
      diagnostics.error(`no ${what} has the Id "${id}"; Ids must match exactly, including capitals: did you mean "${sameLetters}"?`, place, rule);
      return false;
    }
    const hint = known.length > 0 && known.length <= 12 ? ` (${known.join(', ')})` : '';
    diagnostics.error(`no ${what} has the Id "${id}"; use an Id from the ${this.#sheet} sheet${hint}`, place, rule);
    return false;
  }
}
