import type { Level, Metric, MonthPeriod, PackWorkbook } from '../model/pack-workbook.js';
import type { Period } from '../model/period.js';
import type { LevelAssessment } from './assessment.js';
import { reportedPeriods } from './current-period.js';
import type { ObservationIndex } from './observation-index.js';

/** Which pack a context rates each metric for: this month's, or the previous one's. */
export type PackEdition = 'this-pack' | 'previous-pack';

/**
 * Everything needed to rate metrics for one pack. The two caches are private to one
 * {@link assessPack} call: a metric that others are rated by is rated once, not once per reference.
 */
export interface RatingContext {
  readonly month: MonthPeriod;
  readonly edition: PackEdition;
  /** In the Levels sheet's order: the system level first. */
  readonly levels: readonly Level[];
  readonly metricsById: ReadonlyMap<string, Metric>;
  readonly observations: ObservationIndex;
  /** The pack's amber tolerance, for metrics that do not set their own. */
  readonly packTolerance: number;
  readonly periods: Map<string, Period | undefined>;
  readonly levelRatings: Map<string, LevelAssessment>;
}

export function createRatingContext(workbook: PackWorkbook, observations: ObservationIndex, month: MonthPeriod, edition: PackEdition): RatingContext {
  return {
    month,
    edition,
    levels: workbook.levels,
    metricsById: new Map(workbook.metrics.map((metric) => [metric.id, metric])),
    observations,
    packTolerance: workbook.settings.amberTolerance,
    periods: new Map(),
    levelRatings: new Map(),
  };
}

/**
 * The period the context's pack reports the metric for (see {@link reportedPeriods}): its current
 * period in this month's pack, the figure before it in the previous pack.
 */
export function reportedPeriodOf(context: RatingContext, metricId: string): Period | undefined {
  if (context.periods.has(metricId)) return context.periods.get(metricId);
  const reported = reportedPeriods(context.observations.get(metricId)?.periodsWithActuals ?? [], context.month);
  const period = context.edition === 'this-pack' ? reported.current : reported.previous;
  context.periods.set(metricId, period);
  return period;
}
