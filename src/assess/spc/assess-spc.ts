import type { Metric, MonthPeriod, SpcSettings } from '../../model/pack-workbook.js';
import { startMonth } from '../../model/period.js';
import type { LevelRows } from '../observation-index.js';
import { monthlySeries, type Gap, type MonthlyPoint } from './monthly-series.js';
import type { SpecialCause } from './special-causes.js';
import { assuranceOf, variationOf, type Assurance, type Variation } from './spc-icons.js';
import { xmrChart } from './xmr-chart.js';
import { hasLimits, type NoLimits, type XmrLimits } from './xmr-limits.js';

/** Limits set from fewer points than this are trial limits (Making Data Count's rule of thumb). */
export const FIRM_LIMIT_POINTS = 12;

export interface SpcPoint {
  readonly period: MonthPeriod;
  readonly value?: number;
  readonly gap?: Gap;
  readonly limits: XmrLimits;
  readonly cause?: SpecialCause;
  readonly variation: Variation;
  /** The plan for the month, else the numeric year-end plan. */
  readonly target?: number;
}

/** A metric's statistical process control at its headline level; pure data, no words. */
export interface SpcAssessment {
  /** ok: firm limits; trial: limits from fewer than 12 points; too-few: no limits; not-monthly: no chart. */
  readonly status: 'ok' | 'trial' | 'too-few' | 'not-monthly';
  readonly levelId?: string;
  /** Why there are no limits, where there are none. */
  readonly tooFew?: NoLimits['reason'];
  /** Months with a value in the series. */
  readonly points: number;
  /** The latest limits and the points and month they were set from. */
  readonly limits?: XmrLimits;
  readonly baselinePoints: number;
  readonly baselineFrom?: MonthPeriod;
  /** The months new limits start from (rebases that fall within the series). */
  readonly rebasedFrom: readonly MonthPeriod[];
  /** Earlier segments with too few points for limits: their months are left off the series. */
  readonly leftOff: readonly { readonly from: MonthPeriod; readonly to: MonthPeriod }[];
  /** The series' last month, and why it has no value where it has none. */
  readonly latest?: { readonly period: MonthPeriod; readonly gap?: Gap };
  /** The latest point's variation; absent where it is a gap or there are no limits. */
  readonly variation?: Variation;
  readonly assurance?: { readonly kind: Assurance; readonly target: number };
  readonly series: readonly SpcPoint[];
}

function targetOf(point: MonthlyPoint, metric: Metric): number | undefined {
  return point.plan ?? (metric.yearEndPlan?.kind === 'number' ? metric.yearEndPlan.value : undefined);
}

function noChart(status: 'too-few' | 'not-monthly', levelId: string | undefined, rest: Partial<SpcAssessment> = {}): SpcAssessment {
  return { status, ...(levelId === undefined ? {} : { levelId }), points: 0, baselinePoints: 0, rebasedFrom: [], leftOff: [], series: [], ...rest };
}

/**
 * The XmR chart of a monthly metric at its headline level (see {@link monthlySeries}), with each
 * point's special cause, the latest point's variation and, where the metric has a direction and
 * a numeric target, the assurance. Nothing after `month` is used.
 */
export function assessSpc(metric: Metric, levelId: string | undefined, rows: LevelRows | undefined, month: MonthPeriod, settings: SpcSettings): SpcAssessment {
  if (metric.frequency !== 'month') return noChart('not-monthly', levelId);
  const monthly = levelId === undefined ? [] : monthlySeries(metric, rows, month);
  const first = monthly[0];
  const rebaseAt = first === undefined ? [] : metric.spc.rebase.map((p) => startMonth(p) - startMonth(first.period));
  const chart = xmrChart(monthly.map((p) => p.value), rebaseAt, { ...(metric.spc.baseline === undefined ? {} : { baseline: metric.spc.baseline }), screenMovingRanges: settings.screenMovingRanges, shiftLength: settings.shiftLength });
  const points = monthly.filter((p) => p.value !== undefined).length;
  const lastPoint = monthly[monthly.length - 1];
  const latest = lastPoint === undefined ? undefined : { period: lastPoint.period, ...(lastPoint.gap === undefined ? {} : { gap: lastPoint.gap }) };
  const rebasedFrom = chart.segments.slice(1).flatMap((s) => monthly[s.start]?.period ?? []);
  const current = chart.segments[chart.segments.length - 1];
  const currentLimits: XmrLimits | NoLimits = current?.limits ?? { kind: 'too-few', reason: 'no-values', values: 0 };
  if (!hasLimits(currentLimits)) {
    return noChart('too-few', levelId, { tooFew: currentLimits.reason, points, baselinePoints: currentLimits.values, rebasedFrom, ...(latest === undefined ? {} : { latest }) });
  }
  const limits = currentLimits;
  const baselineFrom = monthly[(current?.start ?? 0) + limits.baselineStart]?.period;
  const leftOff = chart.segments.flatMap((s) => {
    const from = monthly[s.start]?.period;
    const to = monthly[s.end - 1]?.period;
    return hasLimits(s.limits) || from === undefined || to === undefined ? [] : [{ from, to }];
  });
  // Plain assignment rather than conditional spreads: this runs for every month of every metric.
  const series: SpcPoint[] = [];
  monthly.forEach((point, i) => {
    const charted = chart.points[i];
    if (charted?.limits === undefined) return;
    const spcPoint: { -readonly [K in keyof SpcPoint]: SpcPoint[K] } = { period: point.period, limits: charted.limits, variation: variationOf(charted.cause, metric.direction) };
    if (point.value !== undefined) spcPoint.value = point.value;
    if (point.gap !== undefined) spcPoint.gap = point.gap;
    if (charted.cause !== undefined) spcPoint.cause = charted.cause;
    const target = targetOf(point, metric);
    if (target !== undefined) spcPoint.target = target;
    series.push(spcPoint);
  });
  const last = series[series.length - 1];
  const target = lastPoint === undefined ? undefined : targetOf(lastPoint, metric);
  const assurance = target === undefined ? undefined : assuranceOf(limits, target, metric.direction);
  return {
    status: limits.baselinePoints < FIRM_LIMIT_POINTS ? 'trial' : 'ok',
    ...(levelId === undefined ? {} : { levelId }),
    points,
    limits,
    baselinePoints: limits.baselinePoints,
    ...(baselineFrom === undefined ? {} : { baselineFrom }),
    rebasedFrom,
    leftOff,
    ...(latest === undefined ? {} : { latest }),
    ...(last === undefined || last.value === undefined ? {} : { variation: last.variation }),
    ...(assurance === undefined || target === undefined ? {} : { assurance: { kind: assurance, target } }),
    series,
  };
}
