import type { Metric } from '../model/pack-workbook.js';
import { startMonth, type Period } from '../model/period.js';
import type { LevelAssessment, MetricAssessment } from './assessment.js';
import { notRated, type Judgement } from './judgement.js';
import { observationAt } from './observation-index.js';
import { rateLevel } from './rate-level.js';
import { reportedPeriodOf, type RatingContext } from './rating-context.js';

/** A metric's headline: the period it is reported for and the rating it is summarised by. */
export interface Headline extends Judgement {
  readonly currentPeriod?: Period;
  readonly headlineLevelId?: string;
}

/** A metric's assessment for one month, before it is compared with the previous month's. */
export type MetricRating = Omit<MetricAssessment, 'previousRating' | 'movement' | 'history' | 'spc'>;

/**
 * The metric's headline rating: that of the first level in the Levels sheet's order (the system
 * first) with an actual for the current period.
 */
export function rateHeadline(context: RatingContext, metric: Metric): Headline {
  const period = reportedPeriodOf(context, metric.id);
  if (period === undefined) return notRated({ kind: 'no-data' });
  const level = context.levels.find((candidate) => observationAt(context.observations, metric.id, candidate.id, period)?.actual !== undefined);
  // The current period is one with an actual at a listed level, so a level is always found.
  if (level === undefined) return { currentPeriod: period, ...notRated({ kind: 'no-data' }) };
  const { rating, basis } = rateLevel(context, metric, level.id);
  return { currentPeriod: period, headlineLevelId: level.id, rating, basis };
}

/**
 * Rates a metric at each level that has rows for it, each independently at the metric's current
 * period, and headlines it (see {@link rateHeadline}). A level whose rows all start after the
 * reporting month is left out, as no later figure may shape an earlier pack.
 */
export function rateMetric(context: RatingContext, metric: Metric): MetricRating {
  const rows = context.observations.get(metric.id);
  const last = startMonth(context.month);
  const levels: LevelAssessment[] = [];
  for (const level of context.levels) {
    const firstMonth = rows?.byLevel.get(level.id)?.firstMonth;
    if (firstMonth !== undefined && firstMonth <= last) levels.push(rateLevel(context, metric, level.id));
  }
  const { currentPeriod, headlineLevelId, rating, basis } = rateHeadline(context, metric);
  return {
    metricId: metric.id,
    ...(currentPeriod !== undefined && { currentPeriod }),
    levels,
    ...(headlineLevelId !== undefined && { headlineLevelId }),
    rating,
    basis,
  };
}
