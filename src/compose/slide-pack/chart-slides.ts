import { metricChart, type ChartColours, type MetricChart, type NoMetricChart } from '../charts/metric-chart.js';
import { NO_FIGURE } from '../format-figure.js';
import { hasChart, valueFormat } from '../metric-figures.js';
import type { AreaView, MetricView } from '../pack-model.js';
import { areaAnchor, chartAnchor } from './anchors.js';
import { chartFacts, type ChartShown } from './chart-facts.js';
import { BODY, GUTTER } from './geometry.js';
import { BODY_ABOVE_LINKS, linkRow } from './link-row.js';
import { paragraph, run } from './rich-text.js';
import { shrinkToFit } from './shrink-to-fit.js';
import { slideDraft, type ComposeContext, type SlideDraft } from './slide-draft.js';
import type { Box, LineChartView, SlideItemView } from './slide-pack-view.js';
import { tableStyle } from './styles.js';
import { cell, layoutTable, placeTable, type ColumnSpec } from './table-layout.js';

const CHART_WIDTH = 8.7;
const PLAN_COLOUR = '404040';

/** The colours a chart is drawn in on the slides. */
export function slideChartColours(ctx: ComposeContext): ChartColours {
  return { spc: ctx.palette.spc, primary: ctx.palette.theme.primary, plan: PLAN_COLOUR, target: ctx.palette.rating.red.fill ?? 'C00000' };
}

function lineChart(metric: MetricView, chart: Exclude<MetricChart, NoMetricChart>, box: Box): LineChartView {
  return {
    kind: 'line-chart',
    name: `Chart ${metric.id}`,
    ...box,
    altText: chart.altText,
    categories: chart.categories,
    series: chart.series,
    valueFormat: valueFormat(metric),
    valueAxis: chart.valueAxis,
  };
}

/** Where a chart would say nothing: the sentence saying why, and the periods as a small table. */
function noChartItems(ctx: ComposeContext, metric: MetricView, chart: NoMetricChart, box: Box): SlideItemView[] {
  const sentence = shrinkToFit({ name: 'Why there is no chart', box: { ...box, h: 0.9 }, paragraphs: [paragraph([run(chart.sentence)])], sizes: [14, 13, 12], colour: ctx.palette.theme.text });
  if (chart.periods === undefined) return [sentence];
  const columns: ColumnSpec[] = [
    { header: 'Period', width: 1.6 },
    { header: 'Plan', width: 1.4, align: 'right' },
    { header: 'Actual', width: 1.4, align: 'right' },
  ];
  const rows = chart.periods.map((p) => [cell(p.period.label), cell(p.plan?.display ?? NO_FIGURE, { align: 'right' }), cell(p.actual?.display ?? NO_FIGURE, { align: 'right' })]);
  const style = tableStyle(ctx.palette);
  const [page] = layoutTable(columns, rows, style, () => box.h - 1);
  if (page === undefined) return [sentence];
  return [sentence, placeTable(`${metric.label} by period`, box.x, box.y + 1, columns, style, page)];
}

function titleOf(metric: MetricView, chart: MetricChart): string {
  switch (chart.kind) {
    case 'spc':
      return `${metric.label}: SPC chart, actual against ${chart.series.some((s) => s.name === 'Target') ? 'target' : 'its limits'}`;
    case 'plain':
      return chart.series.length > 1 ? `${metric.label}: actual against plan` : `${metric.label}: actual (no plan to chart)`;
    case 'none':
      return `${metric.label}: figures by period`;
  }
}

/** The area's chart slide for one metric: the chart (or why there is none), the facts beside it, links back. */
function chartSlide(ctx: ComposeContext, area: AreaView, metric: MetricView, chart: MetricChart, first: boolean): SlideDraft {
  const main = { x: BODY.x, y: BODY.y, w: CHART_WIDTH, h: BODY_ABOVE_LINKS.h };
  const side = { x: BODY.x + CHART_WIDTH + GUTTER, y: BODY.y, w: BODY.w - CHART_WIDTH - GUTTER, h: BODY_ABOVE_LINKS.h };
  const drawn = chart.kind === 'none' ? noChartItems(ctx, metric, chart, main) : [lineChart(metric, chart, main)];
  const shown: ChartShown =
    chart.kind === 'none'
      ? { categories: [], gaps: [], sentence: chart.sentence }
      : { ...(chart.kind === 'spc' ? { spc: chart.spc, ...(chart.targetOffScale === undefined ? {} : { targetOffScale: chart.targetOffScale }) } : {}), categories: chart.categories, gaps: chart.gaps };
  const facts = chartFacts(ctx, area, metric, shown);
  const panel = shrinkToFit({ name: 'About this measure', box: side, paragraphs: facts, sizes: [12, 11, 10, 9], colour: ctx.palette.theme.text, fill: ctx.palette.theme.panel, inset: 0.1 });
  const anchors = first ? ['charts', chartAnchor(metric)] : [chartAnchor(metric)];
  const links = linkRow(ctx, [{ text: `Back to ${area.name}`, anchor: areaAnchor(area) }, { text: 'Back to summary', anchor: 'summary' }]);
  return slideDraft('metric-chart', titleOf(metric, chart), [...drawn, panel, links], anchors);
}

/**
 * One slide per rated metric: a native, editable line chart of the last 24 periods. Where the
 * metric's SPC has limits it is a Making Data Count SPC chart (mean, process limits stepping at a
 * rebase, special causes marked, the target long-dashed where a plan covers the month) with the
 * variation and assurance beside it; where it has none but a line shows a trend, actual against
 * plan; where a chart would say nothing, the sentence saying why and the periods as a table.
 */
export function composeChartSlides(ctx: ComposeContext): SlideDraft[] {
  const slides: SlideDraft[] = [];
  const colours = slideChartColours(ctx);
  for (const area of ctx.model.areas) {
    for (const metric of area.metrics) {
      if (!hasChart(metric)) continue;
      const chart = metricChart(metric, colours);
      if (chart !== undefined) slides.push(chartSlide(ctx, area, metric, chart, slides.length === 0));
    }
  }
  return slides;
}
