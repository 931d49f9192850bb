import type PptxGenJS from 'pptxgenjs';
import { TYPEFACE } from '../../compose/slide-pack/font-metrics.js';
import type { SlideItemView, SparklineView, TextBoxView } from '../../compose/slide-pack/slide-pack-view.js';
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
    fontFace: TYPEFACE,
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

function drawSparkline(slide: PptxGenJS.Slide, line: SparklineView): void {
  const points = line.segments.flatMap((segment) => segment.map((point, index) => (index === 0 ? { ...point, moveTo: true } : point)));
  slide.addShape(CUSTOM_GEOMETRY, { x: line.x, y: line.y, w: line.w, h: line.h, points, line: { color: line.colour, width: 1.25 }, objectName: line.name });
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
    case 'table':
    case 'line-chart':
      slide.addText('', { x: item.x, y: item.y, w: 1, h: 1, objectName: slotName(itemIndex) });
      return;
  }
}
