import PptxGenJS from 'pptxgenjs';
import type { SlidePackView } from '../../compose/slide-pack/slide-pack-view.js';
import type { SlideTemplate } from '../../house-style/slide-template.js';
import type { LogoImage } from '../../model/house-style.js';
import { packTemplate } from '../../house-style/pack-template.js';
import { drawItem } from './draw-items.js';
import { finishPackage } from './package/finish-package.js';
import { defineMasters, drawFurniture } from './slide-masters.js';

/** What the slide pack is drawn on: the template, and the logo for the title slide where the view places one. */
export interface SlideCanvas {
  readonly template: SlideTemplate;
  readonly logo?: LogoImage;
}

/**
 * Draws the composed slide pack as PPTX bytes, nothing else: no file is written and nothing is
 * decided here that the view does not say. pptxgenjs draws the slides, titles, text and
 * sparklines at the template's size; the package step puts the template's masters, layouts and
 * theme in the file, points each slide at its layout, writes the tables and charts into their
 * slots and makes the file accessible and deterministic (see `package/finish-package.ts`).
 * Without a canvas: packsmith's own template in the view's primary colour, as a pack without a
 * house style is drawn.
 */
export async function renderSlidePack(view: SlidePackView, canvas: SlideCanvas = { template: packTemplate(undefined, `#${view.theme.primary}`).template }): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.defineLayout({ name: 'TEMPLATE', width: view.width, height: view.height });
  pptx.layout = 'TEMPLATE';
  pptx.title = view.title;
  pptx.subject = view.subject;
  pptx.author = view.organisation;
  pptx.company = view.organisation;
  const masters = defineMasters(pptx, view);
  for (const slideView of view.slides) {
    const layout = view.layouts.find((l) => l.name === slideView.layout);
    if (layout === undefined) throw new Error(`the view has no ${slideView.layout} layout`);
    const slide = pptx.addSlide({ masterName: masters.get(slideView.layout) ?? '' });
    slide.addText(slideView.title.text, { placeholder: 'title', fontSize: slideView.title.fontSize });
    if (slideView.kind === 'title' && view.logo !== undefined && canvas.logo !== undefined) {
      const { name, altText, x, y, w, h } = view.logo;
      slide.addImage({ data: `image/${canvas.logo.type};base64,${Buffer.from(canvas.logo.bytes).toString('base64')}`, x, y, w, h, altText, objectName: name });
    }
    slideView.items.forEach((item, index) => drawItem(slide, item, index));
    drawFurniture(slide, view, layout);
  }
  const raw = await pptx.write({ outputType: 'uint8array', compression: false });
  if (!(raw instanceof Uint8Array)) throw new Error('pptxgenjs did not return bytes');
  return finishPackage(raw, view, canvas.template);
}
