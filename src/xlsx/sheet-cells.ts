import { dateOfSerial, serialOf, type DateSystem } from './date-system.js';
import { decodeEscapes, itemText } from './stored-text.js';
import { isDateFormat } from './number-formats.js';
import { textContent } from './package-sheets.js';
import type { RawValue } from './raw-workbook.js';

/*
 * A worksheet's cells, read by one scan of its XML (ECMA-376 Part 1, 18.3.1.99 worksheet: rows,
 * 18.3.1.73; cells, 18.3.1.4; merged cells, 18.3.1.55) rather than through a library's model of
 * the whole sheet: a workbook of 1,000 metrics has 120,000 value rows. Cells are read as exceljs
 * reads them, so that the pack and the merge (which edits workbooks with exceljs) see the same
 * workbook: a formula is its saved result, rich text its plain text, a number in a date or time
 * format a date, and a merged range holds its first cell's value in every cell.
 */

/** What a sheet's cells need from the rest of the package. */
export interface CellContext {
  readonly strings: () => readonly string[];
  readonly formatOf: (style: number) => string | undefined;
  readonly dates: DateSystem;
}

/** A cell that holds something, by its 1-based column. */
export interface SheetCell {
  readonly column: number;
  readonly value: RawValue;
}

/** A row with at least one cell that holds something, its cells by column, left to right. */
export interface SheetRow {
  /** Excel's row number. */
  readonly row: number;
  readonly cells: readonly SheetCell[];
}

const EMPTY: RawValue = { kind: 'empty' };

/**
 * The error a formula cell gets when the file holds the formula but not its result: files written
 * by programs other than Excel often leave the calculating to whoever opens them.
 */
export const NO_SAVED_RESULT = 'no saved result';

/** A cell as scanned, with the number format of its own style (a merged range keeps each cell's). */
interface ScannedCell {
  readonly column: number;
  readonly value: RawValue;
  readonly format: string | undefined;
}

interface ScannedRow {
  readonly row: number;
  cells: ScannedCell[];
}

interface Range {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

function textValue(text: string): RawValue {
  return text.trim() === '' ? EMPTY : { kind: 'text', text };
}

/** A number as the cell shows it: a date where its format is a date's or a time's. */
function numberValue(value: number, format: string | undefined, dates: DateSystem): RawValue {
  if (isDateFormat(format)) {
    const date = dateOfSerial(value, dates);
    if (Number.isNaN(date.getTime())) return { kind: 'error', error: '#VALUE!' };
    return { kind: 'date', date, serial: serialOf(date, dates), ...(format === undefined ? {} : { format }) };
  }
  if (!Number.isFinite(value)) return { kind: 'error', error: '#NUM!' };
  return format === undefined ? { kind: 'number', value } : { kind: 'number', value, format };
}

/** The value with another number format: a merged cell shows its first cell's value in its own format. */
function withFormat(value: RawValue, format: string | undefined): RawValue {
  if (value.kind !== 'number' && value.kind !== 'date') return value;
  const { format: _, ...plain } = value;
  return format === undefined ? plain : { ...plain, format };
}

/** 1-based column of a cell reference's letters: `AB12` -> 28. */
function columnOf(reference: string): number {
  let column = 0;
  for (let i = 0; i < reference.length; i += 1) {
    const code = reference.charCodeAt(i) | 0x20;
    if (code < 0x61 || code > 0x7a) break;
    column = column * 26 + (code - 0x60);
  }
  return column;
}

/** `B3:D4` -> its rows and columns; undefined for anything else. */
function rangeOf(reference: string): Range | undefined {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(reference.trim());
  if (match === null) return undefined;
  const [left, top] = [columnOf(match[1] ?? ''), Number(match[2])];
  const [right, bottom] = match[3] === undefined ? [left, top] : [columnOf(match[3]), Number(match[4])];
  return { top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) };
}

/** The `r`, `s` and `t` attributes of a cell or row tag (unprefixed, as the schema has them). */
function cellAttributes(attributes: string): { r?: string; s?: string; t?: string } {
  const found: { r?: string; s?: string; t?: string } = {};
  const end = attributes.length;
  let at = 0;
  while (at < end) {
    const equals = attributes.indexOf('=', at);
    if (equals === -1) break;
    const name = attributes.slice(at, equals).trim();
    let open = equals + 1;
    while (open < end && attributes.charCodeAt(open) <= 0x20) open += 1;
    const quote = attributes[open];
    if (quote !== '"' && quote !== "'") break;
    const close = attributes.indexOf(quote, open + 1);
    if (close === -1) break;
    if (name === 'r' || name === 's' || name === 't') found[name] = attributes.slice(open + 1, close);
    at = close + 1;
  }
  return found;
}

/** The content of the first `<name>` element in a cell's XML; undefined where it has none or it is empty. */
function childText(xml: string, name: 'v' | 'is'): string | undefined {
  // most cells are `<v>...</v>` alone: found without a regular expression
  if (name === 'v' && xml.startsWith('<v>')) {
    const end = xml.indexOf('</v>', 3);
    if (end !== -1) return end === 3 ? undefined : xml.slice(3, end);
  }
  const match = (name === 'v' ? V_ELEMENT : IS_ELEMENT).exec(xml);
  return match?.[1] === undefined || match[1] === '' ? undefined : match[1];
}

const V_ELEMENT = /<(?:[\w.-]+:)?v\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?v>)/;
const IS_ELEMENT = /<(?:[\w.-]+:)?is\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?is>)/;
const F_ELEMENT = /<(?:[\w.-]+:)?f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?f>)/;

/** Whether the cell holds a formula: text in `<f>`, or a `<f t="shared" si="0"/>` that shares one. */
function hasFormula(xml: string): boolean {
  if (!xml.includes('<f') && !(xml.includes(':f') && /<[\w.-]+:f\b/.test(xml))) return false;
  const match = F_ELEMENT.exec(xml);
  if (match === null) return false;
  return (match[2] ?? '') !== '' || /(?:^|\s)t\s*=/.test(match[1] ?? '');
}

/**
 * A saved value (`<v>`) read by the cell's type: an index into the shared strings, text, a
 * boolean, an error, or else a number (a date where its format is a date's).
 */
function savedValue(type: string | undefined, saved: string, format: string | undefined, context: CellContext): RawValue {
  switch (type) {
    case 's':
      return textValue(context.strings()[Number.parseInt(saved, 10)] ?? '');
    case 'str':
      return textValue(decodeEscapes(textContent(saved)));
    case 'b':
      return { kind: 'boolean', value: Number.parseInt(saved, 10) !== 0 };
    case 'e':
      return { kind: 'error', error: textContent(saved) };
    default:
      return numberValue(Number.parseFloat(saved), format, context.dates);
  }
}

/**
 * A cell's value from its type (`t`), its XML and its number format; undefined where the cell
 * holds no value at all (no formula, no `<v>`, no inline text). A formula is its saved result (a
 * result is never a shared string).
 */
function cellValue(type: string | undefined, xml: string, format: string | undefined, context: CellContext): RawValue | undefined {
  if (xml === '') return undefined;
  if (hasFormula(xml)) {
    const result = childText(xml, 'v');
    return result === undefined ? { kind: 'error', error: NO_SAVED_RESULT } : savedValue(type === 's' ? undefined : type, result, format, context);
  }
  if (type === 'inlineStr') {
    const inline = childText(xml, 'is');
    const text = inline === undefined ? '' : itemText(inline);
    return text === '' ? undefined : textValue(decodeEscapes(text));
  }
  const saved = childText(xml, 'v');
  return saved === undefined ? undefined : savedValue(type, saved, format, context);
}

const ROW_OPEN = /<(?:[\w.-]+:)?row\b([^>]*?)(\/?)>/g;
const ROW_CLOSE = /<\/(?:[\w.-]+:)?row>/g;
const CELL = /<(?:[\w.-]+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?c>)/g;

/** The cells of one row's XML, left to right, a column given twice keeping the last. */
function scanCells(xml: string, context: CellContext): ScannedCell[] {
  const cells: ScannedCell[] = [];
  let previous = 0;
  let ordered = true;
  CELL.lastIndex = 0;
  for (let match = CELL.exec(xml); match !== null; match = CELL.exec(xml)) {
    const { r, s, t } = cellAttributes(match[1] ?? '');
    const style = s === undefined ? 0 : Number.parseInt(s, 10) || 0;
    const format = context.formatOf(style);
    const value = cellValue(t, match[2] ?? '', format, context);
    // a cell with neither a value nor a style is nothing, and takes no column (as exceljs reads it)
    if (value === undefined && style === 0) continue;
    const column = r === undefined ? previous + 1 : columnOf(r);
    if (column < 1) continue;
    if (column <= previous) ordered = false;
    previous = column;
    cells.push({ column, value: value ?? EMPTY, format });
  }
  if (ordered) return cells;
  const byColumn = new Map<number, ScannedCell>();
  for (const cell of cells) byColumn.set(cell.column, cell);
  return [...byColumn.values()].sort((a, b) => a.column - b.column);
}

/** The merged ranges of a sheet (`<mergeCells>` follows the rows). */
function mergedRanges(xml: string, from: number): Range[] {
  const at = xml.indexOf('mergeCell', from);
  if (at === -1) return [];
  const ranges: Range[] = [];
  for (const match of xml.slice(at - 1).matchAll(/<(?:[\w.-]+:)?mergeCell\b[^>]*?\bref\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const range = rangeOf(match[1] ?? match[2] ?? '');
    if (range !== undefined) ranges.push(range);
  }
  return ranges;
}

/**
 * Every cell of a merged range but the first shows the first's value (in its own number format),
 * whether or not the sheet holds a cell there.
 */
function applyMerges(rows: Map<number, ScannedRow>, ranges: readonly Range[]): void {
  for (const range of ranges) {
    const first = rows.get(range.top)?.cells.find((c) => c.column === range.left)?.value ?? EMPTY;
    for (let row = range.top; row <= range.bottom; row += 1) {
      let scanned = rows.get(row);
      if (scanned === undefined) rows.set(row, (scanned = { row, cells: [] }));
      const byColumn = new Map(scanned.cells.map((c) => [c.column, c]));
      for (let column = range.left; column <= range.right; column += 1) {
        if (row === range.top && column === range.left) continue;
        byColumn.set(column, { column, value: withFormat(first, byColumn.get(column)?.format), format: byColumn.get(column)?.format });
      }
      scanned.cells = [...byColumn.values()].sort((a, b) => a.column - b.column);
    }
  }
}

function holding(row: ScannedRow): SheetRow | undefined {
  const cells = row.cells.every((c) => c.value.kind !== 'empty') ? row.cells : row.cells.filter((c) => c.value.kind !== 'empty');
  return cells.length === 0 ? undefined : { row: row.row, cells };
}

/**
 * Each row of a worksheet's XML that holds a value, top to bottom, with the cells that hold one.
 * A row given twice keeps the last, as does a cell.
 */
export function sheetRows(xml: string, context: CellContext): SheetRow[] {
  const scanned: ScannedRow[] = [];
  let previous = 0;
  let ordered = true;
  let end = 0;
  ROW_OPEN.lastIndex = 0;
  for (let open = ROW_OPEN.exec(xml); open !== null; open = ROW_OPEN.exec(xml)) {
    const r = cellAttributes(open[1] ?? '').r;
    const row = r === undefined ? previous + 1 : Number.parseInt(r, 10);
    if (!(row >= 1)) continue;
    if (row <= previous) ordered = false;
    previous = row;
    if (open[2] === '/') {
      scanned.push({ row, cells: [] });
      end = ROW_OPEN.lastIndex;
      continue;
    }
    ROW_CLOSE.lastIndex = ROW_OPEN.lastIndex;
    const close = ROW_CLOSE.exec(xml);
    end = close === null ? xml.length : close.index;
    scanned.push({ row, cells: scanCells(xml.slice(ROW_OPEN.lastIndex, end), context) });
    ROW_OPEN.lastIndex = close === null ? xml.length : ROW_CLOSE.lastIndex;
  }
  const ranges = mergedRanges(xml, end);
  if (ordered && ranges.length === 0) return scanned.flatMap((row) => holding(row) ?? []);
  const byRow = new Map<number, ScannedRow>();
  for (const row of scanned) byRow.set(row.row, row);
  applyMerges(byRow, ranges);
  return [...byRow.values()].sort((a, b) => a.row - b.row).flatMap((row) => holding(row) ?? []);
}
