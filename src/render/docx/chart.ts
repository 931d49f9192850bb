import { LineRuleType, Paragraph } from 'docx';
import { ChartRun, type ChartSeries } from 'docx/charts';
import type { ChartSeriesView, ChartView } from '../../compose/cover-report/cover-report-view.js';
import { FONT } from './document-styles.js';

/**
 * A metric's trend as a native Word line chart (editable in Word, with its data in an embedded
 * workbook). Actual and plan differ by line style as well as colour (solid with markers, dashed),
 * so the chart reads in grey scale and for colour-blind readers; its alt text says what it shows.
 */
const PLAN_GREY = '768692';
/**
 * Pixels at 96 per inch: 16 by 9 cm, two to a page. LibreOffice (7.4) lays a Word chart out on its
 * default 16 by 9 cm chart page whatever the chart's frame, then stretches the drawing into the
 * frame: in a 17 by 5.3 cm frame the 8 pt labels came out 4.7 pt tall in the PDF. At 16 by 9 cm
 * the text keeps the size it is given, in Word and in the PDF alike.
 */
const SIZE = { width: 605, height: 340 };

function series(view: ChartSeriesView, primary: string): ChartSeries {
  return view.role === 'actual'
    ? { name: view.name, values: view.values, color: primary, line: { color: primary, width: 2.25 }, markers: { shape: 'circle', size: 5 } }
    : { name: view.name, values: view.values, color: PLAN_GREY, line: { color: PLAN_GREY, width: 1.5, dash: 'dash' }, markers: false };
}

export function renderChart(chart: ChartView, primary: string): Paragraph {
  const { minimum, maximum, interval, numberFormat, title } = chart.valueAxis;
  return new Paragraph({
    keepLines: true,
    // single spacing: a proportional line spacing would stretch the chart's line beyond the chart
    spacing: { line: 240, lineRule: LineRuleType.AUTO, after: 120 },
    children: [
      new ChartRun({
        type: 'line',
        categories: chart.categories,
        series: chart.series.map((s) => series(s, primary)),
        emptyValues: 'gap',
        font: { name: FONT },
        legend: { position: 'bottom', font: { size: 8 } },
        categoryAxis: { labelRotation: -45, font: { size: 8 } },
        valueAxis: { minimum, maximum, interval, numberFormat, font: { size: 8 }, ...(title === undefined ? {} : { title: { text: title, font: { size: 8 } } }) },
        transformation: SIZE,
        altText: { name: chart.name, title: chart.name, description: chart.altText },
      }),
    ],
  });
}
