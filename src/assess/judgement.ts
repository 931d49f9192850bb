import type { Rating, RatingBasis } from './assessment.js';

/** A rating and why: what each rule hands back before it is placed on a level or metric. */
export interface Judgement {
  readonly rating: Rating;
  readonly basis: RatingBasis;
}

export function notRated(basis: RatingBasis): Judgement {
  return { rating: 'not-rated', basis };
}
