import { xmlEscape } from './xml-text.js';

/**
 * Fixes to each slide's XML that pptxgenjs does not make itself, for PowerPoint's accessibility
 * checker and for valid, stable markup:
 * - every table's header row is flagged (`<a:tblPr firstRow="1"/>`): our tables are written so,
 *   and any table pptxgenjs writes has a bare `<a:tblPr/>` ("Missing table header");
 * - the title placeholder is written plainly as `<p:ph type="title"/>`, and a slide without one
 *   is refused ("Missing slide title"); its text takes the size it was fitted at;
 * - each paragraph keeps one `<a:pPr>`: pptxgenjs repeats it before every run of a paragraph;
 * - shape ids are numbered 1, 2, 3... (pptxgenjs can give a table and a title the same id);
 * - shapes it writes without alt text (the sparklines, the SPC icons) get theirs as `descr`.
 */
/**
 * A paragraph's properties come first in it; any `<a:pPr>` straight after a run is one of the
 * repeats pptxgenjs writes, and goes.
 */
const REPEATED_PARAGRAPH_PROPERTIES = /<\/a:r><a:pPr\b[^>]*?(?:\/>|>[^]*?<\/a:pPr>)/g;

/** Numbers the shapes' ids 1, 2, 3... in document order (split and join: linear on large slides). */
function renumberShapes(xml: string): string {
  const parts = xml.split('<p:cNvPr id="');
  for (let index = 1; index < parts.length; index += 1) {
    const part = parts[index] ?? '';
    parts[index] = `${index}${part.slice(part.indexOf('"'))}`;
  }
  return parts.join('<p:cNvPr id="');
}

/**
 * pptxgenjs sets a placeholder's text in the master's size whatever the slide asks, so the size
 * the title was fitted at is written into the title's runs here.
 */
function sizedTitle(xml: string, slideNumber: number, fontSize: number): string {
  const at = xml.indexOf('<p:ph type="title"/>');
  if (at < 0) throw new Error(`slide ${slideNumber} has no title placeholder`);
  const end = xml.indexOf('</p:sp>', at);
  const title = xml.slice(at, end).replace(/ sz="\d+"/g, ` sz="${Math.round(fontSize * 100)}"`);
  return xml.slice(0, at) + title + xml.slice(end);
}

export function fixSlideXml(xml: string, slide: { readonly number: number; readonly titleSize: number }, altTexts: ReadonlyMap<string, string>): string {
  let fixed = xml.replace(/<a:tblPr\/>/g, '<a:tblPr firstRow="1"/>');
  fixed = fixed.replace(/<p:ph\b[^>]*?\btype="title"[^>]*?\/>/g, '<p:ph type="title"/>');
  fixed = sizedTitle(fixed, slide.number, slide.titleSize);
  fixed = renumberShapes(fixed.replace(REPEATED_PARAGRAPH_PROPERTIES, '</a:r>'));
  if (altTexts.size > 0) {
    fixed = fixed.replace(/<p:cNvPr (id="\d+") name="([^"]*)"/g, (whole: string, idAttribute: string, name: string) => {
      const descr = altTexts.get(name);
      return descr === undefined ? whole : `<p:cNvPr ${idAttribute} name="${name}" descr="${xmlEscape(descr)}"`;
    });
  }
  return fixed;
}

/** The slide layouts carry the title placeholder too; written plainly, as on the slides. */
export function fixLayoutXml(xml: string): string {
  return xml.replace(/<p:ph\b[^>]*?\btype="title"[^>]*?\/>/g, '<p:ph type="title"/>');
}
