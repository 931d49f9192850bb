import { PDFArray, PDFBool, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFRef, PDFString, decodePDFRawStream, type PDFObject } from 'pdf-lib';

/**
 * What an accessibility checker reads in a tagged PDF (PDF/UA, ISO 14289-1; WCAG 2.1 techniques
 * PDF1-PDF21), read here with pdf-lib, independently of the product's own repair code: whether it
 * is tagged, its language, whether the viewer shows its title, its bookmarks, every structure
 * element (type through the role map, alt text, language, a header cell's scope) and the size of
 * every piece of text it draws.
 */
export interface PdfAccessibility {
  readonly tagged: boolean;
  readonly language: string;
  readonly displaysTitle: boolean;
  readonly title: string;
  /** Bookmark titles, depth first, as a reader's bookmark pane lists them. */
  readonly bookmarks: readonly string[];
  readonly elements: readonly TaggedElement[];
  /** Each table: how many header cells it has. */
  readonly tables: readonly { readonly headerCells: number }[];
  /** Languages given to marked content in the pages' content (`/Lang` in a property list). */
  readonly contentLanguages: ReadonlySet<string>;
  /** The height of every piece of text drawn (font size times the text and page scales), points, with how often. */
  readonly textSizes: ReadonlyMap<number, number>;
}

export interface TaggedElement {
  readonly type: string;
  readonly alt: string;
  readonly language: string;
  /** A header cell's scope (`Row`, `Column`, `Both`); empty where none is given. */
  readonly scope: string;
}

function lookup(pdf: PDFDocument, object: PDFObject | undefined): PDFObject | undefined {
  return object instanceof PDFRef ? pdf.context.lookup(object) : object;
}

function text(object: PDFObject | undefined): string {
  if (object instanceof PDFString || object instanceof PDFHexString) return object.decodeText();
  return object instanceof PDFName ? object.decodeText() : '';
}

function bookmarksOf(pdf: PDFDocument): string[] {
  const titles: string[] = [];
  const outlines = lookup(pdf, pdf.catalog.get(PDFName.of('Outlines')));
  const visit = (item: PDFObject | undefined): void => {
    for (let node = lookup(pdf, item); node instanceof PDFDict; node = lookup(pdf, node.get(PDFName.of('Next')))) {
      titles.push(text(lookup(pdf, node.get(PDFName.of('Title')))));
      visit(node.get(PDFName.of('First')));
    }
  };
  if (outlines instanceof PDFDict) visit(outlines.get(PDFName.of('First')));
  return titles;
}

/** A header cell's /Scope, in its attribute dictionaries (/A: one, or an array of them). */
function scopeOf(pdf: PDFDocument, element: PDFDict): string {
  const attributes = lookup(pdf, element.get(PDFName.of('A')));
  const owners = attributes instanceof PDFArray ? attributes.asArray().map((a) => lookup(pdf, a)) : [attributes];
  for (const owner of owners) if (owner instanceof PDFDict && owner.has(PDFName.of('Scope'))) return text(owner.get(PDFName.of('Scope')));
  return '';
}

function structureOf(pdf: PDFDocument): { elements: TaggedElement[]; tables: { headerCells: number }[] } {
  const root = lookup(pdf, pdf.catalog.get(PDFName.of('StructTreeRoot')));
  if (!(root instanceof PDFDict)) return { elements: [], tables: [] };
  const roleMap = lookup(pdf, root.get(PDFName.of('RoleMap')));
  const standard = (type: string): string => {
    const mapped = roleMap instanceof PDFDict ? text(roleMap.get(PDFName.of(type))) : '';
    return mapped === '' ? type : standard(mapped);
  };
  const elements: TaggedElement[] = [];
  const tables: { headerCells: number }[] = [];
  let table: { headerCells: number } | undefined;
  const visit = (kid: PDFObject | undefined): void => {
    const node = lookup(pdf, kid);
    if (node instanceof PDFArray) {
      for (const item of node.asArray()) visit(item);
      return;
    }
    if (!(node instanceof PDFDict) || !(node.get(PDFName.of('S')) instanceof PDFName)) return;
    const type = standard(text(node.get(PDFName.of('S'))));
    elements.push({ type, alt: text(lookup(pdf, node.get(PDFName.of('Alt')))), language: text(lookup(pdf, node.get(PDFName.of('Lang')))), scope: type === 'TH' ? scopeOf(pdf, node) : '' });
    const outer = table;
    if (type === 'Table') {
      table = { headerCells: 0 };
      tables.push(table);
    }
    if (type === 'TH' && table !== undefined) table.headerCells += 1;
    visit(node.get(PDFName.of('K')));
    table = type === 'Table' ? outer : table;
  };
  visit(root.get(PDFName.of('K')));
  return { elements, tables };
}

/** A page's content, its streams decoded and joined. */
function contentOf(pdf: PDFDocument, pageIndex: number): string {
  const contents = lookup(pdf, pdf.getPage(pageIndex).node.get(PDFName.of('Contents')));
  const streams = contents instanceof PDFArray ? contents.asArray().map((s) => lookup(pdf, s)) : [contents];
  return streams.map((s) => (s instanceof PDFRawStream ? Buffer.from(decodePDFRawStream(s).decode()).toString('latin1') : '')).join('\n');
}

type Matrix = readonly [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

function times(m: Matrix, n: Matrix): Matrix {
  return [m[0] * n[0] + m[1] * n[2], m[0] * n[1] + m[1] * n[3], m[2] * n[0] + m[3] * n[2], m[2] * n[1] + m[3] * n[3], m[4] * n[0] + m[5] * n[2] + n[4], m[4] * n[1] + m[5] * n[3] + n[5]];
}

const DELIMITER = /[\s()<>[\]{}/%]/;

/**
 * The height of each piece of text a page's content draws: the `Tf` size scaled by the text
 * matrix and the current transformation (ISO 32000-1, 9.4.4), tracked through `q`/`Q`, `cm`,
 * `BT`, `Tm` and `Tf` up to each text-showing operator (`Tj`, `TJ`, `'`, `"`). Strings, arrays
 * and dictionaries are skipped as operands; inline images are skipped whole.
 */
function addTextSizes(content: string, sizes: Map<number, number>): void {
  let ctm: Matrix = IDENTITY;
  let textMatrix: Matrix = IDENTITY;
  let fontSize = 0;
  const saved: Matrix[] = [];
  let operands: (number | string)[] = [];
  const numbers = (count: number): Matrix | undefined => {
    const last = operands.slice(-count);
    return last.length === count && last.every((v) => typeof v === 'number') ? (last as unknown as Matrix) : undefined;
  };
  let at = 0;
  while (at < content.length) {
    const char = content[at] ?? '';
    if (/\s/.test(char)) {
      at += 1;
    } else if (char === '%') {
      while (at < content.length && content[at] !== '\n' && content[at] !== '\r') at += 1;
    } else if (char === '(') {
      let depth = 0;
      for (; at < content.length; at += 1) {
        const c = content[at];
        if (c === '\\') at += 1;
        else if (c === '(') depth += 1;
        else if (c === ')' && (depth -= 1) === 0) break;
      }
      at += 1;
      operands.push('string');
    } else if (char === '<' && content[at + 1] !== '<') {
      at = content.indexOf('>', at) + 1;
      operands.push('string');
    } else if (char === '<' || char === '>' || char === '[' || char === ']' || char === '{' || char === '}') {
      at += char === '<' || char === '>' ? 2 : 1;
      operands.push('other');
    } else if (char === '/') {
      let end = at + 1;
      while (end < content.length && !DELIMITER.test(content[end] ?? '')) end += 1;
      operands.push(content.slice(at, end));
      at = end;
    } else {
      let end = at + 1;
      while (end < content.length && !DELIMITER.test(content[end] ?? '')) end += 1;
      const word = content.slice(at, end);
      at = end;
      const value = Number(word);
      if (word !== '' && Number.isFinite(value) && /^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) {
        operands.push(value);
        continue;
      }
      switch (word) {
        case 'q':
          saved.push(ctm);
          break;
        case 'Q':
          ctm = saved.pop() ?? IDENTITY;
          break;
        case 'cm':
          ctm = times(numbers(6) ?? IDENTITY, ctm);
          break;
        case 'BT':
          textMatrix = IDENTITY;
          break;
        case 'Tm':
          textMatrix = numbers(6) ?? textMatrix;
          break;
        case 'Td':
        case 'TD': {
          const [x, y] = (operands.slice(-2) as number[]) ?? [0, 0];
          textMatrix = times([1, 0, 0, 1, x ?? 0, y ?? 0], textMatrix);
          break;
        }
        case 'Tf':
          fontSize = typeof operands[operands.length - 1] === 'number' ? (operands[operands.length - 1] as number) : fontSize;
          break;
        case 'Tj':
        case 'TJ':
        case "'":
        case '"': {
          const m = times(textMatrix, ctm);
          const size = Math.round(Math.abs(fontSize) * Math.hypot(m[2], m[3]) * 10) / 10;
          sizes.set(size, (sizes.get(size) ?? 0) + 1);
          break;
        }
        case 'ID': {
          const end = content.slice(at).search(/\sEI[\s]/);
          at = end < 0 ? content.length : at + end + 3;
          break;
        }
        default:
          break;
      }
      operands = [];
    }
  }
}

export async function pdfAccessibility(bytes: Uint8Array): Promise<PdfAccessibility> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const catalog = pdf.catalog;
  const markInfo = lookup(pdf, catalog.get(PDFName.of('MarkInfo')));
  const preferences = lookup(pdf, catalog.get(PDFName.of('ViewerPreferences')));
  const structure = structureOf(pdf);
  const contentLanguages = new Set<string>();
  const textSizes = new Map<number, number>();
  for (let page = 0; page < pdf.getPageCount(); page += 1) {
    const content = contentOf(pdf, page);
    for (const match of content.matchAll(/\/Lang\s*\(([^)]*)\)/g)) contentLanguages.add(match[1] ?? '');
    addTextSizes(content, textSizes);
  }
  return {
    tagged: markInfo instanceof PDFDict && markInfo.get(PDFName.of('Marked')) === PDFBool.True && catalog.has(PDFName.of('StructTreeRoot')),
    language: text(lookup(pdf, catalog.get(PDFName.of('Lang')))),
    displaysTitle: preferences instanceof PDFDict && preferences.get(PDFName.of('DisplayDocTitle')) === PDFBool.True,
    title: pdf.getTitle() ?? '',
    bookmarks: bookmarksOf(pdf),
    ...structure,
    contentLanguages,
    textSizes,
  };
}
