import { LineRuleType, Paragraph } from 'docx';
import { ChartRun, type ChartLineDash, type ChartSeries } from 'docx/charts';
import type { ChartSeriesView, LineDash } from '../../compose/charts/chart-series.js';
import type { ChartView } from '../../compose/cover-report/cover-report-view.js';
import { FONT } from './document-styles.js';

/**
 * A metric's chart as a native Word line chart (editable in Word, with its data in an embedded
 * workbook), drawn from the same series as the slide pack's. Lines differ by pattern as well as
 * colour, so the chart reads in grey scale and for colour-blind readers; its alt text says what
 * it shows.
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

const DASHES: Readonly<Record<LineDash, ChartLineDash>> = { solid: 'solid', dash: 'dash', sysDash: 'shortDash', sysDot: 'shortDot', lgDash: 'longDash' };

function lineSeries(view: ChartSeriesView): ChartSeries {
  const { marker } = view;
  return {
    name: view.name,
    values: view.values,
    color: view.colour,
    line: { color: view.colour, width: view.width, dash: DASHES[view.dash] },
    markers: marker.symbol === 'none' ? false : { shape: marker.symbol, size: marker.size },
  };
}

/**
 * The points a series draws unlike the rest (special causes). Word's charts cannot mark one point
 * of a series, so each kind of point is a series of its own over the line, with values at its
 * points only, named for the legend ("Improvement"), its marker in the point's colour (3:1 or
 * more on white).
 */
function pointSeries(view: ChartSeriesView): ChartSeries[] {
  const kinds = [...new Set(view.points.map((p) => p.label))];
  return kinds.flatMap((label) => {
    const points = view.points.filter((p) => p.label === label);
    const first = points[0];
    if (first === undefined) return [];
    const at = new Set(points.map((p) => p.index));
    const values = view.values.map((v, i) => (at.has(i) ? v : null));
    const { marker } = first;
    return [{ name: label, values, color: marker.fill, line: { color: marker.fill, width: view.width }, markers: { shape: marker.symbol === 'none' ? 'circle' : marker.symbol, size: marker.size } }];
  });
}

/**
 * `font`: the report's text font (the template's), for the chart's labels and legend. `width`: the
 * text width in twips; on a page narrower than 16 cm of text (a template's wide margins) the chart
 * is narrowed to it, its height and so its type kept.
 */
export function renderChart(chart: ChartView, font: string = FONT, width: number = SIZE.width * TWIPS_PER_PIXEL): Paragraph {
  const { minimum, maximum, interval, numberFormat, title } = chart.valueAxis;
  const hidden = chart.series.filter((s) => !s.inLegend).map((s) => s.name);
  return new Paragraph({
    keepLines: true,
    // single spacing: a proportional line spacing would stretch the chart's line beyond the chart
    spacing: { line: 240, lineRule: LineRuleType.AUTO, after: 120 },
    children: [
      new ChartRun({
        type: 'line',
        categories: chart.categories,
        series: chart.series.flatMap((s) => [lineSeries(s), ...pointSeries(s)]),
        emptyValues: 'gap',
        font: { name: font },
        legend: { position: 'bottom', font: { size: 8 }, ...(hidden.length === 0 ? {} : { hiddenEntries: hidden }) },
        categoryAxis: { labelRotation: -45, font: { size: 8 } },
        valueAxis: { minimum, maximum, interval, numberFormat, font: { size: 8 }, ...(title === undefined ? {} : { title: { text: title, font: { size: 8 } } }) },
        transformation: { width: Math.min(SIZE.width, Math.floor(width / TWIPS_PER_PIXEL)), height: SIZE.height },
        altText: { name: chart.name, title: chart.name, description: chart.altText },
      }),
    ],
  });
}
