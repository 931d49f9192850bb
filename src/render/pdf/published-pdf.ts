import { documentFigures, presentationFigures } from './document-figures.js';
import { addFigureAltTexts } from './figure-alt-texts.js';
import { mergedSlideDocument } from './merged-pdf.js';
import { loadPdf, savePdf } from './pdf-document.js';
import { stablePdf } from './stable-pdf.js';

/** A Word or PowerPoint document, by its file name and bytes. */
export interface SourceDocument {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/**
 * LibreOffice's PDF of a document as the pack publishes it, from the PDFs of its parts (one where
 * it was converted whole; a slide pack's parts merged, see `merged-pdf.ts`): with the alternative
 * text of every chart, which LibreOffice leaves out, taken from the document
 * ({@link addFigureAltTexts}), and dated by the document, so the same document gives the same
 * bytes ({@link stablePdf}). The PDF is read once and written once: a 52-slide pack's took 0.9 s
 * read, merged, written, read and written again.
 */
export async function publishedPdf(parts: readonly Uint8Array[], source: SourceDocument, date: Date): Promise<Uint8Array> {
  const figures = /\.pptx$/i.test(source.name) ? presentationFigures(source.bytes) : documentFigures(source.bytes);
  const [whole] = parts;
  if (whole === undefined) throw new Error(`no PDF of ${source.name}`);
  const pdf = parts.length === 1 ? await loadPdf(whole) : await mergedSlideDocument(parts);
  const added = addFigureAltTexts(pdf, figures);
  return stablePdf(added || parts.length > 1 ? await savePdf(pdf) : whole, date);
}
