import type { Metric, MonthPeriod, SpcSettings } from '../../model/pack-workbook.js';
import { startMonth } from '../../model/period.js';
import type { LevelRows } from '../observation-index.js';
import { monthlySeries, type Gap, type MonthlyPoint } from './monthly-series.js';
import { processChange, type ProcessChangeRule } from './process-change.js';
import type { Side, SpecialCause } from './special-causes.js';
import { assuranceOf, recentPointsDisprove, variationOf, type Assurance, type LimitsAssurance, type Variation } from './spc-icons.js';
import { xmrChart, type XmrChart, type XmrSegment } from './xmr-chart.js';
import { hasLimits, type XmrLimits } from './xmr-limits.js';

/** Limits set from fewer points than this are trial limits (Making Data Count's rule of thumb). */
export const FIRM_LIMIT_POINTS = 12;
/**
 * Fewer values than this between two rebases and there are no limits at all: "useful limits may
 * be constructed with as few as five or six values" (Wheeler, as NHSRplotthedots' guide to the
 * number of points required quotes him), and a shift needs six or seven.
 */
export const FEWEST_LIMIT_POINTS = 6;

export interface SpcPoint {
  readonly period: MonthPeriod;
  readonly value?: number;
  readonly gap?: Gap;
  readonly limits: XmrLimits;
  readonly cause?: SpecialCause;
  readonly variation: Variation;
  /** The plan the month is measured against; absent where no plan covers the month. */
  readonly target?: number;
}

/** Why a monthly series has no limits: no values, fewer than {@link FEWEST_LIMIT_POINTS}, or no two in consecutive months. */
export type TooFew = 'no-values' | 'few-values' | 'no-moving-range';

/** A change of process that reaches the latest point, dated (see {@link processChange}). */
export interface SpcChange {
  readonly rule: ProcessChangeRule;
  readonly side: Side;
  /** The month the change began: the first point of its run. */
  readonly since: MonthPeriod;
  readonly points: number;
  /** The limits of the process it has left: the mean a shift runs beside, the limit a run lies beyond. */
  readonly left: XmrLimits;
  /**
   * The month to rebase from to work out limits of the changed process; absent where the run
   * began where the limits already start (a segment that has changed all along).
   */
  readonly rebaseFrom?: MonthPeriod;
}

/** A metric's statistical process control at its headline level; pure data, no words. */
export interface SpcAssessment {
  /**
   * ok: firm limits; trial: limits from fewer than 12 points; too-few: no limits; constant: every
   * value the limits are set from is the same, so the limits have no width; not-monthly: no chart.
   */
  readonly status: 'ok' | 'trial' | 'too-few' | 'constant' | 'not-monthly';
  readonly levelId?: string;
  /** Why there are no limits, where there are too few values. */
  readonly tooFew?: TooFew;
  /** Months with a value in the series. */
  readonly points: number;
  /** Months of the series whose figure is suppressed. */
  readonly suppressed: number;
  /** The series' first month. */
  readonly from?: MonthPeriod;
  /** The latest limits and the points and month they were set from. */
  readonly limits?: XmrLimits;
  readonly baselinePoints: number;
  readonly baselineFrom?: MonthPeriod;
  /** The value every point of a constant series has. */
  readonly constantValue?: number;
  /** The months new limits start from (rebases that fall within the series), automatic ones included. */
  readonly rebasedFrom: readonly MonthPeriod[];
  /** The change of process the limits were worked out afresh for ("SPC auto rebase"), from its `rebaseFrom`. */
  readonly autoRebase?: SpcChange;
  /** Earlier segments with too few points for limits: their months are left off the series. */
  readonly leftOff: readonly { readonly from: MonthPeriod; readonly to: MonthPeriod }[];
  /** The series' last month, and why it has no value where it has none. */
  readonly latest?: { readonly period: MonthPeriod; readonly gap?: Gap };
  /** The latest point's variation; absent where it is a gap or there are no limits. */
  readonly variation?: Variation;
  /** A change of process that reaches the latest point (after any automatic rebase). */
  readonly change?: SpcChange;
  readonly assurance?: { readonly kind: Assurance; readonly target: number };
  /**
   * What the limits said of the target where the latest six points disprove it: no assurance is
   * given (see {@link recentPointsDisprove}).
   */
  readonly assuranceWithheld?: { readonly kind: LimitsAssurance; readonly target: number };
  readonly series: readonly SpcPoint[];
}

type SpcStatus = SpcAssessment['status'];

function noChart(status: Exclude<SpcStatus, 'ok' | 'trial'>, levelId: string | undefined, rest: Partial<SpcAssessment> = {}): SpcAssessment {
  return { status, ...(levelId === undefined ? {} : { levelId }), points: 0, suppressed: 0, baselinePoints: 0, rebasedFrom: [], leftOff: [], series: [], ...rest };
}

/** Values between a segment's start and end. */
function valuesIn(monthly: readonly MonthlyPoint[], segment: XmrSegment): (number | undefined)[] {
  return monthly.slice(segment.start, segment.end).map((p) => p.value);
}

/** A segment's limits, where it has enough values for them. */
function limitsOf(monthly: readonly MonthlyPoint[], segment: XmrSegment): XmrLimits | undefined {
  if (!hasLimits(segment.limits)) return undefined;
  return valuesIn(monthly, segment).filter((v) => v !== undefined).length < FEWEST_LIMIT_POINTS ? undefined : segment.limits;
}

function chartOf(metric: Metric, monthly: readonly MonthlyPoint[], rebases: readonly MonthPeriod[], settings: SpcSettings): XmrChart {
  const first = monthly[0];
  const rebaseAt = first === undefined ? [] : rebases.map((p) => startMonth(p) - startMonth(first.period));
  const options = { ...(metric.spc.baseline === undefined ? {} : { baseline: metric.spc.baseline }), screenMovingRanges: settings.screenMovingRanges, shiftLength: settings.shiftLength };
  return xmrChart(monthly.map((p) => p.value), rebaseAt, options);
}

/** The change of process reaching the latest point of the chart's last segment, if any. */
function changeOf(monthly: readonly MonthlyPoint[], chart: XmrChart, settings: SpcSettings): SpcChange | undefined {
  const segment = chart.segments[chart.segments.length - 1];
  const limits = segment === undefined ? undefined : limitsOf(monthly, segment);
  if (segment === undefined || limits === undefined || limits.meanMovingRange === 0) return undefined;
  const change = processChange(valuesIn(monthly, segment), limits, settings.shiftLength);
  const since = change === undefined ? undefined : monthly[segment.start + change.start]?.period;
  if (change === undefined || since === undefined) return undefined;
  return { rule: change.rule, side: change.side, since, points: change.points, left: limits, ...(change.start > 0 ? { rebaseFrom: since } : {}) };
}

/** Months in the series with a suppressed figure. */
function suppressedIn(monthly: readonly MonthlyPoint[]): number {
  return monthly.filter((p) => p.gap === 'suppressed').length;
}

/**
 * The XmR chart of a monthly metric at its headline level (see {@link monthlySeries}), with each
 * point's special cause, the latest point's variation, any change of process that reaches it and,
 * where the metric has a direction and a plan for the latest month, the assurance. Where a change
 * of process reaches the latest point the assurance is `process-changed`, never one read from
 * limits the process has left; with "SPC auto rebase" the limits are first worked out afresh from
 * the month the change began. Nothing after `month` is used.
 */
export function assessSpc(metric: Metric, levelId: string | undefined, rows: LevelRows | undefined, month: MonthPeriod, settings: SpcSettings): SpcAssessment {
  if (metric.frequency !== 'month') return noChart('not-monthly', levelId);
  const monthly = levelId === undefined ? [] : monthlySeries(metric, rows, month);
  const firstPoint = monthly[0];
  const lastPoint = monthly[monthly.length - 1];
  const described = {
    points: monthly.filter((p) => p.value !== undefined).length,
    suppressed: suppressedIn(monthly),
    ...(firstPoint === undefined ? {} : { from: firstPoint.period }),
    ...(lastPoint === undefined ? {} : { latest: { period: lastPoint.period, ...(lastPoint.gap === undefined ? {} : { gap: lastPoint.gap }) } }),
  };

  let chart = chartOf(metric, monthly, metric.spc.rebase, settings);
  let change = changeOf(monthly, chart, settings);
  let autoRebase: SpcChange | undefined;
  const suggested = change?.rebaseFrom;
  if (settings.autoRebase && suggested !== undefined && change !== undefined && change.points >= FEWEST_LIMIT_POINTS) {
    autoRebase = change;
    chart = chartOf(metric, monthly, [...metric.spc.rebase, suggested], settings);
    change = changeOf(monthly, chart, settings);
  }

  const rebasedFrom = chart.segments.slice(1).flatMap((s) => monthly[s.start]?.period ?? []);
  const auto = autoRebase === undefined ? {} : { autoRebase };
  const current = chart.segments[chart.segments.length - 1];
  const currentValues = current === undefined ? [] : valuesIn(monthly, current).filter((v): v is number => v !== undefined);
  const limits = current === undefined ? undefined : limitsOf(monthly, current);
  if (current === undefined || limits === undefined) {
    const tooFew: TooFew = currentValues.length === 0 ? 'no-values' : currentValues.length < FEWEST_LIMIT_POINTS ? 'few-values' : 'no-moving-range';
    return noChart('too-few', levelId, { ...described, tooFew, baselinePoints: currentValues.length, rebasedFrom, ...auto });
  }
  if (limits.meanMovingRange === 0) {
    const constant = currentValues.every((v) => v === limits.mean) ? { constantValue: limits.mean } : {};
    return noChart('constant', levelId, { ...described, baselinePoints: limits.baselinePoints, rebasedFrom, ...auto, ...constant });
  }

  const chartable = (index: number) => {
    const segment = chart.segments[index];
    return segment !== undefined && limitsOf(monthly, segment) !== undefined;
  };
  const leftOff = chart.segments.flatMap((s, index) => {
    const from = monthly[s.start]?.period;
    const to = monthly[s.end - 1]?.period;
    return chartable(index) || from === undefined || to === undefined ? [] : [{ from, to }];
  });
  // Plain assignment rather than conditional spreads: this runs for every month of every metric.
  const series: SpcPoint[] = [];
  monthly.forEach((point, i) => {
    const charted = chart.points[i];
    if (charted?.limits === undefined || !chartable(charted.segment)) return;
    const spcPoint: { -readonly [K in keyof SpcPoint]: SpcPoint[K] } = { period: point.period, limits: charted.limits, variation: variationOf(charted.cause, metric.direction) };
    if (point.value !== undefined) spcPoint.value = point.value;
    if (point.gap !== undefined) spcPoint.gap = point.gap;
    if (charted.cause !== undefined) spcPoint.cause = charted.cause;
    if (point.plan !== undefined) spcPoint.target = point.plan;
    series.push(spcPoint);
  });
  const last = series[series.length - 1];
  const baselineFrom = monthly[current.start + limits.baselineStart]?.period;
  const target = lastPoint?.plan;
  const fromLimits = target === undefined ? undefined : assuranceOf(limits, target, metric.direction);
  const reading = assuranceReading(fromLimits, target, change, series, metric);
  return {
    status: limits.baselinePoints < FIRM_LIMIT_POINTS ? 'trial' : 'ok',
    ...(levelId === undefined ? {} : { levelId }),
    ...described,
    limits,
    baselinePoints: limits.baselinePoints,
    ...(baselineFrom === undefined ? {} : { baselineFrom }),
    rebasedFrom,
    ...auto,
    leftOff,
    ...(last === undefined || last.value === undefined ? {} : { variation: last.variation }),
    ...(change === undefined ? {} : { change }),
    ...reading,
    series,
  };
}

/**
 * The assurance: `process-changed` where a change of process reaches the latest point; else what
 * the limits say, unless the latest six points disprove it, when none is given.
 */
function assuranceReading(fromLimits: LimitsAssurance | undefined, target: number | undefined, change: SpcChange | undefined, series: readonly SpcPoint[], metric: Metric): Pick<SpcAssessment, 'assurance' | 'assuranceWithheld'> {
  if (fromLimits === undefined || target === undefined) return {};
  if (change !== undefined) return { assurance: { kind: 'process-changed', target } };
  if (recentPointsDisprove(fromLimits, series, metric.direction)) return { assuranceWithheld: { kind: fromLimits, target } };
  return { assurance: { kind: fromLimits, target } };
}
