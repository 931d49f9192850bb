import JSZip from 'jszip';
import { folderOf, partText, relationshipsOf, relationshipsPathOf, relativeTarget, sheetParts } from './package-sheets.js';

/*
 * exceljs finds a sheet's tables, notes and the notes' drawings by the names and relative targets
 * Excel writes (`../tables/table1.xml`, `../comments1.xml`, `../drawings/vmlDrawing1.vml`), and
 * fails with a TypeError on the absolute targets and other names that openpyxl (and so pandas)
 * writes (`/xl/tables/table1.xml`, `/xl/comments/comment1.xml`), though both are valid (ECMA-376
 * Part 2, 9.3). It also reads a note's text only from runs (`<text><r><t>`), not the plain
 * `<text><t>` openpyxl writes (both are CT_Rst, 18.4.12), and would save the note empty; and it
 * takes the 1904 date system from `date1904="1"` but not `date1904="true"`, which means the same
 * (xsd:boolean), so it would read every date four years out and save the copy in the other
 * system. These functions give exceljs a package it can follow.
 */

/** Where exceljs looks for each kind of part a sheet refers to, and the name it gives a new one. */
const EXCELJS_NAMES: Readonly<Record<string, { readonly pattern: RegExp; readonly path: (n: number) => string }>> = {
  table: { pattern: /^xl\/tables\/table\d+\.xml$/, path: (n) => `xl/tables/table${n}.xml` },
  comments: { pattern: /^xl\/comments\d+\.xml$/, path: (n) => `xl/comments${n}.xml` },
  vmlDrawing: { pattern: /^xl\/drawings\/vmlDrawing\d+\.vml$/, path: (n) => `xl/drawings/vmlDrawing${n}.vml` },
};

/** A free path of the kind's name: the first number no part of the package uses. */
function freePath(zip: JSZip, kind: { readonly path: (n: number) => string }, taken: Set<string>): string {
  for (let n = 1; ; n += 1) {
    const path = kind.path(n);
    if (zip.file(path) === null && !taken.has(path)) return path;
  }
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The relationships part with the targets of the relationships `targets` names (by id) replaced. */
function withTargets(rels: string, targets: ReadonlyMap<string, string>): string {
  return rels.replace(/<(?:\w+:)?Relationship\b[^>]*>/g, (tag) => {
    const id = /\sId="([^"]*)"/.exec(tag)?.[1];
    const target = id === undefined ? undefined : targets.get(id);
    return target === undefined ? tag : tag.replace(/\sTarget="[^"]*"/, ` Target="${escapeAttribute(target)}"`);
  });
}

/**
 * A notes part with each note's plain text as one run, or undefined when every note has runs
 * already: `<text><t>Checked</t></text>` -> `<text><r><t>Checked</t></r></text>`.
 */
function notesAsRuns(xml: string): string | undefined {
  const rewritten = xml.replace(/(<(\w+:)?text\b[^>]*>\s*)(<(?:\w+:)?t\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?t>))/g, (_, open: string, prefix: string | undefined, t: string) => {
    const r = `${prefix ?? ''}r`;
    return `${open}<${r}>${t}</${r}>`;
  });
  return rewritten === xml ? undefined : rewritten;
}

/**
 * A copy of the package with every sheet's internal targets relative, its tables, notes and
 * notes' drawings at the names exceljs looks for, its notes' text in runs and its date system
 * flagged as exceljs reads it; undefined when the package has them so already.
 */
export async function packageExceljsReads(zip: JSZip): Promise<JSZip | undefined> {
  const moves = new Map<string, string>();
  const retargets = new Map<string, Map<string, string>>();
  const rewrites = new Map<string, string>();
  for (const sheetPath of (await sheetParts(zip)).values()) {
    const relationships = await relationshipsOf(zip, sheetPath);
    const targets = new Map<string, string>();
    for (const relationship of relationships) {
      if (relationship.path === undefined) continue;
      const kind = EXCELJS_NAMES[relationship.type];
      let path = moves.get(relationship.path) ?? relationship.path;
      if (kind !== undefined && !kind.pattern.test(path) && zip.file(path) !== null) {
        path = freePath(zip, kind, new Set(moves.values()));
        moves.set(relationship.path, path);
      }
      const target = relativeTarget(folderOf(sheetPath), path);
      if (target !== relationship.target) targets.set(relationship.id, target);
      const notes = relationship.type === 'comments' ? notesAsRuns((await partText(zip, relationship.path)) ?? '') : undefined;
      if (notes !== undefined) rewrites.set(relationship.path, notes);
    }
    if (targets.size > 0) retargets.set(sheetPath, targets);
  }
  const workbook = (await partText(zip, 'xl/workbook.xml')) ?? '';
  const dates = workbook.replace(/(<(?:\w+:)?workbookPr\b[^>]*\sdate1904=)(["'])true\2/, '$1$21$2');
  if (dates !== workbook) rewrites.set('xl/workbook.xml', dates);
  if (moves.size === 0 && retargets.size === 0 && rewrites.size === 0) return undefined;
  const copy = await JSZip.loadAsync(await zip.generateAsync({ type: 'uint8array', compression: 'STORE' }));
  for (const [from, to] of moves) {
    const file = zip.file(from);
    if (file === null) continue;
    copy.file(to, await file.async('uint8array'));
    copy.remove(from);
    const fromRels = relationshipsPathOf(from);
    const rels = zip.file(fromRels);
    if (rels !== null) {
      copy.file(relationshipsPathOf(to), await rels.async('uint8array'));
      copy.remove(fromRels);
    }
  }
  for (const [path, xml] of rewrites) copy.file(moves.get(path) ?? path, xml);
  for (const [sheetPath, targets] of retargets) {
    const relsPath = relationshipsPathOf(sheetPath);
    copy.file(relsPath, withTargets((await partText(zip, relsPath)) ?? '', targets));
  }
  return copy;
}
