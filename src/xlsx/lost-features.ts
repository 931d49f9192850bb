import type JSZip from 'jszip';
import { partText, sheetParts } from './package-sheets.js';

/**
 * What exceljs cannot carry from a workbook it loads into the one it saves, found by comparing the
 * two packages. exceljs keeps cells, styles, widths, frozen panes, hidden sheets, defined names,
 * merged cells, notes, hyperlinks, protection and pictures, but drops charts, pivot tables,
 * macros, slicers, external links and Excel 2010's extension lists, among others
 * (https://github.com/exceljs/exceljs#known-issues and its issue tracker).
 */

/** Parts by the folder or name they start with, and what officers call them. */
const KINDS: readonly (readonly [string, string])[] = [
  ['xl/charts/', 'charts'],
  ['xl/chartsheets/', 'chart sheets'],
  ['xl/drawings/', 'drawings (charts, shapes or pictures)'],
  ['xl/media/', 'pictures'],
  ['xl/pivotTables/', 'pivot tables'],
  ['xl/pivotCache/', 'pivot tables'],
  ['xl/vbaProject.bin', 'macros'],
  ['xl/externalLinks/', 'links to other workbooks'],
  ['xl/slicers/', 'slicers'],
  ['xl/slicerCaches/', 'slicers'],
  ['xl/timelines/', 'timelines'],
  ['xl/threadedComments/', 'threaded comments'],
  ['xl/persons/', 'threaded comments'],
  ['xl/comments', 'notes'],
  ['xl/tables/', 'tables'],
  ['xl/queryTables/', 'data queries'],
  ['xl/connections.xml', 'data connections'],
  ['customXml/', 'custom XML (such as Power Query definitions)'],
  ['docProps/custom.xml', 'custom document properties (such as a sensitivity label)'],
  ['xl/ctrlProps/', 'form controls'],
  ['xl/activeX/', 'form controls'],
  ['xl/embeddings/', 'embedded objects'],
];

/**
 * Parts whose loss changes nothing an officer sees: Excel rebuilds the calculation chain, and
 * printer settings are the printer driver's private notes.
 */
const IGNORED = [/^xl\/calcChain\.xml$/, /^xl\/printerSettings\//, /\.rels$/, /^\[Content_Types\]\.xml$/];

/** A part's family: its name with the number taken off, `xl/charts/chart3.xml` -> `xl/charts/chart.xml`. */
function family(path: string): string {
  return path.replace(/\d+(\.\w+)$/, '$1');
}

function kindOf(path: string): string {
  return KINDS.find(([prefix]) => path.startsWith(prefix))?.[1] ?? `the part ${path}`;
}

function partNames(zip: JSZip): string[] {
  return Object.values(zip.files)
    .filter((f) => !f.dir)
    .map((f) => f.name);
}

/** The kinds of parts the original has more of than the copy. */
function lostParts(original: JSZip, copy: JSZip): string[] {
  const count = (names: string[]) => names.reduce((m, n) => m.set(family(n), (m.get(family(n)) ?? 0) + 1), new Map<string, number>());
  const kept = count(partNames(copy));
  const lost = new Set<string>();
  for (const path of partNames(original)) {
    if (IGNORED.some((r) => r.test(path))) continue;
    const left = kept.get(family(path)) ?? 0;
    if (left > 0) kept.set(family(path), left - 1);
    else lost.add(kindOf(path));
  }
  return [...lost];
}

/** The ids of a part's extensions (`<ext uri="{...}">`): each names one kind of newer feature. */
function extensionIds(xml: string): Set<string> {
  return new Set([...xml.matchAll(/<(?:\w+:)?ext\b[^>]*\buri="([^"]*)"/g)].map((m) => m[1] ?? ''));
}

/** Sheets with extensions (newer conditional formats, sparklines, some drop-downs) the copy lacks. */
async function lostExtensions(original: JSZip, copy: JSZip): Promise<string[]> {
  const copied = await sheetParts(copy);
  const sheets: string[] = [];
  for (const [name, path] of await sheetParts(original)) {
    const before = extensionIds((await partText(original, path)) ?? '');
    const copyPath = copied.get(name);
    const after = extensionIds(copyPath === undefined ? '' : ((await partText(copy, copyPath)) ?? ''));
    if ([...before].some((id) => !after.has(id))) sheets.push(name);
  }
  if (sheets.length === 0) return [];
  return [`Excel 2010 and later features on the ${sheets.join(', ')} ${sheets.length === 1 ? 'sheet' : 'sheets'} (such as data bars, icon sets, sparklines or some drop-down lists)`];
}

/** In plain words, each kind of thing the original workbook has that the copy does not. */
export async function lostFeatures(original: JSZip, copy: JSZip): Promise<string[]> {
  return [...lostParts(original, copy), ...(await lostExtensions(original, copy))].sort();
}
