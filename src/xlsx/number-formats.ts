import { attributesOf, elementOf } from './package-sheets.js';

/*
 * Each cell's number format, from the styles part (ECMA-376 Part 1, 18.8.39 styleSheet): a cell's
 * `s` is its place in `<cellXfs>`, whose `numFmtId` is a format of `<numFmts>` or one of the
 * built-in formats (18.8.30). Read as exceljs reads it, so that a workbook means the same to the
 * reader and to the merge, which edits it with exceljs: style 0 and format 0 are General, and a
 * built-in format whose code depends on the locale (ids 27-36, 50-81) counts as none.
 */

/** The built-in formats with one code in every locale, by id (18.8.30). */
export const BUILT_IN: Readonly<Record<number, string>> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

const dateFormats = new Map<string, boolean>();

/** Whether a format shows a date or time: a y, m, d, h, s (or b) outside quotes and brackets. */
export function isDateFormat(format: string | undefined): boolean {
  if (format === undefined || format === '') return false;
  let known = dateFormats.get(format);
  if (known === undefined) {
    known = /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
    // a workbook has a few dozen formats at most; the cap keeps a strange one from growing this
    if (dateFormats.size < 1000) dateFormats.set(format, known);
  }
  return known;
}

/** The elements `<name .../>` (any prefix) inside `xml`, as their attributes. */
function elementsIn(xml: string, name: string): Map<string, string>[] {
  return [...xml.matchAll(new RegExp(`<(?:[\\w.-]+:)?${name}\\b[^>]*>`, 'g'))].map(([tag]) => attributesOf(tag));
}

/**
 * The number format of each cell style, by the style's index (a cell's `s`): undefined where the
 * style has none, or it is General.
 */
export function cellFormats(stylesXml: string): (style: number) => string | undefined {
  const custom = new Map<number, string>();
  for (const attributes of elementsIn(elementOf(stylesXml, '(?:[\\w.-]+:)?numFmts') ?? '', 'numFmt')) {
    // a backslash only keeps the character after it literal (`mmm\-yy`): the format is read without them, as exceljs reads it
    const code = attributes.get('formatCode')?.replace(/\\(.)/g, '$1');
    if (code !== undefined) custom.set(Number.parseInt(attributes.get('numFmtId') ?? '', 10), code);
  }
  const cellXfs = elementOf(stylesXml, '(?:[\\w.-]+:)?cellXfs') ?? '';
  const formats = elementsIn(cellXfs, 'xf').map((attributes) => {
    const id = Number.parseInt(attributes.get('numFmtId') ?? '', 10);
    const format = id ? custom.get(id) || BUILT_IN[id] : undefined;
    return format === 'General' || format === '' ? undefined : format;
  });
  // style 0 is the workbook's default, which exceljs reads as General whatever it holds
  return (style) => (style > 0 ? formats[style] : undefined);
}
