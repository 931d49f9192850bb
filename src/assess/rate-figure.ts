import type { Direction, Rag } from '../model/pack-workbook.js';

/** The directions a figure can be rated in; a metric whose direction is 'neither' is not rated. */
export type RatedDirection = Exclude<Direction, 'neither'>;

export interface FigureRating {
  readonly rating: Rag;
  /**
   * How far the actual is from plan, signed so that positive is better: a fraction of the plan
   * (-0.05 = 5% short of plan), or the plain difference where the plan is 0.
   */
  readonly gap: number;
}

/**
 * Binary fractions put 0.92 - 5% of 0.92 a hair away from 0.874; without this slack a figure
 * exactly at the tolerance could come out red, where the pack says "within 5%" is amber.
 */
const ROUNDING_SLACK = 1e-9;

/**
 * Rates an actual against its plan as the reference pack's "Notes for Performance tables" state:
 * green where the plan is achieved, amber where it is within the tolerance of achieving, red
 * otherwise. The tolerance is relative to the plan (5% of a plan of 200 is 10), so a plan of 0
 * leaves no room: with lower is better, any actual above 0 is red.
 *
 * @param tolerance a fraction: 0.05 = within 5% of plan
 */
export function rateFigure(actual: number, plan: number, direction: RatedDirection, tolerance: number): FigureRating {
  const better = direction === 'higher' ? actual - plan : plan - actual;
  const size = Math.abs(plan);
  const gap = size === 0 ? better : better / size;
  if (better >= 0) return { rating: 'green', gap };
  const allowance = tolerance * size + ROUNDING_SLACK * Math.max(size, Math.abs(actual));
  return { rating: -better <= allowance ? 'amber' : 'red', gap };
}
