import type JSZip from 'jszip';
import { attributesOf, elementOf, folderOf, partText, relationshipsOf, relationshipsPathOf, relativeTarget, sheetParts } from './package-sheets.js';

/*
 * exceljs reads a table's header row only where `headerRowCount="1"` is written out, which Excel
 * never writes (it is the default), and writes every table back with `headerRowCount="0"` and
 * hidden filter buttons; it fails outright (TypeError) on tables at openpyxl's absolute targets.
 * So an edited workbook is loaded without its tables, and each table part is copied back from
 * the original as it was (ECMA-376 Part 1, 18.5 tables), grown over the rows added below it.
 */

const RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const TABLE_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/table';
const TABLE_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml';
/** The attributes by which a table and its columns name a differential format in styles.xml. */
const DXF_ATTRIBUTES = /\s(headerRowDxfId|dataDxfId|totalsRowDxfId|headerRowBorderDxfId|tableBorderDxfId|totalsRowBorderDxfId)="(\d+)"/g;

/** `A1:I12` -> its parts; undefined for anything else. */
function rangeOf(ref: string): { from: string; fromRow: number; to: string; toRow: number } | undefined {
  const match = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref);
  if (match === null) return undefined;
  return { from: match[1] ?? '', fromRow: Number(match[2]), to: match[3] ?? '', toRow: Number(match[4]) };
}

/**
 * The table grown to take in rows added straight below it: a table without a totals row whose
 * last row is the one above the first added row. Its own filter range grows with it.
 */
function grown(xml: string, added: readonly number[]): string {
  const table = /<(?:\w+:)?table\b[^>]*>/.exec(xml)?.[0] ?? '';
  const attributes = attributesOf(table);
  const range = rangeOf(attributes.get('ref') ?? '');
  if (range === undefined || Number(attributes.get('totalsRowCount') ?? 0) > 0) return xml;
  let last = range.toRow;
  for (const row of [...added].sort((a, b) => a - b)) if (row === last + 1) last = row;
  if (last === range.toRow) return xml;
  const before = `${range.from}${range.fromRow}:${range.to}${range.toRow}`;
  const after = `${range.from}${range.fromRow}:${range.to}${last}`;
  return xml.replace(table, table.replace(`ref="${before}"`, `ref="${after}"`)).replace(new RegExp(`(<(?:\\w+:)?autoFilter\\b[^>]*\\sref=")${before}"`), `$1${after}"`);
}

/** The `<dxf>` elements of a styles part, in order. */
function dxfsOf(styles: string): string[] {
  const list = /<(?:\w+:)?dxfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?dxfs>/.exec(styles)?.[1] ?? '';
  return [...list.matchAll(/<(?:\w+:)?dxf\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?dxf>)/g)].map((m) => m[0]);
}

/**
 * The styles part with the formats appended to its `<dxfs>` list, which exceljs always writes
 * (`<dxfs count="0"/>` when empty), before the table styles (18.8.39 styleSheet).
 */
function withDxfs(styles: string, added: readonly string[]): string {
  const kept = dxfsOf(styles);
  const list = `<dxfs count="${kept.length + added.length}">${[...kept, ...added].join('')}</dxfs>`;
  const existing = /<(?:\w+:)?dxfs\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?dxfs>)/.exec(styles)?.[0];
  if (existing !== undefined) return styles.replace(existing, list);
  const at = styles.search(/<(?:\w+:)?(?:tableStyles|colors|extLst)\b|<\/(?:\w+:)?styleSheet>/);
  return `${styles.slice(0, at)}${list}${styles.slice(at)}`;
}

/** Where the worksheet's `<tableParts>` goes: last but for `<extLst>` (18.3.1.99). */
function withTableParts(sheetXml: string, ids: readonly string[]): string {
  const element = `<tableParts count="${ids.length}">${ids.map((id) => `<tablePart r:id="${id}"/>`).join('')}</tableParts>`;
  const at = sheetXml.search(/<(?:\w+:)?extLst\b/);
  const end = at === -1 ? sheetXml.lastIndexOf('</worksheet>') : at;
  const declared = /<(?:\w+:)?worksheet\b[^>]*\sxmlns:r="/.test(sheetXml) ? sheetXml : sheetXml.replace(/<((?:\w+:)?worksheet)\b/, '<$1 xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"');
  const shift = declared.length - sheetXml.length;
  return `${declared.slice(0, end + shift)}${element}${declared.slice(end + shift)}`;
}

/** A part path of the form `xl/tables/tableN.xml` the package does not use yet. */
function freeTablePath(copy: JSZip): string {
  for (let n = 1; ; n += 1) {
    const path = `xl/tables/table${n}.xml`;
    if (copy.file(path) === null) return path;
  }
}

/** A relationship id the relationships part does not use yet. */
function freeId(rels: string, n: number): string {
  for (let k = n; ; k += 1) {
    const id = `rIdTable${k}`;
    if (!rels.includes(`Id="${id}"`)) return id;
  }
}

/**
 * Copies every sheet's tables from the original package into the edited copy, which was written
 * without them, with their own formats (`dxfId`s) brought along; `added` gives, by sheet name, the
 * rows the edit added below the last. Returns the names of the sheets whose tables could not be
 * copied back (a sheet missing from the copy).
 */
export async function restoreTables(original: JSZip, copy: JSZip, added: ReadonlyMap<string, readonly number[]>): Promise<string[]> {
  const copied = await sheetParts(copy);
  const notRestored: string[] = [];
  const originalDxfs = dxfsOf((await partText(original, 'xl/styles.xml')) ?? '');
  const dxfsToAdd: string[] = [];
  const dxfMap = new Map<number, number>();
  let dxfBase = dxfsOf((await partText(copy, 'xl/styles.xml')) ?? '').length;
  let types = (await partText(copy, '[Content_Types].xml')) ?? '';
  for (const [name, path] of await sheetParts(original)) {
    const sheetXml = (await partText(original, path)) ?? '';
    const tableParts = elementOf(sheetXml, '(?:\\w+:)?tableParts');
    if (tableParts === undefined) continue;
    const copyPath = copied.get(name);
    if (copyPath === undefined) {
      notRestored.push(name);
      continue;
    }
    const relationships = new Map((await relationshipsOf(original, path)).map((r) => [r.id, r.path]));
    const relsPath = relationshipsPathOf(copyPath);
    let rels = (await partText(copy, relsPath)) ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELATIONSHIPS}"></Relationships>`;
    const ids: string[] = [];
    for (const [tag] of tableParts.matchAll(/<(?:\w+:)?tablePart\b[^>]*>/g)) {
      const id = [...attributesOf(tag)].find(([key]) => /(^|:)id$/.test(key))?.[1];
      const tablePath = id === undefined ? undefined : relationships.get(id);
      const table = tablePath === undefined ? undefined : await partText(original, tablePath);
      if (table === undefined) continue;
      const target = freeTablePath(copy);
      const withOwnFormats = table.replace(DXF_ATTRIBUTES, (whole, attribute: string, index: string) => {
        const dxf = originalDxfs[Number(index)];
        if (dxf === undefined) return '';
        let mapped = dxfMap.get(Number(index));
        if (mapped === undefined) {
          mapped = dxfBase;
          dxfBase += 1;
          dxfsToAdd.push(dxf);
          dxfMap.set(Number(index), mapped);
        }
        return ` ${attribute}="${mapped}"`;
      });
      copy.file(target, grown(withOwnFormats, added.get(name) ?? []));
      const relId = freeId(rels, ids.length + 1);
      const relative = relativeTarget(folderOf(copyPath), target);
      rels = rels.replace(/<\/((?:\w+:)?Relationships)>/, `<Relationship Id="${relId}" Type="${TABLE_TYPE}" Target="${relative}"/></$1>`);
      types = types.replace(/<\/((?:\w+:)?Types)>/, `<Override PartName="/${target}" ContentType="${TABLE_CONTENT_TYPE}"/></$1>`);
      ids.push(relId);
    }
    if (ids.length === 0) continue;
    copy.file(relsPath, rels);
    copy.file(copyPath, withTableParts((await partText(copy, copyPath)) ?? '', ids));
  }
  copy.file('[Content_Types].xml', types);
  if (dxfsToAdd.length > 0) copy.file('xl/styles.xml', withDxfs((await partText(copy, 'xl/styles.xml')) ?? '', dxfsToAdd));
  return notRestored;
}
