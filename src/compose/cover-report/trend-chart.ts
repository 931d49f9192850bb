import type { HistoryPointView, LevelFigures, MetricView } from '../pack-model.js';
import { renderTemplate } from '../templates.js';
import { axisRange, type AxisRange } from './chart-axis.js';
import type { ChartView } from './cover-report-view.js';
import { oneLine } from '../words.js';

/**
 * A metric's trend as a chart: actual against plan at the level the metric is rated on. A
 * suppressed count is a gap, never a number, so the chart's data (and the workbook Word embeds
 * for "Edit Data") cannot reveal it.
 */

/** Fewer figures than this and a line says nothing: the trend is given as a table instead. */
export const FEWEST_POINTS_FOR_A_CHART = 3;

const SECONDS_A_DAY = 86_400;
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
  '£m': '£ millions',
  '£000': '£ thousands',
  'per 1,000': 'per 1,000',
  duration: 'hours:minutes:seconds',
};

/** A figure in the chart's unit: durations in days, as Excel holds times, so `[h]:mm:ss` prints them. */
function chartValue(unit: string, value: number | undefined): number | null {
  if (value === undefined) return null;
  return unit === 'duration' ? value / SECONDS_A_DAY : value;
}

/** Durations get their axis in whole minutes (00:05:00 steps), not in fractions of a day. */
function valueAxis(unit: string, figures: readonly number[]): AxisRange {
  if (unit !== 'duration') return axisRange(figures, { percent: unit === 'percent' });
  const inMinutes = axisRange(figures.map((days) => days * MINUTES_A_DAY), { percent: false });
  const interval = Math.max(1, Math.round(inMinutes.interval));
  const minimum = Math.floor(inMinutes.minimum / interval) * interval;
  const maximum = Math.ceil(inMinutes.maximum / interval) * interval;
  return { minimum: minimum / MINUTES_A_DAY, maximum: maximum / MINUTES_A_DAY, interval: interval / MINUTES_A_DAY };
}

/** The figures a chart of these points would draw. */
export function numericActuals(points: readonly HistoryPointView[]): number {
  return points.filter((p) => p.actual?.value !== undefined).length;
}

/**
 * Whether a line would show a trend: enough figures, and not all the same (a flat line of zeros
 * says less than a table that reads "0" in every period).
 */
export function showsATrend(points: readonly HistoryPointView[]): boolean {
  const figures = points.flatMap((p) => [p.actual?.value, p.plan?.value]).filter((v): v is number => v !== undefined);
  return numericActuals(points) >= FEWEST_POINTS_FOR_A_CHART && new Set(figures).size > 1;
}

function altText(metric: MetricView, level: LevelFigures): string {
  const points = level.history;
  const shown = points.filter((p) => p.actual?.value !== undefined);
  const latest = points[points.length - 1];
  const byValue = [...shown].sort((a, b) => (a.actual?.value ?? 0) - (b.actual?.value ?? 0));
  const lowest = byValue[0];
  const highest = byValue[byValue.length - 1];
  const context = {
    label: oneLine(metric.label),
    level: level.levelName,
    first: points[0]?.period.label ?? '',
    last: latest?.period.label ?? '',
    latest: { period: latest?.period.label ?? '', actual: latest?.actual?.display ?? 'not given', plan: latest?.plan?.display ?? '' },
    hasPlan: points.some((p) => p.plan !== undefined),
    rating: level.rating.word,
    lowest: lowest === undefined ? '' : `${lowest.actual?.display ?? ''} (${lowest.period.label})`,
    highest: highest === undefined || shown.length < 2 ? '' : `${highest.actual?.display ?? ''} (${highest.period.label})`,
    suppressed: points.filter((p) => p.actual?.suppressed === true).length,
  };
  return oneLine(renderTemplate('cover-report/chart-alt-text', context));
}

/** The chart of a metric's trend at the given level. */
export function trendChart(metric: MetricView, level: LevelFigures): ChartView {
  const points = level.history;
  const actual = points.map((p) => chartValue(metric.unit, p.actual?.value));
  const plan = points.map((p) => chartValue(metric.unit, p.plan?.value));
  const figures = [...actual, ...plan].filter((v): v is number => v !== null);
  const axis = valueAxis(metric.unit, figures);
  const title = AXIS_TITLES[metric.unit];
  const decimals = axisDecimals(metric.unit === 'percent' ? axis.interval * 100 : axis.interval);
  const series: ChartView['series'] = plan.some((v) => v !== null)
    ? [
        { name: 'Actual', role: 'actual', values: actual },
        { name: 'Plan', role: 'plan', values: plan },
      ]
    : [{ name: 'Actual', role: 'actual', values: actual }];
  return {
    kind: 'chart',
    name: `${oneLine(metric.label)} (${level.levelName})`,
    altText: altText(metric, level),
    categories: points.map((p) => p.period.label),
    series,
    valueAxis: { ...axis, numberFormat: numberFormat(metric.unit, decimals), ...(title === undefined ? {} : { title }) },
  };
}
