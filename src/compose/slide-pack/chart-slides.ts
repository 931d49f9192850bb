import type { AreaView, LevelFigures, MetricView } from '../pack-model.js';
import { renderTemplate } from '../templates.js';
import { areaAnchor, chartAnchor } from './anchors.js';
import { assuranceText, chartFacts, variationText } from './chart-facts.js';
import { BODY, GUTTER } from './geometry.js';
import { BODY_ABOVE_LINKS, linkRow } from './link-row.js';
import { actualValue, chartValue, directionSentence, hasChart, headlineOf, majorUnit, valueFormat } from './metric-figures.js';
import { shrinkToFit } from './shrink-to-fit.js';
import { slideDraft, type ComposeContext, type SlideDraft } from './slide-draft.js';
import type { ChartSeriesView, LineChartView } from './slide-pack-view.js';
import { specialCauseSentence, spcChartData, spcToChart, type SpcChartData } from './spc-chart.js';

/** Periods a chart covers. */
export const CHART_POINTS = 24;
const CHART_WIDTH = 8.7;
const PLAN_COLOUR = '404040';

interface DrawnChart {
  readonly chart: LineChartView;
  /** The SPC chart's parts, where the metric's SPC has limits to draw. */
  readonly spc?: SpcChartData;
  /** Periods of the chart whose count was suppressed (gaps in the line). */
  readonly gaps: readonly string[];
}

/** Actual against plan, for a metric whose SPC has no limits to draw (too few points, not monthly). */
function plainSeries(ctx: ComposeContext, metric: MetricView, level: LevelFigures): { categories: string[]; series: ChartSeriesView[] } {
  const points = level.history.slice(-CHART_POINTS);
  const marker = { symbol: 'circle', size: 5, fill: ctx.palette.theme.primary, line: ctx.palette.theme.primary } as const;
  const actual: ChartSeriesView = { name: 'Actual', values: points.map((p) => chartValue(metric, actualValue(p))), colour: ctx.palette.theme.primary, dash: 'solid', width: 2.25, marker, points: [], inLegend: true };
  const planValues = points.map((p) => chartValue(metric, p.plan?.value));
  const plan: ChartSeriesView = { name: 'Plan', values: planValues, colour: PLAN_COLOUR, dash: 'dash', width: 2.25, marker: { ...marker, fill: PLAN_COLOUR, line: PLAN_COLOUR }, points: [], inLegend: true };
  return { categories: points.map((p) => p.period.label), series: planValues.some((v) => v !== null) ? [actual, plan] : [actual] };
}

function altText(metric: MetricView, level: LevelFigures, categories: readonly string[], hasPlan: boolean, spc: SpcChartData | undefined): string {
  const common = {
    label: metric.label,
    level: level.levelName,
    firstPeriod: categories[0] ?? '',
    lastPeriod: categories[categories.length - 1] ?? '',
    hasPlan,
    direction: directionSentence(metric),
    period: metric.currentPeriod?.label ?? categories[categories.length - 1] ?? '',
    actual: level.actual?.display ?? '–',
    plan: level.plan?.display ?? '',
    word: metric.rating.word,
  };
  const reading = metric.spc;
  if (spc === undefined || reading === undefined) return renderTemplate('slide-pack/chart-alt-text', { ...common, spcNote: reading?.note ?? '' });
  return renderTemplate('slide-pack/spc-chart-alt-text', {
    ...common,
    trial: reading.status === 'trial',
    baselinePoints: reading.baselinePoints,
    rebasedFrom: (reading.rebasedFrom ?? []).join(' and '),
    variation: variationText(reading),
    assurance: assuranceText(metric, reading),
    specialCauses: specialCauseSentence(spc.specialCauses),
  });
}

/** The level a chart is of: the SPC series' own (the headline level), else the headline level. */
function chartLevel(metric: MetricView): LevelFigures | undefined {
  return metric.levels.find((l) => l.level === metric.spc?.level) ?? headlineOf(metric);
}

function chartOf(ctx: ComposeContext, metric: MetricView): DrawnChart | undefined {
  const level = chartLevel(metric);
  if (level === undefined) return undefined;
  const spc = spcToChart(metric.spc) ? spcChartData(metric, level, metric.spc, CHART_POINTS, ctx.palette.spc, ctx.palette.rating.red.fill ?? 'C00000') : undefined;
  const { categories, series } = spc ?? plainSeries(ctx, metric, level);
  const hasPlan = series.some((s) => s.name === 'Plan' || s.name === 'Target');
  const step = majorUnit(metric, series.flatMap((s) => s.values));
  const suppressed = new Set(level.history.filter((p) => p.actual?.suppressed === true).map((p) => p.period.label));
  const chart: LineChartView = {
    kind: 'line-chart',
    name: `Chart ${metric.id}`,
    x: BODY.x,
    y: BODY.y,
    w: CHART_WIDTH,
    h: BODY_ABOVE_LINKS.h,
    altText: altText(metric, level, categories, hasPlan, spc),
    categories,
    series,
    valueFormat: valueFormat(metric),
    ...(step === undefined ? {} : { majorUnit: step }),
  };
  return { chart, ...(spc === undefined ? {} : { spc }), gaps: categories.filter((c) => suppressed.has(c)) };
}

function titleOf(metric: MetricView, drawn: DrawnChart): string {
  if (drawn.spc !== undefined) return `${metric.label}: SPC chart, actual against ${drawn.chart.series.some((s) => s.name === 'Target') ? 'target' : 'its limits'}`;
  const hasPlan = drawn.chart.series.some((s) => s.name === 'Plan');
  return hasPlan ? `${metric.label}: actual against plan` : `${metric.label}: actual (no plan to chart)`;
}

/** The area's chart slide for one metric: the chart, the facts beside it, links back. */
function chartSlide(ctx: ComposeContext, area: AreaView, metric: MetricView, drawn: DrawnChart, first: boolean): SlideDraft {
  const side = { x: BODY.x + CHART_WIDTH + GUTTER, y: BODY.y, w: BODY.w - CHART_WIDTH - GUTTER, h: BODY_ABOVE_LINKS.h };
  const facts = chartFacts(ctx, area, metric, drawn.spc, drawn.chart.categories, drawn.gaps);
  const panel = shrinkToFit({ name: 'About this measure', box: side, paragraphs: facts, sizes: [12, 11, 10, 9], colour: ctx.palette.theme.text, fill: ctx.palette.theme.panel, inset: 0.1 });
  const anchors = first ? ['charts', chartAnchor(metric)] : [chartAnchor(metric)];
  const links = linkRow(ctx, [{ text: `Back to ${area.name}`, anchor: areaAnchor(area) }, { text: 'Back to summary', anchor: 'summary' }]);
  return slideDraft('metric-chart', titleOf(metric, drawn), [drawn.chart, panel, links], anchors);
}

/**
 * Slide 8, one per rated metric: a native, editable line chart of the last 24 periods. Where the
 * metric's SPC has limits it is a Making Data Count SPC chart (mean, process limits stepping at a
 * rebase, special causes marked, the target long-dashed) with the variation and assurance beside it;
 * otherwise actual against plan (dashed), with the reason there are no limits.
 */
export function composeChartSlides(ctx: ComposeContext): SlideDraft[] {
  const slides: SlideDraft[] = [];
  for (const area of ctx.model.areas) {
    for (const metric of area.metrics) {
      if (!hasChart(metric)) continue;
      const drawn = chartOf(ctx, metric);
      if (drawn !== undefined) slides.push(chartSlide(ctx, area, metric, drawn, slides.length === 0));
    }
  }
  return slides;
}
