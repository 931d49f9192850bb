import type { Metric, MonthPeriod } from '../../model/pack-workbook.js';
import { periodKey, periodOfMonthIndex, startMonth, type Period } from '../../model/period.js';
import type { LevelRows } from '../observation-index.js';
import { planForPeriod } from '../plan-for-period.js';

/** Why a month of the series has no value. */
export type Gap = 'suppressed' | 'missing';

export interface MonthlyPoint {
  readonly period: MonthPeriod;
  readonly value?: number;
  readonly gap?: Gap;
  /** The plan the month is measured against (a quarter's plan split or applied as for the rating). */
  readonly plan?: number;
}

/**
 * A metric's monthly series at one level, every month from the first with an actual to the last
 * with one at or before the reporting month, oldest first. A month whose figure is suppressed
 * (`*`) or not given is a gap that keeps its place: a suppressed count never reaches the chart,
 * and the months either side are not read as neighbours.
 */
export function monthlySeries(metric: Metric, rows: LevelRows | undefined, month: MonthPeriod): MonthlyPoint[] {
  if (rows === undefined) return [];
  const last = startMonth(month);
  let first = Infinity;
  let latest = -Infinity;
  for (const observation of rows.byPeriod.values()) {
    if (observation.period.kind !== 'month' || observation.actual === undefined) continue;
    const index = startMonth(observation.period);
    if (index > last) continue;
    first = Math.min(first, index);
    latest = Math.max(latest, index);
  }
  const planGivenFor = (period: Period) => rows.byPeriod.get(periodKey(period))?.plan;
  const points: MonthlyPoint[] = [];
  for (let index = first; index <= latest; index++) {
    const period = periodOfMonthIndex(index);
    const actual = rows.byPeriod.get(periodKey(period))?.actual;
    const plan = planForPeriod(period, metric.measureType, planGivenFor)?.value;
    const figure = actual === undefined ? { gap: 'missing' as const } : actual.kind === 'suppressed' ? { gap: 'suppressed' as const } : { value: actual.value };
    points.push({ period, ...figure, ...(plan === undefined ? {} : { plan }) });
  }
  return points;
}
