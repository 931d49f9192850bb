import { PDFArray, PDFDict, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString, type PDFDocument, type PDFObject } from 'pdf-lib';

/**
 * A tagged PDF's structure tree, read in reading order (depth first), as screen readers walk it:
 * each element's standard type (through the role map: LibreOffice tags a Word paragraph by its
 * style's name, `/Standard` for Normal, and maps it to `/P`), its page, its layout box and its
 * alternative text. ISO 32000-1, 14.7 (logical structure) and 14.8.4 (standard structure types).
 */
export interface StructureElement {
  readonly dict: PDFDict;
  /** The standard type, e.g. `Figure`, `H1`, `TH`. */
  readonly type: string;
  /** 0-based page index, where the element names its page. */
  readonly page?: number;
  /** The layout bounding box [left, bottom, right, top] in points, where the element has one. */
  readonly box?: readonly [number, number, number, number];
  /** Its alternative text; empty where it has none. */
  readonly alt: string;
}

/** The keys read on every element, made once (pdf-lib decodes a name each time it is made). */
const KEY = { S: PDFName.of('S'), Pg: PDFName.of('Pg'), A: PDFName.of('A'), K: PDFName.of('K'), Alt: PDFName.of('Alt'), BBox: PDFName.of('BBox') } as const;

/** A PDF string's text; empty for anything else. */
export function textOf(object: PDFObject | undefined): string {
  return object instanceof PDFString || object instanceof PDFHexString ? object.decodeText() : '';
}

function nameOf(object: PDFObject | undefined): string {
  return object instanceof PDFName ? object.decodeText() : '';
}

function boxOf(pdf: PDFDocument, attributes: PDFObject | undefined): StructureElement['box'] {
  const resolved = attributes instanceof PDFRef ? pdf.context.lookup(attributes) : attributes;
  const owners = resolved instanceof PDFArray ? resolved.asArray().map((a) => (a instanceof PDFRef ? pdf.context.lookup(a) : a)) : [resolved];
  for (const owner of owners) {
    if (!(owner instanceof PDFDict)) continue;
    const box = owner.lookup(KEY.BBox);
    if (!(box instanceof PDFArray) || box.size() !== 4) continue;
    const numbers = box.asArray().map((n) => (n instanceof PDFNumber ? n.asNumber() : Number.NaN));
    if (numbers.every(Number.isFinite)) return numbers as unknown as readonly [number, number, number, number];
  }
  return undefined;
}

/** The standard type a structure type stands for, through the role map (which may chain). */
function standardType(type: string, roleMap: PDFDict | undefined): string {
  let current = type;
  for (let step = 0; step < 8 && roleMap !== undefined; step += 1) {
    const mapped = nameOf(roleMap.lookup(PDFName.of(current)));
    if (mapped === '' || mapped === current) break;
    current = mapped;
  }
  return current;
}

/** Every structure element of the PDF, in reading order; empty when the PDF is not tagged. */
export function structureElements(pdf: PDFDocument): StructureElement[] {
  const root = pdf.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  if (root === undefined) return [];
  const roleMap = root.lookupMaybe(PDFName.of('RoleMap'), PDFDict);
  const pageIndex = new Map(pdf.getPages().map((page, index) => [page.ref.toString(), index]));
  const elements: StructureElement[] = [];
  const seen = new Set<PDFDict>();
  const visit = (kid: PDFObject | undefined): void => {
    const resolved = kid instanceof PDFRef ? pdf.context.lookup(kid) : kid;
    if (resolved instanceof PDFArray) {
      for (const item of resolved.asArray()) visit(item);
      return;
    }
    // marked-content and object references (numbers, /MCR and /OBJR dictionaries) are not elements
    if (!(resolved instanceof PDFDict) || seen.has(resolved) || !(resolved.get(KEY.S) instanceof PDFName)) return;
    seen.add(resolved);
    const pageRef = resolved.get(KEY.Pg);
    const page = pageRef instanceof PDFRef ? pageIndex.get(pageRef.toString()) : undefined;
    const box = boxOf(pdf, resolved.get(KEY.A));
    elements.push({
      dict: resolved,
      type: standardType(nameOf(resolved.get(KEY.S)), roleMap),
      ...(page === undefined ? {} : { page }),
      ...(box === undefined ? {} : { box }),
      alt: textOf(resolved.lookup(KEY.Alt)),
    });
    visit(resolved.get(KEY.K));
  };
  visit(root.get(KEY.K));
  return elements;
}

/** Headings are `H` and `H1` to `H6`. */
export function isHeading(element: StructureElement): boolean {
  return /^H[1-6]?$/.test(element.type);
}
