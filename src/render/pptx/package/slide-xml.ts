import type { LayoutView } from '../../../compose/slide-pack/slide-pack-view.js';
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


/** The layout's footer and slide number placeholders, filled: where the layout has them, the slide must carry them to show them. */
export function withLayoutPlaceholders(
  xml: string,
  layout: LayoutView,
  text: { readonly footer: string; readonly number: number; readonly language: string },
  listStyle: (type: 'ftr' | 'sldNum') => string,
): string {
  const shape = (name: string, ph: string, content: string, style: string): string =>
    `<p:sp><p:nvSpPr><p:cNvPr id="0" name="${name}"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr>${ph}</p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle>${style}</a:lstStyle><a:p>${content}</a:p></p:txBody></p:sp>`;
  const rPr = `<a:rPr lang="${xmlEscape(text.language)}"/>`;
  const shapes: string[] = [];
  if (layout.footer?.idx !== undefined) shapes.push(shape('Footer', `<p:ph type="ftr" sz="quarter" idx="${layout.footer.idx}"/>`, `<a:r>${rPr}<a:t>${xmlEscape(text.footer)}</a:t></a:r>`, listStyle('ftr')));
  if (layout.slideNumber?.idx !== undefined) {
    shapes.push(shape('Slide Number', `<p:ph type="sldNum" sz="quarter" idx="${layout.slideNumber.idx}"/>`, `<a:fld id="{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}" type="slidenum">${rPr}<a:t>${text.number}</a:t></a:fld>`, listStyle('sldNum')));
  }
  return shapes.length === 0 ? xml : xml.replace('</p:spTree>', `${shapes.join('')}</p:spTree>`);
}

/** The title placeholder as the layout names it: a title slide's is most often a centred title (`ctrTitle`). */
export function slideOnLayout(xml: string, layout: LayoutView): string {
  return layout.titleType === 'title' ? xml : xml.replace('<p:ph type="title"/>', `<p:ph type="${layout.titleType}"/>`);
}
