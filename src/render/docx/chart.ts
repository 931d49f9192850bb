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
/** Pixels at 96 per inch: the portrait text width (17 cm) by about 5.3 cm, four to a page. */
const SIZE = { width: 620, height: 200 };

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
