import type PptxGenJS from 'pptxgenjs';
import { THEME_TEXT_FONT } from './theme-font.js';
import type { LayoutName, LayoutView, SlidePackView } from '../../compose/slide-pack/slide-pack-view.js';

/** Text inset of the title placeholder, points (0.06 in, as the composer measures). */
const TITLE_INSET_PT = 4.32;

/**
 * One pptxgenjs master per layout of the view, holding only a title placeholder where the title
 * goes, so that each slide's title is written as a placeholder. These masters are not shipped: the
 * package step puts the template's masters and layouts in their place and points each slide at
 * its template layout, whose title placeholder the title then fills (its font and colour the
 * template's). Returns the master names by layout.
 */
export function defineMasters(pptx: PptxGenJS, view: SlidePackView): Map<LayoutName, string> {
  const names = new Map<LayoutName, string>();
  for (const layout of view.layouts) {
    const name = `PACKSMITH ${layout.name.toUpperCase()}`;
    pptx.defineSlideMaster({
      title: name,
      objects: [{ placeholder: { options: { name: 'title', type: 'title', ...layout.titleBox, valign: 'middle', margin: TITLE_INSET_PT }, text: '' } }],
    });
    names.set(layout.name, name);
  }
  return names;
}

/**
 * What a slide's layout does not carry itself, drawn after the slide's content (so a screen reader
 * reads the title first): the DRAFT mark of a draft; the footer and slide number where the
 * template layout has no placeholder for them (where it has, the package step fills those).
 */
export function drawFurniture(slide: PptxGenJS.Slide, view: SlidePackView, layout: LayoutView): void {
  const font = THEME_TEXT_FONT;
  if (layout.footer !== undefined && layout.footer.idx === undefined) {
    slide.addText(view.footer, { ...layout.footer.box, fontFace: font, fontSize: 9, color: view.theme.muted, valign: 'middle', margin: 0, objectName: 'Footer' });
  }
  if (layout.slideNumber !== undefined && layout.slideNumber.idx === undefined) {
    slide.slideNumber = { ...layout.slideNumber.box, fontFace: font, fontSize: 9, color: view.theme.muted, align: 'right' };
  }
  if (view.draftMark !== undefined && layout.draftMarkBox !== undefined) {
    const mark = view.draftMark;
    slide.addText(mark.text, { ...layout.draftMarkBox, fontFace: font, fontSize: 14, bold: true, color: mark.colour, fill: { color: mark.fill }, line: { color: mark.colour, width: 1 }, align: 'center', valign: 'middle', margin: 0, objectName: 'Draft mark' });
  }
}
