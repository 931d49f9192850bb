import type JSZip from 'jszip';

/*
 * Just enough of a workbook package's XML to find each sheet's part and move one element between
 * two packages. Regular expressions suffice: the parts read here are machine-written and flat
 * (ECMA-376 Part 1, 18.2.20 sheets, 18.3.1.99 worksheet).
 */

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML text with its entities and character references replaced. */
export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name] ?? whole;
  });
}

/**
 * The text of an element as an XML parser gives it: line ends made line feeds (XML 1.0, 2.11),
 * then entities and character references replaced (so that `&#13;` stays a carriage return).
 */
export function textContent(raw: string): string {
  const lines = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  return lines.includes('&') ? unescapeXml(lines) : lines;
}

/** An element's attributes by qualified name (`name`, `r:id`). */
export function attributesOf(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of tag.matchAll(/\s([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    attributes.set(match[1] ?? '', unescapeXml(match[2] ?? match[3] ?? ''));
  }
  return attributes;
}

/** The text of a part, or undefined when the package has no such part. */
export async function partText(zip: JSZip, path: string): Promise<string | undefined> {
  return zip.file(path)?.async('string');
}

/** A relationship target as a package path: `worksheets/sheet1.xml` from `xl/` -> `xl/worksheets/sheet1.xml`. */
export function resolveTarget(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').filter((p) => p !== '');
  for (const step of target.split('/')) {
    if (step === '..') parts.pop();
    else if (step !== '.') parts.push(step);
  }
  return parts.join('/');
}

/** The target that reaches `path` from the folder `from`: `xl/worksheets` -> `xl/tables/t.xml` is `../tables/t.xml`. */
export function relativeTarget(from: string, path: string): string {
  const base = from.split('/').filter((p) => p !== '');
  const target = path.split('/');
  let shared = 0;
  while (shared < base.length && shared < target.length - 1 && base[shared] === target[shared]) shared += 1;
  return [...base.slice(shared).map(() => '..'), ...target.slice(shared)].join('/');
}

/** One relationship of a part (ECMA-376 Part 2, 9.3): its id, its type's last word, its target. */
export interface Relationship {
  readonly id: string;
  /** `worksheet`, `table`, `comments`, `vmlDrawing`, `hyperlink`... */
  readonly type: string;
  /** The target as written, relative to the part's folder or absolute from the package root. */
  readonly target: string;
  /** The target as a package path; undefined for external targets (web addresses). */
  readonly path?: string;
}

/** The relationships part of a part: `xl/worksheets/sheet1.xml` -> `xl/worksheets/_rels/sheet1.xml.rels`. */
export function relationshipsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf('/');
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

/** The folder a part's relative targets start from: `xl/worksheets/sheet1.xml` -> `xl/worksheets`. */
export function folderOf(partPath: string): string {
  return partPath.slice(0, Math.max(0, partPath.lastIndexOf('/')));
}

/** The relationships a relationships part lists, for the part it belongs to (`partPath`). */
export function relationshipsIn(rels: string, partPath: string): Relationship[] {
  const relationships: Relationship[] = [];
  for (const [tag] of rels.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const attributes = attributesOf(tag);
    const id = attributes.get('Id');
    const target = attributes.get('Target');
    if (id === undefined || target === undefined) continue;
    const type = (attributes.get('Type') ?? '').replace(/^.*\//, '');
    const external = attributes.get('TargetMode') === 'External';
    relationships.push(external ? { id, type, target } : { id, type, target, path: resolveTarget(folderOf(partPath), target) });
  }
  return relationships;
}

/** The relationships of a part, read from its relationships part; none when it has none. */
export async function relationshipsOf(zip: JSZip, partPath: string): Promise<Relationship[]> {
  return relationshipsIn((await partText(zip, relationshipsPathOf(partPath))) ?? '', partPath);
}

/** A sheet as xl/workbook.xml lists it (ECMA-376 Part 1, 18.2.19), with its part. */
export interface SheetEntry {
  /** The name on the sheet's tab. */
  readonly name: string;
  /** `sheetId`: a number of its own, in the order sheets were added (not the tabs' order). */
  readonly sheetId: number;
  /** The sheet's part, e.g. `xl/worksheets/sheet1.xml`. */
  readonly path: string;
  /** The relationship's type: `worksheet`, or `chartsheet`, `dialogsheet`... */
  readonly type: string;
}

/** The sheets of xl/workbook.xml in the tabs' order, each with its part from the workbook's relationships. */
export function sheetsIn(workbookXml: string, relationships: readonly Relationship[]): SheetEntry[] {
  const byId = new Map(relationships.map((r) => [r.id, r]));
  const sheets: SheetEntry[] = [];
  for (const [tag] of workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const attributes = attributesOf(tag);
    const name = attributes.get('name');
    const id = [...attributes].find(([key]) => /^[\w.-]+:id$/.test(key))?.[1];
    const relationship = id === undefined ? undefined : byId.get(id);
    if (name !== undefined && relationship?.path !== undefined) sheets.push({ name, sheetId: Number(attributes.get('sheetId')), path: relationship.path, type: relationship.type });
  }
  return sheets;
}

/** Each worksheet's part path, by the sheet's name, read from xl/workbook.xml and its relationships. */
export async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const sheets = sheetsIn((await partText(zip, 'xl/workbook.xml')) ?? '', await relationshipsOf(zip, 'xl/workbook.xml'));
  return new Map(sheets.map((sheet) => [sheet.name, sheet.path]));
}

/** The whole element `<name ...>...</name>` (or `<name .../>`) in unprefixed XML, or undefined. */
export function elementOf(xml: string, name: string): string | undefined {
  const match = new RegExp(`<${name}\\b[^>]*?(?:/>|>[\\s\\S]*?</${name}>)`).exec(xml);
  return match?.[0];
}

/** Whether the part holds the element under any namespace prefix, e.g. `<x14:sparklineGroups>`. */
export function hasElement(xml: string, name: string): boolean {
  return new RegExp(`<(?:\\w+:)?${name}\\b`).test(xml);
}

/**
 * The worksheet's elements in the order the schema requires (ECMA-376 Part 1, 18.3.1.99), from the
 * first that must follow the data validations: an element is inserted before the first of these
 * the part holds.
 */
const AFTER_DATA_VALIDATIONS = [
  'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks', 'customProperties', 'cellWatches', 'ignoredErrors',
  'smartTags', 'drawing', 'legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst',
];

/** The worksheet XML with a `<dataValidations>` element put in its place. */
export function withDataValidations(sheetXml: string, validations: string): string {
  let at = sheetXml.lastIndexOf('</worksheet>');
  for (const name of AFTER_DATA_VALIDATIONS) {
    const index = sheetXml.search(new RegExp(`<${name}\\b`));
    if (index !== -1 && index < at) at = index;
  }
  if (at === -1) throw new Error('the worksheet part has no closing </worksheet> tag');
  return `${sheetXml.slice(0, at)}${validations}${sheetXml.slice(at)}`;
}
