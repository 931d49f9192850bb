import type { Level, Observation } from '../model/pack-workbook.js';
import { comparePeriods, periodKey, startMonth, type Period } from '../model/period.js';

/** One metric's Values rows at one level, by {@link periodKey}. */
export interface LevelRows {
  readonly byPeriod: ReadonlyMap<string, Observation>;
  /** The first month any of these rows covers, so a level that only starts later stays out of earlier packs. */
  readonly firstMonth: number;
}

/** One metric's Values rows. */
export interface MetricRows {
  readonly byLevel: ReadonlyMap<string, LevelRows>;
  /** Every period with an actual (a number or `*`) at some level, in {@link comparePeriods} order. */
  readonly periodsWithActuals: readonly Period[];
}

/**
 * The Values sheet indexed once by metric, level and period, so that rating a metric never scans
 * the whole sheet (a workbook can hold 1,000 metrics over 60 months at two levels).
 */
export type ObservationIndex = ReadonlyMap<string, MetricRows>;

interface MutableMetricRows {
  readonly byLevel: Map<string, { readonly byPeriod: Map<string, Observation>; firstMonth: number }>;
  readonly periodsWithActuals: Map<string, Period>;
}

/**
 * Indexes the Values rows of the given levels. Rows at a level the Levels sheet does not list are
 * left out (the model's validation reports them). Where a metric, level and period repeat, the
 * first row is kept, as validation reports the duplicate.
 */
export function indexObservations(observations: readonly Observation[], levels: readonly Level[]): ObservationIndex {
  const levelIds = new Set(levels.map((level) => level.id));
  const metrics = new Map<string, MutableMetricRows>();
  for (const observation of observations) {
    if (!levelIds.has(observation.levelId)) continue;
    let metric = metrics.get(observation.metricId);
    if (metric === undefined) {
      metric = { byLevel: new Map(), periodsWithActuals: new Map() };
      metrics.set(observation.metricId, metric);
    }
    let level = metric.byLevel.get(observation.levelId);
    if (level === undefined) {
      level = { byPeriod: new Map(), firstMonth: Number.POSITIVE_INFINITY };
      metric.byLevel.set(observation.levelId, level);
    }
    const key = periodKey(observation.period);
    if (level.byPeriod.has(key)) continue;
    level.byPeriod.set(key, observation);
    level.firstMonth = Math.min(level.firstMonth, startMonth(observation.period));
    if (observation.actual !== undefined) metric.periodsWithActuals.set(key, observation.period);
  }
  const index = new Map<string, MetricRows>();
  for (const [metricId, metric] of metrics) {
    const periodsWithActuals = [...metric.periodsWithActuals.values()].sort(comparePeriods);
    index.set(metricId, { byLevel: metric.byLevel, periodsWithActuals });
  }
  return index;
}

/** The Values row for a metric at a level for exactly this period. */
export function observationAt(index: ObservationIndex, metricId: string, levelId: string, period: Period): Observation | undefined {
  return index.get(metricId)?.byLevel.get(levelId)?.byPeriod.get(periodKey(period));
}
