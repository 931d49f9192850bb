import type { Metric, Observation } from '../model/pack-workbook.js';
import { ratingOfGiven, type LevelAssessment, type PlanForPeriod } from './assessment.js';
import { notRated, type Judgement } from './judgement.js';
import { observationAt } from './observation-index.js';
import { planForPeriod } from './plan-for-period.js';
import { rateAgainstPlan } from './rate-against-plan.js';
import { reportedPeriodOf, type RatingContext } from './rating-context.js';

/**
 * Rates a metric at one level for the period the pack reports it for. In order:
 * 1. a manual rating on that row wins, whatever the rule (N/A is not rated);
 * 2. no actual at this level: not rated (no data);
 * 3. the rule 'not-rated', or 'manual' with no manual rating given: not rated;
 * 4. a suppressed actual (`*`) is never rated on the hidden number;
 * 5. 'rated-by': the other metric's rating at this level, for the period the pack reports it for;
 * 6. 'against-plan': against the plan for the period (see {@link planForPeriod}).
 *
 * @param visiting metrics already on the rated-by chain, so that a cycle ends as not rated
 */
export function rateLevel(context: RatingContext, metric: Metric, levelId: string, visiting: ReadonlySet<string> = new Set()): LevelAssessment {
  const key = `${metric.id}\u0000${levelId}`;
  const cached = context.levelRatings.get(key);
  if (cached !== undefined) return cached;

  const period = reportedPeriodOf(context, metric.id);
  const row = period === undefined ? undefined : observationAt(context.observations, metric.id, levelId, period);
  const plan =
    period === undefined
      ? undefined
      : planForPeriod(period, metric.measureType, (given) => observationAt(context.observations, metric.id, levelId, given)?.plan);
  const { rating, basis } = judge(context, metric, levelId, row, plan, visiting);
  const assessment: LevelAssessment = {
    levelId,
    ...(row?.actual !== undefined && { actual: row.actual }),
    ...(plan !== undefined && { plan }),
    rating,
    basis,
  };
  // A cycle is the same cycle from wherever it is entered, so a rating found inside one is final too.
  context.levelRatings.set(key, assessment);
  return assessment;
}

function judge(
  context: RatingContext,
  metric: Metric,
  levelId: string,
  row: Observation | undefined,
  plan: PlanForPeriod | undefined,
  visiting: ReadonlySet<string>,
): Judgement {
  if (row?.manualRating !== undefined) {
    return { rating: ratingOfGiven(row.manualRating.rating), basis: { kind: 'manual', reason: row.manualRating.reason } };
  }
  if (row?.actual === undefined) return notRated({ kind: 'no-data' });
  const rule = metric.rule;
  if (rule.kind === 'not-rated') return notRated({ kind: 'rule-not-rated' });
  if (rule.kind === 'manual') return notRated({ kind: 'awaiting-manual' });
  if (row.actual.kind === 'suppressed') return notRated({ kind: 'suppressed' });
  if (rule.kind === 'rated-by') return rateByOther(context, metric, rule.metricId, levelId, visiting);
  return rateAgainstPlan(metric, row.actual.value, plan, rule.tolerance ?? context.packTolerance);
}

/**
 * The reference pack rates the 18-week RTT count row by the percentage row beneath it. Chains are
 * followed; a missing metric or a cycle (which validation reports) is not rated rather than looped.
 */
function rateByOther(context: RatingContext, metric: Metric, otherId: string, levelId: string, visiting: ReadonlySet<string>): Judgement {
  const other = context.metricsById.get(otherId);
  const unrated = notRated({ kind: 'rated-by-unrated', metricId: otherId });
  if (other === undefined || visiting.has(otherId) || otherId === metric.id) return unrated;
  const { rating } = rateLevel(context, other, levelId, new Set([...visiting, metric.id]));
  return rating === 'not-rated' ? unrated : { rating, basis: { kind: 'rated-by', metricId: otherId } };
}
