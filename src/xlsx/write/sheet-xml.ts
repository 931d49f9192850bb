import { columnLetters } from '../../diagnostics/place.js';
import { escapeXml } from '../../render/docx/xml-text.js';
import { serialOf } from '../date-system.js';
import type { CellContent, SheetContent } from '../workbook-content.js';
import type { CellLook, CellStyles } from './cell-styles.js';
import type { ChoiceLists } from './choice-lists.js';
import type { SharedStrings } from './shared-strings.js';

/** What the sheets of one workbook share: its strings, its cell formats and its drop-down lists. */
export interface WorkbookParts {
  readonly strings: SharedStrings;
  readonly styles: CellStyles;
  readonly lists: ChoiceLists;
}

const LINE_HEIGHT_POINTS = 15;
const DEFAULT_WIDTH = 9;
const HEADER_LOOK: CellLook = { bold: true, wrap: true };
const EMPHASIS = { title: { size: 16, height: 24 }, heading: { size: 13, height: 20 } } as const;

/**
 * Spreadsheet programs do not all grow a row to fit its wrapped text when they open a file, so the
 * height is set from the longest cell: about one line per column width of characters.
 */
export function wrappedHeight(row: readonly CellContent[], widths: readonly (number | undefined)[], minLines = 1): number {
  let lines = Math.max(1, minLines);
  row.forEach((content, index) => {
    if (typeof content !== 'string') return;
    const perLine = Math.max(1, Math.floor((widths[index] ?? DEFAULT_WIDTH) * 1.2));
    const count = content.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
    lines = Math.max(lines, count);
  });
  return lines * LINE_HEIGHT_POINTS;
}

/** A number as a cell's `<v>` holds it: Excel has no infinity or NaN, so those are written as its #NUM! error. */
function numberCell(ref: string, style: string, value: number): string {
  return Number.isFinite(value) ? `<c r="${ref}"${style}><v>${value}</v></c>` : `<c r="${ref}"${style} t="e"><v>#NUM!</v></c>`;
}

/** The cell element (18.3.1.4 c) for one content, or '' where an empty cell with the default look needs none. */
function cellXml(ref: string, content: CellContent, look: CellLook, parts: WorkbookParts): string {
  const numFmt = content !== null && typeof content === 'object' && 'numFmt' in content ? content.numFmt : undefined;
  const index = parts.styles.index(numFmt === undefined ? look : { ...look, numFmt });
  const style = index === 0 ? '' : ` s="${index}"`;
  if (content === null) return index === 0 ? '' : `<c r="${ref}"${style}/>`;
  if (typeof content === 'string') return `<c r="${ref}"${style} t="s"><v>${parts.strings.index(content)}</v></c>`;
  if (typeof content === 'number') return numberCell(ref, style, content);
  if (typeof content === 'boolean') return `<c r="${ref}"${style} t="b"><v>${content ? 1 : 0}</v></c>`;
  if ('number' in content) return numberCell(ref, style, content.number);
  if ('date' in content) return numberCell(ref, style, serialOf(content.date, '1900'));
  const formula = `<f>${escapeXml(content.formula)}</f>`;
  const result = content.result;
  if (result === undefined) return `<c r="${ref}"${style}>${formula}</c>`;
  if (typeof result === 'number') return `<c r="${ref}"${style}>${formula}<v>${result}</v></c>`;
  if (typeof result === 'string') return `<c r="${ref}"${style} t="str">${formula}<v>${escapeXml(result)}</v></c>`;
  return `<c r="${ref}"${style} t="e">${formula}<v>${escapeXml(result.error)}</v></c>`;
}

/** A row's look and height: a title or heading row's first cell in large bold type, a wrapped row top-aligned and tall enough for its text. */
interface RowShape {
  readonly rowLook: CellLook;
  readonly firstCellLook: CellLook;
  readonly height?: number;
}

function rowShape(sheet: SheetContent, content: readonly CellContent[], index: number): RowShape {
  const emphasis = sheet.emphasis?.get(index);
  if (emphasis !== undefined) {
    const { size, height } = EMPHASIS[emphasis];
    return { rowLook: {}, firstCellLook: { bold: true, size }, height };
  }
  if (sheet.wrap === true) {
    const look = { wrap: true };
    return { rowLook: look, firstCellLook: look, height: wrappedHeight(content, sheet.widths ?? [], sheet.minLines) };
  }
  return { rowLook: {}, firstCellLook: {} };
}

function rowXml(number: number, cells: string, shape: RowShape, styles: CellStyles): string {
  const height = shape.height === undefined ? '' : ` ht="${shape.height}" customHeight="1"`;
  const rowStyle = styles.index(shape.rowLook);
  const look = rowStyle === 0 ? '' : ` s="${rowStyle}" customFormat="1"`;
  if (cells === '' && height === '' && look === '') return '';
  return cells === '' ? `<row r="${number}"${height}${look}/>` : `<row r="${number}"${height}${look}>${cells}</row>`;
}

/** The rows (18.3.1.80 sheetData), and the last column and row written, for the sheet's dimension. */
function sheetData(sheet: SheetContent, parts: WorkbookParts): { readonly xml: string; readonly columns: number; readonly rows: number } {
  const rows: string[] = [];
  let columns = 0;
  let last = 0;
  const editable = new Set(sheet.protection?.editableColumns ?? []);
  const widestEditable = Math.max(0, ...editable) + (editable.size > 0 ? 1 : 0);
  if (sheet.headers !== undefined) {
    const cells = sheet.headers.map((header, i) => cellXml(`${columnLetters(i + 1)}1`, header, HEADER_LOOK, parts)).join('');
    rows.push(rowXml(1, cells, { rowLook: HEADER_LOOK, firstCellLook: HEADER_LOOK }, parts.styles));
    columns = sheet.headers.length;
    last = 1;
  }
  const first = sheet.headers === undefined ? 1 : 2;
  sheet.rows.forEach((content, index) => {
    const number = first + index;
    const shape = rowShape(sheet, content, index);
    const width = Math.max(content.length, widestEditable);
    let cells = '';
    for (let i = 0; i < width; i += 1) {
      const look = i === 0 ? shape.firstCellLook : shape.rowLook;
      cells += cellXml(`${columnLetters(i + 1)}${number}`, content[i] ?? null, editable.has(i) ? { ...look, unlocked: true } : look, parts);
    }
    const row = rowXml(number, cells, shape, parts.styles);
    if (row === '') return;
    rows.push(row);
    last = number;
    columns = Math.max(columns, width);
  });
  return { xml: `<sheetData>${rows.join('')}</sheetData>`, columns, rows: last };
}

/** The header row kept in view (and the first `freezeColumns` columns), for sheets with a header row. */
function sheetViews(sheet: SheetContent): string {
  if (sheet.headers === undefined) return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const columns = sheet.freezeColumns ?? 0;
  const pane = columns > 0 ? 'bottomRight' : 'bottomLeft';
  const xSplit = columns > 0 ? ` xSplit="${columns}"` : '';
  return `<sheetViews><sheetView workbookViewId="0"><pane${xSplit} ySplit="1" topLeftCell="${columnLetters(columns + 1)}2" activePane="${pane}" state="frozen"/><selection pane="${pane}"/></sheetView></sheetViews>`;
}

function columnWidths(sheet: SheetContent): string {
  const cols = (sheet.widths ?? []).flatMap((width, index) => (width === undefined ? [] : [`<col min="${index + 1}" max="${index + 1}" width="${width}" customWidth="1"/>`]));
  return cols.length === 0 ? '' : `<cols>${cols.join('')}</cols>`;
}

/** Each drop-down column's list, from its hidden range on the Lists sheet; a value not in it is warned of, not refused. */
function dataValidations(sheet: SheetContent, lists: ChoiceLists): string {
  if (sheet.dropDowns === undefined || sheet.dropDowns.size === 0) return '';
  const lastRow = 1 + (sheet.dropDownRows ?? Math.max(1000, sheet.rows.length));
  const rules = [...sheet.dropDowns].map(([index, choices]) => {
    const letters = columnLetters(index + 1);
    const error = `Pick one of: ${choices.join('; ')}`;
    return `<dataValidation type="list" allowBlank="1" showErrorMessage="1" errorStyle="warning" errorTitle="Not one of the choices" error="${escapeXml(error)}" sqref="${letters}2:${letters}${lastRow}"><formula1>${escapeXml(lists.rangeFor(choices))}</formula1></dataValidation>`;
  });
  return `<dataValidations count="${rules.length}">${rules.join('')}</dataValidations>`;
}

/** Excel's "Normal" margins, in inches, as Excel writes them for every sheet: LibreOffice's own are wider. */
const PAGE_MARGINS = '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';

/**
 * A4 (paper size 9) for every sheet, as NHS papers print: a page setup without a paper size means US
 * Letter. Landscape, fitted to the page's width where the sheet asks, unless its titles print on
 * every page.
 */
function pageSetup(sheet: SheetContent): { readonly properties: string; readonly setup: string } {
  if (sheet.printTitles === true) return { properties: '', setup: '<pageSetup paperSize="9" orientation="landscape"/>' };
  if (sheet.fitToWidth === true) return { properties: '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>', setup: '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>' };
  return { properties: '', setup: '<pageSetup paperSize="9" orientation="portrait"/>' };
}

/**
 * A worksheet part (ECMA-376 Part 1, 18.3.1.99 worksheet), its elements in the schema's order:
 * Excel refuses a sheet whose elements are out of it.
 */
export function sheetXml(sheet: SheetContent, parts: WorkbookParts): string {
  const data = sheetData(sheet, parts);
  const { properties, setup } = pageSetup(sheet);
  const dimension = data.columns === 0 ? 'A1' : `A1:${columnLetters(data.columns)}${Math.max(1, data.rows)}`;
  // Locked but for the editable cells, without a password; rows and columns can still be resized
  const protection = sheet.protection === undefined ? '' : '<sheetProtection sheet="1" formatColumns="0" formatRows="0"/>';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `${properties}<dimension ref="${dimension}"/>${sheetViews(sheet)}<sheetFormatPr defaultRowHeight="15"/>${columnWidths(sheet)}${data.xml}${protection}${dataValidations(sheet, parts.lists)}${PAGE_MARGINS}${setup}` +
    '</worksheet>'
  );
}
