import { formatNumber, NO_FIGURE } from '../format-figure.js';
import { actualValue, chartValue, directionSentence, headlineOf } from '../metric-figures.js';
import type { HistoryPointView, LevelFigures, MetricView, SpcColours, SpcPointView } from '../pack-model.js';
import { renderTemplate } from '../templates.js';
import { oneLine } from '../words.js';
import { valueAxisFor, type ValueAxis } from './chart-axis.js';
import type { ChartSeriesView } from './chart-series.js';
import { assuranceText, variationText } from './spc-words.js';
import { specialCauseSentence, spcChartData, spcToChart, type SpcChartData } from './spc-chart.js';

/**
 * What a metric's trend is drawn as, the same in both documents: a Making Data Count SPC chart
 * where its SPC has limits; a line of actual against plan where it has none but the line would
 * show a trend (a quarterly or yearly series); otherwise no chart, but a sentence saying why and,
 * where there are few periods, a small table of them. A chart that says nothing (a flat line of
 * zeros, a single point) is never drawn.
 */
export type MetricChart = SpcMetricChart | PlainMetricChart | NoMetricChart;

interface DrawnChart {
  readonly level: LevelFigures;
  readonly categories: readonly string[];
  readonly series: readonly ChartSeriesView[];
  /** Fitted to the lines drawn, so a series moving between 70% and 80% is not a flat line. */
  readonly valueAxis: ValueAxis;
  readonly altText: string;
  /** Periods of the chart whose count was suppressed (gaps in the line). */
  readonly gaps: readonly string[];
}

export interface SpcMetricChart extends DrawnChart {
  readonly kind: 'spc';
  readonly spc: SpcChartData;
  /**
   * Where the target lies so far from the figures that drawing it would squash them into a flat
   * line (a handover target of 15 minutes beside waits of 45 to 65): it is left off the chart,
   * and the facts and alt text say where it lies.
   */
  readonly targetOffScale?: { readonly side: 'above' | 'below'; readonly display: string };
}

export interface PlainMetricChart extends DrawnChart {
  readonly kind: 'plain';
}

export interface NoMetricChart {
  readonly kind: 'none';
  readonly level: LevelFigures;
  /** Why there is no chart, in a sentence. */
  readonly sentence: string;
  /** The periods as a small table, where there are few enough ({@link MOST_TABLE_PERIODS}). */
  readonly periods?: readonly HistoryPointView[];
}

/** Periods a chart covers. */
export const CHART_POINTS = 24;
/** Fewer figures than this and a line says nothing. */
export const FEWEST_POINTS_FOR_A_CHART = 3;
/** A series with no chart is shown as a table of its periods up to this many; past it, a sentence alone. */
export const MOST_TABLE_PERIODS = 8;

export interface ChartColours {
  /** Making Data Count's colours, `RRGGBB`. */
  readonly spc: SpcColours;
  /** The actual of a chart without limits. */
  readonly primary: string;
  /** The plan, or the target each SPC point is judged against. */
  readonly plan: string;
  readonly target: string;
}

/** The level a chart is of: the SPC series' own (the headline level), else the headline level. */
export function chartLevel(metric: MetricView): LevelFigures | undefined {
  return metric.levels.find((l) => l.level === metric.spc?.level) ?? headlineOf(metric);
}

/** How many of the periods shown have a figure. */
function figureCount(points: readonly HistoryPointView[]): number {
  return points.filter((p) => actualValue(p) !== undefined).length;
}

/**
 * Whether a line of actual against plan would show a trend: enough figures, and not all the same
 * (a flat line of zeros says less than a sentence that reads "0 in every period").
 */
export function showsATrend(points: readonly HistoryPointView[]): boolean {
  const figures = points.flatMap((p) => [actualValue(p), p.plan?.value]).filter((v): v is number => v !== undefined);
  return figureCount(points) >= FEWEST_POINTS_FOR_A_CHART && new Set(figures).size > 1;
}

function plainSeries(metric: MetricView, points: readonly HistoryPointView[], colours: ChartColours): ChartSeriesView[] {
  const marker = { symbol: 'circle', size: 5, fill: colours.primary, line: colours.primary } as const;
  const actual: ChartSeriesView = { name: 'Actual', values: points.map((p) => chartValue(metric, actualValue(p))), colour: colours.primary, dash: 'solid', width: 2.25, marker, points: [], inLegend: true };
  const planValues = points.map((p) => chartValue(metric, p.plan?.value));
  const plan: ChartSeriesView = { name: 'Plan', values: planValues, colour: colours.plan, dash: 'dash', width: 2.25, marker: { ...marker, fill: colours.plan, line: colours.plan }, points: [], inLegend: true };
  return planValues.some((v) => v !== null) ? [actual, plan] : [actual];
}

/** What every chart's alt text says of the metric and its latest figure. */
function altTextBasics(metric: MetricView, level: LevelFigures, categories: readonly string[], hasPlan: boolean) {
  const suppressed = level.history.filter((p) => p.actual?.suppressed === true && categories.includes(p.period.label)).length;
  return {
    label: oneLine(metric.label),
    level: level.levelName,
    firstPeriod: categories[0] ?? '',
    lastPeriod: categories[categories.length - 1] ?? '',
    hasPlan,
    direction: directionSentence(metric),
    period: metric.currentPeriod?.label ?? categories[categories.length - 1] ?? '',
    actual: level.actual?.display ?? NO_FIGURE,
    plan: level.plan?.display ?? '',
    word: metric.rating.word,
    suppressed,
  };
}

/** The range of the actuals shown: `lowest 12 (Mar-25), highest 19 (Oct-25)`, or empty with fewer than two. */
function actualRange(points: readonly HistoryPointView[]): { lowest: string; highest: string } {
  const shown = points.filter((p) => actualValue(p) !== undefined);
  if (shown.length < 2) return { lowest: '', highest: '' };
  const byValue = [...shown].sort((a, b) => (actualValue(a) ?? 0) - (actualValue(b) ?? 0));
  const words = (p: HistoryPointView | undefined) => (p === undefined ? '' : `${p.actual?.display ?? ''} (${p.period.label})`);
  return { lowest: words(byValue[0]), highest: words(byValue[byValue.length - 1]) };
}

/** The SPC chart's target line's name. */
const TARGET = 'Target';

function figuresOf(series: readonly ChartSeriesView[]): number[] {
  return series.flatMap((s) => s.values).filter((v): v is number => v !== null);
}

function axisOf(metric: MetricView, series: readonly ChartSeriesView[]): ValueAxis {
  return valueAxisFor(metric.unitCode, figuresOf(series));
}

/**
 * Whether the target lies further from the other lines than their own span: drawn, it would
 * squash them into the top or bottom of the plot.
 */
function targetOffScale(metric: MetricView, points: readonly SpcPointView[], series: readonly ChartSeriesView[]): SpcMetricChart['targetOffScale'] {
  const target = series.find((s) => s.name === TARGET);
  const rest = figuresOf(series.filter((s) => s.name !== TARGET));
  const targets = figuresOf(target === undefined ? [] : [target]);
  if (targets.length === 0 || rest.length === 0) return undefined;
  const [low, high] = [Math.min(...rest), Math.max(...rest)];
  const span = high - low;
  // The latest target, in the metric's own unit and decimals (the chart's values are in the axis's units).
  const latest = [...points].reverse().find((p) => p.target !== undefined)?.target;
  if (latest === undefined) return undefined;
  const display = formatNumber(latest, { unit: metric.unitCode, decimals: metric.decimals, withUnit: true });
  if (Math.max(...targets) < low - span) return { side: 'below', display };
  if (Math.min(...targets) > high + span) return { side: 'above', display };
  return undefined;
}

function spcChart(metric: MetricView, level: LevelFigures, colours: ChartColours, count: number): SpcMetricChart | undefined {
  const reading = metric.spc;
  if (!spcToChart(reading)) return undefined;
  const spc = spcChartData(metric, level, reading, count, colours.spc, colours.target);
  const offScale = targetOffScale(metric, reading.series.slice(-count), spc.series);
  const series = offScale === undefined ? spc.series : spc.series.filter((s) => s.name !== TARGET);
  const hasPlan = series.some((s) => s.name === TARGET);
  const altText = renderTemplate('charts/spc-chart-alt-text', {
    ...altTextBasics(metric, level, spc.categories, hasPlan),
    offScale: offScale === undefined ? '' : `the target (${offScale.display}) lies ${offScale.side === 'below' ? 'below' : 'above'} the range shown and is left off the chart`,
    trial: reading.status === 'trial',
    baselinePoints: reading.baselinePoints,
    rebasedFrom: (reading.rebasedFrom ?? []).join(' and '),
    autoRebased: reading.autoRebased === undefined ? '' : `${reading.autoRebased.since.label}, where a change of process began: it ${reading.autoRebased.words}`,
    variation: variationText(reading),
    assurance: assuranceText(metric, reading),
    change: reading.change === undefined || reading.assurance?.code === 'process-changed' ? '' : `it ${reading.change.words}`,
    specialCauses: specialCauseSentence(spc.specialCauses),
  });
  const suppressed = new Set(level.history.filter((p) => p.actual?.suppressed === true).map((p) => p.period.label));
  return {
    kind: 'spc',
    level,
    categories: spc.categories,
    series,
    valueAxis: axisOf(metric, series),
    spc: { ...spc, series },
    ...(offScale === undefined ? {} : { targetOffScale: offScale }),
    altText: oneLine(altText),
    gaps: spc.categories.filter((c) => suppressed.has(c)),
  };
}

function plainChart(metric: MetricView, level: LevelFigures, colours: ChartColours, count: number): PlainMetricChart {
  const points = level.history.slice(-count);
  const series = plainSeries(metric, points, colours);
  const categories = points.map((p) => p.period.label);
  const altText = renderTemplate('charts/line-chart-alt-text', { ...altTextBasics(metric, level, categories, series.length > 1), ...actualRange(points), spcNote: metric.spc?.note ?? '' });
  return { kind: 'plain', level, categories, series, valueAxis: axisOf(metric, series), altText: oneLine(altText), gaps: points.filter((p) => p.actual?.suppressed === true).map((p) => p.period.label) };
}

/** Why a series is not drawn. */
function noChartSentence(metric: MetricView, points: readonly HistoryPointView[]): string {
  const status = metric.spc?.status;
  if (metric.spc !== undefined && (status === 'too-few' || status === 'constant')) return metric.spc.note;
  const figures = points.filter((p) => actualValue(p) !== undefined);
  const first = points[0]?.period.label ?? '';
  const last = points[points.length - 1]?.period.label ?? '';
  const span = first === last ? first : `${first} to ${last}`;
  if (figures.length < FEWEST_POINTS_FOR_A_CHART) {
    // a period of the history always has an actual: those without a figure are suppressed
    const suppressed = points.length - figures.length;
    const hidden = suppressed === 0 ? '' : ` (${suppressed} more suppressed)`;
    return `Too few figures for a chart: ${figures.length === 1 ? 'one figure' : `${figures.length} figures`} in ${span}${hidden}.`;
  }
  const value = figures[0]?.actual?.display ?? '';
  return `The figure is ${value} in every period with a figure from ${span}, so a chart would show no trend.`;
}

/** A metric's chart of its last `count` periods (see {@link MetricChart}); undefined where it has no history. */
export function metricChart(metric: MetricView, colours: ChartColours, count = CHART_POINTS): MetricChart | undefined {
  const level = chartLevel(metric);
  if (level === undefined || level.history.length === 0) return undefined;
  const drawn = spcChart(metric, level, colours, count);
  if (drawn !== undefined) return drawn;
  const points = level.history.slice(-count);
  const spcSaysNothing = metric.spc?.status === 'too-few' || metric.spc?.status === 'constant';
  if (!spcSaysNothing && showsATrend(points)) return plainChart(metric, level, colours, count);
  return { kind: 'none', level, sentence: noChartSentence(metric, points), ...(points.length <= MOST_TABLE_PERIODS ? { periods: points } : {}) };
}
