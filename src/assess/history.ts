import type { Metric, MonthPeriod } from '../model/pack-workbook.js';
import { comparePeriods, endMonth, periodKey as periodKeyOf, type Period } from '../model/period.js';
import type { HistoryPoint, LevelHistory } from './assessment.js';
import type { ObservationIndex } from './observation-index.js';
import { planForPeriod } from './plan-for-period.js';

/** How many periods of history a metric carries: two years of months, for trends and charts. */
export const HISTORY_LENGTH = 24;

/**
 * A metric's series at each level up to the reporting month: the latest periods with an actual,
 * oldest first, each with the plan it is measured against (a quarter's plan split over its months
 * as for the rating). Nothing after the month is used.
 */
export function metricHistory(metric: Metric, levelIds: readonly string[], index: ObservationIndex, month: MonthPeriod): LevelHistory[] {
  const rows = index.get(metric.id);
  if (rows === undefined) return [];
  const histories: LevelHistory[] = [];
  for (const levelId of levelIds) {
    const level = rows.byLevel.get(levelId);
    if (level === undefined) continue;
    const planGivenFor = (period: Period) => level.byPeriod.get(periodKeyOf(period))?.plan;
    const periods = [...level.byPeriod.values()]
      .filter((o) => o.actual !== undefined && endMonth(o.period) <= endMonth(month))
      .map((o) => o.period)
      .sort(comparePeriods)
      .slice(-HISTORY_LENGTH);
    const points = periods.map((period): HistoryPoint => {
      const actual = level.byPeriod.get(periodKeyOf(period))?.actual;
      const plan = planForPeriod(period, metric.measureType, planGivenFor);
      return { period, ...(actual === undefined ? {} : { actual }), ...(plan === undefined ? {} : { plan }) };
    });
    if (points.length > 0) histories.push({ levelId, points });
  }
  return histories;
}
