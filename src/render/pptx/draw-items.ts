import type PptxGenJS from 'pptxgenjs';
import { THEME_TEXT_FONT } from './theme-font.js';
import type { IconView, SlideItemView, SparklineView, TextBoxView } from '../../compose/slide-pack/slide-pack-view.js';
import { textRuns } from './text-runs.js';

/**
 * The name of the empty shape that holds a table's or chart's place in the slide's shape tree
 * (and so in its reading order) until the package step puts the real one there.
 */
export function slotName(itemIndex: number): string {
  return `packsmith-slot-${itemIndex}`;
}

function drawTextBox(slide: PptxGenJS.Slide, box: TextBoxView): void {
  slide.addText(textRuns(box.paragraphs, box), {
    x: box.x,
    y: box.y,
    w: box.w,
    h: box.h,
    fontFace: THEME_TEXT_FONT,
    fontSize: box.fontSize,
    color: box.colour,
    valign: box.valign,
    margin: box.inset * 72,
    fit: 'none',
    wrap: true,
    objectName: box.name,
    ...(box.fill === undefined ? {} : { fill: { color: box.fill } }),
  });
}

/** pptxgenjs draws custom geometry, but its type declarations omit the name (gitbrent/PptxGenJS#1328). */
const CUSTOM_GEOMETRY = 'custGeom' as string as PptxGenJS.SHAPE_NAME;
const ELLIPSE: PptxGenJS.SHAPE_NAME = 'ellipse';

function drawSparkline(slide: PptxGenJS.Slide, line: SparklineView): void {
  const points = line.segments.flatMap((segment) => segment.map((point, index) => (index === 0 ? { ...point, moveTo: true } : point)));
  slide.addShape(CUSTOM_GEOMETRY, { x: line.x, y: line.y, w: line.w, h: line.h, points, line: { color: line.colour, width: 1.25 }, objectName: line.name });
}

/** A Making Data Count icon: a circle in its colour with its letter, as an editable shape. */
function drawIcon(slide: PptxGenJS.Slide, icon: IconView): void {
  slide.addText(icon.letter, {
    shape: ELLIPSE,
    x: icon.x,
    y: icon.y,
    w: icon.w,
    h: icon.h,
    fill: { color: icon.fill },
    line: { color: icon.fill, width: 0.5 },
    fontFace: THEME_TEXT_FONT,
    fontSize: icon.fontSize,
    bold: true,
    color: icon.letterColour,
    align: 'center',
    valign: 'middle',
    margin: 0,
    fit: 'none',
    wrap: false,
    objectName: icon.name,
  });
}

/**
 * Draws one item of the view; the order of calls is the slide's reading order. Tables and charts
 * get a slot here and are written by the package step (`package/table-xml.ts`, `chart-xml.ts`).
 */
export function drawItem(slide: PptxGenJS.Slide, item: SlideItemView, itemIndex: number): void {
  switch (item.kind) {
    case 'text':
      drawTextBox(slide, item);
      return;
    case 'sparkline':
      drawSparkline(slide, item);
      return;
    case 'icon':
      drawIcon(slide, item);
      return;
    case 'table':
    case 'line-chart':
      slide.addText('', { x: item.x, y: item.y, w: 1, h: 1, objectName: slotName(itemIndex) });
      return;
  }
}
