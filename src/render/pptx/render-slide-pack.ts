import PptxGenJS from 'pptxgenjs';
import type { SlidePackView } from '../../compose/slide-pack/slide-pack-view.js';
import { drawItem } from './draw-items.js';
import { finishPackage } from './package/finish-package.js';
import { defineMasters, drawFooter } from './slide-masters.js';

/**
 * Draws the composed slide pack as PPTX bytes, nothing else: no file is written and nothing is
 * decided here that the view does not say. pptxgenjs draws the slide masters, slides, titles,
 * text and sparklines; the package step writes the tables and charts into their slots and makes
 * the file accessible and deterministic (see `package/finish-package.ts`).
 */
export async function renderSlidePack(view: SlidePackView): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = view.title;
  pptx.subject = view.subject;
  pptx.author = view.organisation;
  pptx.company = view.organisation;
  pptx.theme = { headFontFace: 'Arial', bodyFontFace: 'Arial' };
  const masters = defineMasters(pptx, view);
  for (const slideView of view.slides) {
    const slide = pptx.addSlide({ masterName: masters.get(slideView.layout) ?? '' });
    slide.addText(slideView.title.text, { placeholder: 'title', fontSize: slideView.title.fontSize, align: 'left' });
    slideView.items.forEach((item, index) => drawItem(slide, item, index));
    drawFooter(slide, view, slideView.layout);
  }
  const raw = await pptx.write({ outputType: 'uint8array', compression: false });
  if (!(raw instanceof Uint8Array)) throw new Error('pptxgenjs did not return bytes');
  return finishPackage(raw, view);
}
