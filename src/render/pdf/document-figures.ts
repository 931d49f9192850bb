import { contentOf, readZip } from '../zip/zip-archive.js';

/**
 * The figures of a Word or PowerPoint document as its own markup gives them: each drawing's
 * alternative text (`descr`) and where LibreOffice will put its figure in the PDF, so that a
 * figure of the PDF can be matched to the drawing it came from, never guessed.
 */

/** A rectangle in points, from the page's top-left corner. */
export interface PageBox {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export type FigurePlace =
  /** A slide's drawing: on the page of its slide (0-based), in its frame. */
  | { readonly kind: 'frame'; readonly page: number; readonly box: PageBox }
  /** A drawing in a document's flow: after so many headings, the `order`-th (0-based) drawing after the last of them. */
  | { readonly kind: 'flow'; readonly headingsBefore: number; readonly order: number };

export interface DocumentFigure {
  /** What the drawing is called, for messages. */
  readonly name: string;
  readonly altText: string;
  readonly place: FigurePlace;
}

const EMU_PER_POINT = 12_700;
const CHART_URI = 'http://schemas.openxmlformats.org/drawingml/2006/chart';

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_all, entity: string) => {
    if (entity.startsWith('#x')) return String.fromCodePoint(Number.parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(Number(entity.slice(1)));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[entity] ?? '';
  });
}

function attribute(element: string, name: string): string {
  const value = new RegExp(`\\s${name}="([^"]*)"`).exec(element)?.[1];
  return value === undefined ? '' : unescapeXml(value);
}

function partsOf(bytes: Uint8Array): Map<string, string> {
  const decoder = new TextDecoder();
  return new Map(readZip(bytes).filter((e) => e.name.endsWith('.xml') || e.name.endsWith('.rels')).map((e) => [e.name, decoder.decode(contentOf(e))]));
}

/**
 * A presentation's charts: one figure each, on its slide's page, in its frame. Slides are taken in
 * the presentation's order; a hidden slide has no page.
 */
export function presentationFigures(pptx: Uint8Array): DocumentFigure[] {
  const parts = partsOf(pptx);
  const presentation = parts.get('ppt/presentation.xml') ?? '';
  const targets = new Map([...(parts.get('ppt/_rels/presentation.xml.rels') ?? '').matchAll(/<Relationship\b[^>]*>/g)].map((m) => [attribute(m[0], 'Id'), attribute(m[0], 'Target')]));
  const slides = [...presentation.matchAll(/<p:sldId\b[^>]*>/g)].map((m) => `ppt/${targets.get(attribute(m[0], 'r:id')) ?? ''}`);
  const figures: DocumentFigure[] = [];
  let page = 0;
  for (const path of slides) {
    const xml = parts.get(path) ?? '';
    if (/<p:sld\b[^>]*\sshow="0"/.test(xml)) continue;
    for (const frame of xml.matchAll(/<p:graphicFrame>[^]*?<\/p:graphicFrame>/g)) {
      if (!frame[0].includes(`uri="${CHART_URI}"`)) continue;
      const properties = /<p:cNvPr\b[^>]*>/.exec(frame[0])?.[0] ?? '';
      const offset = /<a:off x="(-?\d+)" y="(-?\d+)"\/>/.exec(frame[0]);
      const extent = /<a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(frame[0]);
      const [x, y, cx, cy] = [offset?.[1], offset?.[2], extent?.[1], extent?.[2]].map((v) => Number(v ?? Number.NaN) / EMU_PER_POINT) as [number, number, number, number];
      figures.push({ name: attribute(properties, 'name'), altText: attribute(properties, 'descr'), place: { kind: 'frame', page, box: { left: x, top: y, right: x + cx, bottom: y + cy } } });
    }
    page += 1;
  }
  return figures;
}

/** Style ids whose paragraphs are headings: those with an outline level (0-8; 9 is body text). */
function headingStyles(styles: string): Set<string> {
  const ids = new Set<string>();
  for (const style of styles.matchAll(/<w:style\b[^>]*>[^]*?<\/w:style>/g)) {
    if (/<w:outlineLvl w:val="[0-8]"\/>/.test(style[0])) ids.add(attribute(/<w:style\b[^>]*>/.exec(style[0])?.[0] ?? '', 'w:styleId'));
  }
  return ids;
}

/**
 * A Word document's drawings (charts and pictures, which LibreOffice makes figures of), each placed
 * by the headings before it: a paragraph is a heading when its style or its own properties give it
 * an outline level, as LibreOffice and Word both read it.
 */
export function documentFigures(docx: Uint8Array): DocumentFigure[] {
  const parts = partsOf(docx);
  const headings = headingStyles(parts.get('word/styles.xml') ?? '');
  const body = parts.get('word/document.xml') ?? '';
  const figures: DocumentFigure[] = [];
  let headingsBefore = 0;
  let order = 0;
  let paragraphIsHeading = false;
  const marks = /<w:p[ >]|<w:pStyle w:val="([^"]*)"\/>|<w:outlineLvl w:val="([0-9])"\/>|<wp:docPr\b[^>]*>/g;
  for (const mark of body.matchAll(marks)) {
    const [text, style, level] = mark;
    if (text === '<w:p>' || text === '<w:p ') {
      paragraphIsHeading = false;
      continue;
    }
    if (style !== undefined || level !== undefined) {
      const heading = style !== undefined ? headings.has(style) : level !== '9';
      if (heading && !paragraphIsHeading) {
        paragraphIsHeading = true;
        headingsBefore += 1;
        order = 0;
      }
      continue;
    }
    figures.push({ name: attribute(text, 'name'), altText: attribute(text, 'descr'), place: { kind: 'flow', headingsBefore, order } });
    order += 1;
  }
  return figures;
}
