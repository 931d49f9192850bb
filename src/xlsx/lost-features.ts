import type JSZip from 'jszip';
import { hasElement, partText, sheetParts } from './package-sheets.js';

/**
 * What exceljs cannot carry from a workbook it loads into the one it saves, found by comparing the
 * two packages: their parts, each sheet's elements and the workbook's. exceljs keeps cells, styles,
 * widths, frozen panes, hidden sheets, defined names, merged cells, notes, hyperlinks, protection
 * and pictures, but drops charts, pivot tables, macros, slicers, external links and Excel 2010's
 * extension lists, among others (https://github.com/exceljs/exceljs#known-issues).
 */

/** Parts by the folder or name they start with, and what officers call them. */
const PART_KINDS: readonly (readonly [string, string])[] = [
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
  ['xl/model/', 'the data model (Power Pivot)'],
  ['xl/metadata.xml', 'dynamic array formulas'],
  ['xl/richData/', 'pictures in cells and linked data types'],
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
const IGNORED_PARTS = [/^xl\/calcChain\.xml$/, /^xl\/printerSettings\//, /\.rels$/, /^\[Content_Types\]\.xml$/];

/** A worksheet's elements (ECMA-376 Part 1, 18.3.1.99) an officer would miss, in their words. */
const SHEET_ELEMENTS: Readonly<Record<string, string>> = {
  sheetProtection: 'sheet protection',
  protectedRanges: 'ranges unlocked for editing',
  scenarios: 'scenarios',
  autoFilter: 'filters',
  sortState: 'saved sort orders',
  dataConsolidate: 'data consolidation',
  customSheetViews: 'custom views',
  mergeCells: 'merged cells',
  conditionalFormatting: 'conditional formats',
  hyperlinks: 'hyperlinks',
  rowBreaks: 'page breaks',
  colBreaks: 'page breaks',
  drawing: 'drawings (charts, shapes or pictures)',
  legacyDrawing: 'notes',
  legacyDrawingHF: 'pictures in headers and footers',
  picture: 'a background picture',
  oleObjects: 'embedded objects',
  controls: 'form controls',
  tableParts: 'tables',
};

/**
 * The workbook part's elements (18.2.27) an officer would miss, each found by a pattern: some
 * programs write an empty `<workbookProtection/>`, which protects nothing.
 */
const WORKBOOK_ELEMENTS: readonly (readonly [RegExp, string])[] = [
  [/<(?:\w+:)?workbookProtection\b[^>]*\b(?:lockStructure|lockWindows|lockRevision)="(?:1|true)"/, 'protection of the workbook\'s structure'],
  [/<(?:\w+:)?fileSharing\b[^>]*\breadOnlyRecommended="(?:1|true)"/, 'recommendation to open it read-only'],
  [/<(?:\w+:)?customWorkbookViews\b/, 'custom views'],
  [/<(?:\w+:)?externalReferences\b/, 'links to other workbooks'],
  [/<(?:\w+:)?pivotCaches\b/, 'pivot tables'],
];

/** A part's family: its name with the number taken off, `xl/charts/chart3.xml` -> `xl/charts/chart.xml`. */
function family(path: string): string {
  return path.replace(/\d+(\.\w+)$/, '$1');
}

function partNames(zip: JSZip): string[] {
  return Object.values(zip.files)
    .filter((f) => !f.dir)
    .map((f) => f.name);
}

/** Custom document properties with none in them, as some programs write them, hold nothing to lose. */
async function holdsNothing(zip: JSZip, path: string): Promise<boolean> {
  return path === 'docProps/custom.xml' && !/<(?:\w+:)?property\b/.test((await partText(zip, path)) ?? '');
}

/** The kinds of parts the original has more of than the copy. */
async function lostParts(original: JSZip, copy: JSZip): Promise<string[]> {
  const kept = new Map<string, number>();
  for (const name of partNames(copy)) kept.set(family(name), (kept.get(family(name)) ?? 0) + 1);
  const lost: string[] = [];
  for (const path of partNames(original)) {
    if (IGNORED_PARTS.some((r) => r.test(path)) || (await holdsNothing(original, path))) continue;
    const left = kept.get(family(path)) ?? 0;
    if (left > 0) kept.set(family(path), left - 1);
    else lost.push(PART_KINDS.find(([prefix]) => path.startsWith(prefix))?.[1] ?? `the part ${path}`);
  }
  return lost;
}

/** The ids of a part's extensions (`<ext uri="{...}">`): each names one kind of newer feature. */
function extensionIds(xml: string): Set<string> {
  return new Set([...xml.matchAll(/<(?:\w+:)?ext\b[^>]*\buri="([^"]*)"/g)].map((m) => m[1] ?? ''));
}

/** What of one sheet's part the copy lacks: elements by their words, and newer extensions. */
function lostFromSheet(name: string, before: string, after: string): string[] {
  const lost = new Set<string>();
  for (const [element, words] of Object.entries(SHEET_ELEMENTS)) {
    if (hasElement(before, element) && !hasElement(after, element)) lost.add(`${words} on the ${name} sheet`);
  }
  const kept = extensionIds(after);
  if ([...extensionIds(before)].some((id) => !kept.has(id))) lost.add(`Excel 2010 and later features on the ${name} sheet (such as data bars, icon sets, sparklines or some drop-down lists)`);
  return [...lost];
}

async function lostElements(original: JSZip, copy: JSZip): Promise<string[]> {
  const copied = await sheetParts(copy);
  const lost: string[] = [];
  for (const [name, path] of await sheetParts(original)) {
    const copyPath = copied.get(name);
    const after = copyPath === undefined ? '' : ((await partText(copy, copyPath)) ?? '');
    lost.push(...lostFromSheet(name, (await partText(original, path)) ?? '', after));
  }
  const before = (await partText(original, 'xl/workbook.xml')) ?? '';
  const after = (await partText(copy, 'xl/workbook.xml')) ?? '';
  for (const [pattern, words] of WORKBOOK_ELEMENTS) {
    if (pattern.test(before) && !pattern.test(after)) lost.push(words);
  }
  return lost;
}

/** In plain words, each kind of thing the original workbook has that the copy does not. */
export async function lostFeatures(original: JSZip, copy: JSZip): Promise<string[]> {
  return [...new Set([...(await lostParts(original, copy)), ...(await lostElements(original, copy))])].sort();
}
