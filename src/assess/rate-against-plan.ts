import type { Metric } from '../model/pack-workbook.js';
import type { PlanForPeriod } from './assessment.js';
import { notRated, type Judgement } from './judgement.js';
import { rateFigure } from './rate-figure.js';

/**
 * Rates a metric's actual against its plan in the metric's direction. Not rated where "good" has
 * no direction, or where there is no plan in figures: a year-end plan in words ("Reduction") is
 * reported as such so the pack can say why.
 *
 * @param tolerance the metric's own tolerance or else the pack's, as a fraction
 */
export function rateAgainstPlan(metric: Metric, actual: number, plan: PlanForPeriod | undefined, tolerance: number): Judgement {
  if (metric.direction === 'neither') return notRated({ kind: 'no-direction' });
  if (plan === undefined) return notRated({ kind: metric.yearEndPlan?.kind === 'text' ? 'text-plan' : 'no-plan' });
  const { rating, gap } = rateFigure(actual, plan.value, metric.direction, tolerance);
  return { rating, basis: { kind: 'against-plan', tolerance, gap } };
}
