import type { Paragraph } from 'docx';
import type { ChartView } from '../../compose/cover-report/cover-report-view.js';
import type { ReportCharts } from './chart-parts.js';
import { FONT } from './document-styles.js';

/**
 * A metric's chart as a native Word line chart (editable in Word, with its data in an embedded
 * workbook), drawn from the same series as the slide pack's. Lines differ by pattern as well as
 * colour, so the chart reads in grey scale and for colour-blind readers; its alt text says what
 * it shows. Its parts are written by `chart-xml.ts`.
 */

/**
 * Pixels at 96 per inch: 16 by 9 cm, two to a page. LibreOffice (7.4) lays a Word chart out on its
 * default 16 by 9 cm chart page whatever the chart's frame, then stretches the drawing into the
 * frame: in a 17 by 5.3 cm frame the 8 pt labels came out 4.7 pt tall in the PDF. At 16 by 9 cm
 * the text keeps the size it is given, in Word and in the PDF alike.
 */
const SIZE = { width: 605, height: 340 };
/** Twips to pixels at 96 per inch. */
const TWIPS_PER_PIXEL = 15;

/**
 * `font`: the report's text font (the template's), for the chart's labels and legend. `width`: the
 * text width in twips; on a page narrower than 16 cm of text (a template's wide margins) the chart
 * is narrowed to it, its height and so its type kept.
 */
export function renderChart(chart: ChartView, charts: ReportCharts, font: string = FONT, width: number = SIZE.width * TWIPS_PER_PIXEL): Paragraph {
  return charts.paragraph(chart, { font, width: Math.min(SIZE.width, Math.floor(width / TWIPS_PER_PIXEL)), height: SIZE.height });
}
