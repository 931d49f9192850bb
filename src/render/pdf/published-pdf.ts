import { documentFigures, presentationFigures } from './document-figures.js';
import { withFigureAltTexts } from './figure-alt-texts.js';
import { stablePdf } from './stable-pdf.js';

/** A Word or PowerPoint document, by its file name and bytes. */
export interface SourceDocument {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/**
 * LibreOffice's PDF of a document as the pack publishes it: dated by the document, so the same
 * document gives the same bytes ({@link stablePdf}), and with the alternative text of every chart,
 * which LibreOffice leaves out, taken from the document ({@link withFigureAltTexts}).
 */
export async function publishedPdf(pdf: Uint8Array, source: SourceDocument, date: Date): Promise<Uint8Array> {
  const figures = /\.pptx$/i.test(source.name) ? presentationFigures(source.bytes) : documentFigures(source.bytes);
  return withFigureAltTexts(stablePdf(pdf, date), figures);
}
