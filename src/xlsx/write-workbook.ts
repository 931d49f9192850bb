import { columnLetters } from '../diagnostics/place.js';
import { writeZip, zipEntry, type ZipEntry } from '../render/zip/zip-archive.js';
import type { SheetContent, WorkbookContent } from './workbook-content.js';
import { CellStyles } from './write/cell-styles.js';
import { ChoiceLists } from './write/choice-lists.js';
import { appPropertiesXml, contentTypesXml, corePropertiesXml, packageRelationshipsXml, sheetPath, workbookRelationshipsXml, workbookXml, type WorkbookSheet } from './write/package-xml.js';
import { SharedStrings } from './write/shared-strings.js';
import { sheetXml, type WorkbookParts } from './write/sheet-xml.js';

export { LISTS_SHEET } from './write/choice-lists.js';
export { wrappedHeight } from './write/sheet-xml.js';

/** How the workbook part names a sheet: hidden or not, and the titles it prints on every page. */
function workbookSheet(sheet: SheetContent, hidden: boolean): WorkbookSheet {
  if (sheet.printTitles !== true) return { name: sheet.name, hidden };
  const frozen = sheet.freezeColumns ?? 0;
  return { name: sheet.name, hidden, printTitles: { rows: '$1:$1', ...(frozen > 0 ? { columns: `$A:$${columnLetters(frozen)}` } : {}) } };
}

/**
 * Writes a workbook to xlsx bytes in memory (SpreadsheetML, ECMA-376 Part 1, 18): the sheets with
 * their headers, looks, drop-downs, protection and page setup; the drop-downs' lists on a hidden
 * sheet. Every part is made here and deflated by Node's zlib, every entry dated `created`, so the
 * same content always gives the same bytes.
 */
export async function writeWorkbook(content: WorkbookContent): Promise<Buffer> {
  const parts: WorkbookParts = { strings: new SharedStrings(), styles: new CellStyles(), lists: new ChoiceLists() };
  const sheets = content.sheets.map((sheet) => ({ sheet: workbookSheet(sheet, false), xml: sheetXml(sheet, parts) }));
  const lists = parts.lists.sheet();
  if (lists !== undefined) sheets.push({ sheet: workbookSheet(lists, true), xml: sheetXml(lists, parts) });
  const named = sheets.map((s) => s.sheet);
  const text = (name: string, xml: string): ZipEntry => zipEntry(name, Buffer.from(xml, 'utf8'), true);
  const entries = [
    text('[Content_Types].xml', contentTypesXml(sheets.length)),
    text('_rels/.rels', packageRelationshipsXml()),
    text('docProps/core.xml', corePropertiesXml({ creator: content.creator, created: content.created, ...(content.title === undefined ? {} : { title: content.title }) })),
    text('docProps/app.xml', appPropertiesXml(named)),
    text('xl/workbook.xml', workbookXml(named)),
    text('xl/_rels/workbook.xml.rels', workbookRelationshipsXml(sheets.length)),
    ...sheets.map(({ xml }, i) => text(sheetPath(i), xml)),
    text('xl/styles.xml', parts.styles.xml()),
    text('xl/sharedStrings.xml', parts.strings.xml()),
  ];
  return Buffer.from(writeZip(entries, content.created));
}
