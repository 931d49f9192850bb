import { NO_FIGURE } from '../format-figure.js';
import { actualValue, chartValue, directionSentence, headlineOf } from '../metric-figures.js';
import type { HistoryPointView, LevelFigures, MetricView, SpcColours } from '../pack-model.js';
import { renderTemplate } from '../templates.js';
import { oneLine } from '../words.js';
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
  readonly altText: string;
  /** Periods of the chart whose count was suppressed (gaps in the line). */
  readonly gaps: readonly string[];
}

export interface SpcMetricChart extends DrawnChart {
  readonly kind: 'spc';
  readonly spc: SpcChartData;
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

/** The figures of the periods shown. */
function figuresOf(points: readonly HistoryPointView[]): number {
  return points.filter((p) => actualValue(p) !== undefined).length;
}

/**
 * Whether a line of actual against plan would show a trend: enough figures, and not all the same
 * (a flat line of zeros says less than a sentence that reads "0 in every period").
 */
export function showsATrend(points: readonly HistoryPointView[]): boolean {
  const figures = points.flatMap((p) => [actualValue(p), p.plan?.value]).filter((v): v is number => v !== undefined);
  return figuresOf(points) >= FEWEST_POINTS_FOR_A_CHART && new Set(figures).size > 1;
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

function spcChart(metric: MetricView, level: LevelFigures, colours: ChartColours, count: number): SpcMetricChart | undefined {
  const reading = metric.spc;
  if (!spcToChart(reading)) return undefined;
  const spc = spcChartData(metric, level, reading, count, colours.spc, colours.target);
  const hasPlan = spc.series.some((s) => s.name === 'Target');
  const altText = renderTemplate('charts/spc-chart-alt-text', {
    ...altTextBasics(metric, level, spc.categories, hasPlan),
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
  return { kind: 'spc', level, categories: spc.categories, series: spc.series, spc, altText: oneLine(altText), gaps: spc.categories.filter((c) => suppressed.has(c)) };
}

function plainChart(metric: MetricView, level: LevelFigures, colours: ChartColours, count: number): PlainMetricChart {
  const points = level.history.slice(-count);
  const series = plainSeries(metric, points, colours);
  const categories = points.map((p) => p.period.label);
  const altText = renderTemplate('charts/line-chart-alt-text', { ...altTextBasics(metric, level, categories, series.length > 1), ...actualRange(points), spcNote: metric.spc?.note ?? '' });
  return { kind: 'plain', level, categories, series, altText: oneLine(altText), gaps: points.filter((p) => p.actual?.suppressed === true).map((p) => p.period.label) };
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
