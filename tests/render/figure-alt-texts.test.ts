import { PDFArray, PDFDocument, PDFHexString, PDFName, type PDFDict, type PDFRef } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { composeCoverReport } from '../../src/compose/cover-report/compose-cover-report.js';
import { documentFigures, presentationFigures, type DocumentFigure } from '../../src/render/pdf/document-figures.js';
import { FigureMatchError, addFigureAltTexts } from '../../src/render/pdf/figure-alt-texts.js';
import { loadPdf, savePdf } from '../../src/render/pdf/pdf-document.js';
import { renderCoverReport } from '../../src/render/docx/render-cover-report.js';
import { renderSlidePack } from '../../src/render/pptx/render-slide-pack.js';
import { pdfAccessibility } from '../support/pdf-accessibility.js';
import { FINAL, charts, samplePackModel, sampleView } from '../slide-pack/sample-pack.js';

/*
 * The repair of LibreOffice's tagged PDFs, on PDFs made here with the shape LibreOffice gives them:
 * figures without /Alt, each with its page and layout box, after the headings of the document.
 */
interface Tag {
  readonly type: string;
  readonly page?: number;
  /** [left, bottom, right, top], points. */
  readonly box?: readonly [number, number, number, number];
  readonly alt?: string;
}

async function taggedPdf(tags: readonly Tag[], pages = 2): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const pageRefs = Array.from({ length: pages }, () => pdf.addPage([960, 540]).ref);
  const root = pdf.context.obj({ Type: 'StructTreeRoot', RoleMap: { Standard: 'P' } });
  const rootRef = pdf.context.register(root);
  const kids = tags.map((tag) => {
    const element: PDFDict = pdf.context.obj({ Type: 'StructElem', S: tag.type, P: rootRef });
    const page: PDFRef | undefined = tag.page === undefined ? undefined : pageRefs[tag.page];
    if (page !== undefined) element.set(PDFName.of('Pg'), page);
    if (tag.box !== undefined) element.set(PDFName.of('A'), pdf.context.obj({ O: 'Layout', BBox: [...tag.box] }));
    if (tag.alt !== undefined) element.set(PDFName.of('Alt'), PDFHexString.fromText(tag.alt));
    return pdf.context.register(element);
  });
  root.set(PDFName.of('K'), pdf.context.obj(kids) as PDFArray);
  pdf.catalog.set(PDFName.of('StructTreeRoot'), rootRef);
  pdf.catalog.set(PDFName.of('MarkInfo'), pdf.context.obj({ Marked: true }));
  return pdf.save({ useObjectStreams: false });
}

/** The PDF with its figures' alt texts added, as the published PDF gets them. */
async function withFigureAltTexts(bytes: Uint8Array, figures: readonly DocumentFigure[]): Promise<Uint8Array> {
  const pdf = await loadPdf(bytes);
  addFigureAltTexts(pdf, figures);
  return savePdf(pdf);
}

async function figureAlts(bytes: Uint8Array): Promise<string[]> {
  return (await pdfAccessibility(bytes)).elements.filter((e) => e.type === 'Figure').map((e) => e.alt);
}

/** A slide's chart at (x, y) from the top-left, w by h points, on page `page`. */
function slideChart(name: string, page: number, x: number, y: number, w: number, h: number): DocumentFigure {
  return { name, altText: `${name}, in words`, place: { kind: 'frame', page, box: { left: x, top: y, right: x + w, bottom: y + h } } };
}

describe("the figures' alt texts LibreOffice leaves out", () => {
  it("a slide's figure gets the text of the chart whose frame it fills, whatever the order; a figure with its own text keeps it", async () => {
    const pdf = await taggedPdf([
      { type: 'H', page: 0 },
      { type: 'Figure', page: 0, box: [28.8, 64.8, 655.2, 457.2] },
      { type: 'Figure', page: 0, box: [700, 400, 760, 420], alt: 'Variation: Common cause' },
      { type: 'Figure', page: 1, box: [100, 100, 300, 300] },
      { type: 'Figure', page: 1, box: [28.8, 64.8, 655.2, 457.2] },
    ]);
    const repaired = await withFigureAltTexts(pdf, [
      slideChart('Chart B', 1, 28.8, 82.8, 626.4, 392.4),
      slideChart('Chart A', 0, 28.8, 82.8, 626.4, 392.4),
      slideChart('Chart C', 1, 100, 240, 200, 200),
    ]);
    expect(await figureAlts(repaired)).toEqual(['Chart A, in words', 'Variation: Common cause', 'Chart C, in words', 'Chart B, in words']);
    expect(Buffer.from(await withFigureAltTexts(pdf, [slideChart('Chart B', 1, 28.8, 82.8, 626.4, 392.4), slideChart('Chart A', 0, 28.8, 82.8, 626.4, 392.4), slideChart('Chart C', 1, 100, 240, 200, 200)])).equals(Buffer.from(repaired))).toBe(true);
  });

  it("a document's figure gets the text of the drawing after the same headings, in the same order", async () => {
    const pdf = await taggedPdf([{ type: 'H1', page: 0 }, { type: 'Standard', page: 0 }, { type: 'H3', page: 0 }, { type: 'Figure', page: 0 }, { type: 'Figure', page: 1 }, { type: 'H3', page: 1 }, { type: 'Figure', page: 1 }]);
    const flow = (name: string, headingsBefore: number, order: number): DocumentFigure => ({ name, altText: `Line chart of ${name}`, place: { kind: 'flow', headingsBefore, order } });
    const repaired = await withFigureAltTexts(pdf, [flow('A', 2, 0), flow('B', 2, 1), flow('C', 3, 0)]);
    expect(await figureAlts(repaired)).toEqual(['Line chart of A', 'Line chart of B', 'Line chart of C']);
  });

  it('never guesses: a figure that matches no drawing, or a drawing without alt text, stops the repair', async () => {
    const pdf = await taggedPdf([{ type: 'Figure', page: 0, box: [10, 10, 50, 50] }]);
    await expect(withFigureAltTexts(pdf, [slideChart('Chart A', 0, 28.8, 82.8, 626.4, 392.4)])).rejects.toThrow(FigureMatchError);
    await expect(withFigureAltTexts(pdf, [{ ...slideChart('Chart A', 0, 10, 490, 40, 40), altText: '' }])).rejects.toThrow(/Chart A, on page 1 .* has no alternative text in the document/);
  });

  it('leaves a PDF whose figures all have their text as it is', async () => {
    const pdf = await taggedPdf([{ type: 'Figure', page: 0, box: [10, 10, 50, 50], alt: 'A picture' }]);
    expect(addFigureAltTexts(await loadPdf(pdf), [])).toBe(false);
  });
});

describe('the drawings a document gives its figures', () => {
  it("the slide pack's charts, each on its slide's page in its frame, with its alt text", async () => {
    const view = await sampleView(FINAL);
    const figures = presentationFigures(await renderSlidePack(view));
    expect(figures.map((f) => f.altText)).toEqual(charts(view).map((c) => c.altText));
    const first = charts(view)[0];
    const page = view.slides.findIndex((s) => s.items.includes(first!));
    // In points, to the thousandth (inches times 72 need not repeat to the last bit).
    const points = (inches: number) => Math.round(inches * 72 * 1000) / 1000;
    const place = figures[0]?.place;
    const box = place?.kind === 'frame' ? Object.fromEntries(Object.entries(place.box).map(([side, at]) => [side, Math.round(at * 1000) / 1000])) : undefined;
    expect(place?.kind === 'frame' ? place.page : undefined).toBe(page);
    expect(box).toEqual({ left: points(first!.x), top: points(first!.y), right: points(first!.x + first!.w), bottom: points(first!.y + first!.h) });
  });

  it("the cover report's charts, each after the title and headings before it", async () => {
    const view = composeCoverReport(await samplePackModel(), FINAL);
    const figures = documentFigures(await renderCoverReport(view));
    const blocks = view.sections.flatMap((s) => s.blocks);
    const expected = blocks.flatMap((block, at) => {
      if (block.kind !== 'chart') return [];
      // the title is the first heading; each chart in the sample follows a heading of its own
      const headingsBefore = 1 + blocks.slice(0, at).filter((b) => b.kind === 'heading').length;
      return [{ altText: block.altText, place: { kind: 'flow', headingsBefore, order: 0 } }];
    });
    expect(figures.map(({ altText, place }) => ({ altText, place }))).toEqual(expected);
  });
});
