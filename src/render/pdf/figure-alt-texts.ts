import { PDFHexString, PDFName, type PDFDocument } from 'pdf-lib';
import type { DocumentFigure, PageBox } from './document-figures.js';
import { isHeading, structureElements, type StructureElement } from './structure-tree.js';

/**
 * LibreOffice (7.4) tags each chart of a Word or PowerPoint document as a `Figure` in the PDF but
 * drops its alternative text: it reads a picture's or shape's description into the figure's /Alt,
 * not a chart's (the Word import loses a chart's description; the PowerPoint import keeps it, but
 * the PDF export does not write it for chart objects). No other way of writing the chart (its
 * title, name or description, anchored or inline, grouped) brings it through. So the PDF is
 * repaired after conversion: each figure without /Alt gets the alt text of the drawing it came
 * from, matched exactly by where the document puts it, or the repair refuses.
 *
 * - A slide's figure is matched by its page and its layout box, which LibreOffice writes as the
 *   drawing's frame (to within {@link TOLERANCE_PT}).
 * - A figure in a document's flow is matched by the headings before it and its order after the
 *   last of them: the structure tree lists headings and figures in the document's order.
 */
const TOLERANCE_PT = 1;

export class FigureMatchError extends Error {}

function near(a: number, b: number): boolean {
  return Math.abs(a - b) <= TOLERANCE_PT;
}

/** The drawing's frame in PDF coordinates (from the page's bottom-left) is the figure's box. */
function sameFrame(box: PageBox, figureBox: NonNullable<StructureElement['box']>, pageHeight: number): boolean {
  const [left, bottom, right, top] = figureBox;
  return near(box.left, left) && near(box.right, right) && near(pageHeight - box.top, top) && near(pageHeight - box.bottom, bottom);
}

function describe(element: StructureElement): string {
  const where = element.page === undefined ? 'on no page' : `on page ${element.page + 1}`;
  return element.box === undefined ? where : `${where} at [${element.box.map((n) => n.toFixed(1)).join(', ')}]`;
}

/** Each figure element without alt text, with the drawing it came from. */
function matchFigures(pdf: PDFDocument, elements: readonly StructureElement[], figures: readonly DocumentFigure[]): Map<StructureElement, DocumentFigure> {
  const pageHeight = (page: number): number => pdf.getPage(page).getHeight();
  const inFlow = new Map<string, DocumentFigure>();
  for (const figure of figures) if (figure.place.kind === 'flow') inFlow.set(`${figure.place.headingsBefore}:${figure.place.order}`, figure);
  const matched = new Map<StructureElement, DocumentFigure>();
  const unmatched: string[] = [];
  let headingsBefore = 0;
  let order = 0;
  for (const element of elements) {
    if (isHeading(element)) {
      headingsBefore += 1;
      order = 0;
      continue;
    }
    if (element.type !== 'Figure') continue;
    const flowKey = `${headingsBefore}:${order}`;
    order += 1;
    if (element.alt.trim() !== '') continue;
    const box = element.box;
    const page = element.page;
    const candidates =
      box !== undefined && page !== undefined
        ? figures.filter((f) => f.place.kind === 'frame' && f.place.page === page && sameFrame(f.place.box, box, pageHeight(page)))
        : [];
    const flowFigure = inFlow.get(flowKey);
    const figure = candidates.length === 1 ? candidates[0] : candidates.length === 0 ? flowFigure : undefined;
    if (figure === undefined) unmatched.push(`a figure ${describe(element)} matches ${candidates.length > 1 ? `${candidates.length} drawings` : 'no drawing'}`);
    else if (figure.altText.trim() === '') unmatched.push(`${figure.name}, ${describe(element)}, has no alternative text in the document`);
    else matched.set(element, figure);
  }
  if (unmatched.length > 0) {
    const listed = unmatched.slice(0, 5).join('; ');
    throw new FigureMatchError(`${unmatched.length} ${unmatched.length === 1 ? 'figure' : 'figures'} of the PDF without alternative text could not be given the text of the drawing ${unmatched.length === 1 ? 'it comes' : 'they come'} from: ${listed}${unmatched.length > 5 ? '; ...' : ''}`);
  }
  return matched;
}

/**
 * Gives every figure of the PDF without alternative text the text of the drawing of the document
 * it came from; returns whether any was given (none where LibreOffice left none out). Throws
 * {@link FigureMatchError} when such a figure matches no drawing, or more than one: the repair
 * never guesses.
 */
export function addFigureAltTexts(pdf: PDFDocument, figures: readonly DocumentFigure[]): boolean {
  const elements = structureElements(pdf);
  if (!elements.some((e) => e.type === 'Figure' && e.alt.trim() === '')) return false;
  const matched = matchFigures(pdf, elements, figures);
  for (const [element, figure] of matched) element.dict.set(PDFName.of('Alt'), PDFHexString.fromText(figure.altText));
  return true;
}
