import { textContent } from './package-sheets.js';

/*
 * The text a workbook stores. A character XML cannot hold (a control character, a lone line feed
 * some programs need kept) is stored as `_xHHHH_`, its code in hex, and a literal `_x` that would
 * read as one as `_x005F_x` (ECMA-376 Part 1, 22.9.2.19 ST_Xstring), in the shared strings, the
 * inline strings (`t="inlineStr"`) and the formula results (`t="str"`) that openpyxl, pandas and
 * other exporters write alike, with hex digits in either case.
 */

const ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/** Text with its `_xHHHH_` escapes replaced by the characters they stand for. */
export function decodeEscapes(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Characters XML 1.0 cannot hold, and a literal `_xHHHH_` that would read as an escape. */
const UNSTORABLE = /[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|_(?=x[0-9A-Fa-f]{4}_)/g;

/** Text as a workbook stores it: each character XML cannot hold, and each `_` that starts what reads as an escape, as `_xHHHH_`. */
export function encodeEscapes(text: string): string {
  return text.replace(UNSTORABLE, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}

/** The text of the `<t>` elements of a string item or inline string, less phonetic runs (`<rPh>`). */
export function itemText(xml: string): string {
  const withoutPhonetic = xml.includes('rPh') ? xml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '') : xml;
  return [...withoutPhonetic.matchAll(/<(?:\w+:)?t\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?t>)/g)].map((m) => textContent(m[1] ?? '')).join('');
}

/** The shared strings as stored, escapes and all (`xl/sharedStrings.xml`, 18.4.9). */
function storedStrings(xml: string): string[] {
  return [...xml.matchAll(/<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g)].map((m) => itemText(m[1] ?? ''));
}

/** The shared strings, each as the cells that refer to it hold it: rich text as its plain text, escapes decoded. */
export function sharedStringsIn(xml: string): string[] {
  return storedStrings(xml).map(decodeEscapes);
}
