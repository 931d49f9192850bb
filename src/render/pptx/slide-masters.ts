import type PptxGenJS from 'pptxgenjs';
import { TYPEFACE } from '../../compose/slide-pack/font-metrics.js';
import type { LayoutView, SlidePackView } from '../../compose/slide-pack/slide-pack-view.js';

/** Text inset of the title placeholder, points (0.06 in, as the composer measures). */
const TITLE_INSET_PT = 4.32;

/**
 * One slide master per layout in the view: the organisation's colour as the title band (or the
 * whole title slide), a title placeholder so every slide has a real title, the slide number and,
 * in a draft, the DRAFT mark. Returns the master names by layout. The footer is not on the master:
 * LibreOffice reads a master's text before the slide's own, so a screen reader would read the
 * footer before the title; each slide draws it after its content instead ({@link drawFooter}).
 */
export function defineMasters(pptx: PptxGenJS, view: SlidePackView): Map<LayoutView['name'], string> {
  const names = new Map<LayoutView['name'], string>();
  for (const layout of view.layouts) {
    const name = `PACKSMITH ${layout.name.toUpperCase()}`;
    const objects: PptxGenJS.SlideMasterProps['objects'] = [];
    if (layout.band !== undefined) objects.push({ rect: { ...layout.band, fill: { color: view.theme.primary }, line: { type: 'none' } } });
    objects.push({
      placeholder: {
        options: { name: 'title', type: 'title', ...layout.titleBox, fontFace: TYPEFACE, fontSize: 24, bold: true, color: layout.titleColour, align: 'left', valign: 'middle', margin: TITLE_INSET_PT },
        text: '',
      },
    });
    if (view.draftMark !== undefined) {
      const mark = view.draftMark;
      objects.push({ text: { text: mark.text, options: { ...layout.draftMarkBox, fontFace: TYPEFACE, fontSize: 14, bold: true, color: mark.colour, fill: { color: mark.fill }, align: 'center', valign: 'middle', margin: 0 } } });
    }
    const master: PptxGenJS.SlideMasterProps = { title: name, background: { color: layout.background }, objects };
    if (layout.slideNumberBox !== undefined) master.slideNumber = { ...layout.slideNumberBox, fontFace: TYPEFACE, fontSize: 9, color: view.theme.muted, align: 'right' };
    pptx.defineSlideMaster(master);
    names.set(layout.name, name);
  }
  return names;
}

/** The footer along the foot of a slide whose layout has one, drawn after the slide's content. */
export function drawFooter(slide: PptxGenJS.Slide, view: SlidePackView, layout: LayoutView['name']): void {
  const box = view.layouts.find((l) => l.name === layout)?.footerBox;
  if (box === undefined) return;
  slide.addText(view.footer, { ...box, fontFace: TYPEFACE, fontSize: 9, color: view.theme.muted, valign: 'middle', margin: 0, objectName: 'Footer' });
}
