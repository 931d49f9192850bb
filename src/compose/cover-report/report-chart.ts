import type { MetricChart, NoMetricChart } from '../charts/metric-chart.js';
import type { MetricView } from '../pack-model.js';
import { oneLine } from '../words.js';
import type { ChartView } from './cover-report-view.js';

/**
 * A metric's chart as a native Word chart: the same series and value axis as the slide pack's
 * (see `metricChart`). A suppressed count is a gap, never a number, so the chart's data (and the
 * workbook Word embeds for "Edit Data") cannot reveal it.
 */
export function reportChart(metric: MetricView, chart: Exclude<MetricChart, NoMetricChart>): ChartView {
  return {
    kind: 'chart',
    name: `${oneLine(metric.label)} (${chart.level.levelName})`,
    altText: chart.altText,
    categories: chart.categories,
    series: chart.series,
    valueAxis: chart.valueAxis,
  };
}
