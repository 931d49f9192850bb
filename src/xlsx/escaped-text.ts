import type ExcelJS from 'exceljs';
import type JSZip from 'jszip';
import { partText, sheetParts, unescapeXml } from './package-sheets.js';

/*
 * A workbook stores a character XML cannot hold (a control character, a lone line feed some
 * programs need kept) as `_xHHHH_`, its code in hex, and a literal `_x` that would read as one as
 * `_x005F_x` (ECMA-376 Part 1, 22.9.2.19 ST_Xstring). exceljs decodes these in the shared
 * strings, but only with capital hex digits, and not in the inline strings (`t="inlineStr"`) or
 * formula results (`t="str"`) that openpyxl, pandas and other exporters write. Where a cell's text
 * may still hold one, its text is read again from the package and decoded here.
 */

const ESCAPE = /_x([0-9A-Fa-f]{4})_/g;
const MAY_HOLD_ESCAPE = /_x[0-9A-Fa-f]{4}_/;

/** Text with its `_xHHHH_` escapes replaced by the characters they stand for. */
export function decodeEscapes(text: string): string {
  return text.replace(ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The text of the `<t>` elements of a string item or inline string, less phonetic runs (`<rPh>`). */
function itemText(xml: string): string {
  const withoutPhonetic = xml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '');
  return [...withoutPhonetic.matchAll(/<(?:\w+:)?t\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?t>)/g)].map((m) => unescapeXml(m[1] ?? '')).join('');
}

/** The shared strings as stored, escapes and all (`xl/sharedStrings.xml`, 18.4.9). */
async function sharedStrings(zip: JSZip): Promise<string[]> {
  const xml = (await partText(zip, 'xl/sharedStrings.xml')) ?? '';
  return [...xml.matchAll(/<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g)].map((m) => itemText(m[1] ?? ''));
}

/** Each wanted cell's element, by address, from one pass over a sheet's XML: `[attributes, content]`. */
function cellsOf(sheetXml: string, wanted: ReadonlySet<string>): Map<string, [string, string]> {
  const cells = new Map<string, [string, string]>();
  for (const match of sheetXml.matchAll(/<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g)) {
    const address = /\sr="([A-Z]+\d+)"/.exec(match[1] ?? '')?.[1];
    if (address !== undefined && wanted.has(address)) cells.set(address, [match[1] ?? '', match[2] ?? '']);
  }
  return cells;
}

/** A cell's text as the sheet stores it, before decoding; undefined when it holds no text. */
async function storedText([attributes, content]: [string, string], shared: () => Promise<string[]>): Promise<string | undefined> {
  const type = /\st="([^"]*)"/.exec(attributes)?.[1];
  const value = /<(?:\w+:)?v\b[^>]*>([\s\S]*?)<\/(?:\w+:)?v>/.exec(content)?.[1];
  if (type === 'inlineStr') return itemText(/<(?:\w+:)?is\b[^>]*>([\s\S]*?)<\/(?:\w+:)?is>/.exec(content)?.[1] ?? '');
  if (type === 'str' && value !== undefined) return unescapeXml(value);
  if (type === 's' && value !== undefined) return (await shared())[Number(value)];
  return undefined;
}

/** The text of an exceljs value that may carry a string: plain, rich, hyperlink or formula result. */
function textOf(value: ExcelJS.CellValue): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value !== 'object' || value === null || value instanceof Date) return undefined;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return typeof value.result === 'string' ? value.result : undefined;
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : undefined;
  return undefined;
}

/** The value with its text replaced, keeping a formula or hyperlink what it is. */
function withText(value: ExcelJS.CellValue, text: string): ExcelJS.CellValue {
  if (typeof value !== 'object' || value === null || value instanceof Date) return text;
  if ('formula' in value || 'sharedFormula' in value) return { ...value, result: text } as ExcelJS.CellValue;
  if ('hyperlink' in value) return { ...value, text };
  return text;
}

/**
 * Decodes, in the loaded workbook, the text of every cell that may still hold an `_xHHHH_`
 * escape, from the text the package stores for it. Cells without one are not touched, and the
 * package is only read again where some cell has one.
 */
export async function decodeEscapedCells(workbook: ExcelJS.Workbook, zip: JSZip): Promise<void> {
  const suspects = new Map<string, ExcelJS.Cell[]>();
  for (const worksheet of workbook.worksheets) {
    const cells: ExcelJS.Cell[] = [];
    worksheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const text = textOf(cell.value);
        if (text !== undefined && MAY_HOLD_ESCAPE.test(text)) cells.push(cell);
      });
    });
    if (cells.length > 0) suspects.set(worksheet.name, cells);
  }
  if (suspects.size === 0) return;
  const parts = await sheetParts(zip);
  let strings: Promise<string[]> | undefined;
  const shared = (): Promise<string[]> => (strings ??= sharedStrings(zip));
  for (const [sheet, cells] of suspects) {
    const path = parts.get(sheet);
    if (path === undefined) continue;
    const stored = cellsOf((await partText(zip, path)) ?? '', new Set(cells.map((c) => c.address)));
    for (const cell of cells) {
      const element = stored.get(cell.address);
      const text = element === undefined ? undefined : await storedText(element, shared);
      if (text !== undefined) cell.value = withText(cell.value, decodeEscapes(text));
    }
  }
}
