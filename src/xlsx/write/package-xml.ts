import { escapeXml } from '../../render/docx/xml-text.js';

/*
 * The parts of a workbook package around its sheets (ECMA-376 Part 2, Open Packaging Conventions,
 * and Part 1, 18.2 Workbook): content types, relationships, the workbook part naming the sheets,
 * and the document properties.
 */

const XML_HEADER = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const SPREADSHEET_ML = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
const RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A sheet as the workbook part names it. */
export interface WorkbookSheet {
  readonly name: string;
  readonly hidden: boolean;
  /** Columns then rows printed on every page, e.g. `$A:$B` and `$1:$1`. */
  readonly printTitles?: { readonly columns?: string; readonly rows: string };
}

export interface WorkbookProperties {
  readonly title?: string;
  readonly creator: string;
  readonly created: Date;
}

/** The part's path for the sheet at `index` (0-based). */
export function sheetPath(index: number): string {
  return `xl/worksheets/sheet${index + 1}.xml`;
}

export function contentTypesXml(sheets: number): string {
  const overrides = [
    ['/xl/workbook.xml', `${SPREADSHEET_ML}.sheet.main+xml`],
    ...Array.from({ length: sheets }, (_, i) => [`/${sheetPath(i)}`, `${SPREADSHEET_ML}.worksheet+xml`]),
    ['/xl/styles.xml', `${SPREADSHEET_ML}.styles+xml`],
    ['/xl/sharedStrings.xml', `${SPREADSHEET_ML}.sharedStrings+xml`],
    ['/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml'],
    ['/docProps/app.xml', 'application/vnd.openxmlformats-officedocument.extended-properties+xml'],
  ];
  return (
    XML_HEADER +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    overrides.map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`).join('') +
    '</Types>'
  );
}

function relationshipsXml(relationships: readonly (readonly [type: string, target: string])[]): string {
  return (
    XML_HEADER +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    relationships.map(([type, target], i) => `<Relationship Id="rId${i + 1}" Type="${type}" Target="${target}"/>`).join('') +
    '</Relationships>'
  );
}

export function packageRelationshipsXml(): string {
  return relationshipsXml([
    [`${RELATIONSHIP}/officeDocument`, 'xl/workbook.xml'],
    ['http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', 'docProps/core.xml'],
    [`${RELATIONSHIP}/extended-properties`, 'docProps/app.xml'],
  ]);
}

/** The workbook's relationships: its sheets first (rId1 to rIdN, as the workbook part refers to them), then its styles and strings. */
export function workbookRelationshipsXml(sheets: number): string {
  return relationshipsXml([
    ...Array.from({ length: sheets }, (_, i): [string, string] => [`${RELATIONSHIP}/worksheet`, sheetPath(i).slice('xl/'.length)]),
    [`${RELATIONSHIP}/styles`, 'styles.xml'],
    [`${RELATIONSHIP}/sharedStrings`, 'sharedStrings.xml'],
  ]);
}

/** A sheet's name as a formula refers to it: always quoted, a quote in it doubled. */
function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

export function workbookXml(sheets: readonly WorkbookSheet[]): string {
  const entries = sheets.map((sheet, i) => `<sheet name="${escapeXml(sheet.name)}" sheetId="${i + 1}"${sheet.hidden ? ' state="hidden"' : ''} r:id="rId${i + 1}"/>`);
  const titles = sheets.flatMap((sheet, i) => {
    if (sheet.printTitles === undefined) return [];
    const { columns, rows } = sheet.printTitles;
    const ranges = [...(columns === undefined ? [] : [columns]), rows].map((range) => `${quotedSheet(sheet.name)}!${range}`);
    return [`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${escapeXml(ranges.join(','))}</definedName>`];
  });
  const active = Math.max(0, sheets.findIndex((sheet) => !sheet.hidden));
  return (
    XML_HEADER +
    `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${RELATIONSHIP}">` +
    `<workbookPr/><bookViews><workbookView activeTab="${active}"/></bookViews><sheets>${entries.join('')}</sheets>` +
    (titles.length === 0 ? '' : `<definedNames>${titles.join('')}</definedNames>`) +
    '<calcPr calcId="191029"/></workbook>'
  );
}

/** W3CDTF to the second, as Office writes it. */
function w3cdtf(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

export function corePropertiesXml({ title, creator, created }: WorkbookProperties): string {
  return (
    XML_HEADER +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    (title === undefined ? '' : `<dc:title>${escapeXml(title)}</dc:title>`) +
    `<dc:creator>${escapeXml(creator)}</dc:creator><cp:lastModifiedBy>${escapeXml(creator)}</cp:lastModifiedBy>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${w3cdtf(created)}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${w3cdtf(created)}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

export function appPropertiesXml(sheets: readonly WorkbookSheet[]): string {
  const names = sheets.map((sheet) => `<vt:lpstr>${escapeXml(sheet.name)}</vt:lpstr>`).join('');
  return (
    XML_HEADER +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    '<Application>packsmith</Application>' +
    `<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${sheets.length}</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
    `<TitlesOfParts><vt:vector size="${sheets.length}" baseType="lpstr">${names}</vt:vector></TitlesOfParts>` +
    '</Properties>'
  );
}
