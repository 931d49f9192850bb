import type { MonthPeriod, PackWorkbook } from '../model/pack-workbook.js';
import { samePeriod } from '../model/period.js';
import type { MetricAssessment, PackAssessment } from './assessment.js';
import { metricHistory } from './history.js';
import { movementOf } from './movement.js';
import { indexObservations } from './observation-index.js';
import { rateFinance } from './rate-finance.js';
import { rateHeadline, rateMetric } from './rate-metric.js';
import { createRatingContext } from './rating-context.js';
import { assessSpc } from './spc/assess-spc.js';

/**
 * Makes the pack's judgements for a reporting month: each metric's current period, plan and RAG
 * rating at each level, its headline rating and its movement since the previous month's pack
 * (taken to have reported each metric's figure before the current one), its SPC chart (Making
 * Data Count) at its headline level, and the month's finance KPI ratings. Pure: the workbook is
 * only read, and no figure for a period after `month` is used.
 */
export function assessPack(workbook: PackWorkbook, month: MonthPeriod): PackAssessment {
  const observations = indexObservations(workbook.observations, workbook.levels);
  const now = createRatingContext(workbook, observations, month, 'this-pack');
  const before = createRatingContext(workbook, observations, month, 'previous-pack');
  const metrics = workbook.metrics.map((metric): MetricAssessment => {
    const current = rateMetric(now, metric);
    const previousRating = rateHeadline(before, metric).rating;
    const history = metricHistory(metric, workbook.levels.map((l) => l.id), observations, month);
    const headlineRows = current.headlineLevelId === undefined ? undefined : observations.get(metric.id)?.byLevel.get(current.headlineLevelId);
    const spc = assessSpc(metric, current.headlineLevelId, headlineRows, month, workbook.settings.spc);
    return { ...current, previousRating, movement: movementOf(current.rating, previousRating), history, spc };
  });
  const finance = workbook.finance
    .filter((kpi) => samePeriod(kpi.month, month))
    .map((kpi) => rateFinance(kpi, workbook.settings.financeTolerance));
  return { month, metrics, finance };
}
