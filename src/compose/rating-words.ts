import type { Rating, RatingBasis } from '../assess/assessment.js';
import type { Metric } from '../model/pack-workbook.js';
import type { RatingView } from './pack-model.js';

export const RATING_WORDS: Record<Rating, string> = { green: 'Green', amber: 'Amber', red: 'Red', 'not-rated': 'N/A' };

function percent(fraction: number): string {
  return `${Math.round(fraction * 1000) / 10}%`;
}

/** Why a suppressed count has no rating: `suppressed (a count under 5), so not rated`. */
export function suppressedBecause(suppressBelow: number): string {
  return `suppressed (a count under ${suppressBelow}), so not rated`;
}

/** Why a figure has its rating, in words for the committee and the audit trail. */
export function ratingBecause(rating: Rating, basis: RatingBasis, labelOf: (metricId: string) => string, suppressBelow: number): string {
  switch (basis.kind) {
    case 'against-plan':
      if (rating === 'green') return 'plan met';
      if (rating === 'amber') return `within ${percent(basis.tolerance)} of plan`;
      return `more than ${percent(basis.tolerance)} from plan`;
    case 'rated-by':
      return `rated by ${labelOf(basis.metricId)}`;
    case 'manual':
      return `set by hand: ${basis.reason}`;
    case 'no-data':
      return 'no data yet';
    case 'no-plan':
      return 'no plan to rate against';
    case 'text-plan':
      return 'the plan is in words, not a figure';
    case 'suppressed':
      return suppressedBecause(suppressBelow);
    case 'no-direction':
      return 'neither higher nor lower is better';
    case 'rule-not-rated':
      return 'not rated';
    case 'awaiting-manual':
      return 'awaiting a rating set by hand';
    case 'rated-by-unrated':
      return `${labelOf(basis.metricId)} has no rating`;
  }
}

export function ratingView(rating: Rating, basis: RatingBasis, metric: Pick<Metric, 'suppressBelow'>, labelOf: (metricId: string) => string): RatingView {
  return { rating, word: RATING_WORDS[rating], because: ratingBecause(rating, basis, labelOf, metric.suppressBelow), basis: basis.kind, setByHand: basis.kind === 'manual' };
}
