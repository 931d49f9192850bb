/**
 * A workbook to write, described without reference to any spreadsheet library: what the blank
 * template, the sample builder and the benchmark generator hand to {@link writeWorkbook}.
 */
export type CellContent =
  | string
  | number
  | boolean
  | null
  | { readonly number: number; readonly numFmt: string }
  | { readonly date: Date; readonly numFmt: string }
  | { readonly formula: string; readonly result?: number | string | { readonly error: string } };

export interface SheetContent {
  readonly name: string;
  /** Row 1, frozen and bold. Absent for free-text sheets such as Instructions. */
  readonly headers?: readonly string[];
  readonly rows: readonly (readonly CellContent[])[];
  /** Column widths in characters, by position. */
  readonly widths?: readonly (number | undefined)[];
  /** Drop-down lists by column position (0-based), applied to the data rows. */
  readonly dropDowns?: ReadonlyMap<number, readonly string[]>;
  /** How many rows the drop-downs cover (default: 1,000 below the header). */
  readonly dropDownRows?: number;
  /** Wrap text in every cell (for narrative and instructions). */
  readonly wrap?: boolean;
  /** Rows (0-based, among `rows`) shown as a title or a heading, for free-text sheets. */
  readonly emphasis?: ReadonlyMap<number, 'title' | 'heading'>;
  /** Print the sheet fitted to the page's width (for sheets people read on paper). */
  readonly fitToWidth?: boolean;
  /** Columns kept in view, beside the frozen header row, when scrolling right. */
  readonly freezeColumns?: number;
  /**
   * Print in landscape with the header row and the frozen columns on every page, so that a wide
   * sheet printed over several pages still says which row is which.
   */
  readonly printTitles?: boolean;
  /** Wrapped data rows are at least this many lines tall, leaving room to type (default 1). */
  readonly minLines?: number;
  /**
   * Protects the sheet without a password (Review > Unprotect Sheet lifts it), so that labels,
   * headings and keys are not changed by accident. The data rows' cells in `editableColumns`
   * (0-based) stay editable; rows and columns can still be resized.
   */
  readonly protection?: { readonly editableColumns: readonly number[] };
}

export interface WorkbookContent {
  readonly sheets: readonly SheetContent[];
  /** Fixed so that the same content gives the same file. */
  readonly created: Date;
  readonly creator: string;
  readonly title?: string;
}
