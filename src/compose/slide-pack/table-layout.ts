import { measuringFactor, textWidth } from './font-metrics.js';
import { ceilInches, roundInches } from './geometry.js';
import { run } from './rich-text.js';
import type { Align, Box, RunView, TableCellView, TableRowView, TableView } from './slide-pack-view.js';
import type { TextStyle } from './text-flow.js';
import { sliceRuns, wrapRuns } from './wrap-text.js';

/**
 * The one table core behind every table in the pack (summary, area, finance, appendix, contents,
 * legend): rows are measured against real font metrics, then paginated by our own code so that
 * no row is cut, the header row repeats on every page, and each page fits the height it is given.
 */
export interface ColumnSpec {
  readonly header: string;
  /** Inches. */
  readonly width: number;
  readonly align?: Align;
}

export interface CellSpec {
  readonly runs: readonly RunView[];
  readonly align?: Align;
  readonly bold?: boolean;
  readonly fill?: string;
  readonly colour?: string;
  /** Inches of room before the text for an icon drawn over the cell. */
  readonly indent?: number;
}

export interface TableStyle {
  readonly text: TextStyle;
  /** Cell insets, inches. */
  readonly insetX: number;
  readonly insetY: number;
  /** Inches; a row holding a sparkline needs room for it. */
  readonly minRowHeight: number;
  /** No row may be taller than this (a page's height): longer text is shortened with an ellipsis. */
  readonly maxRowHeight: number;
  readonly headerFill: string;
  readonly headerColour: string;
  /** Shading of every other body row. */
  readonly band: string;
}

export interface TablePage {
  readonly header: TableRowView;
  readonly rows: readonly TableRowView[];
  /** Index of the page's first row among all the table's rows. */
  readonly first: number;
  /** Inches, header included. */
  readonly h: number;
}

export function cell(text: string, options: Omit<CellSpec, 'runs'> = {}): CellSpec {
  return { runs: [run(text)], ...options };
}

function lineCount(runs: readonly RunView[], width: number, style: TableStyle, bold: boolean): number {
  const styled = bold ? runs.map((r) => ({ ...r, bold: true })) : runs;
  return wrapRuns(styled, (width - 2 * style.insetX) * 72, style.text.fontSize).length;
}

/** The width a cell's text wraps in, before the insets: the column less any indent. */
function textWidthOf(cell: CellSpec, width: number): number {
  return width - (cell.indent ?? 0);
}

/** Cuts a cell's text to `maxLines` lines, ending in an ellipsis. */
function shortened(runs: readonly RunView[], width: number, style: TableStyle, maxLines: number): readonly RunView[] {
  const lines = wrapRuns(runs, (width - 2 * style.insetX) * 72, style.text.fontSize);
  if (lines.length <= maxLines) return runs;
  const last = lines[Math.max(0, maxLines - 1)];
  const end = Math.max(0, (last?.end ?? 0) - 2);
  return [...sliceRuns(runs, 0, end), run('…')];
}

/** Measures one row: as tall as its cell with most lines, no shorter than the style's minimum. */
export function measureRow(cells: readonly CellSpec[], columns: readonly ColumnSpec[], style: TableStyle, header = false): TableRowView {
  const pitch = style.text.lineSpacing / 72;
  const maxLines = Math.max(1, Math.floor((style.maxRowHeight - 2 * style.insetY) / pitch));
  let lines = 1;
  const measured: TableCellView[] = cells.map((c, index) => {
    const width = textWidthOf(c, columns[index]?.width ?? 1);
    const bold = header || c.bold === true;
    const runs = shortened(c.runs, width, style, maxLines);
    lines = Math.max(lines, lineCount(runs, width, style, bold));
    return {
      runs,
      align: c.align ?? columns[index]?.align ?? 'left',
      ...(bold ? { bold: true } : {}),
      ...(c.fill === undefined ? {} : { fill: c.fill }),
      ...(c.colour === undefined ? {} : { colour: c.colour }),
      ...(c.indent === undefined ? {} : { indent: c.indent }),
    };
  });
  const h = Math.max(style.minRowHeight, ceilInches(lines * pitch + 2 * style.insetY));
  return { h, cells: measured };
}

export function headerRow(columns: readonly ColumnSpec[], style: TableStyle): TableRowView {
  const cells = columns.map((c) => ({ runs: [run(c.header)], fill: style.headerFill, colour: style.headerColour }));
  const row = measureRow(cells, columns, { ...style, minRowHeight: 0 }, true);
  return row;
}

/**
 * Splits measured rows into pages, each with the header row on top and no taller than
 * `capacity(pageIndex)` inches. A page always takes at least one row, so a page too short for
 * any row is the caller's mistake and shows as an overfull page in the tests, never a lost row.
 */
export function paginate(header: TableRowView, rows: readonly TableRowView[], capacity: (page: number) => number): TablePage[] {
  const pages: TablePage[] = [];
  let current: TableRowView[] = [];
  let first = 0;
  let height = header.h;
  rows.forEach((row, index) => {
    if (current.length > 0 && height + row.h > capacity(pages.length) + 1e-6) {
      pages.push({ header, rows: current, first, h: roundInches(height) });
      current = [];
      first = index;
      height = header.h;
    }
    current.push(row);
    height += row.h;
  });
  if (current.length > 0 || pages.length === 0) pages.push({ header, rows: current, first, h: roundInches(height) });
  return pages;
}

/** Places a page of a table on a slide. */
export function placeTable(name: string, x: number, y: number, columns: readonly ColumnSpec[], style: TableStyle, page: TablePage): TableView {
  return {
    kind: 'table',
    name,
    x: roundInches(x),
    y: roundInches(y),
    columns: columns.map((c) => roundInches(c.width)),
    fontSize: style.text.fontSize,
    lineSpacing: style.text.lineSpacing,
    insetX: style.insetX,
    insetY: style.insetY,
    band: style.band,
    h: page.h,
    header: page.header,
    rows: page.rows,
  };
}

/** Where each body row of a placed table lies on the slide, in order, for what is drawn over it. */
export function rowBoxes(table: TableView): Box[] {
  const w = table.columns.reduce((sum, c) => sum + c, 0);
  let y = table.y + table.header.h;
  return table.rows.map((row) => {
    const box = { x: table.x, y, w, h: row.h };
    y += row.h;
    return box;
  });
}

/** The left edge of column `index` of a placed table, inches. */
export function columnLeft(table: Pick<TableView, 'x' | 'columns'>, index: number): number {
  return table.x + table.columns.slice(0, index).reduce((sum, c) => sum + c, 0);
}

/** Measures and paginates a whole table: the usual path for a composer. */
export function layoutTable(columns: readonly ColumnSpec[], rows: readonly (readonly CellSpec[])[], style: TableStyle, capacity: (page: number) => number): TablePage[] {
  const header = headerRow(columns, style);
  return paginate(header, rows.map((cells) => measureRow(cells, columns, style)), capacity);
}

/** Inches: the widest word of a cell's text, with the cell's insets and indent: narrower, a word breaks. */
function widestWord(runs: readonly RunView[], style: TableStyle, bold: boolean, indent = 0): number {
  const text = runs.map((r) => r.text).join('');
  const widest = Math.max(0, ...text.split(/\s+/).map((word) => textWidth(word, style.text.fontSize, bold)));
  return (widest * measuringFactor()) / 72 + 2 * style.insetX + indent + 0.01;
}

/** Each column's narrowest width that breaks no word of its header or its cells. */
function unbrokenWidths(columns: readonly ColumnSpec[], rows: readonly (readonly CellSpec[])[], style: TableStyle): number[] {
  return columns.map((column, index) =>
    Math.max(
      widestWord([run(column.header)], style, true),
      ...rows.map((cells) => {
        const c = cells[index];
        return c === undefined ? 0 : widestWord(c.runs, style, c.bold === true, c.indent);
      }),
    ),
  );
}

/**
 * The columns narrowed where together they are wider than `width` (a template's content area
 * narrower than the pack's widest tables): their text wraps onto more lines, and the rows grow to
 * hold it. Given the table's rows, each column gives up only what it has beyond its widest word,
 * in proportion to that slack, so no word or figure is broken ("Mont h", "00:15:0 0"); where even
 * that cannot fit, every column narrows alike. Columns that fit are returned as they are.
 */
export function fitColumns(
  columns: readonly ColumnSpec[],
  width: number,
  keep: (column: ColumnSpec) => boolean = () => false,
  content?: { readonly rows: readonly (readonly CellSpec[])[]; readonly style: TableStyle },
): readonly ColumnSpec[] {
  const total = columns.reduce((sum, c) => sum + c.width, 0);
  if (total <= width + 1e-6) return columns;
  if (content !== undefined) {
    const floor = unbrokenWidths(columns, content.rows, content.style).map((least, i) => (keep(columns[i] as ColumnSpec) ? (columns[i] as ColumnSpec).width : Math.min(least, (columns[i] as ColumnSpec).width)));
    const slack = columns.map((c, i) => c.width - (floor[i] ?? 0));
    const spare = slack.reduce((sum, s) => sum + s, 0);
    const excess = total - width;
    if (spare >= excess) return columns.map((c, i) => ({ ...c, width: Math.floor((c.width - ((slack[i] ?? 0) * excess) / spare) * 1000) / 1000 }));
  }
  // columns that hold icons or a sparkline keep their width where the others can give what is needed
  const kept = columns.filter(keep).reduce((sum, c) => sum + c.width, 0);
  const keeping = kept < width / 2;
  const scale = keeping ? (width - kept) / (total - kept) : width / total;
  return columns.map((c) => (keeping && keep(c) ? c : { ...c, width: Math.floor(c.width * scale * 1000) / 1000 }));
}
