import { PDFArray, PDFDict, PDFName, PDFNumber, PDFObjectCopier, PDFPage, PDFPageLeaf, PDFRef, type PDFDocument, type PDFObject } from 'pdf-lib';
import { loadPdf, savePdf } from './pdf-document.js';
import { slideOfLink } from './slide-links.js';
import { textOf } from './structure-tree.js';

/**
 * One PDF from the PDFs of a slide pack's parts (see `render/pptx/package/slide-pack-parts.ts`),
 * as LibreOffice writes one of the whole pack: the first part's catalog (title, language, tagging,
 * metadata, viewer preferences) and information, then every part's pages in order, with
 * - the structure tree: each part's elements after the last part's, their marked content found
 *   through the parent tree, whose keys are moved past the ones before (ISO 32000-1, 14.7.4.4);
 * - the bookmarks: each part's after the last part's;
 * - the links to slides, which a part writes as web links (see `slide-links.ts`), made links to
 *   the slide's page, as LibreOffice writes a link within the pack (`/Dest [page /FitR ...]`).
 * Same parts, same bytes: pdf-lib adds no dates or identifiers.
 */

const name = (key: string): PDFName => PDFName.of(key);

function dictAt(holder: PDFDict, key: string): PDFDict | undefined {
  const value = holder.lookup(name(key));
  return value instanceof PDFDict ? value : undefined;
}

/** An array entry of the dictionary, made one where it holds a single object or none. */
function arrayAt(pdf: PDFDocument, holder: PDFDict, key: string): PDFArray {
  const value = holder.get(name(key));
  const resolved = value instanceof PDFRef ? pdf.context.lookup(value) : value;
  if (resolved instanceof PDFArray) return resolved;
  const array = pdf.context.obj([]);
  if (resolved !== undefined) array.push(value as PDFObject);
  holder.set(name(key), array);
  return array;
}

function numberAt(holder: PDFDict, key: string): number | undefined {
  const value = holder.get(name(key));
  return value instanceof PDFNumber ? value.asNumber() : undefined;
}

/** The parent tree's keys and values, from a flat `/Nums` array or one level of `/Kids`. */
function parentTreeEntries(tree: PDFDict): [number, PDFObject][] {
  const entries: [number, PDFObject][] = [];
  const read = (node: PDFDict): void => {
    const nums = node.lookup(name('Nums'));
    if (nums instanceof PDFArray) {
      for (let at = 0; at + 1 < nums.size(); at += 2) {
        const key = nums.lookup(at);
        if (key instanceof PDFNumber) entries.push([key.asNumber(), nums.get(at + 1)]);
      }
    }
    const kids = node.lookup(name('Kids'));
    if (kids instanceof PDFArray) for (let at = 0; at < kids.size(); at += 1) read(kids.lookup(at, PDFDict));
  };
  read(tree);
  return entries.sort((a, b) => a[0] - b[0]);
}

/** The top-level bookmarks, first to last. */
function outlineItems(outlines: PDFDict | undefined): PDFDict[] {
  const items: PDFDict[] = [];
  for (let item = outlines === undefined ? undefined : dictAt(outlines, 'First'); item !== undefined; item = dictAt(item, 'Next')) items.push(item);
  return items;
}

interface Target {
  readonly root: PDFDict;
  readonly rootRef: PDFRef;
  readonly kids: PDFArray;
  readonly nums: PDFArray;
  nextKey: number;
  readonly outlines: PDFDict;
  readonly outlinesRef: PDFRef;
}

function targetOf(pdf: PDFDocument): Target {
  const catalog = pdf.catalog;
  let rootRef = catalog.get(name('StructTreeRoot'));
  if (!(rootRef instanceof PDFRef)) {
    rootRef = pdf.context.register(pdf.context.obj({ Type: 'StructTreeRoot' }));
    catalog.set(name('StructTreeRoot'), rootRef);
  }
  const root = pdf.context.lookup(rootRef, PDFDict);
  const kids = arrayAt(pdf, root, 'K');
  // one flat number tree of every entry (LibreOffice writes one), to which the parts' are appended
  const tree = dictAt(root, 'ParentTree');
  const entries = tree === undefined ? [] : parentTreeEntries(tree);
  let nums: PDFArray;
  if (tree !== undefined && !tree.has(name('Kids'))) {
    nums = arrayAt(pdf, tree, 'Nums');
  } else {
    nums = pdf.context.obj(entries.flatMap(([key, value]) => [PDFNumber.of(key), value]));
    const old = root.get(name('ParentTree'));
    if (old instanceof PDFRef) pdf.context.delete(old); // its kids, if any, stay as objects no one names
    root.set(name('ParentTree'), pdf.context.register(pdf.context.obj({ Nums: nums })));
  }
  const nextKey = Math.max(numberAt(root, 'ParentTreeNextKey') ?? 0, (entries.at(-1)?.[0] ?? -1) + 1);
  let outlinesRef = catalog.get(name('Outlines'));
  if (!(outlinesRef instanceof PDFRef)) {
    outlinesRef = pdf.context.register(pdf.context.obj({ Type: 'Outlines', Count: 0 }));
    catalog.set(name('Outlines'), outlinesRef);
  }
  return { root, rootRef: rootRef as PDFRef, kids, nums, nextKey, outlines: pdf.context.lookup(outlinesRef, PDFDict), outlinesRef: outlinesRef as PDFRef };
}

/** A font subset's name: a tag of six capital letters, `+`, and the font's name (ISO 32000-1, 9.6.4). */
const SUBSET_NAME = /^([A-Z]{6})\+(.+)$/;

/**
 * Gives the part's font subsets tags of their own. LibreOffice tags the subsets of each document
 * from a counter that starts again in every document (BAAAAA, CAAAAA...), so two parts would each
 * have a `BAAAAA+` font with other glyphs; different subsets in one file must have different tags.
 * Part n's end in the letters of n (AB, AC...), which LibreOffice's own end with only once it has
 * tagged some 450,000 subsets.
 */
function retagFonts(part: PDFDocument, index: number): void {
  const suffix = String.fromCharCode(65 + Math.floor(index / 26) % 26) + String.fromCharCode(65 + (index % 26));
  for (const [, object] of part.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict)) continue;
    for (const key of ['BaseFont', 'FontName']) {
      const value = object.get(name(key));
      const subset = value instanceof PDFName ? SUBSET_NAME.exec(value.decodeText()) : null;
      if (subset?.[1] !== undefined && subset[2] !== undefined) object.set(name(key), name(`${subset[1].slice(0, 4)}${suffix}+${subset[2]}`));
    }
  }
}

/** Adds the part's pages, structure and bookmarks after the merged PDF's; `index` counts the parts from 0. */
async function append(merged: PDFDocument, target: Target, bytes: Uint8Array, index: number): Promise<void> {
  const part = await loadPdf(bytes);
  retagFonts(part, index);
  const copier = PDFObjectCopier.for(part.context, merged.context);
  const offset = target.nextKey;

  // pages first, by reference, so that every later reference to a page finds the same copy
  for (const page of part.getPages()) {
    const ref = copier.copy(page.ref);
    const leaf = merged.context.lookup(ref);
    if (!(leaf instanceof PDFPageLeaf)) throw new Error('a page of a part did not copy as a page');
    const parents = numberAt(leaf, 'StructParents');
    if (parents !== undefined) leaf.set(name('StructParents'), PDFNumber.of(parents + offset));
    const annotations = leaf.lookup(name('Annots'));
    if (annotations instanceof PDFArray) {
      for (let at = 0; at < annotations.size(); at += 1) {
        const annotation = annotations.lookup(at);
        const parent = annotation instanceof PDFDict ? numberAt(annotation, 'StructParent') : undefined;
        if (annotation instanceof PDFDict && parent !== undefined) annotation.set(name('StructParent'), PDFNumber.of(parent + offset));
      }
    }
    merged.addPage(PDFPage.of(leaf, ref, merged));
  }

  // the structure: the part's top elements, cut from its own root, hung under the merged one
  const partRootRef = part.catalog.get(name('StructTreeRoot'));
  const partRoot = partRootRef === undefined ? undefined : part.context.lookup(partRootRef);
  if (partRoot instanceof PDFDict) {
    const kids = arrayAt(part, partRoot, 'K');
    for (let at = 0; at < kids.size(); at += 1) {
      const kid = kids.lookup(at);
      if (kid instanceof PDFDict) kid.delete(name('P'));
      const copied = copier.copy(kids.get(at));
      const copiedKid = copied instanceof PDFRef ? merged.context.lookup(copied) : copied;
      if (copiedKid instanceof PDFDict) copiedKid.set(name('P'), target.rootRef);
      target.kids.push(copied);
    }
    const tree = dictAt(partRoot, 'ParentTree');
    for (const [key, value] of tree === undefined ? [] : parentTreeEntries(tree)) {
      target.nums.push(PDFNumber.of(key + offset));
      target.nums.push(copier.copy(value));
      target.nextKey = Math.max(target.nextKey, key + offset + 1);
    }
    // role names the part maps that the merged tree does not yet
    const roles = dictAt(partRoot, 'RoleMap');
    if (roles !== undefined) {
      let merged = dictAt(target.root, 'RoleMap');
      if (merged === undefined) {
        merged = target.root.context.obj({});
        target.root.set(name('RoleMap'), merged);
      }
      for (const [role, standard] of roles.entries()) if (!merged.has(role)) merged.set(role, copier.copy(standard));
    }
    const partNext = numberAt(partRoot, 'ParentTreeNextKey');
    if (partNext !== undefined) target.nextKey = Math.max(target.nextKey, partNext + offset);
  }

  // the bookmarks, cut from the part's outline root, after the merged ones
  const partOutlines = dictAt(part.catalog, 'Outlines');
  const items = outlineItems(partOutlines);
  for (const item of items) item.delete(name('Parent'));
  const copiedItems = items.map((item) => {
    const ref = copier.copy(part.context.getObjectRef(item) ?? part.context.register(item));
    return { ref, dict: merged.context.lookup(ref, PDFDict) };
  });
  const first = copiedItems[0];
  const last = copiedItems.at(-1);
  if (first !== undefined && last !== undefined) {
    for (const { dict } of copiedItems) dict.set(name('Parent'), target.outlinesRef);
    const lastRef = target.outlines.get(name('Last'));
    const lastItem = lastRef instanceof PDFRef ? merged.context.lookup(lastRef, PDFDict) : undefined;
    if (lastRef instanceof PDFRef && lastItem !== undefined) {
      lastItem.set(name('Next'), first.ref);
      first.dict.set(name('Prev'), lastRef);
    } else {
      target.outlines.set(name('First'), first.ref);
    }
    target.outlines.set(name('Last'), last.ref);
    const count = (numberAt(target.outlines, 'Count') ?? 0) + (partOutlines === undefined ? 0 : Math.abs(numberAt(partOutlines, 'Count') ?? items.length));
    target.outlines.set(name('Count'), PDFNumber.of(count));
  }
}

/** Each web link to a slide (see `slide-links.ts`) made a link to the slide's page: page n is slide n, as the pack hides no slide. */
function linkSlides(merged: PDFDocument): void {
  const pages = merged.getPages();
  for (const page of pages) {
    const annotations = page.node.lookup(name('Annots'));
    if (!(annotations instanceof PDFArray)) continue;
    for (let at = 0; at < annotations.size(); at += 1) {
      const annotation = annotations.lookup(at);
      if (!(annotation instanceof PDFDict)) continue;
      const action = dictAt(annotation, 'A');
      const slide = action === undefined ? undefined : slideOfLink(textOf(action.lookup(name('URI'))));
      if (slide === undefined) continue;
      const target = pages[slide - 1];
      if (target === undefined) throw new Error(`a link goes to slide ${slide}, and the pack has ${pages.length} slides`);
      const { width, height } = target.getSize();
      const actionRef = annotation.get(name('A'));
      if (actionRef instanceof PDFRef) merged.context.delete(actionRef);
      annotation.delete(name('A'));
      annotation.set(name('Dest'), merged.context.obj([target.ref, name('FitR'), 0, 0, width, height]));
    }
  }
}

/** The parts' PDFs, in the slides' order, as one PDF document of the slide pack, to be changed further or saved. */
export async function mergedSlideDocument(parts: readonly Uint8Array[]): Promise<PDFDocument> {
  const [first, ...rest] = parts;
  if (first === undefined) throw new Error('no PDF to merge');
  const merged = await loadPdf(first);
  const target = targetOf(merged);
  for (const [at, bytes] of rest.entries()) await append(merged, target, bytes, at + 1);
  if (numberAt(target.root, 'ParentTreeNextKey') !== undefined) target.root.set(name('ParentTreeNextKey'), PDFNumber.of(target.nextKey));
  linkSlides(merged);
  return merged;
}

/** The parts' PDFs, in the slides' order, as one PDF of the slide pack. */
export async function mergedSlidePdf(parts: readonly Uint8Array[]): Promise<Uint8Array> {
  return parts.length === 1 && parts[0] !== undefined ? parts[0] : savePdf(await mergedSlideDocument(parts));
}
