import { columnLetters } from '../../diagnostics/place.js';
import type { SheetContent } from '../workbook-content.js';

/**
 * Drop-down choices live on a hidden sheet: Excel splits an inline list at every comma, and some
 * choices ("per 1,000", "Update, risk and learning") contain one.
 */
export const LISTS_SHEET = 'Lists';

/** The drop-downs' lists, a column each on the hidden Lists sheet, each list written once however many columns use it. */
export class ChoiceLists {
  readonly #columns: (readonly string[])[] = [];

  /** The range that holds the choices, as a drop-down's rule refers to it. */
  rangeFor(choices: readonly string[]): string {
    let index = this.#columns.findIndex((c) => c.join('\u0000') === choices.join('\u0000'));
    if (index === -1) index = this.#columns.push(choices) - 1;
    const letters = columnLetters(index + 1);
    return `${LISTS_SHEET}!$${letters}$1:$${letters}$${choices.length}`;
  }

  /** The Lists sheet, or none where no drop-down needed one. */
  sheet(): SheetContent | undefined {
    if (this.#columns.length === 0) return undefined;
    const height = Math.max(...this.#columns.map((choices) => choices.length));
    const rows = Array.from({ length: height }, (_, row) => this.#columns.map((choices) => choices[row] ?? null));
    return { name: LISTS_SHEET, rows };
  }
}
