import type { MetricChart, NoMetricChart } from '../charts/metric-chart.js';
import type { MetricView } from '../pack-model.js';
import { oneLine } from '../words.js';
import { axisRange, type AxisRange } from './chart-axis.js';
import type { ChartView } from './cover-report-view.js';

/**
 * A metric's chart as a native Word chart: the same series as the slide pack's (see
 * `metricChart`), with a value axis fitted to them, since Word and LibreOffice start an axis at 0
 * unless told otherwise. A suppressed count is a gap, never a number, so the chart's data (and the
 * workbook Word embeds for "Edit Data") cannot reveal it.
 */

const MINUTES_A_DAY = 1_440;

/**
 * Decimals the axis labels need to print its steps (a step of 2.5% needs one, of 5,000 none): the
 * data's own decimals (65.96%) would print every label as 67.00%.
 */
function axisDecimals(interval: number): number {
  for (let decimals = 0; decimals < 3; decimals += 1) {
    const scaled = interval * 10 ** decimals;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-9) return decimals;
  }
  return 3;
}

function numberFormat(unit: string, decimals: number): string {
  const fraction = decimals > 0 ? `.${'0'.repeat(decimals)}` : '';
  switch (unit) {
    case 'percent':
      return `0${fraction}%`;
    case 'duration':
      return '[h]:mm:ss';
    default:
      return `#,##0${fraction}`;
  }
}

const AXIS_TITLES: Readonly<Record<string, string>> = {
  'gbp-millions': '£ millions',
  'gbp-thousands': '£ thousands',
  'rate-per-1000': 'per 1,000',
  duration: 'hours:minutes:seconds',
};

/** Durations get their axis in whole minutes (00:05:00 steps), not in fractions of a day. */
function valueAxis(unit: string, figures: readonly number[]): AxisRange {
  if (unit !== 'duration') return axisRange(figures, { percent: unit === 'percent' });
  const inMinutes = axisRange(figures.map((days) => days * MINUTES_A_DAY), { percent: false });
  const interval = Math.max(1, Math.round(inMinutes.interval));
  const minimum = Math.floor(inMinutes.minimum / interval) * interval;
  const maximum = Math.ceil(inMinutes.maximum / interval) * interval;
  return { minimum: minimum / MINUTES_A_DAY, maximum: maximum / MINUTES_A_DAY, interval: interval / MINUTES_A_DAY };
}

/** The Word chart of a metric's drawn chart (an SPC chart, or actual against plan). */
export function reportChart(metric: MetricView, chart: Exclude<MetricChart, NoMetricChart>): ChartView {
  const figures = chart.series.flatMap((s) => s.values).filter((v): v is number => v !== null);
  const axis = valueAxis(metric.unitCode, figures);
  const title = AXIS_TITLES[metric.unitCode];
  const decimals = axisDecimals(metric.unitCode === 'percent' ? axis.interval * 100 : axis.interval);
  return {
    kind: 'chart',
    name: `${oneLine(metric.label)} (${chart.level.levelName})`,
    altText: chart.altText,
    categories: chart.categories,
    series: chart.series,
    valueAxis: { ...axis, numberFormat: numberFormat(metric.unitCode, decimals), ...(title === undefined ? {} : { title }) },
  };
}
